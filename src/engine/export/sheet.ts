// A small sheet builder on top of SheetJS: a sheet is declared as a list of columns, each
// reading its cell from a row, so a header can never drift from its values. It writes typed
// cells, number formats, comments, column widths and an autofilter over the whole table.
// SheetJS CE cannot write colours, bold or frozen panes, so the header row stays plain.
// Namespace import: it works for write/utils both in Node (CJS build) and in a Vite bundle
// (xlsx.mjs has no default export).
import * as XLSX from 'xlsx';
import { formatNumber } from '../format';

export interface SheetColumn<Row> {
  header: string;
  /** Excel number format for numeric cells in this column, e.g. '#,##0'. */
  format?: string;
  /** The row's cell in this column: a plain value, or a SheetCell to add notes or its own format. */
  value(row: Row): SheetInput;
}

export interface SheetCell {
  value: string | number | null;
  /** Messages of the cell's note, shown on hover (one per flag, one line each). */
  comments?: string[];
  /** Number format of this cell when it differs from its column's. */
  format?: string;
}

/** Counts with a thousands separator: 1.561 in a Dutch Excel. */
export const COUNT_FORMAT = '#,##0';
/** Years, quarters, pages: no separator. */
export const WHOLE_FORMAT = '0';

export type SheetInput = SheetCell | string | number | null;

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

/** Builds a worksheet: header row, one row per entry of `rows`, widths and autofilter. */
export function buildSheet<Row>(columns: readonly SheetColumn<Row>[], rows: readonly Row[], commentAuthor: string): XLSX.WorkSheet {
  const sheet: XLSX.WorkSheet = {};
  const widths = columns.map((column) => column.header.length);
  columns.forEach((column, c) => {
    sheet[XLSX.utils.encode_cell({ r: 0, c })] = { t: 's', v: column.header };
  });
  rows.forEach((row, rowIndex) => {
    columns.forEach((column, c) => {
      const input = column.value(row);
      const cellInput: SheetCell = isSheetCell(input) ? input : { value: input };
      const cell = toCell(cellInput, column.format, commentAuthor);
      if (!cell) return;
      sheet[XLSX.utils.encode_cell({ r: rowIndex + 1, c })] = cell;
      widths[c] = Math.max(widths[c] ?? 0, displayLength(cellInput.value, cell.z));
    });
  });
  const ref = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: rows.length, c: Math.max(columns.length - 1, 0) } });
  sheet['!ref'] = ref;
  sheet['!autofilter'] = { ref };
  // +2 leaves room for the autofilter's drop-down button.
  sheet['!cols'] = widths.map((width) => ({ wch: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2)) }));
  return sheet;
}

function isSheetCell(input: SheetInput): input is SheetCell {
  return typeof input === 'object' && input !== null;
}

function toCell(input: SheetCell, columnFormat: string | undefined, commentAuthor: string): XLSX.CellObject | null {
  const { value, comments } = input;
  let cell: XLSX.CellObject;
  if (typeof value === 'number' && Number.isFinite(value)) {
    cell = { t: 'n', v: value };
    const format = input.format ?? columnFormat;
    if (format) cell.z = format;
  } else if (typeof value === 'string' && value !== '') {
    cell = { t: 's', v: value };
  } else if (comments && comments.length > 0) {
    // An empty cell can still carry a note (e.g. a count that could not be read).
    cell = { t: 'z' };
  } else {
    return null;
  }
  if (comments && comments.length > 0) {
    // One entry per cell: SheetJS writes several entries as a "Comment: … Reply: …" thread text.
    const notes: XLSX.Comments = [{ a: commentAuthor, t: comments.join('\n') }];
    // Hidden = shown on hover with a red corner, instead of boxes covering the table.
    notes.hidden = true;
    cell.c = notes;
  }
  return cell;
}

/** Rough on-screen width in characters: numbers with thousands separators, a date as long as
 * its pattern ("dd-mm-yyyy hh:mm"), so Excel does not show "#####". */
function displayLength(value: string | number | null, format?: string | number): number {
  if (value === null) return 0;
  if (typeof value === 'number' && typeof format === 'string' && /yy/.test(format)) return format.length;
  if (typeof value === 'number') return formatNumber(value, Number.isInteger(value) ? 0 : 1).length;
  return Math.max(...value.split('\n').map((line) => line.length));
}
