import { COUNT_COLUMNS, DEFAULT_TOTAL_HEADER, type ExtractedTable } from '../model';

/** Generic name of a count column, used when the page has icons instead of a text header. */
export function genericColumnName(column: number): string {
  return column === COUNT_COLUMNS ? DEFAULT_TOTAL_HEADER : `Kolom ${column + 1}`;
}

/** The column's printed header, or a generic name when the header is empty (icons on the page). */
export function columnLabel(table: Pick<ExtractedTable, 'headers'>, column: number): string {
  const header = table.headers[column]?.trim();
  return header ? header : genericColumnName(column);
}
