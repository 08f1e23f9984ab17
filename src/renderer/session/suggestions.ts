// The checks sometimes know the one value that would resolve a flag (engine: suggestions/). The
// analyst can take it with one click; it is then an ordinary edit (undoable, a correction).
import { computedPercentInSonar } from '@engine/checks';
import { formatNumber } from '@engine/format';
import type { ExtractedTable, Flag, Suggestion } from '@engine/model';
import { columnIdOf, type CellRef, type CellValue } from './cells';
import { displayValue } from './display';
import { PRINTED_PERCENT_HEADER, placeColumnLabel } from './labels';

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

/** What the "Voorstel" button offers, after "Voorstel: ": "Utrecht, Totaal → 5.493"; the table's
 * line by its region and the Regio's grid's header, "West-Brabant, % gedrukt → 75%"; a name as
 * read, "naam 'Kerkrdae' → Kerkrade". */
export function fixLabel(table: ExtractedTable, fix: OfferedFix): string {
  const value = displayValue(fix.value);
  if (fix.cell.column === 'name') return `naam '${fix.row.trim()}' → ${value}`;
  if (fix.cell.column === 'percent') return `${table.region ?? fix.row}, ${PRINTED_PERCENT_HEADER} → ${value}%`;
  return `${fix.row}, ${placeColumnLabel(table, fix.cell.column)} → ${value}`;
}

/** Why the checks offer the value, for the button's tooltip; each kind of suggestion has its own
 * ground (only a count's fix is about the totals). */
export function fixReason(table: ExtractedTable, fix: OfferedFix): string {
  if (fix.cell.column === 'name') return 'de officiële gemeentenaam die het dichtst bij de gelezen tekst ligt';
  if (fix.cell.column === 'percent') {
    const known = table.totalRow?.total;
    const register = table.register?.total;
    const exact = computedPercentInSonar(table);
    if (exact === null || typeof known !== 'number' || typeof register !== 'number') {
      return 'het percentage dat volgt uit Bekend in Sonar en het doelgroepregister';
    }
    return (
      `het percentage bekend in Sonar: 100 × ${formatNumber(known)} (Bekend in Sonar) / ${formatNumber(register)} (doelgroepregister) = ` +
      `${formatNumber(exact, 1)}%, afgerond ${displayValue(fix.value)}%`
    );
  }
  return 'de enige waarde die de rij- en kolomtotalen laat kloppen';
}
