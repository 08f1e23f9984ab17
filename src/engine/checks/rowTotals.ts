import { formatNumber } from '../format';
import { TOTAL_COLUMN, TOTAL_ROW_NAME, type ExtractedTable, type Flag, type TableRow } from '../model';
import { countsOf, isCount, sumCounts } from './values';

/** `row-total-mismatch`: a row's four counts do not add up to its printed total.
 * Covers the municipality rows and the TOTAAL AMR row. Rows with an unreadable number are
 * skipped: `invalid-number` already reports them. */
export function checkRowTotals(table: ExtractedTable): Flag[] {
  const flags: Flag[] = [];
  table.rows.forEach((row, rowIndex) => {
    const flag = checkRowTotal(row, row.name, rowIndex);
    if (flag) flags.push(flag);
  });
  if (table.totalRow) {
    const flag = checkRowTotal(table.totalRow, TOTAL_ROW_NAME, table.rows.length);
    if (flag) flags.push(flag);
  }
  return flags;
}

function checkRowTotal(row: TableRow, name: string, rowIndex: number): Flag | null {
  const counts = countsOf(row);
  const sum = sumCounts(counts);
  if (sum === null || !isCount(row.total) || sum === row.total) return null;
  const terms = counts.map((count) => formatNumber(count ?? 0)).join(' + ');
  return {
    code: 'row-total-mismatch',
    row: name,
    rowIndex,
    column: TOTAL_COLUMN,
    message: `${terms} = ${formatNumber(sum)}, gedrukt totaal ${formatNumber(row.total)}`,
  };
}
