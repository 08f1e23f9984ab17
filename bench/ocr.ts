// OCR benchmark (a section of `npm run bench`; alone: `tsx bench/ocr.ts`).
//
// Accuracy: every value the analyst relies on (four counts and the total of every row, the
// TOTAAL AMR row, the register total, the percentage) on the scanned fixtures at their own
// resolution and at 150 dpi (made here with pdftoppm + img2pdf), as extracted, before any
// correction. Reported for the page pass alone and with the second reading of doubtful
// numbers (the product). A wrong value without a flag fails the bench.
// Goals: ≥ 99.5 % at 300 dpi, ≥ 99 % at 200 dpi, ≥ 97 % at 150 dpi, no wrong value unflagged.
//
// Time per scanned page: the product (worker pool, tesseract.js per thread, warm: pdf.js
// decoding, raster clean-up, page pass and second readings) against Debian's native
// `tesseract` (OMP_THREAD_LIMIT=1, all pages in parallel on all cores) on the same page
// images; tesseract.js alone on those images shows what is engine and what is pipeline.
// Native tesseract and tesseract.js alone read the whole page; the product stops below a
// complete table and its register sentence (plus the footer), so it recognises only part of
// the page's text lines: the share is printed with the accuracy and in the product's name.
//
// Opt-in extras: `--ocr-compare` (language data × page segmentation mode, page pass and
// product), `--ocr-synthetic` (scans made here from the text fixtures with ImageMagick, 200
// and 300 dpi: 23 more pages).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ExtractedDocument, ExtractedTable } from '../src/engine/index';
import { checkTable } from '../src/engine/checks';
import { readScannedPage } from '../src/engine/ocr/ocrPage';
import { findPageImages, type PdfImagePageLike } from '../src/engine/ocr/pageImages';
import { joinContinuedTables } from '../src/engine/publication/continuedTables';
import { createExtractPool, type ExtractPool } from '../src/node/extractPool';
import { createNodeOcrEngine, debianLanguageData, npmEnglishData, type NodeOcrEngineOptions } from '../src/node/ocrNode';
import { loadPdfjs } from '../src/node/pdfjsNode';
import { scoreTable, type TableScore, type TruthTableLike } from '../tests/helpers/ocrScore';
import type { Measurement, Section } from './run';

const root = path.resolve(__dirname, '..');
const workDir = path.join(root, 'bench/.work/ocr'); // gitignored
const scansDir = path.join(root, 'tests/fixtures/scans');
/** Issue 14's OCR start-up goal: a folder of this many scanned pages through the CLI. */
const CLI_SCAN_PAGES = 8;
const cliScansDir = path.join(workDir, 'cli-scans');
const cores = os.availableParallelism();
const args = process.argv.slice(2);

interface ScanFile {
  pdf: string;
  truth: string;
  /** "300 dpi", "200 dpi", "150 dpi" */
  group: string;
}

interface Totals {
  values: number;
  right: number;
  wrong: number;
  missing: number;
  unflagged: number;
}

const GOALS: Record<string, number> = { '300 dpi': 99.5, '200 dpi': 99, '150 dpi': 97 };

/** Text lines (raster row profile) the product recognised on the fixture scans, and on
 * those pages in all: it skips the prose below a complete table (src/engine/ocr/textBands.ts),
 * where native tesseract reads the whole page. */
const linesSeen = { read: 0, total: 0 };
function linesShare(): string {
  return linesSeen.total ? `${Math.round((100 * linesSeen.read) / linesSeen.total)} % van de tekstregels` : 'tekstregels onbekend';
}

