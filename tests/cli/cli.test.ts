// The real command line, end to end: tsx + worker threads + pdf.js + checks + JSON + workbook,
// on the real fixtures. Each test writes into its own temporary folder.
import { spawn } from 'node:child_process';
import { copyFile, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import XLSX from 'xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR } from '../helpers/fixtures';
import { goodPdf, readJson, removeTempDirs, root, runCli, tempDir, type CliRun, type JsonResult } from './runCli';

const nationalPdf = path.join(FIXTURES_DIR, 'national/p5_2019q2_national_10regions.pdf');
const badDir = path.join(FIXTURES_DIR, 'bad');

afterAll(removeTempDirs);

// Words every Dutch error sentence uses at least one of; pdf.js' own messages have none.
const DUTCH = /\b(het|de|een|is|niet|geen|kan|bevat|werd|duurde)\b/;

describe('cli extract', () => {
  it('reads a good file and every bad fixture in one run: exit 1, all documents written', async () => {
    const dir = await tempDir();
    const jsonPath = path.join(dir, 'uit', 'resultaat.json'); // the folder does not exist yet
    const xlsxPath = path.join(dir, 'uit', 'resultaat.xlsx');
    const badFiles = (await readdir(badDir)).filter((name) => name.endsWith('.pdf')).sort();
    expect(badFiles.length).toBeGreaterThanOrEqual(4);

    const run = await runCli(['extract', goodPdf, ...badFiles.map((name) => path.join(badDir, name)), '--json', jsonPath, '--xlsx', xlsxPath]);

    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toBe('');
    const result = await readJson<JsonResult>(jsonPath);
    expect(result.schema).toBe('klantprofielen/v1');
    expect(result.documents.map((doc) => doc.file)).toEqual(['p1_2017q4_groningen.pdf', ...badFiles]);

    const [good, ...bad] = result.documents;
    const truth = (await readJson<JsonResult>(goodPdf.replace(/\.pdf$/, '.json'))).documents[0]!;
    expect(good?.error).toBeUndefined();
    expect(good?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(good?.tables.map((table) => table.region)).toEqual(truth.tables.map((table) => table.region));
    expect(good?.tables[0]?.rows.map(({ name, counts, total }) => ({ name, counts, total }))).toEqual(truth.tables[0]?.rows);

    for (const [index, doc] of bad.entries()) {
      const name = badFiles[index]!;
      expect(doc.error, name).toBeDefined();
      expect(doc.error?.message).toContain(name);
      expect(doc.error?.message).toMatch(DUTCH);
      expect(doc.tables).toEqual([]);
    }

    // One stderr line per file plus the summary; every bad file's line names it.
    const lines = run.stderr.trim().split('\n');
    expect(lines.filter((line) => /^\[\d+\/5\]/.test(line))).toHaveLength(5);
    expect(run.stderr).toMatch(/p1_2017q4_groningen\.pdf: 1 tabel, 0 meldingen/);
    for (const name of badFiles) expect(run.stderr).toMatch(new RegExp(`FOUT: .*${name.replace('.', '\\.')}`));
    expect(lines.at(-1)).toMatch(/^Klaar: 5 bestanden, 1 tabel, 0 meldingen, 4 fouten\./);

    const workbook = XLSX.read(await readFile(xlsxPath), { type: 'buffer' });
    expect(workbook.SheetNames.length).toBeGreaterThan(0);
    const cellText = workbook.SheetNames.flatMap((sheet) => XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[sheet]!, { header: 1 }).flat()).map(String);
    expect(cellText).toContain('Groningen');
    expect(cellText).toContain(truth.tables[0]!.rows[0]!.name);
  });

  it('searches folders recursively for .pdf in any letter case and exits 0 when all files read', async () => {
    const dir = await tempDir();
    const input = path.join(dir, 'invoer');
    await mkdir(path.join(input, 'sub'), { recursive: true });
    await copyFile(goodPdf, path.join(input, 'b.pdf'));
    await copyFile(nationalPdf, path.join(input, 'sub', 'A.PDF'));
    await writeFile(path.join(input, 'notities.txt'), 'geen pdf');
    const jsonPath = path.join(dir, 'map.json');

    const run = await runCli(['extract', input, '--json', jsonPath]);

    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe('');
    const result = await readJson<JsonResult>(jsonPath);
    expect(result.documents.map((doc) => doc.file)).toEqual(['b.pdf', 'A.PDF']);
    expect(result.documents.map((doc) => doc.tables.length)).toEqual([1, 10]);
    expect(result.documents.every((doc) => doc.error === undefined)).toBe(true);
    await expect(stat(path.join(dir, 'map.xlsx'))).rejects.toThrow(); // --xlsx not asked
  });

  it('applies --timeout per file and still exits 1 with the other files written', async () => {
    const dir = await tempDir();
    const jsonPath = path.join(dir, 'tijd.json');
    const run = await runCli(['extract', nationalPdf, '--json', jsonPath, '--timeout', '0,001']);
    expect(run.code, run.stderr).toBe(1);
    const [doc] = (await readJson<JsonResult>(jsonPath)).documents;
    expect(doc?.error?.code).toBe('timeout');
    expect(doc?.error?.message).toBe('p5_2019q2_national_10regions.pdf: het lezen duurde langer dan 0,001 s en is afgebroken.');
  });

  it.for([
    ['no arguments', [], 'Geen opdracht gegeven.'],
    ['an unknown command', ['lees', goodPdf, '--json', 'x.json'], 'Onbekende opdracht: lees.'],
    ['no --json', ['extract', goodPdf], 'De optie --json <uitvoer.json> is verplicht.'],
    ['--json without a value', ['extract', goodPdf, '--json'], 'Optie --json heeft een waarde nodig.'],
    ['an unknown option', ['extract', goodPdf, '--json', 'x.json', '--csv', 'x.csv'], 'Onbekende optie: --csv.'],
    ['no input', ['extract', '--json', 'x.json'], 'Geef ten minste één pdf-bestand of map op.'],
    ['a bad --timeout', ['extract', goodPdf, '--json', 'x.json', '--timeout', 'nooit'], '--timeout verwacht een aantal seconden van 0,001 tot 86.400'],
  ] as const)('exits 2 with the Dutch usage text on %s', async ([, args, message]) => {
    const run = await runCli([...args]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('Gebruik: npm run cli -- extract');
    await expect(stat(path.join(root, 'x.json'))).rejects.toThrow();
  });

  it('prints the usage text on --help and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Gebruik: npm run cli -- extract');
    expect(run.stderr).toBe('');
  });
});

