// All checks on one table. Pure: the same table always gives the same flags in the same order,
// so the grid can re-run them after every edit and compare.
import type { ExtractedTable, Flag, FlagCode } from '../model';
import { checkColumnTotals } from './columnTotals';
import { checkDuplicates } from './duplicates';
import { checkNumbers } from './numbers';
import { checkPercent } from './percent';
import { checkRowTotals } from './rowTotals';
import { checkStructure } from './structure';

export { checkColumnTotals, cellValue } from './columnTotals';
export { checkDuplicates, municipalityKey } from './duplicates';
export { checkNumbers } from './numbers';
export { checkPercent, computedPercentInSonar, roundedPercent } from './percent';
export { checkRowTotals } from './rowTotals';
export { checkStructure } from './structure';
export { columnLabel, genericColumnName } from './columnLabel';
export { flagLabels } from './labels';
export { isCount, sumCounts } from './values';

/** Recomputes every flag of a table from its data (table.flags is ignored). Order: flags on
 * rows in row order (TOTAAL AMR last), then column totals by column, then the percentage,
 * then flags about the page as a whole. */
export function checkTable(table: ExtractedTable): Flag[] {
  const flags = [
    ...checkNumbers(table),
    ...checkRowTotals(table),
    ...checkDuplicates(table),
    ...checkColumnTotals(table),
    ...checkPercent(table),
    ...checkStructure(table),
  ];
  // Array.prototype.sort is stable, so equal keys keep the order above.
  return flags
    .map((flag, index) => ({ flag, key: sortKey(flag), index }))
    .sort((a, b) => compareKeys(a.key, b.key) || a.index - b.index)
    .map(({ flag }) => flag);
}

const pageFlagOrder: readonly FlagCode[] = [
  'missing-period',
  'missing-region',
  'empty-table',
  'missing-total-row',
  'missing-register',
];
/** Within one row: unreadable cells (by column), then the row sum, then the duplicate name. */
const rowFlagOrder: Partial<Record<FlagCode, number>> = {
  'invalid-number': 0,
  'row-total-mismatch': 10,
  'duplicate-municipality': 20,
};

function sortKey(flag: Flag): number[] {
  if (flag.rowIndex !== undefined) {
    return [0, flag.rowIndex, (rowFlagOrder[flag.code] ?? 30) + (flag.code === 'invalid-number' ? (flag.column ?? 0) : 0)];
  }
  if (flag.code === 'column-total-mismatch') return [1, flag.column ?? 0];
  if (flag.code === 'percent-mismatch') return [2];
  const position = pageFlagOrder.indexOf(flag.code);
  return [3, position === -1 ? pageFlagOrder.length : position];
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? -1) - (b[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}
