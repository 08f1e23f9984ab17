// `npm run bench [-- --runs N]`: times Klantprofielen against a baseline on the same input.
// Each benchmark is a section with its own measurements; the first measurement of a section
// is its baseline and every other one is reported as a multiple of it. Later benchmarks
// (browser edition, OCR) are added as further entries of `sections`.
import { spawn } from 'node:child_process';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SCHEMA, type ExtractedDocument, type ExtractionResult } from '../src/engine/index';
import { toJson } from '../src/engine/export/json';
import { workbookBytes } from '../src/engine/export/workbook';
import { createExtractPool, type ExtractPool } from '../src/node/extractPool';
import { browserSection } from './browser';
import { ocrSection } from './ocr';

const root = path.resolve(__dirname, '..');
const workDir = path.join(root, 'bench/.work'); // gitignored
const cores = os.availableParallelism();

export interface Measurement {
  name: string;
  /** Untimed, once before the runs (e.g. start and warm a worker pool). */
  setup?(): Promise<void>;
  /** Runs the work once; throws when the result is wrong (a fast wrong answer is no result).
   * Returns its own time in seconds when only part of it counts (e.g. timed inside a page). */
  run(): Promise<void | number>;
  teardown?(): Promise<void>;
}

export interface Section {
  title: string;
  /** Creates the input once for every measurement of the section. */
  prepare(): Promise<string>;
  measurements(input: string): Measurement[];
  /** Report the other measurements as multiples of the first one. */
  compareToFirst: boolean;
}

// ---------------------------------------------------------------------------------------
// Section: the national publication, 20 copies, text layer
// ---------------------------------------------------------------------------------------
const nationalFixture = path.join(root, 'tests/fixtures/national/p5_2019q2_national_10regions.pdf');
const COPIES = 20;
/** Issue 14's large batch: about 700 text pages (58 × 12 = 696). */
const LARGE_BATCH_COPIES = 58;

/** The national file `copies` times, read by poppler and by the CLI (JSON and workbook). */
function nationalBatchSection(copies: number): Section {
  const folder = `national-${copies}`;
  return {
    title: `${copies} × ${path.basename(nationalFixture)} (${copies * 12} pagina's, ${copies * 10} tabellen), ${cores} kernen`,
    async prepare() {
      const input = path.join(workDir, folder);
      await rm(input, { recursive: true, force: true });
      await mkdir(input, { recursive: true });
      for (const file of pdfsIn(input, copies)) await copyFile(nationalFixture, file);
      return input;
    },
    measurements: (input) => [
      {
        // Baseline: poppler's text extraction, as many processes at a time as we use threads.
        name: `pdftotext -layout (${cores} parallel)`,
        async run() {
          const out = path.join(workDir, `pdftotext-${copies}`);
          await mkdir(out, { recursive: true });
          await inParallel(pdfsIn(input, copies), cores, (file) =>
            exec('/usr/bin/pdftotext', ['-layout', file, path.join(out, `${path.basename(file, '.pdf')}.txt`)]),
          );
        },
      },
      {
        name: 'npm run cli -- extract --json --xlsx (worker threads)',
        async run() {
          const out = path.join(workDir, `cli-${copies}`);
          const jsonPath = path.join(out, 'result.json');
          // What `npm run cli` runs (the compiled bundle), without npm's own start-up.
          await exec(process.execPath, ['scripts/cli.cjs', 'extract', input, '--json', jsonPath, '--xlsx', path.join(out, 'result.xlsx')]);
          const result = JSON.parse(await readFile(jsonPath, 'utf8')) as { documents: { tables: unknown[] }[] };
          const tables = result.documents.reduce((sum, doc) => sum + doc.tables.length, 0);
          if (result.documents.length !== copies || tables !== copies * 10) {
            throw new Error(`CLI read ${result.documents.length} files / ${tables} tables, expected ${copies} / ${copies * 10}`);
          }
        },
      },
    ],
    compareToFirst: true,
  };
}

const nationalTextSection = nationalBatchSection(COPIES);
const largeBatchSection = nationalBatchSection(LARGE_BATCH_COPIES);

// ---------------------------------------------------------------------------------------
// Section: the CLI on one small file, start-up included (issue 14: ≤ 0.5 s, ≤ 6× node -e 0)
// ---------------------------------------------------------------------------------------
const smallFixture = path.join(root, 'tests/fixtures/text/p1_2017q3_zuid-limburg_seed.pdf');

const cliSmallSection: Section = {
  title: `CLI, één klein bestand (${path.basename(smallFixture)}, 1 pagina), start-up inbegrepen`,
  async prepare() {
    await mkdir(path.join(workDir, 'cli-small'), { recursive: true });
    return smallFixture;
  },
  compareToFirst: true,
  measurements(input) {
    const out = path.join(workDir, 'cli-small');
    const cli =
      (...outputs: string[]) =>
      async () => {
        await exec(process.execPath, ['scripts/cli.cjs', 'extract', input, ...outputs]);
        const result = JSON.parse(await readFile(path.join(out, 'result.json'), 'utf8')) as { documents: { tables: unknown[] }[] };
        if (result.documents[0]?.tables.length !== 1) throw new Error('CLI did not read the one table');
      };
    const json = ['--json', path.join(out, 'result.json')];
    const xlsx = [...json, '--xlsx', path.join(out, 'result.xlsx')];
    return [
      { name: 'node -e 0 (process start)', run: () => exec(process.execPath, ['-e', '0']) },
      // The first run builds the bundle if a source changed and fills Node's compile cache.
      { name: 'scripts/cli.cjs extract --json', setup: async () => void (await cli(...json)()), run: cli(...json) },
      { name: 'scripts/cli.cjs extract --json --xlsx', setup: async () => void (await cli(...xlsx)()), run: cli(...xlsx) },
    ];
  },
};