describe('cli extract across files', () => {
  it('compares the same region and period read from two files: the differing cell is flagged on both', async () => {
    const dir = await tempDir();
    // A copy of Groningen with one count changed (Aa en Hunze, third column: 174 → 175), made by
    // rewriting the uncompressed content stream of its qpdf --qdf copy (tests/derived; same
    // length, so the cross-reference table stays right).
    const original = await readFile(path.join(root, 'tests/derived/qdf_p1_2017q4_groningen.pdf'));
    const changed = Buffer.from(original.toString('latin1').replace('(174) Tj', '(175) Tj'), 'latin1');
    expect(changed.equals(original)).toBe(false);
    const changedPdf = path.join(dir, 'groningen-gewijzigd.pdf');
    await writeFile(changedPdf, changed);
    const jsonPath = path.join(dir, 'uit.json');

    const result = await runCli(['extract', goodPdf, changedPdf, '--json', jsonPath]);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(await readFile(jsonPath, 'utf8')) as { documents: { tables: { flags: { code: string; row?: string; column?: number }[] }[] }[] };
    for (const doc of json.documents) {
      expect(doc.tables[0]!.flags.filter((flag) => flag.code === 'duplicate-table-mismatch')).toEqual([
        expect.objectContaining({ row: 'Aa en Hunze', column: 2 }),
      ]);
    }
    expect(result.stderr).toMatch(/let op: p1_2017q4_groningen\.pdf, Groningen \(pagina 1\): 1 verschil met dezelfde regio en periode in een ander bestand/);
    expect(result.stderr).toMatch(/let op: groningen-gewijzigd\.pdf, Groningen/);
  });

  it('marks two files with the same table and the same values with a hint, not a finding to fix', async () => {
    const dir = await tempDir();
    const copy = path.join(dir, 'kopie.pdf');
    await copyFile(goodPdf, copy);
    await writeFile(copy, Buffer.concat([await readFile(copy), Buffer.from('\n% kopie\n')]));
    const jsonPath = path.join(dir, 'uit.json');
    const result = await runCli(['extract', goodPdf, copy, '--json', jsonPath]);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(await readFile(jsonPath, 'utf8')) as { documents: { tables: { flags: { code: string; severity?: string }[] }[] }[] };
    for (const doc of json.documents) {
      expect(doc.tables[0]!.flags).toEqual([expect.objectContaining({ code: 'duplicate-table', severity: 'info' })]);
    }
    expect(result.stderr).not.toContain('let op:');
  });
});

describe('extract --with-sources', () => {
  it('writes where each value was printed', async () => {
    const dir = await tempDir();
    const out = path.join(dir, 'out.json');
    const seed = path.join(FIXTURES_DIR, 'text/p1_2017q3_zuid-limburg_seed.pdf');
    const run = await runCli(['extract', seed, '--json', out, '--with-sources']);
    expect(run.code).toBe(0);
    const json = await readJson<{
      documents: {
        tables: { rows: { name: string; sources: { page: number; text: string; box: { x0: number; x1: number; y0: number; y1: number } }[] }[] }[];
      }[];
    }>(out);
    const heerlen = json.documents[0]!.tables[0]!.rows.find((r) => r.name === 'Heerlen')!;
    expect(heerlen.sources.map((s) => s.text)).toEqual(['Heerlen', '3', '320', '813', '425', '1.561']);
    expect(heerlen.sources[5]!.page).toBe(1);
    // The total column lies right of the counts on the page.
    expect(heerlen.sources[5]!.box.x0).toBeGreaterThan(heerlen.sources[4]!.box.x1);
  });
});

describe('npm run cli launcher', () => {
  it('runs the compiled bundle and writes the same tables as the source', async () => {
    const dir = await tempDir();
    const out = path.join(dir, 'out.json');
    const result = await new Promise<Pick<CliRun, 'code' | 'stdout' | 'stderr'>>((resolve, reject) => {
      const child = spawn(process.execPath, ['scripts/cli.cjs', 'extract', goodPdf, '--json', out], { cwd: root });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });
    expect(result.stderr).toContain('p1_2017q4_groningen.pdf: 1 tabel, 0 meldingen');
    expect(result.code).toBe(0);
    const json = await readJson<JsonResult>(out);
    expect(json.documents[0]!.tables[0]!.rows).toHaveLength(27);
    expect(json.documents[0]!.tables[0]!.region).toBe('Groningen');
  });
});
