// The source panel's pure parts on real documents: which page and box a grid cell comes from,
// and which cell a click on the page means.
import { describe, expect, it } from 'vitest';
import { boxesOnPage, distanceToBox, hitTest, hitTolerance, HIT_SLOP_PX } from '../../src/renderer/components/source/hitTest';
import { ACTUAL_SIZE } from '../../src/renderer/components/source/pageView';
import { sourceOfPlace } from '../../src/renderer/components/source/sourceOfPlace';
import type { Place } from '../../src/renderer/session';
import { loaded, TRUNCATED, WEST_BRABANT, ZUID_LIMBURG } from './loaded';

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
      { doc: 0, table: 0, row: 'region', column: 'computed' },
      { doc: 0, table: 0, row: 'region', column: 'period' },
      { doc: 0, table: 0, row: HEERLEN, column: 'file' },
      { doc: 0, table: 0, row: HEERLEN, column: 'check' },
    ] as Place[]) {
      expect(sourceOfPlace(document, place)).toMatchObject({ page: 1, box: null, text: null });
    }
  });

  it('shows the printed percentage for "% gedrukt" and TOTAAL AMR\'s total for "Bekend in Sonar"', async () => {
    // West-Brabant prints 79% (4 points too high, flagged): the number in the sentence is its source.
    const document = await loaded(WEST_BRABANT);
    const table = document.tables[0]!;
    const percent = sourceOfPlace(document, { doc: 0, table: 0, row: 'region', column: 'percent' });
    expect(percent).toMatchObject({ page: 1, text: '79%', via: 'text' });
    expect(percent?.box).toEqual(table.register?.percentSource?.box);
    expect(percent?.from).toBeUndefined();
    const known = sourceOfPlace(document, { doc: 0, table: 0, row: 'region', column: 'known' });
    expect(known).toMatchObject({ page: 1, text: '10.654', from: 'TOTAAL AMR' });
    expect(known?.box).toEqual(table.totalRow?.sources?.[5]?.box);
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
    // 18 municipalities and TOTAAL AMR, six values each, and the sentence's two numbers.
    expect(boxes).toHaveLength((table.rows.length + 1) * 6 + 2);
    expect(boxes.filter(({ place }) => place.row === 'region').map(({ place }) => place.column)).toEqual(['register', 'percent']);
    for (const { place, box } of boxes) {
      const { x, y } = centre(box);
      expect(hitTest(boxes, x, y, hitTolerance(1))).toEqual(place);
    }
    const maastricht = table.rows[MAASTRICHT]!.sources![2]!.box;
    expect(hitTest(boxes, centre(maastricht).x, centre(maastricht).y, hitTolerance(1))).toEqual({ doc: 0, table: 0, row: MAASTRICHT, column: 'c1' });
  });

  it('forgives a click a few screen pixels beside a narrow number at any zoom, and ignores one on empty paper', async () => {
    const document = await loaded(ZUID_LIMBURG);
    const boxes = boxesOnPage(document, 2, 1);
    const digit = document.tables[0]!.rows[HEERLEN]!.sources![1]!.box; // "3"
    const middle = (digit.y0 + digit.y1) / 2;
    // The panel's default (the page fitted to a 500 px panel, about 0.8 px a point), actual size, 200%.
    for (const scale of [(500 - 24) / 595, ACTUAL_SIZE, 2 * ACTUAL_SIZE]) {
      const tolerance = hitTolerance(scale);
      expect(hitTest(boxes, digit.x1 + 4 / scale, middle, tolerance)).toEqual({ doc: 2, table: 0, row: HEERLEN, column: 'c0' });
      expect(hitTest(boxes, digit.x0 - 4 / scale, middle, tolerance)).toEqual({ doc: 2, table: 0, row: HEERLEN, column: 'c0' });
      expect(hitTest(boxes, digit.x1 + (HIT_SLOP_PX + 1) / scale, middle, tolerance)).toBeNull();
      expect(hitTest(boxes, 300, 780, tolerance)).toBeNull();
    }
    expect(hitTest([], 300, 300, hitTolerance(1))).toBeNull();
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
    expect(hitTest(boxes, 15, 10, 3)).toEqual(place(1));
    expect(hitTest(boxes, 50, 10, 3)).toEqual(place(0));
    expect(distanceToBox(boxes[1]!.box, 23, 19)).toBe(5);
  });
});
