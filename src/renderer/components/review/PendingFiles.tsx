// Saved work whose file is not here (yet): after a restore or an opened project, each file that is
// missing, changed, being read, or must be given by the analyst, with what is waiting for it.
// Nothing here is dropped unless the analyst says so ("Vergeten").
import { useId } from 'react';
import { isUnapplied, pendingStateText, type PendingFile } from '../../session';
import { countLabel } from '../../summary';
import { PdfFileInput } from '../PdfFileInput';
import { Button } from '../Button';
import './review.css';

interface PendingFilesProps {
  pending: readonly PendingFile[];
  /** Desktop: an open dialog to find one file. */
  canLocate: boolean;
  onLocate(file: PendingFile): void;
  /** Browser: PDFs chosen here are matched by SHA-256. */
  onChoose(files: File[]): void;
  onForget(file: PendingFile): void;
}

export function PendingFiles({ pending, canLocate, onLocate, onChoose, onForget }: PendingFilesProps): React.JSX.Element | null {
  const inputId = useId();
  if (pending.length === 0) return null;
  const unapplied = pending.filter(isUnapplied);
  const heading = pending.some((file) => isUnapplied(file) && file.state !== 'choose')
    ? 'Niet toegepast'
    : unapplied.length > 0
      ? "Wacht op de PDF's"
      : 'Wordt hersteld';
  const askForFiles = !canLocate && pending.some((file) => file.state === 'choose' || file.state === 'missing');
  return (
    <section className="pending" data-testid="pending-files" aria-label="Niet toegepast">
      <div className="pending__head">
        <h2 className="files__heading">{heading}</h2>
        {askForFiles && (
          <>
            <label className="button button--primary button--small" htmlFor={inputId}>
              PDF's kiezen…
            </label>
            <PdfFileInput id={inputId} testId="pending-pdf-input" onFiles={onChoose} />
            <span className="pending__hint">of sleep ze hierheen; ze worden herkend aan hun inhoud (SHA-256)</span>
          </>
        )}
      </div>
      <ul className={canLocate ? 'pending__list pending__list--locate' : 'pending__list'}>
        {pending.map((file) => (
          <li
            key={file.saved.sha256}
            className={`pending-file pending-file--${file.state}`}
            data-testid="pending-file"
            data-file={file.saved.name}
            data-state={file.state}
          >
            <span className="pending-file__name" title={file.saved.path ?? file.saved.name}>
              {file.saved.name}
            </span>
            <span className="pending-file__state">{file.detail ?? pendingStateText(file)}</span>
            <span className="pending-file__work">{workText(file)}</span>
            {/* The same cells in every row, so the rows line up. */}
            {canLocate &&
              (file.state === 'missing' || file.state === 'changed' || file.state === 'choose' ? (
                <Button look="quiet" size="small" data-testid="pending-locate" onClick={() => onLocate(file)}>
                  Zoeken…
                </Button>
              ) : (
                <span />
              ))}
            {file.state !== 'reading' ? (
              <Button look="quiet" size="small" data-testid="pending-forget" onClick={() => onForget(file)}>
                Vergeten
              </Button>
            ) : (
              <span />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function workText(file: PendingFile): string {
  const parts = [
    file.saved.edits.length > 0 ? countLabel(file.saved.edits.length, 'correctie', 'correcties') : '',
    file.saved.acceptances.length > 0 ? countLabel(file.saved.acceptances.length, 'acceptatie', 'acceptaties') : '',
  ].filter(Boolean);
  return parts.join(', ');
}
