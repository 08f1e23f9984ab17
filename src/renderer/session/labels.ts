// Dutch names of the grid columns and of the register line, shared by the grids, the Controle
// texts and the corrections list so all three say the same.
import { columnLabel, flagLabels } from '@engine/checks';
import { COUNT_COLUMNS, REGISTER_ROW_NAME, type ExtractedDocument, type ExtractedTable, type Flag } from '@engine/model';
import { flagColumnOf, type PlaceColumnId } from './cells';

/** The register line's row in corrections and suggestions. */
export const REGISTER_ROW_LABEL = REGISTER_ROW_NAME;

/** The Regio's grid's header of the printed percentage, also in the "Voorstel" that fixes it. */
export const PRINTED_PERCENT_HEADER = '% gedrukt';

const fixedLabels: Partial<Record<PlaceColumnId, string>> = {
  name: 'Gemeente',
  total: 'Totaal',
  register: 'Aantal personen',
  percent: 'Percentage',
  period: 'Periode',
  region: 'Arbeidsmarktregio',
  check: 'Controle',
};

/** The column as the grid heads it; count columns by their (renamed) header. */
export function placeColumnLabel(table: Pick<ExtractedTable, 'headers'>, column: PlaceColumnId): string {
  const flagColumn = flagColumnOf(column);
  if (column !== 'total' && flagColumn !== null) return columnLabel(table, flagColumn);
  return fixedLabels[column] ?? column;
}

/** The Controle text of a row: "OK", or what is wrong in short Dutch, one part per kind of
 * check, naming the columns: "Ongeldig getal (Kolom 2); Rijtotaal klopt niet". */
export function controlText(table: Pick<ExtractedTable, 'headers'>, flags: readonly Flag[]): string {
  if (flags.length === 0) return 'OK';
  const columnsByLabel = new Map<string, string[]>();
  for (const flag of flags) {
    const label = flagLabels[flag.code];
    const columns = columnsByLabel.get(label) ?? [];
    // A row total is always about the total column: naming it adds nothing.
    if (flag.column !== undefined && flag.code !== 'row-total-mismatch') {
      const name = flag.column >= 4 ? 'Totaal' : placeColumnLabel(table, `c${flag.column}` as PlaceColumnId);
      if (!columns.includes(name)) columns.push(name);
    }
    columnsByLabel.set(label, columns);
  }
  return [...columnsByLabel].map(([label, columns]) => (columns.length > 0 ? `${label} (${columns.join(', ')})` : label)).join('; ');
}

/** Headers of the four count columns in the one grid over all tables: the header every table
 * shares (the analyst's name, or the printed one), else "Kolom n". */
export function gridCountHeaders(documents: readonly ExtractedDocument[]): string[] {
  const tables = documents.filter((document) => !document.error).flatMap((document) => document.tables);
  return Array.from({ length: COUNT_COLUMNS }, (_, column) => {
    const headers = new Set(tables.map((table) => columnLabel(table, column)));
    const [only] = headers;
    return headers.size === 1 && only ? only : `Kolom ${column + 1}`;
  });
}
