// How often the unusual-jump hint (issue 15) fires where nothing is wrong, and how often it finds a
// planted misread, on series of the real municipalities and sizes of every text fixture and the
// national one (19 regions, ~200 municipalities, counts from 0 to 3.769): each table read from its
// PDF becomes 12 quarters by a seeded random walk (each count × 0.93–1.08 a quarter; now and then
// a level shift that stays, for one municipality or for a whole column as a new definition
// would), every sum of every quarter consistent, all loaded together as the app would. Then single
// misreads are planted (×10, ÷10, two digits swapped, two counts swapped), carried into every sum
// so only the history can show them, and counted as found when the hint lands on their cell.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { crossTableFlags, tableKey } from '../../src/engine/compare';
import type { ExtractedDocument, ExtractedTable } from '../../src/engine/model';
import { municipalitySeries } from '../../src/engine/series/trends';
import { extractFile } from '../helpers/extract';
import { FIXTURES_DIR } from '../helpers/fixtures';
import { Rng } from '../layouts/prng';

const QUARTERS = 12;
const REALISTIC_SEEDS = 60;
const RESTLESS_SEEDS = 30;

interface Base {
  region: string;
  year: number;
  quarter: number;
  names: string[];
  counts: (number | null)[][];
  template: ExtractedTable;
}

let bases: Base[] = [];
beforeAll(async () => {
  const files = [
    ...fs
      .readdirSync(path.join(FIXTURES_DIR, 'text'))
      .filter((name) => name.endsWith('.pdf'))
      .map((name) => path.join(FIXTURES_DIR, 'text', name)),
    path.join(FIXTURES_DIR, 'national/p5_2019q2_national_10regions.pdf'),
  ];
  const documents = await Promise.all(files.map((file) => extractFile(file)));
  bases = documents.flatMap((document) =>
    document.tables.map((table) => ({
      region: table.region!,
      year: table.period!.year,
      quarter: table.period!.quarter,
      names: table.rows.map((row) => row.name),
      counts: table.rows.map((row) => row.counts.slice(0, 4)),
      template: table,
    })),
  );
});

/** How much a series moves: each count × a factor from `step` every quarter; with `columnShift` a
 * column of the whole table moves and stays (a new definition), with `ownShift` one count does (a
 * reorganisation, a new location), each by ×1,15–1,6 up or down. */
interface Movement {
  step: [number, number];
  columnShift: number;
  ownShift: number;
}

/** What the quarterly publications show: a few percent a quarter, a definition change now and then. */
const REALISTIC: Movement = { step: [0.93, 1.08], columnShift: 0.02, ownShift: 0.005 };
/** Far more restless than any real series, to see how much room the rule has. */
const RESTLESS: Movement = { step: [0.8, 1.25], columnShift: 0.1, ownShift: 0.03 };

/** Every table's 12 quarters of counts (by quarter, row, column), a seeded random walk. */
function walk(rng: Rng, movement: Movement): (number | null)[][][][] {
  return bases.map((base) => {
    const level = base.counts.map((row) => row.map((value) => value));
    const quarters: (number | null)[][][] = [];
    for (let q = 0; q < QUARTERS; q++) {
      if (q > 0) {
        const shifted = [0, 1, 2, 3].map(() => (rng.chance(movement.columnShift) ? shiftFactor(rng) : 1));
        for (const row of level) {
          row.forEach((value, c) => {
            if (value === null) return;
            row[c] = value * rng.float(...movement.step) * shifted[c]! * (rng.chance(movement.ownShift) ? shiftFactor(rng) : 1);
          });
        }
      }
      quarters.push(level.map((row) => row.map((value) => (value === null ? null : Math.round(value)))));
    }
    return quarters;
  });
}

const shiftFactor = (rng: Rng) => (rng.chance(0.5) ? rng.float(1.15, 1.6) : 1 / rng.float(1.15, 1.6));

/** The tables of one walk as loaded documents, one file per region and quarter, every sum kept. */
function documentsOf(counts: (number | null)[][][][]): ExtractedDocument[] {
  return bases.flatMap((base, b) =>
    counts[b]!.map((quarterCounts, q) => {
      const rows = quarterCounts.map((row, r) => ({ name: base.names[r]!, counts: row, total: row.reduce<number>((sum, value) => sum + (value ?? 0), 0) }));
      const column = (c: number) => rows.reduce((sum, row) => sum + (row.counts[c] ?? 0), 0);
      const total = rows.reduce((sum, row) => sum + row.total, 0);
      const at = base.quarter - 1 + q;
      const table: ExtractedTable = {
        ...base.template,
        period: { year: base.year + Math.floor(at / 4), quarter: (at % 4) + 1 },
        rows,
        totalRow: { name: 'TOTAAL AMR', counts: [0, 1, 2, 3].map(column), total },
        register: { total: Math.round(total / 0.7), percentInSonar: 70 },
        flags: [],
      };
      return { file: `${base.region}-${q}.pdf`, sha256: `${b}-${q}`, pageCount: 1, tables: [table], warnings: [] };
    }),
  );
}

