import { formatNumber } from '@engine/format';
import { countLabel } from '../summary';
import type { Notice, ReviewCounts } from '../session';
import { NoticeDetails } from './NoticeDetails';

interface StatusBarProps {
  /** What the filters show (session/reviewCounts.ts); null before any table is read. */
  counts: ReviewCounts | null;
  /** Findings accepted as true to the source. */
  accepted: number;
  corrections: number;
  unsaved: boolean;
  /** Files still being read. */
  pending: number;
  notice: Notice | null;
  onDismissNotice(): void;
}

/** Counts that e2e tests read (status-rows: "12 van 52 rijen"; status-flags: "9 cellen met
 * 10 meldingen", both following the filters) and the one
 * notice of the moment: one line that wraps, never wider than the window; a notice about many
 * files counts them, and "details" lists each. */
export function StatusBar({ counts, accepted, corrections, unsaved, pending, notice, onDismissNotice }: StatusBarProps): React.JSX.Element {
  const open = counts !== null && counts.findings > 0;
  return (
    <footer className="status-bar">
      <span data-testid="status-rows">{rowsText(counts)}</span>
      <span data-testid="status-flags" className={open ? 'status-bar__flags status-bar__flags--open' : 'status-bar__flags'}>
        {findingsText(counts)}
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

/** "52 rijen"; with filters "12 van 52 rijen". */
function rowsText(counts: ReviewCounts | null): string {
  if (!counts) return countLabel(0, 'rij', 'rijen');
  if (counts.rows === counts.allRows) return countLabel(counts.rows, 'rij', 'rijen');
  return `${formatNumber(counts.rows)} van ${countLabel(counts.allRows, 'rij', 'rijen')}`;
}

/** "9 cellen met 10 meldingen", "Geen meldingen", and what the filters hide. */
function findingsText(counts: ReviewCounts | null): string {
  if (!counts || counts.findings + counts.hiddenFindings === 0) return 'Geen meldingen';
  const shown =
    counts.findings === 0 ? 'Geen meldingen' : `${countLabel(counts.cells, 'cel', 'cellen')} met ${countLabel(counts.findings, 'melding', 'meldingen')}`;
  return counts.hiddenFindings === 0 ? shown : `${shown} (${countLabel(counts.hiddenFindings, 'melding', 'meldingen')} buiten de filters)`;
}
