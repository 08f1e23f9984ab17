import { countAccepted, countFlags, countLabel, countRows } from '../summary';
import type { ExtractedDocument } from '@engine/model';
import type { Notice } from '../session';
import { NoticeDetails } from './NoticeDetails';

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
 * notice of the moment: one line that wraps, never wider than the window; a notice about many
 * files counts them, and "details" lists each. */
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
      <span className="status-bar__notices">
        {/* Only the line is announced; the details list opens outside the live region. */}
        <span className="status-bar__message" role="status" aria-live="polite" data-testid="status-message">
          {notice && (
            <span className={`notice notice--${notice.kind}`} data-testid="notice-text">
              {notice.text}
            </span>
          )}
        </span>
        {/* A line that names every file says it all; "details" only when it counts them. */}
        {notice?.details?.some((group) => group.items.length > 1) && <NoticeDetails groups={notice.details} />}
        {notice && (
          <button type="button" className="notice__close" aria-label="Melding sluiten" onClick={onDismissNotice}>
            ×
          </button>
        )}
      </span>
    </footer>
  );
}