// ---------------------------------------------------------------------------------------
// Section: where the CLI's time goes (same input; in-process parts use the same code path
// as the CLI: a worker entry, pdf.js loaded per worker)
// ---------------------------------------------------------------------------------------
const tsxBin = path.join(root, 'node_modules/.bin/tsx');

const cliProfileSection: Section = {
  title: 'Waar de tijd van de CLI heen gaat',
  prepare: nationalTextSection.prepare,
  compareToFirst: false,
  measurements(input) {
    const files = pdfsIn(input);
    let pool: ExtractPool | undefined;
    let docs: ExtractedDocument[] = [];
    const extractAll = async (target: ExtractPool) => {
      docs = await Promise.all(files.map(async (file) => target.extract({ name: path.basename(file), bytes: await readFile(file) })));
      if (docs.some((doc) => doc.error || doc.tables.length !== 10)) throw new Error('pool read a copy wrongly');
    };
    return [
      { name: 'node -e 0 (process start)', run: () => exec(process.execPath, ['-e', '0']) },
      { name: 'tsx -e 0 (tsx start)', run: () => exec(tsxBin, ['-e', '0']) },
      { name: 'tsx src/cli/main.ts --help (CLI start from source)', run: () => exec(tsxBin, ['src/cli/main.ts', '--help']) },
      { name: 'scripts/cli.cjs --help (CLI start, compiled)', run: () => exec(process.execPath, ['scripts/cli.cjs', '--help']) },
      {
        name: '1 new worker: start, load pdf.js, first file',
        async run() {
          const cold = createExtractPool({ size: 1 });
          try {
            await cold.extract({ name: 'copy.pdf', bytes: await readFile(files[0]!) });
          } finally {
            await cold.close();
          }
        },
      },
      {
        name: '1 warm worker: one file (12 pages)',
        async setup() {
          pool = createExtractPool({ size: 1 });
          for (const file of files.slice(0, 3)) await pool.extract({ name: 'warm.pdf', bytes: await readFile(file) });
        },
        run: async () => void (await pool!.extract({ name: 'copy.pdf', bytes: await readFile(files[0]!) })),
        teardown: async () => pool?.close(),
      },
      {
        name: `${cores} warm workers: all ${COPIES} files`,
        async setup() {
          pool = createExtractPool();
          await extractAll(pool);
        },
        run: () => extractAll(pool!),
        teardown: async () => pool?.close(),
      },
      {
        name: `toJson + workbookBytes (${COPIES} documents)`,
        async run() {
          const result: ExtractionResult = { schema: SCHEMA, documents: docs };
          if (toJson(result).length === 0 || workbookBytes(result).length === 0) throw new Error('empty output');
        },
      },
    ];
  },
};

const sections: Section[] = [cliSmallSection, nationalTextSection, largeBatchSection, cliProfileSection, browserSection, ocrSection];

// ---------------------------------------------------------------------------------------
// Runner
// ---------------------------------------------------------------------------------------
async function main(): Promise<void> {
  const runs = runsFromArgs(process.argv.slice(2));
  // `--only <text>`: just the sections whose title contains the text (case-insensitive).
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt >= 0 ? process.argv[onlyAt + 1]?.toLowerCase() : undefined;
  console.log(`Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'}, mediaan van ${runs} runs\n`);
  for (const section of sections.filter((s) => !only || s.title.toLowerCase().includes(only))) {
    console.log(section.title);
    const input = await section.prepare();
    const results: { name: string; seconds: number }[] = [];
    for (const measurement of section.measurements(input)) {
      const times: number[] = [];
      await measurement.setup?.();
      try {
        for (let i = 0; i < runs; i++) times.push(await timed(measurement.run));
      } finally {
        await measurement.teardown?.();
      }
      results.push({ name: measurement.name, seconds: median(times) });
      console.log(`  ${measurement.name.padEnd(52)} ${formatSeconds(median(times))}   runs: ${times.map(formatSeconds).join(' ')}`);
    }
    const [baseline, ...others] = results;
    for (const other of section.compareToFirst ? others : []) {
      console.log(`  ratio ${other.name} / ${baseline!.name}: ${(other.seconds / baseline!.seconds).toFixed(1)}×`);
    }
    console.log();
  }
}

function runsFromArgs(args: string[]): number {
  const at = args.indexOf('--runs');
  const runs = at >= 0 ? Number(args[at + 1]) : 3;
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs expects a whole number ≥ 1');
  return runs;
}

async function timed(work: () => Promise<void | number>): Promise<number> {
  const start = process.hrtime.bigint();
  const own = await work();
  return typeof own === 'number' ? own : Number(process.hrtime.bigint() - start) / 1e9;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function formatSeconds(seconds: number): string {
  return `${seconds.toFixed(3)} s`;
}

function pdfsIn(folder: string, copies = COPIES): string[] {
  return Array.from({ length: copies }, (_, i) => path.join(folder, `copy_${String(i + 1).padStart(2, '0')}.pdf`));
}

async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/** Runs a program to completion; its output is dropped, a non-zero exit is an error. */
function exec(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} exited ${code}: ${stderr.slice(-2000)}`))));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
