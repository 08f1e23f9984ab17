// `npm run fuzz:layouts -- --cases N --seed S [--jobs J]`: reads generated layouts S..S+N-1
// (tests/layouts) with the real engine, prints how many were exact, the share of values read
// right and the failures by kind, and keeps every failing case as fuzz-failures/<seed>.pdf +
// .json (a klantprofielen/v1 truth file, ready to become a regression fixture).
// Exit code 1 when any case fails.
import { fork } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractBytes } from '../tests/helpers/extract';
import { scoreCase } from '../tests/layouts/compareCase';
import { generateLayoutCase, type LayoutCase } from '../tests/layouts/generateLayout';

const root = path.resolve(__dirname, '..');
const outDir = path.join(root, 'fuzz-failures');

interface Options {
  cases: number;
  seed: number;
  jobs: number;
}

interface CaseReport {
  seed: number;
  description: string;
  exact: boolean;
  valuesRight: number;
  valuesTotal: number;
  kinds: string[];
}

function parseArgs(argv: readonly string[]): Options {
  const value = (name: string, fallback: number) => {
    const i = argv.indexOf(`--${name}`);
    if (i === -1) return fallback;
    const n = Number(argv[i + 1]);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} needs a whole number`);
    return n;
  };
  return { cases: value('cases', 100), seed: value('seed', 1), jobs: value('jobs', Math.min(2, os.availableParallelism())) };
}

/** One case: generate, read, score; a crash of generator or engine is a failure, not an abort. */
async function runCase(seed: number): Promise<CaseReport> {
  let c: LayoutCase | undefined;
  try {
    c = await generateLayoutCase(seed);
    const doc = await extractBytes(c.pdf, c.fileName);
    const score = scoreCase(c.truth, doc);
    if (!score.exact) keepFailure(c);
    return { seed, description: c.description, ...score };
  } catch (error) {
    if (c) keepFailure(c);
    const kind = c ? 'engine threw' : 'generator threw';
    return {
      seed,
      description: `${c?.description ?? `seed ${seed}`} (${(error as Error).message})`,
      exact: false,
      valuesRight: 0,
      valuesTotal: 1,
      kinds: [kind],
    };
  }
}

function keepFailure(c: LayoutCase): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, `${c.seed}.pdf`), c.pdf);
  const truth = {
    schema: 'klantprofielen/v1',
    documents: [c.truth],
    variant: { producer: 'tests/layouts/generateLayout', seed: c.seed, description: c.description },
  };
  writeFileSync(path.join(outDir, `${c.seed}.json`), `${JSON.stringify(truth, null, 1)}\n`);
}

/** Worker mode: runs the seeds it was given and sends one report per case to the parent. */
async function worker(seeds: readonly number[]): Promise<void> {
  const send = (report: CaseReport) => new Promise<void>((resolve) => process.send!(report, () => resolve()));
  for (const seed of seeds) await send(await runCase(seed));
  process.disconnect();
}

/** Splits the seeds over forked copies of this script (same tsx loader via execArgv). */
function runParallel(seeds: readonly number[], jobs: number): Promise<CaseReport[]> {
  const reports: CaseReport[] = [];
  const slices = Array.from({ length: jobs }, (_, j) => seeds.filter((_, i) => i % jobs === j)).filter((s) => s.length);
  return Promise.all(
    slices.map(
      (slice) =>
        new Promise<void>((resolve, reject) => {
          const child = fork(__filename, ['--worker', slice.join(',')], { execArgv: process.execArgv });
          child.on('message', (report: CaseReport) => {
            reports.push(report);
            if (reports.length % 25 === 0) process.stderr.write(`${reports.length}/${seeds.length}\n`);
          });
          child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`))));
        }),
    ),
  ).then(() => reports.sort((a, b) => a.seed - b.seed));
}

function summarise(reports: readonly CaseReport[], seconds: number): void {
  const exact = reports.filter((r) => r.exact).length;
  const right = reports.reduce((s, r) => s + r.valuesRight, 0);
  const total = reports.reduce((s, r) => s + r.valuesTotal, 0);
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  console.log(
    `\n${reports.length} cases in ${seconds.toFixed(1)} s: ${exact} exact (${pct(exact, reports.length)}), ` +
      `${right}/${total} values right (${pct(right, total)})`,
  );
  const failing = reports.filter((r) => !r.exact);
  if (failing.length === 0) return;
  console.log('\nFailures by kind (cases):');
  for (const [kind, n] of countBy(failing.flatMap((r) => r.kinds))) console.log(`  ${String(n).padStart(4)}  ${kind}`);
  console.log('\nFailure rate by layout feature (failing / cases with it):');
  for (const [feature, test] of FEATURES) {
    const having = reports.filter((r) => test.test(r.description));
    if (having.length) console.log(`  ${feature.padEnd(34)} ${String(having.filter((r) => !r.exact).length).padStart(4)} / ${having.length}`);
  }
  console.log(`\nFailing cases (PDF and truth in ${path.relative(root, outDir)}/):`);
  for (const r of failing) console.log(`- [${r.kinds.join('; ')}] ${r.description}`);
}

/** Layout features read back from the description, to see which kinds of page fail. */
const FEATURES: readonly [string, RegExp][] = [
  ['portrait', /portrait/],
  ['landscape', /landscape/],
  ['two tables on one page', /two tables/],
  ['table continued over 2 pages', /continued over/],
  ['no side columns (single table)', /no side columns/],
  ['prose column beside the table', /side: .*prose/],
  ['prose on the row baselines', /prose w\d+ g[\d.]+ on row baselines/],
  ['legend box beside the rows', /side: .*legend/],
  ['sentence in a prose column', /\+sentence/],
  ['sentence above the table', /sentence above/],
  ['sentence below the table', /sentence below/],
  ['2017 title', /title 2017/],
  ['2020 title', /title 2020/],
  ['total header rotated', /total header rotated/],
  ['total header on one line', /total header line/],
  ['count headers printed', /count headers '/],
  ['planted error', /ERROR/],
  ['prose below everything', /prose below/],
  ['drawn in shuffled order', /order=shuffled/],
];

function countBy(items: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--worker') {
    await worker((argv[1] ?? '').split(',').filter(Boolean).map(Number));
    return 0;
  }
  const options = parseArgs(argv);
  const seeds = Array.from({ length: options.cases }, (_, i) => options.seed + i);
  const started = Date.now();
  const reports =
    options.jobs > 1
      ? await runParallel(seeds, options.jobs)
      : await seeds.reduce(async (acc, seed) => [...(await acc), await runCase(seed)], Promise.resolve([] as CaseReport[]));
  summarise(reports, (Date.now() - started) / 1000);
  return reports.every((r) => r.exact) ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 2;
  },
);
