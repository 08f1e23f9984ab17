import { formatDecimal } from '../format';
import { TOTAL_COLUMN, TOTAL_ROW_NAME, type ExtractedTable, type Flag, type TableRow } from '../model';
import { columnPhrase } from './columnLabel';
import { cellValue } from './columnTotals';
import { isCount } from './values';

/** `invalid-number`: a count or total that is empty, not a whole number or negative. One flag
 * per cell, so the grid and the workbook can point at it. */
export function checkNumbers(table: ExtractedTable): Flag[] {
  const flags: Flag[] = [];
  table.rows.forEach((row, rowIndex) => flags.push(...checkRowNumbers(table, row, row.name, rowIndex)));
  if (table.totalRow) {
    flags.push(...checkRowNumbers(table, table.totalRow, TOTAL_ROW_NAME, table.rows.length));
  }
  return flags;
}

function checkRowNumbers(table: ExtractedTable, row: TableRow, name: string, rowIndex: number): Flag[] {
  const flags: Flag[] = [];
  for (let column = 0; column <= TOTAL_COLUMN; column++) {
    const value = cellValue(row, column);
    if (isCount(value)) continue;
    // sources: index 0 is the name, 1..4 the counts, 5 the total.
    const printed = row.sources?.[column + 1]?.text;
    flags.push({
      code: 'invalid-number',
      row: name,
      rowIndex,
      column,
      message: `${name}, ${columnPhrase(table, column)}: ${describeProblem(value, printed)}`,
    });
  }
  return flags;
}

function describeProblem(value: number | null | undefined, printed: string | undefined): string {
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Up to two decimals without trailing zeros: 1.5 → "1,5" (a whole number keeps its zeros).
    const shown = formatDecimal(value, 2);
    return `${shown} is geen geldig aantal (verwacht een geheel getal van 0 of meer)`;
  }
  if (typeof value === 'number') return 'cel bevat geen getal';
  if (printed !== undefined && printed.trim() !== '') {
    return `gedrukt '${printed.trim()}' is geen geheel getal`;
  }
  if (printed !== undefined) return 'cel is leeg';
  return 'cel is leeg of geen geheel getal';
}
