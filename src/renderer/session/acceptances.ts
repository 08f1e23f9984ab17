// Accepting a flag: the analyst confirms the value is true to the source (the publication itself
// is inconsistent) and leaves a short note. An acceptance belongs to one flag, identified by its
// document (SHA-256), table, check, row and cell; not by its message, because the arithmetic in
// it changes with edits elsewhere in the row while the finding stays the same.
//
// Lifetime: an acceptance lives as long as its flag. When an edit (or a renamed column, or a file
// added) makes the flag go away, the acceptance is dropped, and the step that did it keeps it:
// undoing that step brings flag and acceptance back together, redoing it drops it again. A flag
// that comes back by another edit comes back open: the analyst accepted that finding with those
// numbers, not whatever the cell holds later.
import type { ExtractedDocument, Flag } from '@engine/model';
import type { Acceptance } from '@shared/savedWork/vocabulary';

export type { Acceptance } from '@shared/savedWork/vocabulary';

/** The key that ties acceptances, edits and saved sessions to a document: its SHA-256, which
 * survives renaming, moving and loading in another order. */
export function documentKey(document: Pick<ExtractedDocument, 'sha256' | 'file'>): string {
  return document.sha256 ?? `bestand:${document.file}`;
}

type FlagPlace = Pick<Flag, 'code' | 'rowIndex' | 'row' | 'column' | 'field'>;

/** One string per flag identity, e.g. "ab12…|0|row-total-mismatch|r9|c4". */
export function flagIdentity(document: string, table: number, flag: FlagPlace): string {
  const row = flag.rowIndex !== undefined ? `r${flag.rowIndex}` : flag.row !== undefined ? `n${flag.row}` : '-';
  const cell = flag.column !== undefined ? `c${flag.column}` : (flag.field ?? '-');
  return [document, table, flag.code, row, cell].join('|');
}

export function acceptanceIdentity(acceptance: Acceptance): string {
  return flagIdentity(acceptance.document, acceptance.table, acceptance);
}

/** Only findings can be accepted; a hint (severity 'info') asks for nothing. */
export function isAcceptable(flag: Flag): boolean {
  return flag.severity !== 'info';
}

/** A new acceptance of `flag`. */
export function acceptanceOf(document: string, table: number, flag: Flag, note: string, time: string): Acceptance {
  const acceptance: Acceptance = { document, table, code: flag.code, note: note.trim(), time, message: flag.message };
  if (flag.rowIndex !== undefined) acceptance.rowIndex = flag.rowIndex;
  if (flag.row !== undefined) acceptance.row = flag.row;
  if (flag.column !== undefined) acceptance.column = flag.column;
  if (flag.field !== undefined) acceptance.field = flag.field;
  return acceptance;
}
