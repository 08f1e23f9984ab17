// The files of this session: those that loaded (tables, rows, open flags) and those that did
// not, each with its Dutch error, side by side so nothing goes missing unnoticed.
import { useRef } from 'react';
import type { ExtractedDocument } from '@engine/model';
import { countFlags, countLabel, countRows, countTables } from '../summary';
import { FailedFiles } from './FailedFiles';

interface FileListProps {
  documents: readonly ExtractedDocument[];
  /** Files that never reached the reader (not a PDF, unreadable from disk). */
  skipped: readonly string[];
  /** "Bestand sluiten": the file at this place in `documents` leaves the window (true when it did). */
  onClose(doc: number): Promise<boolean>;
}

export function FileList({ documents, skipped, onClose }: FileListProps): React.JSX.Element | null {
  const list = useRef<HTMLUListElement>(null);
  const loaded = documents.flatMap((document, doc) => (document.error ? [] : [{ document, doc }]));
  // A file that failed once and was read later is listed as read only.
  const read = new Set(loaded.map(({ document }) => document.sha256));
  const failed = documents.filter((document) => document.error && (document.sha256 === undefined || !read.has(document.sha256)));
  if (loaded.length === 0 && failed.length === 0 && skipped.length === 0) return null;
  /** After a close the keyboard stays in the list: on the next file's close button, or the last. */
  const close = async (doc: number, position: number): Promise<void> => {
    if (!(await onClose(doc))) return;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('[data-testid="close-file"]');
    if (buttons && buttons.length > 0) buttons[Math.min(position, buttons.length - 1)]?.focus();
  };
  return (
    <div className="files">
      {loaded.length > 0 && (
        <ul ref={list} className="files__loaded" data-testid="loaded-files" aria-label="Ingelezen bestanden">
          {loaded.map(({ document, doc }, position) => {
            const flags = countFlags([document]);
            return (
              <li key={`${doc}:${document.file}`} className="file-chip" data-testid="loaded-file" title={document.file}>
                <span className="file-chip__name">{document.file}</span>
                <span className="file-chip__meta">
                  {countLabel(countTables([document]), 'tabel', 'tabellen')} · {countLabel(countRows([document]), 'gemeente', 'gemeenten')}
                </span>
                <span className={flags > 0 ? 'badge badge--flag' : 'badge badge--ok'}>{flags > 0 ? countLabel(flags, 'melding', 'meldingen') : 'OK'}</span>
                <button
                  type="button"
                  className="file-chip__close"
                  data-testid="close-file"
                  aria-label={`Bestand sluiten: ${document.file}`}
                  title={`Bestand sluiten: ${document.file} (met zijn correcties en acceptaties)`}
                  onClick={() => void close(doc, position)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <FailedFiles failed={failed} skipped={skipped} />
    </div>
  );
}
