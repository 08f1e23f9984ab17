import type { ExtractedDocument } from '@engine/model';
import { countFlags, countLabel, countRows } from '../summary';

export function DocumentList({ documents }: { documents: readonly ExtractedDocument[] }): React.JSX.Element {
  return (
    <ul className="documents" data-testid="documents">
      {documents.map((doc, index) => (
        <li key={`${index}:${doc.file}`} className={doc.error ? 'document document--error' : 'document'}>
          <span className="document__name">{doc.file}</span>
          <span className="document__summary">
            {doc.error
              ? doc.error.message
              : [
                  countLabel(doc.tables.length, 'tabel', 'tabellen'),
                  countLabel(countRows([doc]), 'rij', 'rijen'),
                  countLabel(countFlags([doc]), 'melding', 'meldingen'),
                ].join(' · ')}
          </span>
        </li>
      ))}
    </ul>
  );
}
