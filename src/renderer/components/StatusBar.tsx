import type { ExtractedDocument } from '@engine/model';
import { countFlags, countLabel, countRows } from '../summary';
import type { Notice } from '../useDocuments';

interface StatusBarProps {
  documents: readonly ExtractedDocument[];
  pending: number;
  notices: readonly Notice[];
}

export function StatusBar({ documents, pending, notices }: StatusBarProps): React.JSX.Element {
  return (
    <footer className="status-bar">
      <span data-testid="status-rows">{countLabel(countRows(documents), 'rij', 'rijen')}</span>
      <span data-testid="status-flags">{countLabel(countFlags(documents), 'melding', 'meldingen')}</span>
      {pending > 0 && <span data-testid="status-pending">Bezig met lezen: {countLabel(pending, 'bestand', 'bestanden')}</span>}
      <span className="status-bar__notices" role="status" aria-live="polite" data-testid="status-message">
        {notices.map((notice, index) => (
          <span key={index} className={`notice notice--${notice.kind}`}>
            {notice.text}
          </span>
        ))}
      </span>
    </footer>
  );
}
