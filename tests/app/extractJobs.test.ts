// Main's side of 'pdf:extract' / 'pdf:progress' / 'pdf:cancel', on the real pool and real PDFs.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createExtractJobs } from '../../src/main/extractJobs';
import type { ExtractProgress } from '../../src/shared/ipc';
import { createExtractPool, type ExtractPool } from '../../src/node/extractPool';
import { FIXTURES_DIR } from '../helpers/fixtures';

const pdf = async (relative: string) => ({
  name: path.basename(relative),
  bytes: new Uint8Array(await readFile(path.join(FIXTURES_DIR, relative))),
});
const NATIONAL = 'national/p5_2019q2_national_10regions.pdf';
const GRONINGEN = 'text/p1_2017q4_groningen.pdf';

const pool = createExtractPool({ size: 1 });
afterAll(() => pool.close());
const PAGE = 1; // webContents id of "the page"

describe('createExtractJobs', () => {
  it('reads a file and reports progress under the job id the page chose', async () => {
    const jobs = createExtractJobs(pool);
    const progress: ExtractProgress[] = [];
    const doc = await jobs.run(PAGE, { jobId: 'job-1', file: await pdf(NATIONAL) }, (p) => progress.push(p));
    expect(doc.tables).toHaveLength(10);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((p) => p.jobId === 'job-1' && p.pageCount === 12)).toBe(true);
    expect(progress.at(-1)).toEqual({ jobId: 'job-1', pagesDone: 12, pageCount: 12 });
    expect(jobs.size).toBe(0);
  });

  it('names the page in OCR while a scan is recognised, then reports it done', async () => {
    const jobs = createExtractJobs(pool);
    const progress: ExtractProgress[] = [];
    const doc = await jobs.run(PAGE, { jobId: 'scan', file: await pdf('scans/p4_300dpi_2020q3_twente.pdf') }, (p) => progress.push(p));
    expect(doc.tables[0]?.source).toBe('ocr');
    expect(progress[0]).toEqual({ jobId: 'scan', pagesDone: 0, pageCount: 1, recognizing: 1 });
    expect(progress.at(-1)).toEqual({ jobId: 'scan', pagesDone: 1, pageCount: 1 });
  });

  it("reads a scan the way its request asks: 'never' leaves it with the needs-ocr error", async () => {
    const jobs = createExtractJobs(pool);
    const doc = await jobs.run(PAGE, { jobId: 'geen-ocr', file: await pdf('scans/p4_300dpi_2020q3_twente.pdf'), ocr: 'never' }, () => undefined);
    expect(doc.error?.code).toBe('needs-ocr');
    expect(doc.tables).toEqual([]);
  });

  it('cancels a running job and a waiting one; the pool goes on with the next file', async () => {
    const jobs = createExtractJobs(pool);
    const running = jobs.run(PAGE, { jobId: 'loopt', file: await pdf(NATIONAL) }, (p) => {
      if (p.pagesDone === 1) jobs.cancel(PAGE, 'loopt');
    });
    const waiting = jobs.run(PAGE, { jobId: 'wacht', file: await pdf(GRONINGEN) }, () => undefined);
    jobs.cancel(PAGE, 'wacht');
    expect((await waiting).error).toEqual({ code: 'cancelled', message: 'p1_2017q4_groningen.pdf: het lezen is geannuleerd.' });
    const cancelled = await running;
    expect(cancelled.error?.code).toBe('cancelled');
    expect(cancelled.error?.message).toBe('p5_2019q2_national_10regions.pdf: het lezen is geannuleerd.');
    expect(cancelled.tables).toEqual([]);

    const next = await jobs.run(PAGE, { jobId: 'daarna', file: await pdf(GRONINGEN) }, () => undefined);
    expect(next.tables[0]?.region).toBe('Groningen');
    jobs.cancel(PAGE, 'daarna'); // finished: ignored
    jobs.cancel(PAGE, 'onbekend');
  });

  it('lets a page cancel only its own jobs, and cancels all of a page that goes away', async () => {
    const jobs = createExtractJobs(pool);
    const mine = jobs.run(PAGE, { jobId: 'zelfde-id', file: await pdf(GRONINGEN) }, () => undefined);
    const other = jobs.run(2, { jobId: 'zelfde-id', file: await pdf(GRONINGEN) }, () => undefined);
    const third = jobs.run(2, { jobId: 'nog-een', file: await pdf(GRONINGEN) }, () => undefined);
    jobs.cancel(2, 'niet-van-mij');
    jobs.cancelAll(2); // page 2 reloaded
    expect((await other).error?.code).toBe('cancelled');
    expect((await third).error?.code).toBe('cancelled');
    expect((await mine).error).toBeUndefined();
  });

  it('refuses a job id that is still running', async () => {
    const jobs = createExtractJobs(pool);
    const first = jobs.run(PAGE, { jobId: 'dubbel', file: await pdf(GRONINGEN) }, () => undefined);
    await expect(jobs.run(PAGE, { jobId: 'dubbel', file: await pdf(GRONINGEN) }, () => undefined)).rejects.toThrow(/Ongeldig verzoek: taak dubbel loopt al/);
    expect((await first).error).toBeUndefined();
  });

  it('hands the pool at most maxRunning files at once; the rest wait in order', async () => {
    let inPool = 0;
    let mostInPool = 0;
    const order: string[] = [];
    // The real pool, counted: how many files main has handed it at once.
    const counted: Pick<ExtractPool, 'extract'> = {
      async extract(file, onProgress, options) {
        mostInPool = Math.max(mostInPool, ++inPool);
        order.push(file.name);
        try {
          return await pool.extract(file, onProgress, options);
        } finally {
          inPool--;
        }
      },
    };
    const jobs = createExtractJobs(counted, { maxRunning: 2 });
    const names = ['a.pdf', 'b.pdf', 'c.pdf', 'd.pdf', 'e.pdf'];
    const { bytes } = await pdf(GRONINGEN);
    const docs = await Promise.all(names.map((name) => jobs.run(PAGE, { jobId: name, file: { name, bytes } }, () => undefined)));
    expect(docs.map((doc) => doc.tables[0]?.region)).toEqual(names.map(() => 'Groningen'));
    expect(mostInPool).toBe(2);
    expect(order).toEqual(names);
    expect(jobs.size).toBe(0);
  });

  it('cancels a waiting job without handing it to the pool, and refuses jobs beyond maxWaiting', async () => {
    const handed: string[] = [];
    const counted: Pick<ExtractPool, 'extract'> = {
      extract: (file, onProgress, options) => (handed.push(file.name), pool.extract(file, onProgress, options)),
    };
    const jobs = createExtractJobs(counted, { maxRunning: 1, maxWaiting: 1 });
    const running = jobs.run(PAGE, { jobId: 'loopt', file: await pdf(GRONINGEN) }, () => undefined);
    const waiting = jobs.run(PAGE, { jobId: 'wacht', file: await pdf(GRONINGEN) }, () => undefined);
    await expect(jobs.run(PAGE, { jobId: 'teveel', file: await pdf(GRONINGEN) }, () => undefined)).rejects.toThrow(
      /Ongeldig verzoek: te veel bestanden tegelijk/,
    );
    jobs.cancel(PAGE, 'wacht');
    expect((await waiting).error).toEqual({ code: 'cancelled', message: 'p1_2017q4_groningen.pdf: het lezen is geannuleerd.' });
    expect((await running).error).toBeUndefined();
    expect(handed).toEqual(['p1_2017q4_groningen.pdf']);
    expect(jobs.size).toBe(0);
  });
});
