// Banded reading of a scanned page (textBands.ts) and straightening of its raster
// (rasterSkew.ts): text lines and their ink from constructed rasters, the stop rule with a
// scripted engine (for the order of reading only), and the real fixture scans through
// tesseract.js: the prose below the table is skipped and every value is still read right.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OcrEngine, OcrImage, OcrWord } from '../../src/engine/ocr/ocrEngine';
import { findPageImages, type PdfImagePageLike } from '../../src/engine/ocr/pageImages';
import { readScannedPage } from '../../src/engine/ocr/ocrPage';
import { estimateRasterSkew, straightenRaster } from '../../src/engine/ocr/rasterSkew';
import { findTextLines, firstBand, lastBandStart, pageIsComplete, recognizeInBands, TABLE_LIKE_SEGMENTS } from '../../src/engine/ocr/textBands';
import type { PageTable } from '../../src/engine/publication/pageTables';
import { createNodeOcrEngine, type NodeOcrEngine } from '../../src/node/ocrNode';
import { loadPdfjs } from '../../src/node/pdfjsNode';
import { fixturePdfs, readTruth } from '../helpers/fixtures';
import { scoreTable } from '../helpers/ocrScore';

const DPI = 300;
const WIDTH = 2480;

/** A page of `rows` text lines, each a list of [x0, x1] blocks of ink 30 px high, 60 px apart. */
function page(rows: [number, number][][], dpi = DPI): OcrImage {
  const height = 200 + rows.length * 60;
  const data = new Uint8Array(WIDTH * height).fill(255);
  rows.forEach((blocks, i) => {
    const y0 = 100 + i * 60;
    for (const [x0, x1] of blocks) {
      for (let y = y0; y < y0 + 30; y++) for (let x = x0; x < x1; x++) data[y * WIDTH + x] = 20;
    }
  });
  return { width: WIDTH, height, data, dpi };
}

const TITLE: [number, number][] = [[200, 1200]];
const ROW: [number, number][] = [
  [200, 700],
  [1000, 1100],
  [1300, 1400],
  [1600, 1700],
  [1900, 2000],
  [2150, 2300],
];
const PROSE: [number, number][] = [[200, 2300]];
/** Words 40 px apart (a wide word space at 300 dpi): still one block. */
const SPACED_PROSE: [number, number][] = Array.from({ length: 14 }, (_, i) => [200 + i * 150, 310 + i * 150]);
const FOOTER: [number, number][] = [[2000, 2300]];

/** Title, header-less table of five rows, two sentence lines, six prose lines, footer. */
const REGION_PAGE = [TITLE, ROW, ROW, ROW, ROW, ROW, PROSE, PROSE, PROSE, SPACED_PROSE, PROSE, PROSE, PROSE, PROSE, FOOTER];

