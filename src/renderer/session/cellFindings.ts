// What the checks say about one cell of either grid: the open flags, the hints, the accepted
// findings and the value it had before an edit. On the Controle column: everything about the
// row. The bar above the grid, Enter on a cell and the Alt shortcuts all read it from here.
import type { ExtractedTable, Flag } from '@engine/model';
import type { PlaceColumnId, Place } from './cells';
import type { MunicipalityRow, RegionRow } from './gridRows';
import { offeredFixes, type OfferedFix } from './suggestions';

export interface CellFindings {
  flags: Flag[];
  hints: Flag[];
  accepted: Flag[];
  /** The text the cell held before the analyst's edit; undefined when not edited. */
  original: string | undefined;
}

export function findingsAt(row: MunicipalityRow | RegionRow, column: PlaceColumnId): CellFindings {
  if (column === 'check') {
    return { flags: row.rowFlags, hints: Object.values(row.hints).flat(), accepted: row.acceptedFlags, original: undefined };
  }
  const originals: Partial<Record<string, string>> = row.originals;
  return { flags: row.flags[column] ?? [], hints: row.hints[column] ?? [], accepted: row.accepted[column] ?? [], original: originals[column] };
}

/** The fixes the checks offer for the cell's open flags. */
export function fixesAt(table: ExtractedTable, place: Place, findings: CellFindings): OfferedFix[] {
  return offeredFixes(table, place.doc, place.table, findings.flags);
}

/** The fix Enter (or Alt+V) takes at a place without asking: the only one offered there, or,
 * of several, the one for that very cell. Null when there is none or the choice is not clear. */
export function fixToTake(fixes: readonly OfferedFix[], place: Place): OfferedFix | null {
  if (fixes.length === 1) return fixes[0] ?? null;
  const here = fixes.filter((fix) => fix.cell.row === place.row && fix.cell.column === place.column);
  return here.length === 1 ? (here[0] ?? null) : null;
}
