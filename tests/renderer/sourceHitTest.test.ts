// The source panel's pure parts on real documents: which page and box a grid cell comes from,
// and which cell a click on the page means.
import { describe, expect, it } from 'vitest';
import { boxesOnPage, distanceToBox, hitTest, HIT_TOLERANCE } from '../../src/renderer/components/source/hitTest';
import { sourceOfPlace } from '../../src/renderer/components/source/sourceOfPlace';
import type { Place } from '../../src/renderer/session';
import { loaded, TRUNCATED, ZUID_LIMBURG } from './loaded';

const NATIONAL = 'national/p5_2019q2_national_10regions.pdf';
const HEERLEN = 4;
const MAASTRICHT = 7;

const centre = (box: { x0: number; y0: number; x1: number; y1: number }) => ({ x: (box.x0 + box.x1) / 2, y: (box.y0 + box.y1) / 2 });

describe('sourceOfPlace', () => {
  it("gives a value cell's page, box, printed text and how it was read", async () => {
    const document = await loaded(ZUID_LIMBURG);
    const source = sourceOfPlace(document, { doc: 0, table: 0, row: HEERLEN, column: 'total' });
    expect(source).toMatchObject({ page: 1, text: '1.561', via: 'text' });
    expect(source?.box).toEqual(document.tables[0]!.rows[HEERLEN]!.sources![5]!.box);
    expect(source?.confidence).toBeUndefined();
    expect(sourceOfPlace(document, { doc: 0, table: 0, row: HEERLEN, column: 'c1' })?.text).toBe('320');
    expect(sourceOfPlace(document, { doc: 0, table: 0, row: HEERLEN, column: 'name' })?.text).toBe('Heerlen');
    expect(sourceOfPlace(document, { doc: 0, table: 0, row: 'total', column: 'total' })?.text).toBe('7.109');
  });

  it("shows the register's number for the register cell and the table's page without a box elsewhere", async () => {
    const document = await loaded(ZUID_LIMBURG);
    expect(sourceOfPlace(document, { doc: 0, table: 0, row: 'region', column: 'register' })).toMatchObject({ page: 1, text: '10.178' });
    for (const place of [
      { doc: 0, table: 0, row: 'region', column: 'percent' },
      { doc: 0, table: 0, row: 'region', column: 'period' },
      { doc: 0, table: 0, row: HEERLEN, column: 'file' },
      { doc: 0, table: 0, row: HEERLEN, column: 'check' },
    ] as Place[]) {
      expect(sourceOfPlace(document, place)).toMatchObject({ page: 1, box: null, text: null });
    }
  });

  it("finds a later table's page in a document of many pages", async () => {
    const document = await loaded(NATIONAL);
    const table = document.tables[1]!;
    expect(sourceOfPlace(document, { doc: 0, table: 1, row: 0, column: 'c0' })?.page).toBe(table.page);
    expect(sourceOfPlace(document, { doc: 0, table: 1, row: 0, column: 'year' })?.page).toBe(table.page);
    expect(table.page).toBeGreaterThan(1);
  });

  it('has nothing to show for a failed document or a table that is not there', async () => {
    expect(sourceOfPlace(await loaded(TRUNCATED), { doc: 0, table: 0, row: 0, column: 'c0' })).toBeNull();
    expect(sourceOfPlace(await loaded(ZUID_LIMBURG), { doc: 0, table: 3, row: 0, column: 'c0' })).toBeNull();
    expect(sourceOfPlace(undefined, { doc: 0, table: 0, row: 0, column: 'c0' })).toBeNull();
  });
});

describe('hitTest', () => {
  it('picks the cell whose value was clicked, for every value of the table', async () => {
    const document = await loaded(ZUID_LIMBURG);
    const boxes = boxesOnPage(document, 0, 1);
    const table = document.tables[0]!;
    // 18 municipalities and TOTAAL AMR, six values each, and the register's number.
    expect(boxes).toHaveLength((table.rows.length + 1) * 6 + 1);
    for (const { place, box } of boxes) {
      const { x, y } = centre(box);
      expect(hitTest(boxes, x, y)).toEqual(place);
    }
    const maastricht = table.rows[MAASTRICHT]!.sources![2]!.box;
    expect(hitTest(boxes, centre(maastricht).x, centre(maastricht).y)).toEqual({ doc: 0, table: 0, row: MAASTRICHT, column: 'c1' });
  });

  it('forgives a click just beside a narrow number, and ignores one on empty paper', async () => {
    const document = await loaded(ZUID_LIMBURG);
    const boxes = boxesOnPage(document, 2, 1);
    const digit = document.tables[0]!.rows[HEERLEN]!.sources![1]!.box; // "3"
    expect(hitTest(boxes, digit.x1 + HIT_TOLERANCE - 0.5, (digit.y0 + digit.y1) / 2)).toEqual({ doc: 2, table: 0, row: HEERLEN, column: 'c0' });
    expect(hitTest(boxes, digit.x1 + HIT_TOLERANCE + 1, (digit.y0 + digit.y1) / 2)).toBeNull();
    expect(hitTest(boxes, 300, 780)).toBeNull();
    expect(hitTest([], 300, 300)).toBeNull();
  });

  it('only knows the values printed on the page asked for', async () => {
    const document = await loaded(NATIONAL);
    const second = document.tables[1]!;
    const boxes = boxesOnPage(document, 0, second.page);
    expect(new Set(boxes.map(({ place }) => place.table))).toEqual(new Set([1]));
    expect(boxesOnPage(document, 0, 1)).toEqual([]);
    expect(boxesOnPage(await loaded(TRUNCATED), 0, 1)).toEqual([]);
  });

  it('prefers the smaller box when a click is inside two', () => {
    const place = (row: number): Place => ({ doc: 0, table: 0, row, column: 'name' });
    const boxes = [
      { place: place(0), box: { x0: 0, y0: 0, x1: 100, y1: 20 } },
      { place: place(1), box: { x0: 10, y0: 5, x1: 20, y1: 15 } },
    ];
    expect(hitTest(boxes, 15, 10)).toEqual(place(1));
    expect(hitTest(boxes, 50, 10)).toEqual(place(0));
    expect(distanceToBox(boxes[1]!.box, 23, 19)).toBe(5);
  });
});
