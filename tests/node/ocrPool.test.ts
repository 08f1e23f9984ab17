// OCR on the pool's worker threads: the mode reaches the worker, OCR progress comes back per
// page, and a scanned page earns the file extra time instead of running into the limit.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OcrPageProgress } from '../../src/engine/ocr/ocrEngine';
import { createExtractPool } from '../../src/node/extractPool';

const scan = path.resolve(__dirname, '../fixtures/scans/p4_200dpi_2017q4_noord-holland-noord.pdf');

async function scanFile() {
  return { name: path.basename(scan), bytes: new Uint8Array(await readFile(scan)) };
}

describe('extract pool with OCR', () => {
  it('reads a scan on a worker thread by default, with OCR progress per page', async () => {
    const pool = createExtractPool({ size: 1 });
    try {
      const ocrProgress: OcrPageProgress[] = [];
      const pages: [number, number][] = [];
      const doc = await pool.extract(await scanFile(), (done, count) => pages.push([done, count]), {
        onOcrPage: (progress) => ocrProgress.push(progress),
      });
      expect(doc.error).toBeUndefined();
      expect(doc.ocrPages).toEqual([1]);
      expect(doc.tables.map((t) => [t.source, t.region, t.rows.length])).toEqual([['ocr', 'Noord-Holland Noord', 18]]);
      expect(ocrProgress.map((p) => p.state)).toEqual(['recognizing', 'done']);
      expect(pages).toEqual([[1, 1]]);
    } finally {
      await pool.close();
    }
  }, 180_000);

  it("leaves scans alone with ocr 'never'", async () => {
    const pool = createExtractPool({ size: 1, ocr: 'never' });
    try {
      const doc = await pool.extract(await scanFile());
      expect(doc.error?.code).toBe('needs-ocr');
    } finally {
      await pool.close();
    }
  });

  it('gives a scanned page extra time beyond the file limit, and says how long it waited when that runs out too', async () => {
    // A stand-in worker announces a scanned page at once and answers after 1 s.
    const workerEntry = path.join(__dirname, 'ocrFakeWorker.cjs');
    const file = { name: 'scan.pdf', bytes: new Uint8Array([37, 80, 68, 70]) };
    const generous = createExtractPool({ size: 1, timeoutMs: 300, ocrPageTimeoutMs: 5000, workerEntry, ocr: 'always' });
    try {
      const ocrProgress: OcrPageProgress[] = [];
      const doc = await generous.extract(file, undefined, { onOcrPage: (p) => ocrProgress.push(p) });
      expect(doc.error).toBeUndefined();
      // The mode reached the worker.
      expect((doc as { ocrMode?: string }).ocrMode).toBe('always');
      expect(ocrProgress.map((p) => p.state)).toEqual(['recognizing', 'done']);
    } finally {
      await generous.close();
    }

    const strict = createExtractPool({ size: 1, timeoutMs: 300, ocrPageTimeoutMs: 1, workerEntry });
    try {
      const doc = await strict.extract(file);
      expect(doc.error?.code).toBe('timeout');
      expect(doc.error?.message).toContain('langer dan 0,301 s');
    } finally {
      await strict.close();
    }
  });
});