export const ocrSection: Section = {
  title: `OCR: tests/fixtures/scans op eigen resolutie en op 150 dpi, ${cores} kernen`,
  async prepare() {
    await rm(workDir, { recursive: true, force: true });
    const files = [...(await fixtureScans()), ...(await at150dpi(await fixtureScans()))];
    await reportAccuracy(files);
    if (args.includes('--ocr-compare')) await compareSettings(files);
    if (args.includes('--ocr-synthetic')) await reportAccuracy(await syntheticScans(), 'synthetische scans');
    await pageImages(files);
    return workDir;
  },
  compareToFirst: true,
  measurements(input): Measurement[] {
    let files: string[] = [];
    let pool: ExtractPool | undefined;
    let workers: import('tesseract.js').Worker[] = [];
    return [
      {
        name: `tesseract (native, PSM 6, OMP_THREAD_LIMIT=1, ${cores} tegelijk), per pagina`,
        async run() {
          const images = await imagesIn(path.join(input, 'images'));
          const start = process.hrtime.bigint();
          await inParallel(images, cores, (image) => exec('tesseract', [image, 'stdout', '--psm', '6', '-l', 'eng'], { OMP_THREAD_LIMIT: '1' }));
          return Number(process.hrtime.bigint() - start) / 1e9 / images.length;
        },
      },
      {
        // The same engine the product uses, on the same images: what WebAssembly costs.
        name: `tesseract.js alleen (PSM 6, ${cores} workers, warm), per pagina`,
        async setup() {
          const tesseract = await import('tesseract.js');
          const language = npmEnglishData();
          workers = await Promise.all(
            Array.from({ length: cores }, async () => {
              const worker = await tesseract.createWorker(language.lang, tesseract.OEM.LSTM_ONLY, {
                langPath: language.folder,
                gzip: language.gzip,
                cacheMethod: 'none',
              });
              await worker.setParameters({ tessedit_pageseg_mode: tesseract.PSM.SINGLE_BLOCK });
              return worker;
            }),
          );
        },
        async run() {
          const images = await imagesIn(path.join(input, 'images'));
          const start = process.hrtime.bigint();
          let next = 0;
          await Promise.all(
            workers.map(async (worker) => {
              while (next < images.length) await worker.recognize(images[next++]!);
            }),
          );
          return Number(process.hrtime.bigint() - start) / 1e9 / images.length;
        },
        teardown: async () => void (await Promise.all(workers.map((worker) => worker.terminate()))),
      },
      {
        name: `Klantprofielen OCR (${cores} worker threads, tesseract.js, warm, leest ${linesShare()}; native en tesseract.js alleen lezen de hele pagina), per pagina`,
        async setup() {
          files = [...(await fixtureScans()), ...(await at150dpi(await fixtureScans(), false))].map((f) => f.pdf);
          pool = createExtractPool();
          await extractAll(pool, files); // starts every worker and its tesseract.js
        },
        async run() {
          const start = process.hrtime.bigint();
          const docs = await extractAll(pool!, files);
          if (docs.some((doc) => doc.error || doc.tables.length !== 1)) throw new Error('OCR read a scan wrongly');
          return Number(process.hrtime.bigint() - start) / 1e9 / docs.reduce((n, doc) => n + doc.pageCount, 0);
        },
        teardown: async () => pool?.close(),
      },
      {
        // Issue 14: the CLI over a folder of scanned pages, its whole run (threads, pdf.js and
        // tesseract.js started) divided by the pages, against native tesseract on the same images.
        name: `scripts/cli.cjs extract op een map met ${CLI_SCAN_PAGES} gescande pagina's, start-up inbegrepen, per pagina`,
        async setup() {
          const scans = [...(await fixtureScans()), ...(await at150dpi(await fixtureScans(), false))];
          await rm(cliScansDir, { recursive: true, force: true });
          await mkdir(cliScansDir, { recursive: true });
          await Promise.all(
            Array.from({ length: CLI_SCAN_PAGES }, (_, i) =>
              copyFile(scans[i % scans.length]!.pdf, path.join(cliScansDir, `scan_${String(i + 1).padStart(2, '0')}.pdf`)),
            ),
          );
        },
        async run() {
          const out = path.join(workDir, 'cli-scans.json');
          const start = process.hrtime.bigint();
          await exec(process.execPath, ['scripts/cli.cjs', 'extract', cliScansDir, '--json', out]);
          const seconds = Number(process.hrtime.bigint() - start) / 1e9;
          const result = JSON.parse(await readFile(out, 'utf8')) as { documents: { pageCount: number; tables: unknown[] }[] };
          if (result.documents.length !== CLI_SCAN_PAGES || result.documents.some((doc) => doc.pageCount !== 1 || doc.tables.length !== 1)) {
            throw new Error('the CLI read a scan wrongly');
          }
          return seconds / CLI_SCAN_PAGES;
        },
      },
    ];
  },
};

// ---------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------
async function fixtureScans(): Promise<ScanFile[]> {
  const names = (await readdir(scansDir)).filter((f) => f.endsWith('.pdf')).sort();
  return names.map((name) => ({
    pdf: path.join(scansDir, name),
    truth: path.join(scansDir, name.replace(/\.pdf$/, '.json')),
    group: `${/_(\d+)dpi_/.exec(name)?.[1] ?? '?'} dpi`,
  }));
}

