// The corrections list is derived, never kept: every cell that was edited and now differs from
// its extracted value. A cell typed back to what was printed drops out of it.
import { TOTAL_ROW_NAME, type Correction, type ExtractedTable } from '@engine/model';
import { readCell, rowOf, sameValue, type CellRef } from './cells';
import { displayValue } from './display';
import { placeColumnLabel, REGISTER_ROW_LABEL } from './labels';
import { cellRefOf, type Session } from './session';

/** Oldest edit first. */
export function correctionsOf(session: Session): Correction[] {
  return [...session.marks.values()]
    .sort((a, b) => a.seq - b.seq)
    .flatMap(({ cell: at, time }) => {
      const cell = cellRefOf(session, at);
      if (!cell) return [];
      const document = session.documents[cell.doc];
      const current = document?.tables[cell.table];
      const original = session.originals[cell.doc]?.tables[cell.table];
      if (!document || !current || !original) return [];
      const before = readCell(original, cell) ?? null;
      const after = readCell(current, cell) ?? null;
      if (sameValue(before, after)) return [];
      return [
        {
          file: document.file,
          page: pageOf(original, cell),
          region: current.region,
          row: rowLabel(original, cell),
          column: placeColumnLabel(current, cell.column),
          original: displayValue(before),
          value: displayValue(after),
          time,
        },
      ];
    });
}

/** The page the value was read from (a table may span two pages). */
function pageOf(table: ExtractedTable, cell: CellRef): number {
  if (cell.row === 'region') return table.register?.source?.page ?? table.page;
  return rowOf(table, cell.row)?.sources?.[0]?.page ?? table.page;
}

/** The row as loaded: a name edit is listed under the printed name. */
function rowLabel(table: ExtractedTable, cell: CellRef): string {
  if (cell.row === 'region') return REGISTER_ROW_LABEL;
  if (cell.row === 'total') return TOTAL_ROW_NAME;
  return rowOf(table, cell.row)?.name ?? '';
}
