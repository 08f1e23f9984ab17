// Generated page layouts (tests/layouts): tables beside prose, legends, two tables on a page,
// tables continued over pages, shuffled drawing order, planted errors. Every case must read
// back exactly as drawn. More seeds: `npm run fuzz:layouts -- --cases 300 --seed 1000`.
import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { extractBytes } from '../helpers/extract';
import { engineTables, otherOpenFlags, projectTable } from '../layouts/compareCase';
import { generateLayoutCase } from '../layouts/generateLayout';
import type { TruthTable } from '../helpers/fixtures';

const FIRST_SEED = 1;
const CASES = 150;
const seeds = Array.from({ length: CASES }, (_, i) => FIRST_SEED + i);

describe('generated layouts read back as drawn', () => {
  it.each(seeds)('seed %i', async (seed) => {
    const c = await generateLayoutCase(seed);
    const doc = await extractBytes(c.pdf, c.fileName);
    const why = c.description;
    expect(doc.error, why).toBeUndefined();
    expect(doc.pageCount, why).toBe(c.truth.pageCount);
    expect(engineTables(doc).map(projectTable), why).toEqual(c.truth.tables);
    expect(otherOpenFlags(doc), why).toEqual([]);
  });
});

describe('the layout generator', () => {
  it('gives the same bytes and truth for the same seed', async () => {
    for (const seed of [1, 7, 42]) {
      const [a, b] = [await generateLayoutCase(seed), await generateLayoutCase(seed)];
      expect(Buffer.from(a.pdf).equals(Buffer.from(b.pdf)), `seed ${seed}`).toBe(true);
      expect(a.truth).toEqual(b.truth);
      expect(a.description).toBe(b.description);
    }
    const [x, y] = [await generateLayoutCase(1), await generateLayoutCase(2)];
    expect(Buffer.from(x.pdf).equals(Buffer.from(y.pdf))).toBe(false);
  });

  it('writes truth that is internally consistent', async () => {
    for (let seed = 1; seed <= 300; seed++) {
      const c = await generateLayoutCase(seed);
      const why = c.description;
      const pdf = await PDFDocument.load(c.pdf);
      expect(pdf.getPageCount(), why).toBe(c.truth.pageCount);
      expect(c.truth.file).toBe(c.fileName);
      expect(c.truth.tables.length, why).toBeGreaterThan(0);
      for (const t of c.truth.tables) checkTruthTable(t, c.truth.pageCount, why);
    }
  });
});

/** Recomputes the flags with plain loops, apart from the generator's own arithmetic. */
function checkTruthTable(t: TruthTable, pageCount: number, why: string): void {
  expect(t.pageLabel, why).toMatch(/^\d{1,3}$/);
  expect(t.period.quarter, why).toBeGreaterThanOrEqual(1);
  expect(t.period.quarter, why).toBeLessThanOrEqual(4);
  expect(t.pages ?? [t.page], why).toEqual(Array.from({ length: (t.pages ?? [t.page]).length }, (_, i) => t.page + i));
  expect(
    (t.pages ?? [t.page]).every((p) => p >= 1 && p <= pageCount),
    why,
  ).toBe(true);
  expect(new Set(t.rows.map((r) => r.name)).size, why).toBe(t.rows.length);
  expect(t.totalRow.name).toBe('TOTAAL AMR');
  const flags: TruthTable['flags'] = [];
  for (const row of [...t.rows, t.totalRow]) {
    let s = 0;
    for (const c of row.counts) s += c;
    if (s !== row.total) flags.push({ code: 'row-total-mismatch', row: row.name });
  }
  for (let col = 0; col < 5; col++) {
    let s = 0;
    for (const row of t.rows) s += col < 4 ? row.counts[col]! : row.total;
    if (s !== (col < 4 ? t.totalRow.counts[col]! : t.totalRow.total)) flags.push({ code: 'column-total-mismatch', column: col });
  }
  const exact = (100 * t.totalRow.total) / t.register.total;
  expect(Math.abs(exact - Math.floor(exact) - 0.5), `${why}: percent must not be a half`).toBeGreaterThan(1e-9);
  if (Math.round(exact) !== t.register.percentInSonar) flags.push({ code: 'percent-mismatch' });
  expect(t.flags, why).toEqual(flags);
  // A clean table is consistent; a planted error causes one to three flags.
  expect(t.flags.length, why).toBeLessThanOrEqual(3);
  expect(t.register.total, why).toBeGreaterThanOrEqual(t.totalRow.total - 100);
  for (const v of [...t.rows.flatMap((r) => [...r.counts, r.total]), t.register.total]) {
    expect(Number.isInteger(v) && v >= 0, why).toBe(true);
  }
}
