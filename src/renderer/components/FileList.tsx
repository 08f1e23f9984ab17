// The files of this session: those that loaded (tables, rows, open flags) and those that did
// not, each with its Dutch error, side by side so nothing goes missing unnoticed.
import type { ExtractedDocument } from '@engine/model';
import { countFlags, countLabel, countRows, countTables } from '../summary';
import { FailedFiles } from './FailedFiles';

interface FileListProps {
  documents: readonly ExtractedDocument[];
  /** Files that never reached the reader (not a PDF, unreadable from disk). */
  skipped: readonly string[];
}

export function FileList({ documents, skipped }: FileListProps): React.JSX.Element | null {
  const loaded = documents.filter((document) => !document.error);
  // A file that failed once and was read later is listed as read only.
  const read = new Set(loaded.map((document) => document.sha256));
  const failed = documents.filter((document) => document.error && (document.sha256 === undefined || !read.has(document.sha256)));
  if (loaded.length === 0 && failed.length === 0 && skipped.length === 0) return null;
  return (
    <div className="files">
      {loaded.length > 0 && (
        <ul className="files__loaded" data-testid="loaded-files" aria-label="Ingelezen bestanden">
          {loaded.map((document, index) => {
            const flags = countFlags([document]);
            return (
              <li key={`${index}:${document.file}`} className="file-chip" data-testid="loaded-file" title={document.file}>
                <span className="file-chip__name">{document.file}</span>
                <span className="file-chip__meta">
                  {countLabel(countTables([document]), 'tabel', 'tabellen')} · {countLabel(countRows([document]), 'gemeente', 'gemeenten')}
                </span>
                <span className={flags > 0 ? 'badge badge--flag' : 'badge badge--ok'}>{flags > 0 ? countLabel(flags, 'melding', 'meldingen') : 'OK'}</span>
              </li>
            );
          })}
        </ul>
      )}
      <FailedFiles failed={failed} skipped={skipped} />
    </div>
  );
}
