// The table as a grid of constraints: every row's four counts add up to its total, and every
// column of the municipality rows adds up to TOTAAL AMR. Rows are municipalities in order with
// TOTAAL AMR last (index rows.length); columns 0..3 are counts, 4 the total, as in Flag.column.
import { cellValue } from '../checks/columnTotals';
import { isCount } from '../checks/values';
import { COUNT_COLUMNS, TOTAL_COLUMN, TOTAL_ROW_NAME, type ExtractedTable } from '../model';

export const COLUMNS = TOTAL_COLUMN + 1;

/** 'ok' and 'violated' as the sum checks see it; 'unreadable' when a cell on the line is not a
 * usable count (the sum checks skip those lines). */
export type LineStatus = 'ok' | 'violated' | 'unreadable';

export interface Grid {
  /** Municipality rows + TOTAAL AMR. */
  rowCount: number;
  totalRowIndex: number;
  rowNames: string[];
  /** cells[row][column]: the count, or null when unusable. */
  cells: (number | null)[][];
  rowStatus: LineStatus[];
  columnStatus: LineStatus[];
}

/** Null without TOTAAL AMR or without municipalities: then no column constraint exists. */
export function buildGrid(table: ExtractedTable): Grid | null {
  if (!table.totalRow || table.rows.length === 0) return null;
  const rows = [...table.rows, table.totalRow];
  const cells = rows.map((row) =>
    Array.from({ length: COLUMNS }, (_, column) => {
      const value = cellValue(row, column);
      return isCount(value) ? value : null;
    }),
  );
  const totalRowIndex = table.rows.length;
  const grid: Grid = {
    rowCount: rows.length,
    totalRowIndex,
    rowNames: [...table.rows.map((row) => row.name), TOTAL_ROW_NAME],
    cells,
    rowStatus: [],
    columnStatus: [],
  };
  grid.rowStatus = cells.map((_, row) => lineStatus(rowResidual(grid, row)));
  grid.columnStatus = Array.from({ length: COLUMNS }, (_, column) => lineStatus(columnResidual(grid, column)));
  return grid;
}

export function cellAt(grid: Grid, row: number, column: number): number | null {
  return grid.cells[row]?.[column] ?? null;
}

/** counts − total of a row; null when a cell is unreadable. */
function rowResidual(grid: Grid, row: number): number | null {
  let residual = 0;
  for (let column = 0; column < COLUMNS; column++) {
    const value = cellAt(grid, row, column);
    if (value === null) return null;
    residual += column < COUNT_COLUMNS ? value : -value;
  }
  return residual;
}

/** municipality sum − TOTAAL AMR of a column; null when a cell is unreadable. */
function columnResidual(grid: Grid, column: number): number | null {
  let residual = 0;
  for (let row = 0; row < grid.rowCount; row++) {
    const value = cellAt(grid, row, column);
    if (value === null) return null;
    residual += row < grid.totalRowIndex ? value : -value;
  }
  return residual;
}

function lineStatus(residual: number | null): LineStatus {
  return residual === null ? 'unreadable' : residual === 0 ? 'ok' : 'violated';
}

/** The value the row's other four cells demand of (row, column); null when one is unreadable. */
export function valueFromRow(grid: Grid, row: number, column: number): number | null {
  let counts = 0;
  for (let c = 0; c < COUNT_COLUMNS; c++) {
    if (c === column) continue;
    const value = cellAt(grid, row, c);
    if (value === null) return null;
    counts += value;
  }
  if (column === TOTAL_COLUMN) return counts;
  const total = cellAt(grid, row, TOTAL_COLUMN);
  return total === null ? null : total - counts;
}

/** The value the column's other cells demand of (row, column); null when one is unreadable. */
export function valueFromColumn(grid: Grid, row: number, column: number): number | null {
  let municipalities = 0;
  for (let r = 0; r < grid.totalRowIndex; r++) {
    if (r === row) continue;
    const value = cellAt(grid, r, column);
    if (value === null) return null;
    municipalities += value;
  }
  if (row === grid.totalRowIndex) return municipalities;
  const total = cellAt(grid, grid.totalRowIndex, column);
  return total === null ? null : total - municipalities;
}
