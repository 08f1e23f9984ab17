// Each extract worker has a memory limit: a compression bomb or a heap that grows without end
// costs only its own file (a Dutch error naming it), the thread is replaced and the other
// files are read. Real pdf.js in real worker threads; the bombs are built in Node.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createExtractPool, workerMemoryMb, DEFAULT_WORKER_MEMORY_MB } from '../../src/node/extractPool';
import { contentStreamBomb, toUnicodeBomb } from '../helpers/bombs';

const goodPdf = path.resolve(__dirname, '../fixtures/text/p1_2017q4_groningen.pdf');
const MB = 1024 * 1024;

describe('worker memory limit', () => {
  it('answers a content-stream and a ToUnicode bomb with the memory error and reads the good file after them', async () => {
    const pool = createExtractPool({ size: 1, memoryLimitMb: 160 });
    try {
      const started = Date.now();
      const [content, toUnicode, good] = await Promise.all([
        pool.extract({ name: 'inhoud-bom.pdf', bytes: await contentStreamBomb(768 * MB) }),
        pool.extract({ name: 'tounicode-bom.pdf', bytes: await toUnicodeBomb(768 * MB) }),
        pool.extract({ name: 'goed.pdf', bytes: new Uint8Array(await readFile(goodPdf)) }),
      ]);
      for (const [doc, name] of [
        [content, 'inhoud-bom.pdf'],
        [toUnicode, 'tounicode-bom.pdf'],
      ] as const) {
        expect(doc.error?.code).toBe('read-failed');
        expect(doc.error?.message).toBe(
          `${name}: het lezen is afgebroken omdat het bestand meer geheugen vraagt dan de grens van 160 MB per bestand (bijvoorbeeld een pdf die bij het uitpakken gigabytes groot wordt).`,
        );
      }
      expect(good.error).toBeUndefined();
      expect(good.tables[0]?.region).toBe('Groningen');
      expect(Date.now() - started).toBeLessThan(50_000); // well within the 60 s time limit
    } finally {
      await pool.close();
    }
  });

  it('turns a thread stopped by its heap limit (ERR_WORKER_OUT_OF_MEMORY) into the same Dutch error', async () => {
    const pool = createExtractPool({ size: 1, memoryLimitMb: 128, workerEntry: path.join(__dirname, 'heapHogWorker.cjs') });
    try {
      const doc = await pool.extract({ name: 'heap.pdf', bytes: new Uint8Array(8) });
      expect(doc.error?.message).toMatch(/^heap\.pdf: het lezen is afgebroken omdat het bestand meer geheugen vraagt dan de grens van 128 MB/);
    } finally {
      await pool.close();
    }
  });

  it('takes its limit from KLANTPROFIELEN_WORKER_MEMORY_MB, never below what pdf.js needs', () => {
    expect(workerMemoryMb({})).toBe(DEFAULT_WORKER_MEMORY_MB);
    expect(workerMemoryMb({ KLANTPROFIELEN_WORKER_MEMORY_MB: '300' })).toBe(300);
    expect(workerMemoryMb({ KLANTPROFIELEN_WORKER_MEMORY_MB: '5' })).toBe(128);
    expect(workerMemoryMb({ KLANTPROFIELEN_WORKER_MEMORY_MB: 'veel' })).toBe(DEFAULT_WORKER_MEMORY_MB);
  });
});
