// All checks on one table. Pure: the same table always gives the same flags in the same order,
// so the grid can re-run them after every edit and compare.
import type { ExtractedTable, Flag, FlagCode } from '../model';
import { attachSuggestions } from '../suggestions/attach';
import { checkColumnTotals } from './columnTotals';
import { checkConfidence } from './confidence';
import { checkDuplicates } from './duplicates';
import { checkMunicipalityNames } from './municipalityNames';
import { checkMunicipalityRegions } from './municipalityRegions';
import { checkNumbers } from './numbers';
import { checkOcrNames } from './ocrNames';
import { checkPercent } from './percent';
import { checkRowTotals } from './rowTotals';
import { checkStructure } from './structure';

export { checkColumnTotals, cellValue, numberAt } from './columnTotals';
export { checkConfidence, LOW_CONFIDENCE_THRESHOLD } from './confidence';
export { checkDuplicates, municipalityKey } from './duplicates';
export { checkMunicipalityNames } from './municipalityNames';
export { checkMunicipalityRegions } from './municipalityRegions';
export { checkOcrNames, ocrNameReading } from './ocrNames';
export { isAcceptedFlag, isHintFlag, isOpenFlag } from './severity';
export { checkNumbers } from './numbers';
export { checkPercent, computedPercentInSonar, roundedPercent } from './percent';
export { checkRowTotals } from './rowTotals';
export { checkStructure } from './structure';
export { columnLabel, columnPhrase, genericColumnName } from './columnLabel';
export { flagLabels } from './labels';
export { isCount, sumCounts } from './values';

/** Recomputes every flag of a table from its data (table.flags is ignored). Order: flags on
 * rows in row order (TOTAAL AMR last), then column totals by column, then the percentage,
 * then flags about the page as a whole. Flags a single value would resolve carry it as
 * `suggestion` (see suggestions/); the table itself is never changed. */
export function checkTable(table: ExtractedTable): Flag[] {
  const flags = attachSuggestions(
    [
      ...checkNumbers(table),
      ...checkConfidence(table),
      ...checkRowTotals(table),
      ...checkDuplicates(table),
      ...checkMunicipalityNames(table),
      // Info only: what OCR read where the engine took the official name instead.
      ...checkOcrNames(table),
      // Info only (severity 'info', not an open flag): the data knows just the 2026 composition.
      ...checkMunicipalityRegions(table),
      ...checkColumnTotals(table),
      ...checkPercent(table),
      ...checkStructure(table),
    ],
    table,
  );
  // Array.prototype.sort is stable, so equal keys keep the order above.
  return flags
    .map((flag, index) => ({ flag, key: sortKey(flag), index }))
    .sort((a, b) => compareKeys(a.key, b.key) || a.index - b.index)
    .map(({ flag }) => flag);
}

const pageFlagOrder: readonly FlagCode[] = ['missing-period', 'missing-region', 'empty-table', 'missing-total-row', 'missing-register'];
/** Within one row: unreadable cells (by column), uncertain OCR (name, then by column), the row
 * sum, then the name checks. */
const rowFlagOrder: Partial<Record<FlagCode, number>> = {
  'invalid-number': 0,
  'low-confidence': 10,
  'row-total-mismatch': 20,
  'duplicate-municipality': 30,
  'unknown-municipality': 31,
  'municipality-not-in-period': 31,
  'ocr-name-read': 31,
  'municipality-region': 32,
};
const byColumn: readonly FlagCode[] = ['invalid-number', 'low-confidence'];

function sortKey(flag: Flag): number[] {
  if (flag.rowIndex !== undefined) {
    // A name flag (field 'name', no column) sorts before the row's first column.
    const column = byColumn.includes(flag.code) ? (flag.column ?? -1) + 1 : 0;
    return [0, flag.rowIndex, (rowFlagOrder[flag.code] ?? 40) + column];
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
