// The words saved work is written in, shared by the window (which makes it) and main (which
// reads session and project files too): which cell an edit is in, what a value is, and what
// an acceptance records.
import type { FlagCode } from '@engine/model';

export type CountColumnId = 'c0' | 'c1' | 'c2' | 'c3';
/** Value columns of a table row. */
export type RowColumnId = 'name' | CountColumnId | 'total';
/** Value columns of a table's line in the Regio's grid. */
export type RegisterColumnId = 'register' | 'percent';

export type CellValue = string | number | null;

/** The analyst's "klopt met de bron" on one flag (see renderer/session/acceptances.ts). */
export interface Acceptance {
  /** The document's SHA-256 ({@link documentKey}). */
  document: string;
  table: number;
  code: FlagCode;
  /** The flag's row: its position when it has one, else its name (a page-level flag has none). */
  rowIndex?: number;
  row?: string;
  column?: number;
  field?: 'name';
  note: string;
  /** ISO 8601. */
  time: string;
  /** The flag's message when it was accepted, for the record. */
  message: string;
}