/** The scans again at 150 dpi: rasterised by pdftoppm, wrapped by img2pdf. */
async function at150dpi(scans: ScanFile[], make = true): Promise<ScanFile[]> {
  const dir = path.join(workDir, 'scans-150dpi');
  await mkdir(dir, { recursive: true });
  return Promise.all(
    scans.map(async (scan) => {
      const name = path.basename(scan.pdf, '.pdf');
      const pdf = path.join(dir, `${name}.pdf`);
      if (make) {
        const prefix = path.join(dir, name);
        await exec('pdftoppm', ['-gray', '-r', '150', scan.pdf, prefix]);
        const pages = (await readdir(dir))
          .filter((f) => f.startsWith(name) && f.endsWith('.pgm'))
          .sort()
          .map((f) => path.join(dir, f));
        await exec('img2pdf', ['--pagesize', 'A4', ...pages, '-o', pdf]);
        await Promise.all(pages.map((page) => rm(page)));
      }
      return { pdf, truth: scan.truth, group: '150 dpi' };
    }),
  );
}

/** The images inside the scans, as the native tesseract reads them. */
async function pageImages(files: ScanFile[]): Promise<void> {
  const dir = path.join(workDir, 'images');
  await mkdir(dir, { recursive: true });
  for (const [i, file] of files.entries()) await exec('pdfimages', ['-all', file.pdf, path.join(dir, `scan${i}`)]);
}

async function imagesIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort().map((f) => path.join(dir, f));
}

/** Scans made from the text fixtures like the P4 producer made the fixtures: gray raster,
 * a small rotation, noise, blur, JPEG (ImageMagick), wrapped by img2pdf. */
async function syntheticScans(): Promise<ScanFile[]> {
  const convert = '/usr/bin/convert';
  const version = await output(convert, ['-version']).catch(() => '');
  if (!version.includes('ImageMagick')) throw new Error('--ocr-synthetic needs ImageMagick (apt-get install imagemagick)');
  const sources = ['text', 'errors', 'national'].map((folder) => path.join(root, 'tests/fixtures', folder));
  const files: ScanFile[] = [];
  for (const dpi of [200, 300]) {
    const dir = path.join(workDir, `synthetic-${dpi}dpi`);
    await mkdir(dir, { recursive: true });
    for (const source of sources) {
      for (const name of (await readdir(source)).filter((f) => f.endsWith('.pdf')).sort()) {
        const base = name.replace(/\.pdf$/, '');
        const prefix = path.join(dir, base);
        await exec('pdftoppm', ['-gray', '-r', String(dpi), path.join(source, name), prefix]);
        const pages = (await readdir(dir)).filter((f) => f.startsWith(`${base}-`) && f.endsWith('.pgm')).sort();
        const jpegs: string[] = [];
        for (const [i, page] of pages.entries()) {
          // A fixed, varied angle per page: 0.2°–0.7°, either way.
          const angle = ((i % 2 ? 1 : -1) * (0.2 + ((base.length * 7 + i * 13) % 50) / 100)).toFixed(2);
          const jpeg = path.join(dir, page.replace(/\.pgm$/, '.jpg'));
          await exec(convert, [
            path.join(dir, page),
            '-background',
            'white',
            '-rotate',
            angle,
            '-attenuate',
            '0.35',
            '+noise',
            'Gaussian',
            '-blur',
            '0x0.5',
            '-quality',
            '65',
            jpeg,
          ]);
          await rm(path.join(dir, page));
          jpegs.push(jpeg);
        }
        const pdf = path.join(dir, name);
        await exec('img2pdf', ['--pagesize', 'A4', ...jpegs, '-o', pdf]);
        await copyFile(path.join(source, `${base}.json`), path.join(dir, `${base}.json`));
        files.push({ pdf, truth: path.join(dir, `${base}.json`), group: `synthetisch ${dpi} dpi` });
      }
    }
  }
  return files;
}

