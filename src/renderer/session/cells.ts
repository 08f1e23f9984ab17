// Addresses of the cells the analyst can see and change, and how to read and write them in the
// table model. The grid's row and column ids are derived from these addresses, so an e2e test
// can find any cell:
//
//   Gemeenten grid   row id  `${doc}-${table}-${row}`   a municipality (row = index in table.rows)
//                            `${doc}-${table}-total`    the TOTAAL AMR row
//                    col id  name | c0 | c1 | c2 | c3 | total | check
//                            (plus the read-only file | year | quarter | region, and with
//                            "Δ vorig kwartaal" on c0Delta | c0DeltaPct … totalDeltaPct)
//   Regio's grid     row id  `${doc}-${table}`          one line per table
//                    col id  register | percent         (editable)
//                            file | period | region | known | computed | check   (read-only;
//                            page-level checks point at period, region or check)
//
// doc = position of the document in load order (the order the files were given), table =
// position in document.tables.
import { COUNT_COLUMNS, TOTAL_COLUMN, type ExtractedTable, type TableRow } from '@engine/model';

import type { CellValue, CountColumnId, RegisterColumnId, RowColumnId } from '@shared/savedWork/vocabulary';

export type { CellValue, CountColumnId, RegisterColumnId, RowColumnId } from '@shared/savedWork/vocabulary';
/** The "Δ vorig kwartaal" columns of the Gemeenten grid, beside the value they are about: the
 * change in people (`c0Delta`) and in percent (`c0DeltaPct`). Read-only; no check points at them. */
export type DeltaColumnId = `${CountColumnId | 'total'}Delta` | `${CountColumnId | 'total'}DeltaPct`;
/** Read-only columns of the two grids. Checks point at period, region and check only; the
 * others matter for "where is the cursor" when jumping to the next flag. */
export type InfoColumnId = 'file' | 'year' | 'quarter' | 'period' | 'region' | 'known' | 'computed' | 'check' | DeltaColumnId;
/** Every column of the two grids. */
export type PlaceColumnId = RowColumnId | RegisterColumnId | InfoColumnId;

/** A municipality by index, the TOTAAL AMR row, or the table's own line (register, page checks). */
export type RowRef = number | 'total' | 'region';

export type CellRef =
  { doc: number; table: number; row: number | 'total'; column: RowColumnId } | { doc: number; table: number; row: 'region'; column: RegisterColumnId };

/** A cell within one table: what reading and writing a value needs. */
export type TableCell = { row: number | 'total'; column: RowColumnId } | { row: 'region'; column: RegisterColumnId };

/** A cell of one file, by the file's key (its SHA-256, see documentKey) instead of its place in the
 * window: what the session keeps edits, marks and undo steps by, so they stay valid when other
 * files are opened or closed. */
export type FileCell = TableCell & { document: string; table: number };

/** One key per file cell, e.g. "ab12…|2|5:c1". */
export function fileCellKey(cell: FileCell): string {
  return `${cell.document}|${cell.table}|${cell.row}:${cell.column}`;
}

/** Any position a flag can be shown at; a CellRef is one that can also be edited. */
export interface Place {
  doc: number;
  table: number;
  row: RowRef;
  column: PlaceColumnId;
}

export const COUNT_COLUMN_IDS: readonly CountColumnId[] = ['c0', 'c1', 'c2', 'c3'];

/** Grid column id of a flag column (0..3 counts, 4 total). */
export function columnIdOf(flagColumn: number): CountColumnId | 'total' {
  return flagColumn >= TOTAL_COLUMN ? 'total' : (COUNT_COLUMN_IDS[flagColumn] ?? 'c0');
}

/** Flag column (0..3 counts, 4 total) of a grid column id, or null for other columns. */
export function flagColumnOf(column: PlaceColumnId): number | null {
  if (column === 'total') return TOTAL_COLUMN;
  const index = COUNT_COLUMN_IDS.indexOf(column as CountColumnId);
  return index === -1 ? null : index;
}

/** Row id in the Gemeenten grid (rows) or the Regio's grid (row 'region'). */
export function rowIdOf(place: Pick<Place, 'doc' | 'table' | 'row'>): string {
  return place.row === 'region' ? `${place.doc}-${place.table}` : `${place.doc}-${place.table}-${place.row}`;
}

/** Inverse of {@link rowIdOf}; null for anything else. */
export function parseRowId(rowId: string): Pick<Place, 'doc' | 'table' | 'row'> | null {
  const match = /^(\d+)-(\d+)(?:-(\d+|total))?$/.exec(rowId);
  if (!match) return null;
  const [, doc = '', table = '', row] = match;
  return {
    doc: Number(doc),
    table: Number(table),
    row: row === undefined ? 'region' : row === 'total' ? 'total' : Number(row),
  };
}