/** Hinted cells as "doc/rowIndex/column" (one table per document). */
function hintedCells(documents: ExtractedDocument[]): Set<string> {
  const cells = new Set<string>();
  for (const [key, flags] of crossTableFlags(documents)) {
    const doc = documents.findIndex((_, d) => tableKey(d, 0) === key);
    for (const flag of flags) if (flag.code === 'unusual-jump') cells.add(`${doc}/${flag.rowIndex}/${flag.column}`);
  }
  return cells;
}

type Kind = '×10' | '÷10' | 'cijfers gewisseld' | 'kolommen gewisseld';
const KINDS: readonly Kind[] = ['×10', '÷10', 'cijfers gewisseld', 'kolommen gewisseld'];

interface Plant {
  kind: Kind;
  doc: number;
  rowIndex: number;
  /** The cells that changed (two for a column swap; the row total changes too, except then). */
  columns: number[];
  /** True value and misread of the (first) changed cell. */
  from: number;
  to: number;
}

/** Swaps two neighbouring digits that differ (1.234 → 1.324), or null when the value has none. */
function swapDigits(value: number, rng: Rng): number | null {
  const digits = String(value).split('');
  const places = digits.flatMap((digit, i) => (i + 1 < digits.length && digit !== digits[i + 1] ? [i] : []));
  if (places.length === 0) return null;
  const i = rng.pick(places);
  [digits[i], digits[i + 1]] = [digits[i + 1]!, digits[i]!];
  return Number(digits.join(''));
}

/** One misread per table at an interior quarter (so both neighbours are loaded), in place. */
function plant(counts: (number | null)[][][][], rng: Rng): Plant[] {
  const plants: Plant[] = [];
  counts.forEach((quarters, b) => {
    const q = rng.int(1, QUARTERS - 2);
    const rows = quarters[q]!;
    const rowIndex = rng.int(0, rows.length - 1);
    const row = rows[rowIndex]!;
    const kind = rng.pick(KINDS);
    const doc = b * QUARTERS + q;
    if (kind === 'kolommen gewisseld') {
      const [a, c] = rng.shuffle([0, 1, 2, 3]) as [number, number];
      if (row[a] === null || row[c] === null || row[a] === row[c]) return;
      plants.push({ kind, doc, rowIndex, columns: [a, c], from: row[a]!, to: row[c]! });
      [row[a], row[c]] = [row[c]!, row[a]!];
      return;
    }
    const column = rng.int(0, 3);
    const value = row[column];
    if (value === null || value === undefined || value === 0) return;
    const misread = kind === '×10' ? value * 10 : kind === '÷10' ? Math.floor(value / 10) : swapDigits(value, rng);
    if (misread === null || misread === value) return;
    plants.push({ kind, doc, rowIndex, columns: [column], from: value, to: misread });
    row[column] = misread;
  });
  return plants;
}

interface Tally {
  planted: number;
  found: number;
}

/** What one movement gives over `seeds` seeds. */
interface Figures {
  series: number;
  values: number;
  hints: number;
  hintedSeries: number;
  /** By kind: every plant; those of at least 100 people (the true value, or the larger of two
   * swapped); those that are a jump in the rule's own terms against their true neighbours (×3 or
   * more both ways, by at least 50 people). */
  plants: Map<Kind, { all: Tally; people: Tally; jump: Tally }>;
  missedJumps: string[];
}

function measure(movement: Movement, seeds: number): Figures {
  const figures: Figures = { series: 0, values: 0, hints: 0, hintedSeries: 0, plants: new Map(), missedJumps: [] };
  const count = (tally: Tally, found: boolean) => {
    tally.planted++;
    if (found) tally.found++;
  };
  for (let seed = 1; seed <= seeds; seed++) {
    const rng = new Rng(seed);
    const counts = walk(rng, movement);
    const documents = documentsOf(counts);
    // What the rule looks at: every municipality's five series, and their inner values.
    for (const municipality of municipalitySeries(documents, { openRowsAsGaps: true, withoutRegion: true }).values()) {
      for (const points of municipality.columns) {
        const present = points.filter((point) => point.value !== null).length;
        if (present < 3) continue;
        figures.series++;
        figures.values += present - 2;
      }
    }
    const ordinary = hintedCells(documents);
    figures.hints += ordinary.size;
    figures.hintedSeries += new Set(
      [...ordinary].map((cell) => {
        const [doc, rowIndex, column] = cell.split('/').map(Number) as [number, number, number];
        return `${documents[doc]!.tables[0]!.rows[rowIndex]!.name}/${column}`;
      }),
    ).size;

    const truth = counts.map((quarters) => quarters.map((rows) => rows.map((row) => [...row])));
    const plants = plant(counts, rng);
    const hinted = hintedCells(documentsOf(counts));
    for (const planted of plants) {
      const found = planted.columns.some((column) => hinted.has(`${planted.doc}/${planted.rowIndex}/${column}`));
      const [b, q] = [Math.floor(planted.doc / QUARTERS), planted.doc % QUARTERS];
      const isJump = planted.columns.some((column) => {
        const [before, here, after] = [q - 1, q, q + 1].map((at) => (at === q ? counts : truth)[b]![at]![planted.rowIndex]![column] ?? 0) as [
          number,
          number,
          number,
        ];
        const away = (other: number) => Math.abs(here - other) >= 50 && Math.max(here + 1, other + 1) >= 3 * Math.min(here + 1, other + 1);
        return away(before) && away(after) && Math.sign(here - before) === Math.sign(here - after);
      });
      const entry = figures.plants.get(planted.kind) ?? { all: { planted: 0, found: 0 }, people: { planted: 0, found: 0 }, jump: { planted: 0, found: 0 } };
      figures.plants.set(planted.kind, entry);
      count(entry.all, found);
      if (Math.max(planted.from, planted.to) >= 100) count(entry.people, found);
      if (isJump) {
        count(entry.jump, found);
        if (!found) figures.missedJumps.push(`${planted.kind} ${planted.from} → ${planted.to}`);
      }
    }
  }
  return figures;
}

