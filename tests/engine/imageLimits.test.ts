// Pages whose image declares more pixels than OCR may decode (60 Mpx): the image is never
// decoded (a 20000×20000 page took 2.5 GB), the page's warning and the file's error say what
// happened instead of asking for OCR that ran. Scripted OCR engine, real pdf.js.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/engine';
import { MAX_IMAGE_PIXELS, oversizedImages } from '../../src/engine/ocr/imageLimits';
import type { OcrEngine } from '../../src/engine/ocr/ocrEngine';
import { loadPdfjs, standardFontDataPath } from '../../src/node/pdfjsNode';
import { hugeImagePdf } from '../helpers/bombs';

function countingEngine(): OcrEngine & { calls: number } {
  const engine = {
    calls: 0,
    async recognize() {
      engine.calls++;
      return [];
    },
  };
  return engine;
}

async function extractWithOcr(bytes: Uint8Array, name: string, engine: OcrEngine) {
  return extractDocument(bytes, name, await loadPdfjs(), { standardFontDataUrl: standardFontDataPath(), ocr: { engine, mode: 'auto' } });
}

describe('declared image size', () => {
  it('finds image XObjects declaring more than 60 Mpx in the raw file, and only those', async () => {
    expect(MAX_IMAGE_PIXELS).toBe(60_000_000);
    expect(oversizedImages(await hugeImagePdf(1_000_000, 1_000_000, false))).toEqual([{ width: 1_000_000, height: 1_000_000 }]);
    expect(oversizedImages(await hugeImagePdf(2000, 3000, false))).toEqual([]);
  });

  it.each([
    ['1e6 × 1e6, a few bytes of data', 1_000_000, 1_000_000, false, '1.000.000 × 1.000.000'],
    ['20000 × 20000, every pixel present', 20_000, 20_000, true, '20.000 × 20.000'],
  ])('a page of one %s image: not decoded, not sent to OCR, and the messages say why', async (_label, width, height, real, shown) => {
    const engine = countingEngine();
    const started = Date.now();
    const doc = await extractWithOcr(await hugeImagePdf(width, height, real), 'groot.pdf', engine);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(engine.calls).toBe(0);
    expect(doc.warnings).toHaveLength(1);
    expect(doc.warnings[0]!.page).toBe(1);
    expect(doc.warnings[0]!.message).toContain(`${shown} pixels`);
    expect(doc.warnings[0]!.message).toContain('60 miljoen');
    expect(doc.warnings[0]!.message).not.toMatch(/OCR\) is nodig/);
    expect(doc.error?.code).toBe('needs-ocr');
    expect(doc.error?.message).toContain("'groot.pdf'");
    expect(doc.error?.message).not.toMatch(/OCR\) is nodig/);
    expect(doc.error?.message).toContain('te groot');
  });
});
