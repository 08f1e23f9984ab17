// The printed "% bekend binnen Sonar" against round(100 × TOTAAL AMR total / register total).
// A wrong register total cannot be pinned down (a range of totals rounds to the same percentage),
// so the only value we can offer is the percentage itself, and only when TOTAAL AMR's total is
// trustworthy: confirmed by both its row and its column, or untouched by the unique explanation.
import { roundedPercent } from '../checks/percent';
import { isCount } from '../checks/values';
import { REGISTER_ROW_NAME, TOTAL_COLUMN, type CellSuggestion, type ExtractedTable, type Suggestion } from '../model';
import type { CellFixes } from './cellFixes';

export function findPercentFix(table: ExtractedTable, { grid, fixes, explained }: CellFixes): Suggestion | null {
  const register = table.register?.total;
  const printed = table.register?.percentInSonar;
  const known = table.totalRow?.total;
  if (!grid || !isCount(register) || register === 0 || typeof printed !== 'number' || !isCount(known)) return null;

  const totalFix = fixes.find((fix) => fix.rowIndex === grid.totalRowIndex && fix.column === TOTAL_COLUMN);
  if (totalFix) return explainsPercent(totalFix, register, printed) ? totalFix : null;

  const confirmed = grid.rowStatus[grid.totalRowIndex] === 'ok' && grid.columnStatus[TOTAL_COLUMN] === 'ok';
  if (!confirmed && !explained) return null;
  const value = roundedPercent(known, register);
  return value === printed ? null : { row: REGISTER_ROW_NAME, column: 'percentInSonar', value };
}

/** A misread TOTAAL AMR total also explains the percentage when its fix makes the two agree. */
function explainsPercent(fix: CellSuggestion, register: number, printed: number): boolean {
  return roundedPercent(fix.value, register) === printed;
}
