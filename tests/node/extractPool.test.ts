// The worker pool on real fixtures: real pdf.js in real worker threads, no mocks.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { createExtractPool, resolveWorkerEntry } from '../../src/node/extractPool';
import { FIXTURES_DIR } from '../helpers/fixtures';

const goodPdf = path.join(FIXTURES_DIR, 'text/p1_2017q4_groningen.pdf');
const nationalPdf = path.join(FIXTURES_DIR, 'national/p5_2019q2_national_10regions.pdf');

async function pdf(file: string) {
  return { name: path.basename(file), bytes: new Uint8Array(await readFile(file)) };
}

const tempDirs: string[] = [];
async function tempDir(parent = os.tmpdir()): Promise<string> {
  await mkdir(parent, { recursive: true });
  const dir = await mkdtemp(path.join(parent, 'klantprofielen-pool-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('createExtractPool', () => {
  it('reads a real PDF on a worker thread, reports progress and adds the sha256', async () => {
    const pool = createExtractPool({ size: 1 });
    try {
      const file = await pdf(nationalPdf);
      const progress: [number, number][] = [];
      const doc = await pool.extract(file, (done, count) => progress.push([done, count]));
      expect(doc.error).toBeUndefined();
      expect(doc.file).toBe('p5_2019q2_national_10regions.pdf');
      expect(doc.pageCount).toBe(12);
      expect(doc.tables.map((table) => table.region)).toContain('Achterhoek');
      expect(doc.tables).toHaveLength(10);
      expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(progress.at(-1)).toEqual([12, 12]);
    } finally {
      await pool.close();
    }
  });

  it('stops a file that runs over its time limit and still serves the next file', async () => {
    const pool = createExtractPool({ size: 1, timeoutMs: 60_000 });
    try {
      // Warm the only worker first, so the limit hits it in the middle of reading pages.
      const warm = await pool.extract(await pdf(goodPdf));
      expect(warm.error).toBeUndefined();

      const slow = pool.extract(await pdf(nationalPdf), undefined, { timeoutMs: 20 });
      const next = pool.extract(await pdf(goodPdf)); // queued behind the slow one
      const timedOut = await slow;
      expect(timedOut.error?.code).toBe('timeout');
      expect(timedOut.error?.message).toBe('p5_2019q2_national_10regions.pdf: het lezen duurde langer dan 0,02 s en is afgebroken.');
      expect(timedOut.tables).toEqual([]);
      expect(timedOut.sha256).toMatch(/^[0-9a-f]{64}$/);

      const served = await next;
      expect(served.error).toBeUndefined();
      expect(served.tables[0]?.region).toBe('Groningen');
    } finally {
      await pool.close();
    }
  });

  it('cancels a running and a waiting file through their signals and goes on with the rest', async () => {
    const pool = createExtractPool({ size: 1 });
    try {
      expect((await pool.extract(await pdf(goodPdf))).error).toBeUndefined(); // warm the worker
      const running = new AbortController();
      const waiting = new AbortController();
      const first = pool.extract(await pdf(nationalPdf), (done) => done >= 1 && running.abort());
      const second = pool.extract(await pdf(nationalPdf), undefined, { signal: waiting.signal });
      const third = pool.extract(await pdf(goodPdf), undefined, { signal: running.signal });
      waiting.abort();
      expect((await second).error).toEqual({
        code: 'cancelled',
        message: 'p5_2019q2_national_10regions.pdf: het lezen is geannuleerd.',
      });
      // `running` was aborted from the first file's progress: it cancels the third file
      // while the first one, which has no signal, still completes.
      expect((await first).tables).toHaveLength(10);
      expect((await third).error?.code).toBe('cancelled');

      const cancelMidway = new AbortController();
      const midway = pool.extract(await pdf(nationalPdf), () => cancelMidway.abort(), { signal: cancelMidway.signal });
      expect((await midway).error?.code).toBe('cancelled');
      expect((await pool.extract(await pdf(goodPdf))).tables[0]?.region).toBe('Groningen');
    } finally {
      await pool.close();
    }
  });

  it('reports no progress for a cancelled file after its answer', async () => {
    const pool = createExtractPool({ size: 1 });
    try {
      expect((await pool.extract(await pdf(goodPdf))).error).toBeUndefined(); // warm the worker
      const cancel = new AbortController();
      let answered = false;
      const lateProgress: number[] = [];
      const cancelled = pool.extract(
        await pdf(nationalPdf),
        (done) => {
          if (answered) lateProgress.push(done);
          cancel.abort();
        },
        { signal: cancel.signal },
      );
      expect((await cancelled).error?.code).toBe('cancelled');
      answered = true;
      // Give messages the retired worker had already posted time to arrive.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(lateProgress).toEqual([]);
    } finally {
      await pool.close();
    }
  });

  it('answers a crashed worker with read-failed for that file and never rejects the batch', async () => {
    const dir = await tempDir();
    const crashingWorker = path.join(dir, 'extractWorker.js');
    await writeFile(crashingWorker, "require('node:worker_threads').parentPort.on('message', () => { throw new Error('kapot'); });\n");
    const pool = createExtractPool({ size: 2, workerEntry: crashingWorker });
    try {
      const docs = await Promise.all([pool.extract(await pdf(goodPdf)), pool.extract(await pdf(nationalPdf))]);
      expect(docs.map((doc) => doc.error?.code)).toEqual(['read-failed', 'read-failed']);
      expect(docs[0]?.error?.message).toBe('p1_2017q4_groningen.pdf: het lezen is mislukt (kapot).');
      // A replacement worker takes the next file (and crashes again, on its own).
      const again = await pool.extract(await pdf(goodPdf));
      expect(again.error?.code).toBe('read-failed');
    } finally {
      await pool.close();
    }
  });

  it('reads many files on at most one worker per core, in any order of completion', async () => {
    const pool = createExtractPool({ size: 64 });
    try {
      const files = await Promise.all([goodPdf, nationalPdf, goodPdf, nationalPdf].map(pdf));
      const docs = await Promise.all(files.map((file) => pool.extract(file)));
      expect(docs.map((doc) => doc.tables.length)).toEqual([1, 10, 1, 10]);
      expect(docs.every((doc) => doc.error === undefined)).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('resolves files still waiting when it is closed', async () => {
    const pool = createExtractPool({ size: 1 });
    const pending = [pool.extract(await pdf(nationalPdf)), pool.extract(await pdf(goodPdf))];
    await pool.close();
    const docs = await Promise.all(pending);
    expect(docs.map((doc) => doc.error?.code)).toEqual(['read-failed', 'read-failed']);
    expect(docs[1]?.error?.message).toContain('p1_2017q4_groningen.pdf');
    await expect(pool.extract(await pdf(goodPdf))).rejects.toThrow(/closed/);
  });
});

describe('resolveWorkerEntry', () => {
  it('uses the TypeScript source next to the pool under tsx and vitest', () => {
    expect(resolveWorkerEntry()).toBe(path.resolve(__dirname, '../../src/node/extractWorker.ts'));
  });

  it('prefers a compiled extractWorker.js next to a bundle', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'extractWorker.js'), '');
    await writeFile(path.join(dir, 'extractWorker.ts'), '');
    const bundleUrl = pathToFileURL(path.join(dir, 'index.js')).href;
    expect(resolveWorkerEntry(bundleUrl)).toBe(path.join(dir, 'extractWorker.js'));
  });
});

describe('compiled like the Electron main build', () => {
  it('finds and runs the compiled worker next to the compiled pool', async () => {
    // The shape electron-vite gives the main process: CommonJS, dependencies external,
    // extractWorker as its own entry next to the bundle that holds the pool.
    // Inside the project, so the bundle resolves pdfjs-dist from node_modules like out/main does.
    const root = path.resolve(__dirname, '../..');
    const outDir = await tempDir(path.join(root, 'node_modules/.cache'));
    await build({
      configFile: false,
      root,
      logLevel: 'warn',
      build: {
        ssr: true,
        outDir,
        minify: false,
        rolldownOptions: {
          input: {
            index: path.join(root, 'src/node/extractPool.ts'),
            extractWorker: path.join(root, 'src/node/extractWorker.ts'),
          },
          output: { format: 'cjs', entryFileNames: '[name].js' },
        },
      },
    });
    const compiled = createRequire(path.join(outDir, 'index.js'))('./index.js') as typeof import('../../src/node/extractPool');
    expect(compiled.resolveWorkerEntry()).toBe(path.join(outDir, 'extractWorker.js'));

    const pool = compiled.createExtractPool({ size: 1 });
    try {
      const doc = await pool.extract(await pdf(nationalPdf));
      expect(doc.error).toBeUndefined();
      expect(doc.tables).toHaveLength(10);
    } finally {
      await pool.close();
    }
  });
});