// ---------------------------------------------------------------------------------------
// Accuracy
// ---------------------------------------------------------------------------------------
async function reportAccuracy(files: ScanFile[], label = 'fixtures'): Promise<void> {
  const engine = createNodeOcrEngine();
  const pool = createExtractPool();
  const byGroup = new Map<string, { pagePass: Totals; product: Totals }>();
  const unflagged: string[] = [];
  try {
    console.log(`  Juistheid (${label}): waarden goed vóór enige correctie; paginaronde → met tweede lezing; tekstregels herkend/op de pagina`);
    const docs = await extractAll(
      pool,
      files.map((f) => f.pdf),
    );
    for (const [i, file] of files.entries()) {
      const truths = (JSON.parse(await readFile(file.truth, 'utf8')) as { documents: { tables: (TruthTableLike & { page: number })[] }[] }).documents[0]!
        .tables;
      const lines = { read: 0, total: 0 };
      const pagePass = scoreDocument(await extractPagePass(file.pdf, engine, { lines }), truths);
      if (label === 'fixtures') {
        linesSeen.read += lines.read;
        linesSeen.total += lines.total;
      }
      const product = scoreDocument(docs[i]!, truths);
      const group = byGroup.get(file.group) ?? { pagePass: emptyTotals(), product: emptyTotals() };
      add(group.pagePass, pagePass);
      add(group.product, product);
      byGroup.set(file.group, group);
      unflagged.push(...product.problems.filter((p) => !p.flagged).map((p) => `${path.basename(file.pdf)}: ${p.where} = ${p.actual} (gedrukt ${p.expected})`));
      console.log(
        `    ${file.group.padEnd(18)} ${path.basename(file.pdf).padEnd(44)} ${line(pagePass)}  →  ${line(product)}  regels ${lines.read}/${lines.total}${product.problems.length ? `   ${product.problems.map((p) => `${p.where}=${p.actual ?? 'leeg'}`).join('; ')}` : ''}`,
      );
    }
    for (const [group, { pagePass, product }] of byGroup) {
      const goal = GOALS[group];
      const verdict = goal === undefined ? '' : percent(product) >= goal ? `  (doel ≥ ${goal} %: gehaald)` : `  (doel ≥ ${goal} %: NIET gehaald)`;
      console.log(`    ${`totaal ${group}`.padEnd(63)} ${line(pagePass)}  →  ${line(product)}${verdict}`);
    }
  } finally {
    await pool.close();
    await engine.terminate();
  }
  if (unflagged.length > 0) throw new Error(`wrong values without a flag:\n${unflagged.join('\n')}`);
}

interface DocumentScore extends Totals {
  problems: TableScore['problems'];
}

function scoreDocument(doc: ExtractedDocument, truths: (TruthTableLike & { page: number })[]): DocumentScore {
  const totals: DocumentScore = { ...emptyTotals(), problems: [] };
  for (const truth of truths) {
    const score = scoreTable(
      doc.tables.find((t) => t.page === truth.page),
      truth,
    );
    // A table the reader did not find is not silent when the document says so.
    const noticed = doc.error !== undefined || doc.warnings.some((w) => w.page === truth.page);
    add(totals, { ...score, unflagged: noticed ? [] : score.unflagged });
    totals.problems.push(...score.problems.map((p) => ({ ...p, flagged: p.flagged || noticed })));
  }
  return totals;
}

/** The page pass alone (no second reading), as extractDocument would put it together. */
async function extractPagePass(
  file: string,
  engine: ReturnType<typeof createNodeOcrEngine>,
  options: { reread?: boolean; lines?: { read: number; total: number } } = {},
): Promise<ExtractedDocument> {
  const pdfjs = await loadPdfjs();
  const doc = await pdfjs.getDocument({ data: new Uint8Array(await readFile(file)), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pageTables = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const images = await findPageImages(page as unknown as PdfImagePageLike);
      const { width, height } = page.getViewport({ scale: 1 });
      const { tables, result } = await readScannedPage(images, { width, height }, p, engine, { reread: options.reread ?? false });
      pageTables.push(...tables);
      if (options.lines) {
        options.lines.read += result.linesRead;
        options.lines.total += result.linesTotal;
      }
      page.cleanup();
    }
    const tables: ExtractedTable[] = joinContinuedTables(pageTables).map(({ printedHeaders: _printed, ...table }) => {
      const unchecked: ExtractedTable = { ...table, flags: [] };
      return { ...unchecked, flags: checkTable(unchecked) };
    });
    return { file: path.basename(file), pageCount: doc.numPages, tables, warnings: [] };
  } finally {
    await doc.destroy();
  }
}

