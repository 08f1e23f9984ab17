// Applying saved work to documents read again: each edit only where the cell still holds the
// value it was made on (same row name, same extracted value), each acceptance only where its flag
// is. Whatever does not fit is handed back, to stay listed and saved: never dropped silently.
import { TOTAL_ROW_NAME, type ExtractedTable } from '@engine/model';
import { documentKey, type Acceptance } from './acceptances';
import { isEditable, readCell, sameValue, type CellRef } from './cells';
import type { NoticeItem } from './notices';
import type { PendingFile } from './pending';
import type { SavedAcceptance, SavedEdit, SavedFile } from '@shared/savedWork/saved';
import { restoreAcceptances, restoreValues, type RestoredValue, type Session } from './session';

export interface AppliedFile {
  session: Session;
  /** The edits and acceptances that could not be applied; null when all were. */
  leftover: SavedFile | null;
  edits: number;
  acceptances: number;
}

/** Applies a saved file's work to the document at `doc` (the same file: same SHA-256). */
export function applySavedFile(session: Session, doc: number, saved: SavedFile): AppliedFile {
  const document = session.documents[doc];
  const original = session.originals[doc];
  if (!document || !original || document.error) {
    const hasWork = saved.edits.length + saved.acceptances.length > 0;
    return { session, leftover: hasWork ? saved : null, edits: 0, acceptances: 0 };
  }
  const fitting: RestoredValue[] = [];
  const misfits: SavedEdit[] = [];
  for (const edit of [...saved.edits].sort((a, b) => a.seq - b.seq)) {
    const cell = cellOfEdit(doc, edit);
    const table = original.tables[edit.table];
    if (cell && table && fitsTable(table, cell, edit)) fitting.push({ cell, value: edit.value, time: edit.time, seq: edit.seq });
    else misfits.push(edit);
  }
  const key = documentKey(document);
  const acceptances: Acceptance[] = saved.acceptances.map((acceptance) => ({ ...acceptance, document: key }));
  const restored = restoreAcceptances(restoreValues(session, fitting), acceptances);
  const missing: SavedAcceptance[] = saved.acceptances.filter((_, i) => restored.missing.includes(acceptances[i]!));
  const leftover = misfits.length + missing.length > 0 ? { ...saved, edits: misfits, acceptances: missing } : null;
  return { session: restored.session, leftover, edits: fitting.length, acceptances: acceptances.length - missing.length };
}

export interface MatchedPending {
  session: Session;
  pending: PendingFile[];
  /** One per file whose work was applied, with how much of it, for the notice. */
  applied: NoticeItem[];
}

/** Applies pending work to each of the documents `docs` (indices) whose SHA-256 it was saved
 * under; what does not fit stays pending as 'mismatch' (or 'failed' for a file that could not be
 * read). */
export function applyPending(session: Session, pending: readonly PendingFile[], docs: readonly number[], paths: ReadonlyMap<string, string>): MatchedPending {
  let current = session;
  let waiting = [...pending];
  const applied: NoticeItem[] = [];
  for (const doc of docs) {
    const document = current.documents[doc];
    const match = waiting.find((file) => document?.sha256 !== undefined && file.saved.sha256 === document.sha256);
    if (!document || !match) continue;
    const outcome = applySavedFile(current, doc, match.saved);
    current = outcome.session;
    const path = paths.get(match.saved.sha256) ?? match.saved.path;
    const rest: PendingFile[] = outcome.leftover
      ? [{ saved: { ...outcome.leftover, ...(path ? { path } : {}) }, state: document.error ? 'failed' : 'mismatch' }]
      : [];
    waiting = waiting.flatMap((file) => (file === match ? rest : [file]));
    // A file that could not be read has nothing restored: it is listed as not read.
    if (!document.error) applied.push({ file: document.file, edits: outcome.edits, acceptances: outcome.acceptances });
  }
  return { session: current, pending: waiting, applied };
}

function cellOfEdit(doc: number, edit: SavedEdit): CellRef | null {
  if (!isEditable(edit.row, edit.column)) return null;
  return { doc, table: edit.table, row: edit.row, column: edit.column } as CellRef;
}

/** Same row (by name) and same extracted value as when the edit was made. */
function fitsTable(table: ExtractedTable, cell: CellRef, edit: SavedEdit): boolean {
  const value = readCell(table, cell);
  return value !== undefined && sameValue(value, edit.original) && rowNameOf(table, cell) === edit.rowName;
}

/** The row as read: municipality name, "TOTAAL AMR", or the region's name for its register line. */
export function rowNameOf(table: ExtractedTable, cell: Pick<CellRef, 'row'>): string {
  if (cell.row === 'region') return table.region ?? '';
  if (cell.row === 'total') return TOTAL_ROW_NAME;
  return table.rows[cell.row]?.name ?? '';
}
