// The checks sometimes know the one value that would resolve a flag (engine: suggestions/). The
// analyst can take it with one click; it is then an ordinary edit (undoable, a correction).
import type { ExtractedTable, Flag, Suggestion } from '@engine/model';
import { columnIdOf, type CellRef, type CellValue } from './cells';

/** The cell a suggestion is for: it may lie elsewhere than the flag (a column total points at
 * the municipality whose value is wrong). */
export function suggestionCell(table: ExtractedTable, doc: number, tableIndex: number, suggestion: Suggestion): CellRef {
  if (suggestion.column === 'percentInSonar') return { doc, table: tableIndex, row: 'region', column: 'percent' };
  const row = suggestion.rowIndex >= table.rows.length ? 'total' : suggestion.rowIndex;
  if (suggestion.column === 'name') return { doc, table: tableIndex, row, column: 'name' };
  return { doc, table: tableIndex, row, column: columnIdOf(suggestion.column) };
}

export interface OfferedFix {
  cell: CellRef;
  value: CellValue;
  /** Where, for the button: "Utrecht, Totaal". */
  row: string;
}

/** Distinct suggestions of the given flags (several flags often offer the same fix). */
export function offeredFixes(table: ExtractedTable, doc: number, tableIndex: number, flags: readonly Flag[]): OfferedFix[] {
  const fixes: OfferedFix[] = [];
  for (const flag of flags) {
    if (!flag.suggestion) continue;
    const cell = suggestionCell(table, doc, tableIndex, flag.suggestion);
    const value = flag.suggestion.value;
    if (fixes.some((fix) => sameCell(fix.cell, cell) && fix.value === value)) continue;
    fixes.push({ cell, value, row: flag.suggestion.row });
  }
  return fixes;
}

function sameCell(a: CellRef, b: CellRef): boolean {
  return a.doc === b.doc && a.table === b.table && a.row === b.row && a.column === b.column;
}
