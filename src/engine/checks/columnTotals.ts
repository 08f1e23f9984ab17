import { formatNumber } from '../format';
import { COUNT_COLUMNS, TOTAL_COLUMN, type ExtractedTable, type Flag } from '../model';
import { columnPhrase } from './columnLabel';
import { isCount, sumCounts } from './values';

/** `column-total-mismatch`: the municipality rows, summed per column, differ from TOTAAL AMR.
 * Columns 0..3 are the counts, 4 the total column. A column with an unreadable number is
 * skipped (reported as `invalid-number`). */
export function checkColumnTotals(table: ExtractedTable): Flag[] {
  const totalRow = table.totalRow;
  if (!totalRow || table.rows.length === 0) return [];
  const flags: Flag[] = [];
  for (let column = 0; column <= TOTAL_COLUMN; column++) {
    const printed = cellValue(totalRow, column);
    const sum = sumCounts(table.rows.map((row) => cellValue(row, column)));
    if (sum === null || !isCount(printed) || sum === printed) continue;
    flags.push({
      code: 'column-total-mismatch',
      column,
      message:
        `Som van de gemeenten in ${columnPhrase(table, column)} = ${formatNumber(sum)}, ` +
        `TOTAAL AMR = ${formatNumber(printed)} (verschil ${formatNumber(Math.abs(printed - sum))})`,
    });
  }
  return flags;
}

/** What a row holds besides its name (a printed row, or a series' gap). */
type RowValues = { readonly counts: readonly (number | null)[]; readonly total: number | null };

/** The value of a row in flag-column numbering: 0..3 counts, 4 total. */
export function cellValue(row: RowValues, column: number): number | null | undefined {
  return column < COUNT_COLUMNS ? row.counts[column] : row.total;
}

/** The same as a finite number, or null (empty, not a number): what series, comparisons across
 * tables and the workbook's number cells take. */
export function numberAt(row: RowValues, column: number): number | null {
  const value = cellValue(row, column);
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
