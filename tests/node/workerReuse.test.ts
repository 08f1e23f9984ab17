// One rule for every host's PDF pool: a worker reads file after file while they read, and is
// replaced after a file it could not read. Real worker threads, real pdf.js, real fixtures.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveWorkerEntry } from '../../src/node/extractPool';
import { startExtractThread } from '../../src/node/extractThread';
import { createPdfPool } from '../../src/shared/pdfPool/pdfPool';
import { FIXTURES_DIR } from '../helpers/fixtures';

async function pdf(relative: string) {
  return { name: path.basename(relative), bytes: new Uint8Array(await readFile(path.join(FIXTURES_DIR, relative))) };
}

describe('worker reuse', () => {
  it('keeps a worker for the next file after a good one, and replaces it after a bad one', async () => {
    let started = 0;
    const pool = createPdfPool({
      size: 1,
      startWorker: (events) => {
        started++;
        return startExtractThread(resolveWorkerEntry(), 512, events);
      },
      memoryLimit: { kind: 'per-file', megabytes: 512 },
    });
    try {
      const read = async (relative: string) => (await pool.extract(await pdf(relative))).error?.code ?? 'ok';
      expect(await read('text/p1_2017q4_groningen.pdf')).toBe('ok');
      expect(await read('text/p1_2017q3_zuid-limburg_seed.pdf')).toBe('ok');
      expect(started).toBe(1);
      expect(await read('bad/truncated.pdf')).not.toBe('ok');
      expect(started).toBe(1);
      expect(await read('text/p1_2017q4_groningen.pdf')).toBe('ok');
      expect(started).toBe(2);
    } finally {
      await pool.close();
    }
  });
});
