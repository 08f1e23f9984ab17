// Files read before are answered from the read cache: real pdf.js on real worker threads, the
// desktop's folder store in a temporary folder. A document planted in the store proves an answer
// came from it and not from the reader.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, assert, describe, expect, it } from 'vitest';
import { createExtractPool, type ExtractPool } from '../../src/node/extractPool';
import { loadPdfjs, standardFontDataPath } from '../../src/node/pdfjsNode';
import { createFolderReadCache, engineVersionOf } from '../../src/node/readCacheFolder';
import { answerRequest } from '../../src/shared/pdfPool/answerRequest';
import { FIXTURES_DIR } from '../helpers/fixtures';

const groningen = path.join(FIXTURES_DIR, 'text/p1_2017q4_groningen.pdf');
const truncated = path.join(FIXTURES_DIR, 'bad/truncated.pdf');

const tempDirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'klantprofielen-leescache-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function pdf(file: string, name = path.basename(file)) {
  return { name, bytes: new Uint8Array(await readFile(file)) };
}

const sha256 = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

async function withPool<T>(folder: string, version: string, work: (pool: ExtractPool) => Promise<T>, maxEntries?: number): Promise<T> {
  const pool = createExtractPool({ size: 1, readCache: createFolderReadCache(folder, version, maxEntries) });
  try {
    return await work(pool);
  } finally {
    await pool.close();
  }
}

describe('the read cache', () => {
  it('keeps a document read once and answers the same bytes under another name from it, without reading', async () => {
    const folder = await tempDir();
    const first = await withPool(folder, 'v1', async (pool) => pool.extract(await pdf(groningen)));
    expect(first.error).toBeUndefined();
    const key = `${await sha256(groningen)}.auto`;
    expect(await readdir(path.join(folder, 'v1'))).toEqual([`${key}.json`]);

    const progress: number[] = [];
    const again = await withPool(folder, 'v1', async (pool) => pool.extract(await pdf(groningen, 'hernoemd.pdf'), (done) => progress.push(done)));
    expect(again).toEqual({ ...first, file: 'hernoemd.pdf' });
    expect(progress).toEqual([]);
  });

  it('answers from the store: a planted document comes back as it was kept', async () => {
    const folder = await tempDir();
    const read = await withPool(folder, 'v1', async (pool) => pool.extract(await pdf(groningen)));
    const file = path.join(folder, 'v1', `${await sha256(groningen)}.auto.json`);
    await writeFile(file, JSON.stringify({ ...read, pageCount: 99 }));
    const answered = await withPool(folder, 'v1', async (pool) => pool.extract(await pdf(groningen)));
    expect(answered.pageCount).toBe(99);
  });

  it('keeps readings apart per OCR mode and per engine version, and removes other versions', async () => {
    const folder = await tempDir();
    await withPool(folder, 'v1', async (pool) => pool.extract(await pdf(groningen)));
    const file = path.join(folder, 'v1', `${await sha256(groningen)}.auto.json`);
    const kept = JSON.parse(await readFile(file, 'utf8')) as object;
    await writeFile(file, JSON.stringify({ ...kept, pageCount: 99 }));
    const never = await withPool(folder, 'v1', async (pool) => pool.extract(await pdf(groningen), undefined, { ocr: 'never' }));
    expect(never.pageCount).toBe(1);
    const newEngine = await withPool(folder, 'v2', async (pool) => pool.extract(await pdf(groningen)));
    expect(newEngine.pageCount).toBe(1);
    expect(await readdir(folder)).toEqual(['v2']);
  });

  it('does not keep a file that could not be read, and reads again over a damaged kept file', async () => {
    const folder = await tempDir();
    const failed = await withPool(folder, 'v1', async (pool) => pool.extract(await pdf(truncated)));
    expect(failed.error).toBeDefined();
    expect(await readdir(path.join(folder, 'v1'))).toEqual([]);

    await writeFile(path.join(folder, 'v1', `${await sha256(groningen)}.auto.json`), '{"file": "afgebro');
    const read = await withPool(folder, 'v1', async (pool) => pool.extract(await pdf(groningen)));
    expect(read.error).toBeUndefined();
    expect(read.tables).toHaveLength(1);
    expect(JSON.parse(await readFile(path.join(folder, 'v1', `${await sha256(groningen)}.auto.json`), 'utf8'))).toEqual(read);
  });

  it('keeps only the newest documents', async () => {
    const folder = await tempDir();
    const store = createFolderReadCache(folder, 'v1', 2);
    const document = { file: 'a.pdf', pageCount: 1, tables: [], warnings: [] };
    for (const key of ['een', 'twee', 'drie']) {
      await store.put(key, document);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect((await readdir(path.join(folder, 'v1'))).sort()).toEqual(['drie.json', 'twee.json']);
    expect(await store.get('een')).toBeUndefined();
  });
});

describe('engineVersionOf', () => {
  it('pins a compiled worker script with the pdf.js and tesseract.js it loads, and nothing for TypeScript', async () => {
    const dir = await tempDir();
    const script = path.join(dir, 'extractWorker.js');
    await writeFile(script, 'console.log(1);');
    const first = engineVersionOf(script);
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    await writeFile(script, 'console.log(2);');
    expect(engineVersionOf(script)).not.toBe(first);
    expect(engineVersionOf(path.join(dir, 'extractWorker.ts'))).toBeUndefined();
  });
});

describe('hashing once per file', () => {
  it("the worker takes the pool's SHA-256 instead of hashing the bytes again", async () => {
    const given = 'ab'.repeat(32);
    const replies: { type: string; doc?: { sha256?: string; tables: unknown[] } }[] = [];
    const file = await pdf(groningen);
    const host = { pdfjs: loadPdfjs, standardFontDataUrl: standardFontDataPath, ocrEngine: () => assert.fail('no OCR for a text PDF') };
    await answerRequest({ type: 'extract', id: 1, ...file, ocr: 'never', sha256: given }, host, (reply) => replies.push(reply as never));
    const done = replies.find((reply) => reply.type === 'done');
    expect(done?.doc?.tables.length).toBe(1);
    expect(done?.doc?.sha256).toBe(given);
    // Without one it hashes the bytes itself.
    await answerRequest({ type: 'extract', id: 2, ...file, ocr: 'never' }, host, (reply) => replies.push(reply as never));
    expect(replies.filter((reply) => reply.type === 'done')[1]?.doc?.sha256).toBe(await sha256(groningen));
  });
});
