// The session as it is saved (continuously, for restoring after a crash) and as a project file:
// per file its name, SHA-256 and (desktop) path, with the analyst's edits and acceptances of that
// file, and the column names. Not the tables themselves: restoring reads the PDFs again with the
// same engine and re-applies the edits, so a saved session stays small and always matches the
// engine that opens it. Plain JSON-able data; the file formats are in src/shared/savedWork.
import type { DocumentError } from '@engine/model';
import type { Acceptance, CellValue, RegisterColumnId, RowColumnId } from './vocabulary';

/** One cell the analyst changed, as it is now. */
export interface SavedEdit {
  table: number;
  /** Municipality row index, 'total' (TOTAAL AMR) or 'region' (the register line). */
  row: number | 'total' | 'region';
  column: RowColumnId | RegisterColumnId;
  /** The row as read: municipality name, "TOTAAL AMR", or the region's name for the register
   * line. Checked on restore, so an edit never lands on another row. */
  rowName: string;
  /** The value as extracted; checked on restore like the row name. */
  original: CellValue;
  value: CellValue;
  /** ISO 8601 time of the edit. */
  time: string;
  /** Order of the edits over all files (the corrections list is oldest first). */
  seq: number;
}

/** An accepted flag of the file, which the file itself identifies (see session/acceptances.ts). */
export type SavedAcceptance = Omit<Acceptance, 'document'>;

export interface SavedFile {
  /** File name as loaded. */
  name: string;
  /** Hex SHA-256 of the bytes: how a file is recognised, wherever it is now. */
  sha256: string;
  /** Absolute path where the desktop app read it; absent in the browser edition. */
  path?: string;
  edits: SavedEdit[];
  acceptances: SavedAcceptance[];
  /** The file could not be read: why, in Dutch. Without work waiting for it, such a file comes
   * back as not read, with this reason, and is never looked for or asked for again. */
  error?: SavedError;
}

/** What is kept of a file's read error: its code and Dutch message (not the library's words). */
export type SavedError = Pick<DocumentError, 'code' | 'message'>;

export interface SessionSnapshot {
  /** In load order. */
  files: SavedFile[];
  /** The four count columns' names (null: as printed). */
  columnNames: (string | null)[];
}

export function countEdits(snapshot: Pick<SessionSnapshot, 'files'>): number {
  return snapshot.files.reduce((sum, file) => sum + file.edits.length, 0);
}

export function countAcceptances(snapshot: Pick<SessionSnapshot, 'files'>): number {
  return snapshot.files.reduce((sum, file) => sum + file.acceptances.length, 0);
}