describe('text lines from the raster', () => {
  it('finds each line and tells table rows (blocks in columns) from prose by their ink', () => {
    const lines = findTextLines(page(REGION_PAGE));
    expect(lines).toHaveLength(REGION_PAGE.length);
    expect(lines[1]).toMatchObject({ y0: 160, y1: 190 });
    expect(lines.map((l) => l.segments)).toEqual([1, 6, 6, 6, 6, 6, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(lines.filter((l) => l.segments >= TABLE_LIKE_SEGMENTS)).toHaveLength(5);
  });

  it('reads down to the last table-like line first and always keeps the last line', () => {
    const lines = findTextLines(page(REGION_PAGE));
    expect(firstBand(lines)).toEqual({ from: 0, to: 6 });
    expect(lastBandStart(lines)).toBe(14);
    // A table row far down the page (a second table) pulls the first band down with it.
    const twoTables = findTextLines(page([...REGION_PAGE.slice(0, 10), ROW, ...REGION_PAGE.slice(10)]));
    expect(firstBand(twoTables)).toEqual({ from: 0, to: 11 });
    // No table-like line: the whole page at once.
    expect(firstBand(findTextLines(page([TITLE, PROSE, PROSE, FOOTER])))).toEqual({ from: 0, to: 4 });
  });

  it('does not take a speck at the bottom edge for the footer', () => {
    const image = page(REGION_PAGE);
    for (let y = image.height - 20; y < image.height - 17; y++) for (let x = 50; x < 56; x++) image.data[y * WIDTH + x] = 0;
    const lines = findTextLines(image);
    expect(lines).toHaveLength(REGION_PAGE.length + 1);
    expect(lastBandStart(lines)).toBe(14);
  });
});

describe('reading in bands', () => {
  /** Returns one word per text line of the image it gets, and records the image heights. */
  function scriptedEngine(): OcrEngine & { heights: number[] } {
    const heights: number[] = [];
    return {
      heights,
      async recognize(image: OcrImage): Promise<OcrWord[]> {
        heights.push(image.height);
        return findTextLines(image).map((l, i) => ({ text: 'x', bbox: { x0: 200, x1: 300, y0: l.y0, y1: l.y1 }, confidence: 90, lineId: i + 1 }));
      },
    };
  }

  it('skips the prose once the page is complete, and reads the last band', async () => {
    const engine = scriptedEngine();
    const image = page(REGION_PAGE);
    // Complete once lines below the table (the register sentence) are read.
    const reading = await recognizeInBands(image, engine, (words) => words.length >= 8);
    expect(reading.bands).toBe(3);
    expect(reading.linesRead).toBe(6 + 3 + 1);
    expect(reading.linesTotal).toBe(15);
    // Words land on the page where their lines are, with line ids unique over the bands.
    const tops = reading.words.map((w) => w.bbox.y0);
    expect(tops).toEqual([100, 160, 220, 280, 340, 400, 460, 520, 580, 100 + 14 * 60]);
    expect(new Set(reading.words.map((w) => w.lineId)).size).toBe(reading.words.length);
  });

  it('reads everything when the page never becomes complete (a table going on over the page)', async () => {
    const engine = scriptedEngine();
    const reading = await recognizeInBands(page(REGION_PAGE), engine, () => false);
    expect(reading.linesRead).toBe(reading.linesTotal);
    expect(reading.words).toHaveLength(15);
    // Two small bands after the table, then the rest in one.
    expect(reading.bands).toBe(4);
    expect(engine.heights.reduce((a, b) => a + b, 0)).toBe(page(REGION_PAGE).height);
  });
});

describe('stop rule', () => {
  const table = (total: boolean, register: { total: number | null; percentInSonar: number | null } | null) =>
    ({ totalRow: total ? { name: 'TOTAAL AMR', counts: [1, 1, 1, 1], total: 4 } : null, register }) as unknown as PageTable;

  it('wants every table with TOTAAL AMR and the register total and share', () => {
    expect(pageIsComplete([])).toBe(false);
    expect(pageIsComplete([table(true, { total: 10, percentInSonar: 60 })])).toBe(true);
    expect(pageIsComplete([table(false, { total: 10, percentInSonar: 60 })])).toBe(false);
    expect(pageIsComplete([table(true, { total: 10, percentInSonar: null })])).toBe(false);
    expect(pageIsComplete([table(true, null)])).toBe(false);
    expect(pageIsComplete([table(true, { total: 10, percentInSonar: 60 }), table(false, { total: 10, percentInSonar: 60 })])).toBe(false);
  });
});

describe('straightening the raster', () => {
  /** REGION_PAGE turned by `degrees` (rows sloping down to the right for positive). */
  function skewed(degrees: number): OcrImage {
    const upright = page(REGION_PAGE);
    return { ...upright, data: straightenRaster(upright.data, upright.width, upright.height, -degrees) };
  }

  it('measures the skew from the ink and undoes it', () => {
    for (const degrees of [0.45, -0.3, 1.2]) {
      const image = skewed(degrees);
      const estimate = estimateRasterSkew(image.data, image.width, image.height, DPI);
      expect(estimate).toBeCloseTo(degrees, 1);
      const straight = straightenRaster(image.data, image.width, image.height, estimate);
      expect(Math.abs(estimateRasterSkew(straight, image.width, image.height, DPI))).toBeLessThanOrEqual(0.03);
      // Straight again, the text lines come apart as on the upright page.
      expect(findTextLines({ ...image, data: straight })).toHaveLength(REGION_PAGE.length);
    }
    // A straight page stays (about) straight.
    const upright = page(REGION_PAGE);
    expect(Math.abs(estimateRasterSkew(upright.data, WIDTH, upright.height, DPI))).toBeLessThanOrEqual(0.01);
  });
});

describe('the fixture scans, read in bands', () => {
  let engine: NodeOcrEngine;
  beforeAll(() => {
    engine = createNodeOcrEngine();
  });
  afterAll(async () => {
    await engine.terminate();
  });

  it.each(fixturePdfs('scans').map((scan) => [scan.pdf.split('/').pop()!, scan] as const))(
    '%s: skips the prose, reads every value right (after the second reading)',
    async (_name, scan) => {
      const pdfjs = await loadPdfjs();
      const doc = await pdfjs.getDocument({ data: new Uint8Array(fs.readFileSync(scan.pdf)), isEvalSupported: false, verbosity: 0 }).promise;
      try {
        const pdfPage = await doc.getPage(1);
        const images = await findPageImages(pdfPage as unknown as PdfImagePageLike);
        const { width, height } = pdfPage.getViewport({ scale: 1 });
        const { tables, result } = await readScannedPage(images, { width, height }, 1, engine);
        // The scans are turned by about 0.4°.
        expect(Math.abs(result.skewDegrees)).toBeGreaterThan(0.2);
        // At least a quarter of the page's lines (the prose) was not read.
        expect(result.linesRead).toBeLessThan(0.75 * result.linesTotal);
        const truth = readTruth(scan.truthPath).documents[0]!.tables[0]!;
        expect(tables).toHaveLength(1);
        const table = tables[0]!;
        expect({ period: table.period, region: table.region, pageLabel: table.pageLabel }).toEqual({
          period: truth.period,
          region: truth.region,
          pageLabel: truth.pageLabel,
        });
        const score = scoreTable({ ...table, flags: [] }, truth);
        expect(score.problems).toEqual([]);
      } finally {
        await doc.destroy();
      }
    },
    180_000,
  );
});