const percent = (part: number, whole: number) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)} %`);
const cell = (tally: Tally) => `${tally.found}/${tally.planted} (${percent(tally.found, tally.planted)})`.padStart(20);
const sum = (tallies: Tally[]) =>
  tallies.reduce((total, tally) => ({ planted: total.planted + tally.planted, found: total.found + tally.found }), { planted: 0, found: 0 });

function report(title: string, seeds: number, figures: Figures): string {
  const kinds = KINDS.filter((kind) => figures.plants.has(kind)).map((kind) => [kind, figures.plants.get(kind)!] as const);
  return [
    `${title}: ${seeds} seeds × ${bases.length} tables (${bases.reduce((n, base) => n + base.names.length, 0)} municipalities) × ${QUARTERS} quarters = ${figures.series} series, ${figures.values} inner values`,
    `false hints: ${figures.hints} (${(figures.hints / figures.values).toExponential(1)} per value), on ${figures.hintedSeries} series (${percent(figures.hintedSeries, figures.series)})`,
    `found / planted          ${'all'.padStart(20)} ${'≥ 100 people'.padStart(20)} ${'a jump (×3, ≥ 50)'.padStart(20)}`,
    ...kinds.map(([kind, entry]) => `${kind.padEnd(24)} ${cell(entry.all)} ${cell(entry.people)} ${cell(entry.jump)}`),
    `${'together'.padEnd(24)} ${cell(sum(kinds.map(([, e]) => e.all)))} ${cell(sum(kinds.map(([, e]) => e.people)))} ${cell(sum(kinds.map(([, e]) => e.jump)))}`,
    `jumps missed: ${figures.missedJumps.slice(0, 8).join('; ') || 'none'}`,
  ].join('\n');
}

// The bounds. All of the Netherlands over a year is ~340 municipalities × 5 columns × 4 quarters,
// about 7.000 values: below 1 false hint in 10.000 values is less than one a year over the whole
// country, which is rare for a hint the analyst looks at once (measured: none at all, see the
// table in the test output; with three times the movement, below 1 in 1.000). A digit too many
// or lost in a value of 100 people or more is what the issue is about: at least 95 % of those,
// and of every misread that is a jump in the rule's own terms, must be found (measured: all; the
// 5 % leaves room for a misread beside a level shift). A swap of two digits or two counts that
// moves a value by less than ×3 is no jump by the rule's definition and is left to be counted.
describe('unusual jumps on series made from the fixtures', () => {
  it('hints rarely where nothing is wrong, and finds the misreads that are jumps', ({ annotate }) => {
    const figures = measure(REALISTIC, REALISTIC_SEEDS);
    const text = report('realistic quarters', REALISTIC_SEEDS, figures);
    annotate(text);
    expect(figures.values, text).toBeGreaterThan(500_000);
    expect(figures.hints / figures.values, text).toBeLessThan(1e-4);
    const tenfold = sum(['×10', '÷10'].map((kind) => figures.plants.get(kind as Kind)!.people));
    expect(tenfold.planted, text).toBeGreaterThan(300);
    expect(tenfold.found / tenfold.planted, text).toBeGreaterThanOrEqual(0.95);
    const jumps = sum([...figures.plants.values()].map((entry) => entry.jump));
    expect(jumps.found / jumps.planted, text).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps false hints rare on far more restless series too', ({ annotate }) => {
    const figures = measure(RESTLESS, RESTLESS_SEEDS);
    const text = report('restless quarters', RESTLESS_SEEDS, figures);
    annotate(text);
    expect(figures.hints / figures.values, text).toBeLessThan(1e-3);
    const tenfold = sum(['×10', '÷10'].map((kind) => figures.plants.get(kind as Kind)!.people));
    expect(tenfold.found / tenfold.planted, text).toBeGreaterThanOrEqual(0.95);
  });
});
