import { countAccepted, countFlags, countLabel, countRows } from '../summary';
import type { ExtractedDocument } from '@engine/model';
import type { Notice } from '../session';

interface StatusBarProps {
  documents: readonly ExtractedDocument[];
  corrections: number;
  unsaved: boolean;
  /** Files still being read. */
  pending: number;
  notice: Notice | null;
  onDismissNotice(): void;
}

/** Counts that e2e tests read (status-rows, status-flags: the number comes first) and the one
 * notice of the moment. */
export function StatusBar({ documents, corrections, unsaved, pending, notice, onDismissNotice }: StatusBarProps): React.JSX.Element {
  const flags = countFlags(documents);
  const accepted = countAccepted(documents);
  return (
    <footer className="status-bar">
      <span data-testid="status-rows">{countLabel(countRows(documents), 'rij', 'rijen')}</span>
      <span data-testid="status-flags" className={flags > 0 ? 'status-bar__flags status-bar__flags--open' : 'status-bar__flags'}>
        {countLabel(flags, 'melding', 'meldingen')}
      </span>
      {accepted > 0 && (
        <span data-testid="status-accepted" className="status-bar__accepted">
          {countLabel(accepted, 'geaccepteerd', 'geaccepteerd')}
        </span>
      )}
      <span data-testid="status-corrections">{countLabel(corrections, 'correctie', 'correcties')}</span>
      {unsaved && <span className="status-bar__unsaved">Niet opgeslagen</span>}
      {pending > 0 && <span data-testid="status-pending">Bezig met lezen: {countLabel(pending, 'bestand', 'bestanden')}</span>}
      <span className="status-bar__notices" role="status" aria-live="polite" data-testid="status-message">
        {notice && (
          <span className={`notice notice--${notice.kind}`}>
            {notice.text}
            <button type="button" className="notice__close" aria-label="Melding sluiten" onClick={onDismissNotice}>
              ×
            </button>
          </span>
        )}
      </span>
    </footer>
  );
}
