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

/** The column as a message names it: "kolom 'Beperkt'" when it has a name (printed or given by
 * the analyst), "kolom 3" when it is known only by its place ("kolom 'Kolom 3'" says it twice). */
export function columnPhrase(table: Pick<ExtractedTable, 'headers'>, column: number): string {
  const label = columnLabel(table, column);
  return column < COUNT_COLUMNS && label === genericColumnName(column) ? `kolom ${column + 1}` : `kolom '${label}'`;
}
