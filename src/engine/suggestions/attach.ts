// Puts each suggestion on every flag it would resolve: a wrong cell on its row-total flag, its
// column-total flag, its invalid-number or low-confidence flag; the percentage on percent-mismatch.
import type { CellSuggestion, ExtractedTable, Flag, Suggestion } from '../model';
import { findCellFixes } from './cellFixes';
import { findPercentFix } from './percentFix';

/** The flags with suggestions added (new objects; the input is not changed). */
export function attachSuggestions(flags: readonly Flag[], table: ExtractedTable): Flag[] {
  const cellFixes = findCellFixes(table);
  const percentFix = findPercentFix(table, cellFixes);
  return flags.map((flag) => {
    if (flag.suggestion) return flag;
    const suggestion = flag.code === 'percent-mismatch' ? percentFix : cellFixFor(flag, cellFixes.fixes);
    return suggestion ? { ...flag, suggestion } : flag;
  });
}

function cellFixFor(flag: Flag, fixes: readonly CellSuggestion[]): Suggestion | undefined {
  switch (flag.code) {
    case 'row-total-mismatch':
      return fixes.find((fix) => fix.rowIndex === flag.rowIndex);
    case 'column-total-mismatch':
      return fixes.find((fix) => fix.column === flag.column);
    case 'invalid-number':
    case 'low-confidence':
      return fixes.find((fix) => fix.rowIndex === flag.rowIndex && fix.column === flag.column);
    default:
      return undefined;
  }
}