/** One key per place, e.g. "0-2-5:c1", for maps and comparisons. */
export function placeKey(place: Place): string {
  return `${rowIdOf(place)}:${place.column}`;
}

export function isRegisterColumn(column: PlaceColumnId): column is RegisterColumnId {
  return column === 'register' || column === 'percent';
}

/** True when the pair names a value the analyst may change. TOTAAL AMR's name is fixed. */
export function isEditable(row: RowRef, column: PlaceColumnId): boolean {
  if (row === 'region') return isRegisterColumn(column);
  if (column === 'name') return row !== 'total';
  return column === 'total' || flagColumnOf(column) !== null;
}

/** The row a CellRef points at, or undefined when the table has no such row. */
export function rowOf(table: ExtractedTable, row: number | 'total'): TableRow | undefined {
  return row === 'total' ? (table.totalRow ?? undefined) : table.rows[row];
}

/** The value of a cell; undefined when the cell does not exist in this table. */
export function readCell(table: ExtractedTable, cell: TableCell): CellValue | undefined {
  if (cell.row === 'region') {
    const register = table.register;
    return cell.column === 'register' ? (register?.total ?? null) : (register?.percentInSonar ?? null);
  }
  const row = rowOf(table, cell.row);
  if (!row) return undefined;
  if (cell.column === 'name') return row.name;
  if (cell.column === 'total') return row.total;
  return row.counts[flagColumnOf(cell.column) ?? 0] ?? null;
}

/** Same value for the purposes of "is this cell edited": NaN equals NaN, 0 equals -0. */
export function sameValue(a: CellValue | undefined, b: CellValue | undefined): boolean {
  return a === b || (typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b));
}

/** A copy of the table with one value replaced. `original` is the table as extracted: a cell put
 * back to its extracted value gets its printed source back, any other value its own text, so
 * the checks describe what is in the cell now ("cel is leeg", not the printed "1.561"). */
export function writeCell(table: ExtractedTable, original: ExtractedTable, cell: TableCell, value: CellValue, shown: string): ExtractedTable {
  if (cell.row === 'region') {
    const register = { total: table.register?.total ?? null, percentInSonar: table.register?.percentInSonar ?? null, ...table.register };
    if (cell.column === 'register') register.total = numberOrNull(value);
    else register.percentInSonar = numberOrNull(value);
    // Emptied both fields of a register that was never found: back to "not found".
    const emptied = register.total === null && register.percentInSonar === null && original.register === null;
    return { ...table, register: emptied ? null : register };
  }
  const row = rowOf(table, cell.row);
  if (!row) throw new Error(`No row ${String(cell.row)} in table on page ${table.page}`);
  const originalRow = rowOf(original, cell.row);
  let next: TableRow;
  if (cell.column === 'name') {
    const name = typeof value === 'string' ? value : String(value ?? '');
    next = withSourceText({ ...row, name }, originalRow, 0, name, name);
  } else {
    const flagColumn = flagColumnOf(cell.column) ?? 0;
    const number = numberOrNull(value);
    next =
      flagColumn === TOTAL_COLUMN
        ? { ...row, total: number }
        : {
            ...row,
            counts: Array.from({ length: Math.max(COUNT_COLUMNS, row.counts.length) }, (_, i) => (i === flagColumn ? number : (row.counts[i] ?? null))),
          };
    next = withSourceText(next, originalRow, flagColumn + 1, value, shown);
  }
  return cell.row === 'total' ? { ...table, totalRow: next } : { ...table, rows: table.rows.map((r, i) => (i === cell.row ? next : r)) };
}

/** The edited cell's source: the printed one when the value is back to what was printed,
 * otherwise the analyst's text without an OCR confidence (a typed value is not a doubtful read). */
function withSourceText(row: TableRow, originalRow: TableRow | undefined, sourceIndex: number, value: CellValue, shown: string): TableRow {
  const source = originalRow?.sources?.[sourceIndex];
  if (!row.sources || !source) return row;
  const originalValue = sourceIndex === 0 ? originalRow?.name : sourceIndex === TOTAL_COLUMN + 1 ? originalRow?.total : originalRow?.counts[sourceIndex - 1];
  const { confidence: _confidence, ...typed } = source;
  const next = sameValue(originalValue ?? null, value) ? source : { ...typed, text: shown };
  return { ...row, sources: row.sources.map((s, i) => (i === sourceIndex ? next : s)) };
}

function numberOrNull(value: CellValue): number | null {
  return typeof value === 'number' ? value : null;
}
