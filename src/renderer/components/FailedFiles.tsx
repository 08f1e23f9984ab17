// "Niet ingelezen": every file that could not be read, with its Dutch reason, each shown whole.
// Beyond a few the rest waits behind "nog 4 meer tonen" (the grid keeps its room); the analyst
// may close the box, and it comes back when another file fails.
import { useId, useState } from 'react';
import type { ExtractedDocument } from '@engine/model';

/** Entries shown before "nog … meer tonen". */
export const FAILED_SHOWN = 5;

interface FailedFilesProps {
  failed: readonly ExtractedDocument[];
  /** Dutch, one per file that never reached the reader (not a PDF, unreadable from disk). */
  skipped: readonly string[];
}

export function FailedFiles({ failed, skipped }: FailedFilesProps): React.JSX.Element | null {
  const listId = useId();
  const [expanded, setExpanded] = useState(false);
  /** How many entries there were when the box was closed: it stays closed until there are more. */
  const [closedAt, setClosedAt] = useState<number | null>(null);
  const entries = [
    ...failed.map((document, index) => ({ key: `${index}:${document.file}`, file: document.file, text: document.error?.message ?? '' })),
    ...skipped.map((text, index) => ({ key: `skipped:${index}`, file: undefined, text })),
  ];
  // Fewer than when closed: everything was closed and files came anew; their failures count.
  if (closedAt !== null && entries.length < closedAt) setClosedAt(null);
  if (entries.length === 0 || (closedAt !== null && entries.length <= closedAt)) return null;

  const hidden = expanded ? 0 : Math.max(0, entries.length - FAILED_SHOWN);
  return (
    <section className="files__failed" data-testid="failed-files" aria-label="Niet ingelezen">
      <div className="files__failed-head">
        <h2 className="files__heading">Niet ingelezen ({entries.length})</h2>
        <button
          type="button"
          className="notice__close"
          data-testid="failed-files-close"
          aria-label="Lijst 'Niet ingelezen' sluiten"
          title="Sluiten (verschijnt weer als een volgend bestand niet kan worden ingelezen)"
          onClick={() => setClosedAt(entries.length)}
        >
          ×
        </button>
      </div>
      <ul id={listId}>
        {/* Collapsed entries stay in the list, hidden: every file is listed, only not all shown. */}
        {entries.map((entry, index) => (
          <li key={entry.key} className="failed-file" data-testid="failed-file" data-file={entry.file} hidden={index >= entries.length - hidden}>
            {entry.text}
          </li>
        ))}
      </ul>
      {(hidden > 0 || expanded) && entries.length > FAILED_SHOWN && (
        <button
          type="button"
          className="files__more"
          data-testid="failed-files-more"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'minder tonen' : `nog ${hidden} meer tonen`}
        </button>
      )}
    </section>
  );
}
