// Engine output against a generated case's truth: the projection the layout test compares with
// toEqual (the shape of fixtures.test.ts), and a per-value score with failure kinds for the fuzz
// script's summary. Reads the engine's result; the truth never comes from it.
import type { ExtractedDocument, ExtractedTable } from '../../src/engine/model';
import { isOpenFlag } from '../../src/engine/checks/severity';
import type { TruthTable } from '../helpers/fixtures';
import { truthShape } from '../helpers/truthTables';
import type { TruthDocument } from './generateLayout';

/** The flag codes the truth knows; other codes must not be open at all. */
export const TRUTH_FLAG_CODES: ReadonlySet<string> = new Set(['row-total-mismatch', 'column-total-mismatch', 'percent-mismatch']);

/** Tables in reading order: by page, then left to right (two tables side by side). */
export function engineTables(doc: ExtractedDocument): ExtractedTable[] {
  const left = (t: ExtractedTable) => t.rows[0]?.sources?.[0]?.box.x0 ?? t.totalRow?.sources?.[0]?.box.x0 ?? 0;
  return [...doc.tables].sort((a, b) => a.page - b.page || left(a) - left(b));
}

/** An engine table on exactly the truth's fields, flags of the codes the truth knows only. */
export function projectTable(t: ExtractedTable): unknown {
  return truthShape(t, (f) => TRUTH_FLAG_CODES.has(f.code));
}

/** Open flags of codes the truth does not know ('missing-total-row', 'invalid-number', ...). */
export function otherOpenFlags(doc: ExtractedDocument): string[] {
  return engineTables(doc).flatMap((t, i) =>
    t.flags.filter((f) => isOpenFlag(f) && !TRUTH_FLAG_CODES.has(f.code)).map((f) => `table ${i + 1}: ${f.code}${f.row ? ` (${f.row})` : ''}`),
  );
}

export interface CaseScore {
  exact: boolean;
  valuesRight: number;
  valuesTotal: number;
  /** Distinct failure kinds, e.g. 'names glued', 'TOTAAL AMR missing'. */
  kinds: string[];
}

/** Scores every value the truth has: period, region, label, pages, each name and number,
 * TOTAAL AMR, register and the flag set of each table. */
export function scoreCase(truth: TruthDocument, doc: ExtractedDocument): CaseScore {
  if (doc.error) return { exact: false, valuesRight: 0, valuesTotal: countValues(truth), kinds: [`read error ${doc.error.code}`] };
  const kinds = new Set<string>();
  let right = 0;
  const actual = engineTables(doc);
  if (doc.pageCount !== truth.pageCount) kinds.add('page count');
  if (actual.length < truth.tables.length) kinds.add('table missing');
  if (actual.length > truth.tables.length) kinds.add('extra table');
  const used = new Set<ExtractedTable>();
  for (const [i, want] of truth.tables.entries()) {
    const got =
      actual.find((t) => !used.has(t) && t.region === want.region && t.page === want.page) ??
      actual.find((t, j) => !used.has(t) && j === i) ??
      actual.find((t) => !used.has(t));
    if (!got) continue;
    used.add(got);
    right += scoreTable(want, got, kinds);
  }
  for (const flag of otherOpenFlags(doc)) kinds.add(`open flag ${flag.replace(/^table \d+: /, '').replace(/ \(.*\)$/, '')}`);
  const valuesTotal = countValues(truth);
  return { exact: kinds.size === 0 && right === valuesTotal, valuesRight: right, valuesTotal, kinds: [...kinds].sort() };
}

function countValues(truth: TruthDocument): number {
  return truth.tables.reduce((s, t) => s + 4 + t.rows.length * 6 + 5 + 2 + 1, 0);
}

function scoreTable(want: TruthTable, got: ExtractedTable, kinds: Set<string>): number {
  let right = 0;
  const check = (ok: boolean, kind: string) => {
    if (ok) right++;
    else kinds.add(kind);
  };
  check(same(got.period, want.period), 'period');
  check(got.region === want.region, 'region');
  check(got.pageLabel === want.pageLabel, 'page label');
  check(got.page === want.page && same(got.pages ?? null, want.pages ?? null), 'pages');
  right += scoreRows(want, got, kinds);
  if (!got.totalRow) kinds.add('TOTAAL AMR missing');
  else right += scoreNumbers(want.totalRow, got.totalRow, 'TOTAAL AMR values', kinds);
  if (!got.register) kinds.add('register missing');
  else {
    check(got.register.total === want.register.total, 'register total');
    check(got.register.percentInSonar === want.register.percentInSonar, 'register percent');
  }
  check(same((projectTable(got) as { flags: unknown }).flags, want.flags), 'flags');
  return right;
}

/** Rows matched by name (so one missing row does not shift all the others); a truth row
 * without a match is compared with the engine row at its index for the numbers. */
function scoreRows(want: TruthTable, got: ExtractedTable, kinds: Set<string>): number {
  let right = 0;
  const unused = new Set(got.rows);
  want.rows.forEach((row, i) => {
    const byName = got.rows.find((r) => unused.has(r) && r.name === row.name);
    if (byName) {
      unused.delete(byName);
      right++;
    } else {
      kinds.add(missingRowKind(row.name, got));
    }
    const match = byName ?? got.rows[i];
    if (match) right += scoreNumbers(row, match, 'row values', kinds);
  });
  if (got.rows.length > want.rows.length) kinds.add('extra rows');
  return right;
}

/** Why a truth name has no engine row: glued to a number, to other text, or not there. */
function missingRowKind(name: string, got: ExtractedTable): string {
  const glued = got.rows.find((r) => r.name !== name && r.name.includes(name));
  if (!glued) return 'row missing or misnamed';
  const extra = glued.name.replace(name, '').trim();
  return /^[\d.,%]+$/.test(extra) ? 'number glued to a name' : 'text glued to a name';
}

function scoreNumbers(want: TruthTable['rows'][number], got: ExtractedTable['rows'][number], kind: string, kinds: Set<string>): number {
  const pairs: [number, number | null][] = [...want.counts.map((c, j) => [c, got.counts[j] ?? null] as [number, number | null]), [want.total, got.total]];
  const right = pairs.filter(([a, b]) => a === b).length;
  if (right < pairs.length) kinds.add(kind);
  return right;
}

/** Deep equality that ignores key order (the engine builds {quarter, year}). */
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}
