// Which cells are wrong, when the sums say so unambiguously.
//
// A wrong (or unreadable) cell breaks exactly its own row and its own column. So k wrong cells
// that share no row or column break k rows and k columns, and no explanation with fewer wrong
// cells exists. We look for every such explanation: a pairing of the broken rows with the broken
// columns where, for each pair, the row and the column demand the same value of the crossing cell
// (and an unreadable cell must be one of the crossings). Only when exactly one pairing works do we
// offer its values. Two wrong cells in one row break one row and two columns: no pairing, no offer.
// Two pairs whose differences coincide can be paired both ways: two pairings, no offer.
import { isCount } from '../checks/values';
import type { CellSuggestion, ExtractedTable } from '../model';
import { buildGrid, cellAt, valueFromColumn, valueFromRow, type Grid } from './grid';

/** More wrong cells than this on one page: too damaged to guess, the analyst reads the scan. */
export const MAX_WRONG_CELLS = 3;

export interface CellFixes {
  grid: Grid | null;
  /** The unique explanation's values; empty when there is none, or when nothing is wrong. */
  fixes: CellSuggestion[];
  /** True when the broken lines have exactly one explanation (or nothing is broken). */
  explained: boolean;
}

export function findCellFixes(table: ExtractedTable): CellFixes {
  const grid = buildGrid(table);
  if (!grid) return { grid, fixes: [], explained: false };
  const rows = openLines(grid.rowStatus);
  const columns = openLines(grid.columnStatus);
  if (rows.length === 0 && columns.length === 0) return { grid, fixes: [], explained: true };
  if (rows.length !== columns.length || rows.length > MAX_WRONG_CELLS) return { grid, fixes: [], explained: false };
  if (!unreadableCellsAreCrossings(grid, rows, columns)) return { grid, fixes: [], explained: false };

  const explanations = permutations(columns).flatMap((pairedColumns) => {
    const fixes = rows.map((row, i) => fixAt(grid, row, pairedColumns[i] ?? -1));
    return fixes.every((fix): fix is CellSuggestion => fix !== null) ? [fixes] : [];
  });
  const [only, ...others] = explanations;
  if (!only || others.length > 0) return { grid, fixes: [], explained: false };
  return { grid, fixes: only, explained: true };
}

function openLines(status: readonly string[]): number[] {
  return status.flatMap((s, index) => (s === 'ok' ? [] : [index]));
}

/** An unreadable cell must be the one wrong cell of its row and of its column, so it has to lie
 * on a broken row and a broken column, alone on both. */
function unreadableCellsAreCrossings(grid: Grid, rows: number[], columns: number[]): boolean {
  const perRow = new Map<number, number>();
  const perColumn = new Map<number, number>();
  for (let row = 0; row < grid.rowCount; row++) {
    for (let column = 0; column < grid.columnStatus.length; column++) {
      if (cellAt(grid, row, column) !== null) continue;
      if (!rows.includes(row) || !columns.includes(column)) return false;
      perRow.set(row, (perRow.get(row) ?? 0) + 1);
      perColumn.set(column, (perColumn.get(column) ?? 0) + 1);
    }
  }
  return [...perRow.values(), ...perColumn.values()].every((count) => count === 1);
}

/** The value both the row and the column demand of the crossing, when they agree on a count. */
function fixAt(grid: Grid, row: number, column: number): CellSuggestion | null {
  // Another unreadable cell on the row or column: the demand is unknown (valueFrom* gives null).
  const fromRow = valueFromRow(grid, row, column);
  const fromColumn = valueFromColumn(grid, row, column);
  if (fromRow === null || fromRow !== fromColumn || !isCount(fromRow)) return null;
  if (fromRow === cellAt(grid, row, column)) return null;
  return { row: grid.rowNames[row] ?? '', rowIndex: row, column, value: fromRow };
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}
