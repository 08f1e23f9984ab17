// Reading what the user opened in main (dialog, command line, "Open with") on real files:
// folders searched recursively, batches of bounded size, Dutch errors, names that tell twins apart.
import { copyFile, mkdir, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedPdfs } from '../../src/shared/ipc';
import { distinctNames, readPdfBatches } from '../../src/main/pdfBatches';
import { MAX_PDF_BYTES } from '../../src/shared/fileLimits';
import { FIXTURES_DIR } from '../helpers/fixtures';

const groningen = path.join(FIXTURES_DIR, 'text/p1_2017q4_groningen.pdf');
const friesland = path.join(FIXTURES_DIR, 'text/p2_2019q2_friesland.pdf');
const national = path.join(FIXTURES_DIR, 'national/p5_2019q2_national_10regions.pdf');

let root = '';
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'klantprofielen-open-'));
  // uwv/2019/Q2/friesland.PDF, uwv/2019/rapport.pdf, uwv/2020/rapport.pdf, uwv/notes.txt, leeg/sub/
  await mkdir(path.join(root, 'uwv/2019/Q2'), { recursive: true });
  await mkdir(path.join(root, 'uwv/2020'), { recursive: true });
  await mkdir(path.join(root, 'leeg/sub'), { recursive: true });
  await copyFile(friesland, path.join(root, 'uwv/2019/Q2/friesland.PDF'));
  await copyFile(groningen, path.join(root, 'uwv/2019/rapport.pdf'));
  await copyFile(national, path.join(root, 'uwv/2020/rapport.pdf'));
  await writeFile(path.join(root, 'uwv/notes.txt'), 'geen pdf');
});
afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

async function collect(paths: string[], maxBatchBytes?: number): Promise<OpenedPdfs[]> {
  const batches: OpenedPdfs[] = [];
  for await (const batch of readPdfBatches(paths, { maxBatchBytes })) batches.push(batch);
  return batches;
}

describe('readPdfBatches', () => {
  it('reads picked files as they are, bytes unchanged', async () => {
    const [batch, ...rest] = await collect([groningen, national]);
    expect(rest).toEqual([]);
    expect(batch?.errors).toEqual([]);
    expect(batch?.files.map((file) => file.name)).toEqual(['p1_2017q4_groningen.pdf', 'p5_2019q2_national_10regions.pdf']);
    expect(Buffer.from(batch!.files[0]!.bytes).equals(await readFile(groningen))).toBe(true);
  });

  it('searches folders recursively for PDFs in any letter case and names twins by their folders', async () => {
    const [batch] = await collect([path.join(root, 'uwv')]);
    expect(batch?.errors).toEqual([]);
    // findPdfFiles sorts full paths by code point ("Q2/…" before "rapport.pdf").
    expect(batch?.files.map((file) => file.name)).toEqual(['friesland.PDF', path.join('2019', 'rapport.pdf'), path.join('2020', 'rapport.pdf')]);
  });

  it('reports a missing path and a folder without PDFs in Dutch and still reads the rest', async () => {
    const missing = path.join(root, 'weg.pdf');
    const [batch] = await collect([missing, path.join(root, 'leeg'), groningen]);
    expect(batch?.files.map((file) => file.name)).toEqual(['p1_2017q4_groningen.pdf']);
    expect(batch?.errors).toEqual([`${missing} bestaat niet (meer) en is overgeslagen.`, `Geen PDF's gevonden in map ${path.join(root, 'leeg')}.`]);
  });

  it('reads a file picked twice (directly and through its folder) once', async () => {
    const direct = path.join(root, 'uwv/2020/rapport.pdf');
    const [batch] = await collect([direct, path.join(root, 'uwv/2020')]);
    expect(batch?.files).toHaveLength(1);
  });

  it('passes a non-PDF through: the engine answers it with its own error', async () => {
    const [batch] = await collect([path.join(root, 'uwv/notes.txt')]);
    expect(batch?.files.map((file) => file.name)).toEqual(['notes.txt']);
  });

  it('refuses a file over 100 MB without reading it and goes on', async () => {
    const huge = path.join(root, 'huge.pdf');
    await writeFile(huge, '');
    await truncate(huge, MAX_PDF_BYTES + 1); // sparse: no 100 MB written to disk
    const [batch] = await collect([huge, friesland]);
    expect(batch?.files.map((file) => file.name)).toEqual(['p2_2019q2_friesland.pdf']);
    expect(batch?.errors).toEqual(['huge.pdf kon niet worden geopend: het is groter dan 100 MB.']);
  });

  it('sends large selections in several batches, every file exactly once, in order', async () => {
    const sizes = await Promise.all([groningen, friesland, national].map(async (file) => (await readFile(file)).byteLength));
    const batches = await collect([groningen, friesland, national], Math.min(...sizes));
    expect(batches).toHaveLength(3);
    expect(batches.flatMap((batch) => batch.files.map((file) => file.name))).toEqual([
      'p1_2017q4_groningen.pdf',
      'p2_2019q2_friesland.pdf',
      'p5_2019q2_national_10regions.pdf',
    ]);
  });

  it('yields nothing for nothing', async () => {
    expect(await collect([])).toEqual([]);
  });
});

describe('distinctNames', () => {
  it('keeps base names unless two files share one, and stays within 255 characters', () => {
    const a = path.resolve('/x/a/rapport.pdf');
    const b = path.resolve('/y/b/rapport.pdf');
    expect(distinctNames([a, b, path.resolve('/x/c.pdf')])).toEqual([path.join('x', 'a', 'rapport.pdf'), path.join('y', 'b', 'rapport.pdf'), 'c.pdf']);
    const deep = path.resolve('/', ...Array.from({ length: 60 }, (_, i) => `map${i}`), 'r.pdf');
    const other = path.resolve('/', 'ander', 'r.pdf');
    const [name] = distinctNames([deep, other]);
    expect(name?.length).toBe(255);
    expect(name?.startsWith('…')).toBe(true);
    expect(name?.endsWith(path.join('map59', 'r.pdf'))).toBe(true);
  });
});
