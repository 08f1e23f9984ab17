// The numbers of one generated region table: random counts that add up, one optional planted
// error, and the flags that error causes, computed here by the rules of
// tests/fixtures/README.md (never by the engine).
import type { TruthTable } from '../helpers/fixtures';
import type { Rng } from './prng';
import { firstDayOfQuarter, municipalitiesOf, type RegionInfo } from './regionData';

export type TruthRow = TruthTable['rows'][number];
export type TruthFlag = TruthTable['flags'][number];

export const TOTAL_ROW = 'TOTAAL AMR';

/** One table's printed content, before any layout. */
export interface TableContent {
  period: { year: number; quarter: number };
  region: RegionInfo;
  pageLabel: string;
  rows: TruthRow[];
  totalRow: TruthRow;
  register: { total: number; percentInSonar: number };
  /** What was planted, for the description; null on a clean table. */
  error: string | null;
}

export const sum = (values: readonly number[]): number => values.reduce((s, v) => s + v, 0);

/** round(100·part/whole), halves up, in integers (no floating-point halves). */
export function roundedPercent(part: number, whole: number): number {
  return Math.floor((200 * part + whole) / (2 * whole));
}

export function makeTableContent(
  rng: Rng,
  period: { year: number; quarter: number },
  region: RegionInfo,
  pageLabel: string,
  plantError: boolean,
): TableContent {
  const names = municipalitiesOf(region.code, firstDayOfQuarter(period.year, period.quarter));
  const bigRows = pickBigRows(rng, names.length);
  const rows = names.map((name, i) => {
    const counts = randomCounts(rng, bigRows.has(i));
    return { name, counts, total: sum(counts) };
  });
  const totalRow = columnTotals(rows);
  const register = randomRegister(rng, totalRow.total);
  const content: TableContent = { period, region, pageLabel, rows, totalRow, register, error: null };
  if (plantError) content.error = plantOneError(rng, content);
  return content;
}

/** Most municipalities are small; one or two large ones give 4–5 digit counts ("12.345"). */
function pickBigRows(rng: Rng, count: number): Set<number> {
  const big = new Set<number>();
  const wanted = rng.weighted([
    [0, 3],
    [1, 5],
    [2, 2],
  ] as const);
  for (let i = 0; i < wanted; i++) big.add(rng.int(0, count - 1));
  return big;
}

function randomCounts(rng: Rng, big: boolean): number[] {
  const size = big ? rng.float(4000, 70000) : Math.exp(rng.float(Math.log(15), Math.log(4000)));
  const shares = [rng.chance(0.5) ? 0 : rng.float(0, 0.03), rng.float(0.1, 0.3), rng.float(0.35, 0.55), rng.float(0.1, 0.3)];
  return shares.map((share) => Math.round(size * share * rng.float(0.7, 1.3)));
}

function columnTotals(rows: readonly TruthRow[]): TruthRow {
  const counts = [0, 1, 2, 3].map((c) => sum(rows.map((r) => r.counts[c]!)));
  return { name: TOTAL_ROW, counts, total: sum(counts) };
}

/** A register larger than TOTAAL AMR; never an exact half percent, so the rounding rule
 * cannot decide a case. */
function randomRegister(rng: Rng, known: number): { total: number; percentInSonar: number } {
  let total = Math.max(known + 1, Math.round(known / rng.float(0.5, 0.97)));
  while ((200 * known) % (2 * total) === total) total += 1;
  return { total, percentInSonar: roundedPercent(known, total) };
}

/** Changes one printed number; returns what was done. */
function plantOneError(rng: Rng, t: TableContent): string {
  const kind = rng.weighted([
    ['count', 3],
    ['rowTotal', 2],
    ['totalRow', 2],
    ['percent', 2],
  ] as const);
  const delta = (value: number) => {
    const d = rng.pick([1, 2, 5, 9, 10, 11, 20, 100]) * (rng.chance(0.5) || value < 100 ? 1 : -1);
    return value + d;
  };
  if (kind === 'percent') {
    const old = t.register.percentInSonar;
    t.register.percentInSonar = old <= 3 ? old + rng.int(1, 4) : old + rng.pick([-4, -2, -1, 1, 2, 5]);
    if (t.register.percentInSonar > 100) t.register.percentInSonar = old - 3;
    return `percent ${old}→${t.register.percentInSonar}`;
  }
  const row = kind === 'totalRow' ? t.totalRow : rng.pick(t.rows);
  const column = kind === 'rowTotal' ? 4 : kind === 'totalRow' ? rng.int(0, 4) : rng.int(0, 3);
  const old = column === 4 ? row.total : row.counts[column]!;
  const printed = delta(old);
  if (column === 4) row.total = printed;
  else row.counts[column] = printed;
  return `${kind} '${row.name}' col ${column} ${old}→${printed}`;
}

/** The flags the printed numbers cause, in the engine's documented order: row flags in row
 * order (TOTAAL AMR last), then columns 0..4, then the percentage. */
export function expectedFlags(t: Pick<TableContent, 'rows' | 'totalRow' | 'register'>): TruthFlag[] {
  const flags: TruthFlag[] = [];
  for (const row of [...t.rows, t.totalRow]) {
    if (sum(row.counts) !== row.total) flags.push({ code: 'row-total-mismatch', row: row.name });
  }
  for (let column = 0; column <= 4; column++) {
    const cell = (r: TruthRow) => (column === 4 ? r.total : r.counts[column]!);
    if (sum(t.rows.map(cell)) !== cell(t.totalRow)) flags.push({ code: 'column-total-mismatch', column });
  }
  if (roundedPercent(t.totalRow.total, t.register.total) !== t.register.percentInSonar) {
    flags.push({ code: 'percent-mismatch' });
  }
  return flags;
}

/** Dutch thousands separators: 12345 → "12.345". */
export function dutchNumber(n: number): string {
  const digits = String(Math.abs(n));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return n < 0 ? `-${grouped}` : grouped;
}

export const QUARTER_NAMES = ['Eerste', 'Tweede', 'Derde', 'Vierde'] as const;

export function periodText(p: { year: number; quarter: number }): string {
  return `${QUARTER_NAMES[p.quarter - 1]} kwartaal ${p.year}`;
}
