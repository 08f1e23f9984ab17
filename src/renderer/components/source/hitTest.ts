// Which grid cell a click on a PDF page means: the value whose box is under (or, for a click
// a few pixels beside a number, nearest to) the point. Pure, so it is tested in Node.
import type { Box, ExtractedDocument, SourceRef } from '@engine/model';
import { COUNT_COLUMN_IDS, type Place, type RowColumnId } from '../../session';

/** Grid column of each index of `row.sources`. */
const SOURCE_COLUMNS: readonly RowColumnId[] = ['name', ...COUNT_COLUMN_IDS, 'total'];

/** A click this close (CSS px on screen) to a box still picks it: digits are narrow targets,
 * and the same reach on screen is needed at every zoom. */
export const HIT_SLOP_PX = 5;

/** The reach of {@link HIT_SLOP_PX} in page points, on a page drawn at `scale` px a point. */
export function hitTolerance(scale: number): number {
  return HIT_SLOP_PX / scale;
}

export interface PlacedBox {
  place: Place;
  box: Box;
}

/** Every value of the document's tables printed on `page`, with the cell it fills. */
export function boxesOnPage(document: ExtractedDocument, doc: number, page: number): PlacedBox[] {
  if (document.error) return [];
  const boxes: PlacedBox[] = [];
  const add = (place: Place, source: SourceRef | null | undefined): void => {
    if (source && source.page === page) boxes.push({ place, box: source.box });
  };
  document.tables.forEach((table, tableIndex) => {
    const rows = [
      ...table.rows.map((row, index) => ({ row, ref: index as number | 'total' })),
      ...(table.totalRow ? [{ row: table.totalRow, ref: 'total' as const }] : []),
    ];
    for (const { row, ref } of rows) {
      row.sources?.forEach((source, index) => {
        const column = SOURCE_COLUMNS[index];
        if (column) add({ doc, table: tableIndex, row: ref, column }, source);
      });
    }
    add({ doc, table: tableIndex, row: 'region', column: 'register' }, table.register?.source);
    add({ doc, table: tableIndex, row: 'region', column: 'percent' }, table.register?.percentSource);
  });
  return boxes;
}

/** The cell whose box holds the point (page points), else the nearest box within
 * `tolerance` points (see hitTolerance); null when the click is on nothing the tables read. */
export function hitTest(boxes: readonly PlacedBox[], x: number, y: number, tolerance: number): Place | null {
  let best: PlacedBox | null = null;
  let bestDistance = Infinity;
  for (const candidate of boxes) {
    const distance = distanceToBox(candidate.box, x, y);
    // Inside two boxes (a wrapped name over a number): the smaller one is the one aimed at.
    const better = distance < bestDistance || (distance === 0 && bestDistance === 0 && best !== null && area(candidate.box) < area(best.box));
    if (better) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best && bestDistance <= tolerance ? best.place : null;
}

/** 0 inside the box, else the distance to its edge. */
export function distanceToBox(box: Box, x: number, y: number): number {
  const dx = Math.max(box.x0 - x, 0, x - box.x1);
  const dy = Math.max(box.y0 - y, 0, y - box.y1);
  return Math.hypot(dx, dy);
}

function area(box: Box): number {
  return (box.x1 - box.x0) * (box.y1 - box.y0);
}