/** Language data × page segmentation mode (and a character whitelist), in one process. */
async function compareSettings(files: ScanFile[]): Promise<void> {
  const configs: [string, NodeOcrEngineOptions][] = [];
  const languages: [string, NodeOcrEngineOptions['language']][] = [
    ['eng 4.0.0_best_int (npm)', npmEnglishData('4.0.0_best_int')],
    ['eng 4.0.0 (npm)', npmEnglishData('4.0.0')],
    // Debian's tesseract-ocr-nld, when installed.
    ...(existsSync(path.join(debianLanguageData('nld').folder, 'nld.traineddata'))
      ? [['nld (Debian)', debianLanguageData('nld')] as [string, NodeOcrEngineOptions['language']]]
      : []),
  ];
  for (const [name, language] of languages) for (const psm of ['6', '4', '3', '11']) configs.push([`${name}, PSM ${psm}`, { language, pageSegMode: psm }]);
  configs.push([
    'eng 4.0.0_best_int, PSM 6, whitelist',
    {
      pageSegMode: '6',
      pageParameters: { tessedit_char_whitelist: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzéëèïöüáâ0123456789.,%()-'/:" },
    },
  ]);
  console.log('  Instellingen vergeleken (alle scans hierboven): paginaronde → met tweede lezing, tijd per pagina (1 thread)');
  for (const [name, options] of configs) {
    const engine = createNodeOcrEngine(options);
    const pagePass = emptyTotals(),
      product = emptyTotals();
    const start = process.hrtime.bigint();
    let pages = 0;
    try {
      for (const file of files) {
        const truths = (JSON.parse(await readFile(file.truth, 'utf8')) as { documents: { tables: (TruthTableLike & { page: number })[] }[] }).documents[0]!
          .tables;
        add(pagePass, scoreDocument(await extractPagePass(file.pdf, engine), truths));
        const full = await extractPagePass(file.pdf, engine, { reread: true });
        add(product, scoreDocument(full, truths));
        pages += full.pageCount;
      }
    } finally {
      await engine.terminate();
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9 / (2 * pages);
    console.log(`    ${name.padEnd(40)} ${line(pagePass)}  →  ${line(product)}   ${seconds.toFixed(2)} s/pagina`);
  }
}

function emptyTotals(): Totals {
  return { values: 0, right: 0, wrong: 0, missing: 0, unflagged: 0 };
}

function add(into: Totals, score: { values: number; right: number; wrong: number; missing: number; unflagged: unknown[] | number }): void {
  into.values += score.values;
  into.right += score.right;
  into.wrong += score.wrong;
  into.missing += score.missing;
  into.unflagged += Array.isArray(score.unflagged) ? score.unflagged.length : score.unflagged;
}

function percent(t: Totals): number {
  return t.values ? (100 * t.right) / t.values : 0;
}

function line(t: Totals): string {
  return `${`${t.right}/${t.values}`.padStart(9)} = ${percent(t).toFixed(2).padStart(6)} % (fout ${t.wrong}, leeg ${t.missing}, ongemeld ${t.unflagged})`;
}

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------
async function extractAll(pool: ExtractPool, files: string[]): Promise<ExtractedDocument[]> {
  return Promise.all(files.map(async (file) => pool.extract({ name: path.basename(file), bytes: new Uint8Array(await readFile(file)) })));
}

async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

function exec(command: string, commandArgs: string[], env: Record<string, string> = {}): Promise<void> {
  return output(command, commandArgs, env).then(() => undefined);
}

/** Runs a program to completion and returns its stdout; a non-zero exit is an error. */
function output(command: string, commandArgs: string[], env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '',
      stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`${command} exited ${code}: ${stderr.slice(-2000)}`))));
  });
}

/** `tsx bench/ocr.ts [--runs N] [--ocr-compare] [--ocr-synthetic]`: this section alone. */
async function runAlone(): Promise<void> {
  const at = args.indexOf('--runs');
  const runs = at >= 0 ? Number(args[at + 1]) : 3;
  console.log(ocrSection.title);
  const input = await ocrSection.prepare();
  const results: number[] = [];
  for (const measurement of ocrSection.measurements(input)) {
    await measurement.setup?.();
    const times: number[] = [];
    try {
      for (let i = 0; i < runs; i++) times.push(Number(await measurement.run()));
    } finally {
      await measurement.teardown?.();
    }
    const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
    results.push(median);
    console.log(`  ${measurement.name.padEnd(52)} ${median.toFixed(3)} s   runs: ${times.map((t) => t.toFixed(3)).join(' ')}`);
  }
  for (const [i, name] of ['tesseract.js alleen', 'Klantprofielen'].entries()) {
    console.log(`  ratio ${name} / native tesseract: ${(results[i + 1]! / results[0]!).toFixed(1)}×`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  runAlone().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
