// Where each check result is shown: the cell whose value is in doubt. Row flags sit on their
// row (the column they name, or the name for a duplicate), column totals on the TOTAAL AMR
// cell of that column, the percentage and register on the table's line in the Regio's grid,
// and page-level findings (period, region, missing rows) on that line's matching column.
import { isOpenFlag } from '@engine/checks';
import { REGISTER_ROW_NAME, TOTAL_ROW_NAME, type ExtractedDocument, type ExtractedTable, type Flag } from '@engine/model';
import { columnIdOf, placeKey, type Place, type PlaceColumnId, type RowRef } from './cells';

export function placeOfFlag(table: ExtractedTable, flag: Flag, doc: number, tableIndex: number): Place {
  const at = (row: RowRef, column: PlaceColumnId): Place => ({ doc, table: tableIndex, row, column });
  switch (flag.code) {
    case 'column-total-mismatch':
      return at('total', columnIdOf(flag.column ?? 0));
    case 'percent-mismatch':
      return at('region', 'percent');
    case 'missing-register':
      return at('region', table.register?.total === null || table.register?.total === undefined || table.register.total === 0 ? 'register' : 'percent');
    case 'missing-period':
      return at('region', 'period');
    case 'missing-region':
      return at('region', 'region');
    case 'missing-total-row':
    case 'empty-table':
      return at('region', 'check');
    case 'duplicate-table-mismatch':
      // The register line differs from the other file's: on the register cell.
      if (flag.rowIndex === undefined && flag.row === REGISTER_ROW_NAME) return at('region', 'register');
      return rowPlace(table, flag, at);
    default:
      return rowPlace(table, flag, at);
  }
}

/** A row flag on its cell (the name when it names no column); a row the table does not have
 * (a municipality only the other file has) on the table's line. */
function rowPlace(table: ExtractedTable, flag: Flag, at: (row: RowRef, column: PlaceColumnId) => Place): Place {
  const row = rowRefOf(table, flag);
  if (row === null) return at('region', 'check');
  if (flag.column === undefined) return at(row, 'name');
  return at(row, columnIdOf(flag.column));
}

/** The row of a row flag. Flags read back from JSON have no rowIndex: then the name decides. */
function rowRefOf(table: ExtractedTable, flag: Flag): number | 'total' | null {
  const index = flag.rowIndex ?? (flag.row === TOTAL_ROW_NAME ? table.rows.length : table.rows.findIndex((row) => row.name === flag.row));
  if (index < 0) return null;
  return index >= table.rows.length ? 'total' : index;
}

/** A flag with where it is shown. */
export interface PlacedFlag {
  place: Place;
  flag: Flag;
}

const flagsByTable = new WeakMap<ExtractedTable, { doc: number; tableIndex: number; byPlace: Map<string, Flag[]> }>();

/** The table's flags by place key ({@link placeKey}); cached per table object, which the
 * session never changes in place, at its place: the keys hold the document's position, which
 * moves up when a file before it is closed while the table stays the same object. */
export function flagsByPlace(table: ExtractedTable, doc: number, tableIndex: number): ReadonlyMap<string, Flag[]> {
  const cached = flagsByTable.get(table);
  if (cached && cached.doc === doc && cached.tableIndex === tableIndex) return cached.byPlace;
  const byPlace = new Map<string, Flag[]>();
  for (const flag of table.flags) {
    const key = placeKey(placeOfFlag(table, flag, doc, tableIndex));
    byPlace.set(key, [...(byPlace.get(key) ?? []), flag]);
  }
  flagsByTable.set(table, { doc, tableIndex, byPlace });
  return byPlace;
}

// Reading order within a table: municipalities, then TOTAAL AMR, then the table's line; within
// a row, the columns left to right as the two grids show them.
// One list serves both grids: Gemeenten is file, year, quarter, region, name, c0..c3, total, check
// (each value followed by its Δ vorig kwartaal columns when they are shown);
// Regio's is file, period, region, known, register, percent, computed, check.
const COLUMN_ORDER: readonly PlaceColumnId[] = [
  'file',
  'year',
  'quarter',
  'period',
  'region',
  'name',
  'c0',
  'c0Delta',
  'c0DeltaPct',
  'c1',
  'c1Delta',
  'c1DeltaPct',
  'c2',
  'c2Delta',
  'c2DeltaPct',
  'c3',
  'c3Delta',
  'c3DeltaPct',
  'total',
  'totalDelta',
  'totalDeltaPct',
  'known',
  'register',
  'percent',
  'computed',
  'check',
];

function rowRank(row: RowRef): number {
  if (row === 'total') return Number.MAX_SAFE_INTEGER - 1;
  if (row === 'region') return Number.MAX_SAFE_INTEGER;
  return row;
}

/** Orders places by document, table, row, column. */
export function comparePlaces(a: Place, b: Place): number {
  return a.doc - b.doc || a.table - b.table || rowRank(a.row) - rowRank(b.row) || COLUMN_ORDER.indexOf(a.column) - COLUMN_ORDER.indexOf(b.column);
}

/** Every open flag of the loaded documents with its place, in reading order; flags on the same
 * place keep the order of the checks. Hints (severity 'info') are not open flags. */
export function placedFlags(documents: readonly ExtractedDocument[]): PlacedFlag[] {
  const placed: PlacedFlag[] = [];
  documents.forEach((document, doc) => {
    if (document.error) return;
    document.tables.forEach((table, tableIndex) => {
      for (const flag of table.flags) {
        if (isOpenFlag(flag)) placed.push({ place: placeOfFlag(table, flag, doc, tableIndex), flag });
      }
    });
  });
  // Array.prototype.sort is stable.
  return placed.sort((a, b) => comparePlaces(a.place, b.place));
}
