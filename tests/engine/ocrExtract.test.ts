// extractDocument's OCR switch with scripted engines (no tesseract): which pages go to OCR in
// each mode, what happens without an engine, when OCR finds nothing or fails, and the
// progress it reports.
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/engine';
import type { OcrEngine, OcrMode, OcrPageProgress } from '../../src/engine/ocr/ocrEngine';
import { loadPdfjs, standardFontDataPath } from '../../src/node/pdfjsNode';
import { FIXTURES_DIR } from '../helpers/fixtures';

const scanPdf = path.join(FIXTURES_DIR, 'scans', 'p4_300dpi_2020q3_twente.pdf');
const textPdf = path.join(FIXTURES_DIR, 'text', 'p1_2017q4_groningen.pdf');

function countingEngine(answer: () => Promise<[]> = async () => []): OcrEngine & { calls: number } {
  const engine = {
    calls: 0,
    async recognize() {
      engine.calls++;
      return answer();
    },
  };
  return engine;
}

async function extract(bytes: Uint8Array, mode?: OcrMode, engine?: OcrEngine, onPage?: (p: OcrPageProgress) => void) {
  const pdfjs = await loadPdfjs();
  return extractDocument(bytes, 'test.pdf', pdfjs, {
    standardFontDataUrl: standardFontDataPath(),
    ...(mode && engine ? { ocr: { engine, mode, ...(onPage ? { onPage } : {}) } } : {}),
  });
}

const read = (file: string) => new Uint8Array(fs.readFileSync(file));

/** The scanned page with a text layer on top, as scanner software makes it. */
async function scanWithTextLayer(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const [scan] = await doc.embedPdf(read(scanPdf), [0]);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595.28, 841.89]);
  page.drawPage(scan!, { x: 0, y: 0 });
  page.drawText('Transparantie van klantprofielen, door de scanner herkend', { x: 40, y: 800, size: 9, font });
  return doc.save();
}

describe('extractDocument with OCR', () => {
  it('without an engine, or in mode never, reports the scan as needing OCR', async () => {
    for (const doc of [await extract(read(scanPdf)), await extract(read(scanPdf), 'never', countingEngine())]) {
      expect(doc.error?.code).toBe('needs-ocr');
      expect(doc.ocrPages).toEqual([1]);
      expect(doc.warnings).toEqual([expect.objectContaining({ code: 'needs-ocr', page: 1 })]);
    }
  });

  it('auto and always leave a text page to its text layer (it has no image to recognise)', async () => {
    const plain = await extract(read(textPdf));
    for (const mode of ['auto', 'always'] as const) {
      const engine = countingEngine();
      const doc = await extract(read(textPdf), mode, engine);
      expect(engine.calls).toBe(0);
      expect(doc.textPages).toEqual([1]);
      expect(doc.ocrPages).toEqual([]);
      expect(doc.tables).toEqual(plain.tables);
    }
  });

  it('auto reads a scan with its text layer from the layer; always recognises the page image', async () => {
    const bytes = await scanWithTextLayer();
    const auto = countingEngine();
    const autoDoc = await extract(bytes, 'auto', auto);
    expect(auto.calls).toBe(0);
    expect(autoDoc.textPages).toEqual([1]);

    const always = countingEngine();
    const progress: OcrPageProgress[] = [];
    const alwaysDoc = await extract(bytes, 'always', always, (p) => progress.push(p));
    // At least once (the page is read in bands, textBands.ts).
    expect(always.calls).toBeGreaterThanOrEqual(1);
    expect(alwaysDoc.ocrPages).toEqual([1]);
    expect(alwaysDoc.textPages).toEqual([]);
    expect(progress).toEqual([
      { page: 1, pageCount: 1, state: 'recognizing' },
      { page: 1, pageCount: 1, state: 'done' },
    ]);
  });

  it('a scan in which OCR finds no table is "no table", not "needs OCR"', async () => {
    const doc = await extract(read(scanPdf), 'auto', countingEngine());
    expect(doc.ocrPages).toEqual([1]);
    expect(doc.error?.code).toBe('no-table');
    expect(doc.warnings).toEqual([]);
  });

  it('an engine that fails costs the page, with a Dutch warning, not the extraction', async () => {
    const failing = countingEngine(async () => {
      throw new Error('wasm crashed');
    });
    const doc = await extract(read(scanPdf), 'auto', failing);
    expect(doc.error?.code).toBe('needs-ocr');
    expect(doc.warnings).toEqual([
      expect.objectContaining({ code: 'incomplete-table', page: 1, message: expect.stringContaining('tekstherkenning mislukte') }),
    ]);
  });
});
