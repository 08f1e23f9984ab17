// The OCR pipeline's parts without an OCR engine: page images from pdf.js operators, the page
// raster, rule removal, inverted boxes, straightening, OCR words → runs, OCR numbers, layout
// stand-ins and the second reading of doubtful numbers (with a scripted engine).
import { describe, expect, it } from 'vitest';
import type { TableRow } from '../../src/engine/model';
import type { PageText, TextRun } from '../../src/engine/pdf/textRun';
import { estimateSkewDegrees, unskew } from '../../src/engine/ocr/deskew';
import { toGray } from '../../src/engine/ocr/grayImage';
import { invertDarkBoxes } from '../../src/engine/ocr/invertedText';
import { STAND_IN, withLayoutStandIns } from '../../src/engine/ocr/layoutStandIns';
import { rereadDoubtfulNumbers, type RereadContext } from '../../src/engine/ocr/numberReread';
import type { OcrEngine, OcrImage, OcrWord, RecognizeOptions } from '../../src/engine/ocr/ocrEngine';
import { parseOcrInteger } from '../../src/engine/ocr/ocrNumber';
import { coversPage, ocrDpi } from '../../src/engine/ocr/ocrPage';
import { ocrWordsToRuns } from '../../src/engine/ocr/ocrRuns';
import { readOcrPageTables } from '../../src/engine/ocr/ocrTables';
import { DEFAULT_IMAGE_OPS, findPageImages, type PdfImagePageLike, type PlacedImage } from '../../src/engine/ocr/pageImages';
import { nativeDpi, renderPageRaster } from '../../src/engine/ocr/pageRaster';
import { removeRules } from '../../src/engine/ocr/ruleRemoval';
import { encodePgm, wordsOf } from '../../src/engine/ocr/tesseractEngine';
import type { PageTable } from '../../src/engine/publication/pageTables';

const A4 = { width: 595.28, height: 841.89 };

describe('parseOcrInteger', () => {
  it('reads the printed form and a comma for the thousands dot, nothing else', () => {
    expect(parseOcrInteger('1.561')).toBe(1561);
    expect(parseOcrInteger('12.345.678')).toBe(12345678);
    expect(parseOcrInteger('7')).toBe(7);
    expect(parseOcrInteger('1,561')).toBe(1561);
    expect(parseOcrInteger('12,345')).toBe(12345);
    for (const doubtful of ['1 561', 'l.561', '1,56', '1,5611', '1.561,0', '1,561.', '£55', 'O', '', '1.56', '1,5']) {
      expect(parseOcrInteger(doubtful), doubtful).toBeNull();
    }
  });
});

describe('findPageImages', () => {
  const image = { width: 4, height: 2, kind: 2, data: new Uint8Array(4 * 2 * 3).fill(200) };
  function fakePage(fnArray: number[], argsArray: unknown[][], rotate = false): PdfImagePageLike {
    const store = { get: (_id: string, callback: (data: unknown) => void) => callback(image) };
    return {
      // An A4 page; /Rotate 90 swaps width and height like pdf.js's viewport does.
      getViewport: () =>
        rotate
          ? { width: A4.height, height: A4.width, transform: [0, 1, 1, 0, 0, 0] }
          : { width: A4.width, height: A4.height, transform: [1, 0, 0, -1, 0, A4.height] },
      getOperatorList: async () => ({ fnArray, argsArray }),
      objs: store,
      commonObjs: store,
    };
  }
  const ops = DEFAULT_IMAGE_OPS;

  it('maps an image that fills the page to display coordinates, top row at the top', async () => {
    const page = fakePage([ops.save, ops.transform, ops.paintImageXObject, ops.restore], [[], [A4.width, 0, 0, A4.height, 0, 0], ['img_p0_1', 4, 2], []]);
    const [placed] = await findPageImages(page);
    expect(placed).toBeDefined();
    const m = placed!.toPage;
    // pixel (0,0) = top-left of the page, pixel (4,2) = bottom-right.
    expect(m[4]).toBeCloseTo(0);
    expect(m[5]).toBeCloseTo(0);
    expect(m[0] * 4 + m[4]).toBeCloseTo(A4.width);
    expect(m[3] * 2 + m[5]).toBeCloseTo(A4.height);
    expect(placed!.isMask).toBe(false);
    expect(coversPage([placed!], A4)).toBe(true);
  });

  it('follows save/restore and form XObject matrices, and skips images without pixels', async () => {
    const page = fakePage(
      [ops.save, ops.transform, ops.paintFormXObjectBegin, ops.paintImageXObject, ops.paintFormXObjectEnd, ops.restore, ops.paintImageXObject],
      [[], [2, 0, 0, 2, 0, 0], [[1, 0, 0, 1, 10, 20], null], ['img_p0_1', 4, 2], [], [], ['img_p0_2', 4, 2]],
    );
    const placed = await findPageImages(page);
    expect(placed).toHaveLength(2);
    // Inside: CTM = scale 2 × translate (10, 20): the unit square lands at (20, 40) in user space.
    expect(placed[0]!.toPage[4]).toBeCloseTo(20);
    expect(placed[0]!.toPage[5]).toBeCloseTo(A4.height - 40 - 2);
    // After restore the CTM is the identity again.
    expect(placed[1]!.toPage[4]).toBeCloseTo(0);
    expect(coversPage(placed, A4)).toBe(false);
  });
});

describe('toGray', () => {
  it('converts RGB, RGBA over white and packed 1-bit rows', () => {
    expect([...toGray({ width: 2, height: 1, kind: 2, data: new Uint8Array([0, 0, 0, 255, 255, 255]) })!]).toEqual([0, 255]);
    expect([...toGray({ width: 1, height: 1, kind: 3, data: new Uint8Array([0, 0, 0, 0]) })!]).toEqual([255]);
    // 10 pixels per row need 2 bytes; bit 1 = white.
    const bits = toGray({ width: 10, height: 1, kind: 1, data: new Uint8Array([0b10000000, 0b01000000]) })!;
    expect([...bits]).toEqual([255, 0, 0, 0, 0, 0, 0, 0, 0, 255]);
    expect(toGray({ width: 2, height: 2, kind: 2, data: new Uint8Array(3) })).toBeNull();
  });
});

describe('renderPageRaster', () => {
  // A 2×1 image: left pixel black, right pixel white.
  const image = { width: 2, height: 1, kind: 2, data: new Uint8Array([0, 0, 0, 255, 255, 255]) };

  it('draws an upright image at the requested resolution', () => {
    const placed: PlacedImage = { image, isMask: false, toPage: [36, 0, 0, 72, 0, 0] };
    expect(nativeDpi([placed])).toBeCloseTo(72 / Math.sqrt(36 * 72));
    const raster = renderPageRaster([placed], 72, 72, 72);
    expect(raster.width).toBe(72);
    expect(raster.pointsPerPixel).toBe(1);
    expect(raster.data[10]).toBeLessThan(20); // left half dark
    expect(raster.data[60]).toBeGreaterThan(235); // right half light
  });

  it('turns an image placed rotated by 90° upright', () => {
    // Image x runs down the page, image y runs left: the black pixel ends up at the top.
    const placed: PlacedImage = { image, isMask: false, toPage: [0, 36, -72, 0, 72, 0] };
    const raster = renderPageRaster([placed], 72, 72, 72);
    expect(raster.data[10 * 72 + 36]).toBeLessThan(20);
    expect(raster.data[60 * 72 + 36]).toBeGreaterThan(235);
  });

  it('lets a mask darken what lies beneath without whitening it', () => {
    const mask = { width: 8, height: 1, data: new Uint8Array([0b00001111]) };
    const placed: PlacedImage = { image: mask, isMask: true, toPage: [9, 0, 0, 72, 0, 0] };
    const raster = renderPageRaster([placed], 72, 72, 72);
    expect(raster.data[36 * 72 + 10]).toBeLessThan(20);
    expect(raster.data[36 * 72 + 60]).toBe(255);
  });
});

describe('removeRules', () => {
  it('wipes a long thin rule, slightly skewed, and keeps text-sized marks', () => {
    const width = 400,
      height = 60;
    const data = new Uint8Array(width * height).fill(255);
    // A 2-pixel rule that drops one pixel over its length, gray as scanned.
    for (let x = 20; x < 380; x++) for (let t = 0; t < 2; t++) data[(30 + Math.floor(x / 200) + t) * width + x] = 170;
    // "Glyphs": 12×18 blocks in a row with gaps, as dark as print.
    for (let k = 0; k < 10; k++) for (let y = 5; y < 23; y++) for (let x = 20 + k * 16; x < 32 + k * 16; x++) data[y * width + x] = 20;
    removeRules(data, width, height, 200);
    expect(Math.min(...data.subarray(29 * width, 33 * width))).toBeGreaterThan(200);
    expect(data[10 * width + 25]).toBe(20);
  });
});

describe('invertDarkBoxes', () => {
  it('turns a dark label box with light text into dark text on white, and leaves a bold stroke alone', () => {
    const width = 200,
      height = 100;
    const data = new Uint8Array(width * height).fill(255);
    // Box 80×40 at (10, 10) with a light "digit" inside.
    for (let y = 10; y < 50; y++) for (let x = 10; x < 90; x++) data[y * width + x] = 50;
    for (let y = 20; y < 40; y++) for (let x = 30; x < 36; x++) data[y * width + x] = 250;
    // A thick bar (a bold letter stroke): 12 pixels wide, 40 high.
    for (let y = 10; y < 50; y++) for (let x = 150; x < 162; x++) data[y * width + x] = 30;
    expect(invertDarkBoxes(data, width, height, 4, 8)).toBe(1);
    expect(data[30 * width + 32]).toBeLessThan(60); // the digit is dark now
    expect(data[15 * width + 60]).toBeGreaterThan(240); // the box is white
    expect(data[8 * width + 50]).toBe(255); // no frame left
    expect(data[30 * width + 155]).toBe(30); // the stroke is untouched
  });
});

describe('deskew', () => {
  function rowsAt(degrees: number): { x: number; y: number; weight: number }[] {
    const slope = Math.tan((degrees * Math.PI) / 180);
    const points = [];
    for (let row = 0; row < 20; row++) for (let x = 50; x <= 550; x += 100) points.push({ x, y: 100 + row * 16 + x * slope, weight: 20 });
    return points;
  }

  it.each([-0.43, -0.38, 0, 0.25, 1.2])('finds a skew of %f°', (degrees) => {
    expect(estimateSkewDegrees(rowsAt(degrees), 7)).toBeCloseTo(degrees, 1);
  });

  it('puts the words of a skewed row back on one baseline', () => {
    const degrees = 0.4;
    const slope = Math.tan((degrees * Math.PI) / 180);
    const ys = [60, 540].map((x) => unskew(x, 300 + x * slope, degrees, 297, 420)[1]);
    expect(Math.abs(ys[0]! - ys[1]!)).toBeLessThan(0.05);
  });
});

function word(text: string, x0: number, y0: number, x1: number, y1: number, confidence = 95, lineId?: number): OcrWord {
  return { text, bbox: { x0, y0, x1, y1 }, confidence, ...(lineId !== undefined ? { lineId } : {}) };
}

describe('ocrWordsToRuns', () => {
  it('places words on the page, straightens them, drops rule debris and keeps confidences', () => {
    // 300 dpi: 1 px = 0.24 pt. Rows of five words, skewed 0.5° (y grows 0.0087 px per px).
    const words: OcrWord[] = [];
    for (let row = 0; row < 12; row++) {
      for (let col = 0; col < 6; col++) {
        const x = 200 + col * 350;
        const y = 600 + row * 66 + x * 0.0087;
        words.push(word(col === 0 ? 'Almelo' : '130', x, y - 27, x + 80, y, 90 + col, row));
      }
    }
    words.push(word('—————', 100, 2000, 2300, 2010, 30), word('|', 50, 600, 54, 700, 20));
    const { runs, skewDegrees } = ocrWordsToRuns(words, 72 / 300, A4);
    expect(skewDegrees).toBeCloseTo(0.5, 1);
    expect(runs).toHaveLength(72);
    const firstRow = runs.slice(0, 6);
    const baselines = firstRow.map((r) => r.originY);
    expect(Math.max(...baselines) - Math.min(...baselines)).toBeLessThan(0.3);
    // Cap height 27 px = 6.48 pt → a font of about 9 pt.
    expect(firstRow[1]!.fontSize).toBeCloseTo(6.48 / 0.72, 0);
    expect(firstRow.map((r) => r.confidence)).toEqual([90, 91, 92, 93, 94, 95]);
    // Straightening turns the page around its centre: the left edge moves with the height.
    const [expectedCentre] = unskew(240 * 0.24, (600 + 240 * 0.0087) * 0.24, skewDegrees, A4.width / 2, A4.height / 2);
    expect(firstRow[0]!.box.x0).toBeCloseTo(expectedCentre - 40 * 0.24, 1);
  });
});

describe('ocrWordsToRuns on a page with a noisy margin', () => {
  it('takes the skew from the words OCR is sure of, not from hundreds of junk words in the noise', () => {
    // A straight table (12 rows of six words, confidence 90+) above a noisy blank area that OCR
    // reads as 400 junk "words" of confidence ~18 on a slant: the table must stay straight.
    const words: OcrWord[] = [];
    for (let row = 0; row < 12; row++) {
      for (let col = 0; col < 6; col++) {
        const x = 200 + col * 350,
          y = 600 + row * 66;
        words.push(word(col === 0 ? 'Almelo' : '130', x, y - 27, x + 80, y, 92, row));
      }
    }
    // Noise read as lines of junk along a slant of ~2.9° (the scanner's streaks).
    for (let line = 0; line < 20; line++) {
      for (let i = 0; i < 20; i++) {
        const x = 100 + i * 110,
          y = 1600 + line * 70 + x * 0.05;
        words.push(word('aeo', x, y - 27, x + 100, y, 18));
      }
    }
    const { runs, skewDegrees } = ocrWordsToRuns(words, 72 / 300, A4);
    expect(Math.abs(skewDegrees)).toBeLessThan(0.1);
    const firstRow = runs.slice(0, 6).map((r) => r.originY);
    expect(Math.max(...firstRow) - Math.min(...firstRow)).toBeLessThan(0.3);
  });
});

/** Runs for lines of text at 9 pt, words at given x positions (points). */
function textLine(y: number, words: [string, number][], confidence = 95): TextRun[] {
  return words.map(([text, x]) => {
    const width = text.length * 5;
    return { text, box: { x0: x, y0: y - 6.5, x1: x + width, y1: y }, originX: x, originY: y, fontSize: 9, angle: 0, width, confidence };
  });
}

const COLUMNS = [250, 320, 390, 460, 530];
function tableRow(y: number, name: string, values: string[]): TextRun[] {
  return textLine(y, [[name, 60], ...values.map((v, i): [string, number] => [v, COLUMNS[i]!])]);
}

function ocrPage(runs: TextRun[]): PageText {
  return { page: 1, width: A4.width, height: A4.height, runs };
}

describe('OCR layout: stand-ins and OCR readings', () => {
  const header = textLine(60, [
    ['Derde', 60],
    ['kwartaal', 90],
    ['2020', 135],
    ['Twente', 170],
  ]);
  const sentence = [
    ...textLine(300, [
      ['In', 60],
      ['de', 75],
      ['arbeidsmarktregio', 90],
      ['Twente', 170],
      ['bevat', 205],
      ['het', 235],
      ['doelgroepregister', 255],
    ]),
    ...textLine(312, [
      ['banenafspraak', 60],
      ['in', 130],
      ['totaal', 145],
      ['14,441', 180],
      ['personen.', 215],
      ['Hiervan', 260],
      ['is', 300],
      ['67%', 310],
      ['bekend', 335],
      ['binnen', 375],
      ['Sonar.', 410],
    ]),
  ];

  it('keeps a row whose first value OCR misread, shows the OCR text and leaves the value to be read again', () => {
    const runs = [
      ...header,
      ...tableRow(100, 'Beuningen', ['14', '30', '113', 'LY', '214']),
      ...tableRow(115, 'Borne', ['£17', '55', '127', '47', '246']),
      ...tableRow(130, 'Almelo', ['130', '168', '452', '280', '1,030']),
      ...tableRow(145, 'Dinkelland', ['37', '73', '151', '65', '326']),
      ...tableRow(160, 'TOTAALAMR', ['198', '326', '843', '449', '1.816']),
      ...sentence,
    ];
    const { runs: laidOut, ocrText } = withLayoutStandIns(runs);
    expect([...ocrText.values()].sort()).toEqual(['LY', '£17']);
    expect(laidOut.filter((r) => r.text === STAND_IN)).toHaveLength(2);

    const [table] = readOcrPageTables(ocrPage(laidOut), ocrText);
    expect(table).toBeDefined();
    expect(table!.source).toBe('ocr');
    expect(table!.rows.map((r) => r.name)).toEqual(['Beuningen', 'Borne', 'Almelo', 'Dinkelland']);
    const beuningen = table!.rows[0]!;
    expect(beuningen.counts).toEqual([14, 30, 113, null]);
    expect(beuningen.sources?.[4]?.text).toBe('LY');
    expect(table!.rows[1]!.counts[0]).toBeNull();
    expect(table!.rows[1]!.sources?.[1]?.text).toBe('£17');
    // "1,030" is a thousands comma: read, printed text kept, confidence kept.
    expect(table!.rows[2]!.total).toBe(1030);
    expect(table!.rows[2]!.sources?.[5]).toMatchObject({ text: '1,030', confidence: 95 });
    // "TOTAALAMR" is the total row.
    expect(table!.totalRow?.name).toBe('TOTAAL AMR');
    expect(table!.totalRow?.total).toBe(1816);
    // "14,441" in the sentence.
    expect(table!.register).toMatchObject({ total: 14441, percentInSonar: 67 });
    expect(table!.register?.source?.text).toBe('14,441');
  });
});

/** Scripted engine: answers each number crop with the next reading. */
function scriptedEngine(readings: string[]): OcrEngine & { calls: RecognizeOptions[] } {
  const calls: RecognizeOptions[] = [];
  return {
    calls,
    async recognize(_image: OcrImage, options?: RecognizeOptions) {
      calls.push(options ?? { content: 'page' });
      const text = readings.shift() ?? '';
      return text ? [word(text, 10, 10, 40, 30, 93)] : [];
    },
  };
}

function row(name: string, values: (number | null)[], texts: string[], y: number): TableRow {
  return {
    name,
    counts: values.slice(0, 4),
    total: values[4] ?? null,
    sources: [
      { page: 1, box: { x0: 60, y0: y - 7, x1: 100, y1: y }, text: name, confidence: 95 },
      ...texts.map((text, i) => ({ page: 1, box: { x0: COLUMNS[i]!, y0: y - 7, x1: COLUMNS[i]! + 12, y1: y }, text, confidence: 90 })),
    ],
  };
}

function pageTable(rows: TableRow[], totalRow: TableRow): PageTable {
  return {
    page: 1,
    period: null,
    region: null,
    pageLabel: null,
    headers: [],
    printedHeaders: [],
    rows,
    totalRow,
    register: null,
    source: 'ocr',
  };
}

function context(engine: OcrEngine): RereadContext {
  // A white raster with a dark mark in every cell, so every crop has ink.
  const width = 600,
    height = 300;
  const data = new Uint8Array(width * height).fill(255);
  for (const x of COLUMNS) for (let y = 0; y < height; y++) for (let dx = 2; dx < 8; dx++) data[y * width + x + dx] = 0;
  return { raster: { width, height, data, dpi: 72, pointsPerPixel: 1 }, skewDegrees: 0, page: { width, height }, engine };
}

describe('rereadDoubtfulNumbers', () => {
  it('takes a second reading that makes its row and column add up, with its own text and confidence', async () => {
    // Row 1 column 1 was read "7" but is 77: the row and column 1 do not add up.
    const table = pageTable(
      [row('Bladel', [28, 7, 205, 110, 420], ['28', '7', '205', '110', '420'], 100), row('Best', [1, 10, 20, 30, 61], ['1', '10', '20', '30', '61'], 120)],
      row('TOTAAL AMR', [29, 87, 225, 140, 481], ['29', '87', '225', '140', '481'], 140),
    );
    // Row Bladel and column 1 cross at the misread cell: one crop settles both.
    const engine = scriptedEngine(['77']);
    const result = await rereadDoubtfulNumbers(table, context(engine));
    expect(engine.calls).toEqual([{ content: 'number' }]);
    expect(result.rows[0]!.counts).toEqual([28, 77, 205, 110]);
    expect(result.rows[0]!.sources?.[2]).toMatchObject({ text: '77', confidence: 93 });
    expect(result.rows[1]!.counts).toEqual([1, 10, 20, 30]);
  });

  it('keeps the first reading when the second settles nothing, and fills an unreadable cell', async () => {
    const table = pageTable(
      [row('Bladel', [28, 7, 205, 110, 420], ['28', '7', '205', '110', '420'], 100), row('Best', [null, 10, 20, 30, 61], ['l', '10', '20', '30', '61'], 120)],
      row('TOTAAL AMR', [29, 87, 225, 140, 481], ['29', '87', '225', '140', '481'], 140),
    );
    // First where bad rows and columns cross: Bladel 0 and 1, Best 0 (unreadable) and 1.
    // Bladel column 1 read again as "74": the row still does not add up → keep 7 (the checks
    // flag it). Then the rest of row Bladel and column 1 (TOTAAL): nothing changes.
    const engine = scriptedEngine(['28', '74', '1', '10', '205', '110', '420', '87']);
    const result = await rereadDoubtfulNumbers(table, context(engine));
    expect(engine.calls).toHaveLength(8);
    expect(result.rows[0]!.counts[1]).toBe(7);
    expect(result.rows[0]!.sources?.[2]?.text).toBe('7');
    expect(result.rows[1]!.counts[0]).toBe(1);
    expect(result.rows[1]!.sources?.[1]).toMatchObject({ text: '1', confidence: 93 });
  });

  it('takes a reading that settles its row only once another cell of the row is read', async () => {
    // Bladel column 1 was read "7" (77) and column 3 not at all (110). Column 1 comes first:
    // "77" cannot settle a row with an empty cell, so it waits; "110" fills column 3, and
    // then "77" makes row and column add up (no third reading needed).
    const table = pageTable(
      [row('Bladel', [28, 7, 205, null, 420], ['28', '7', '205', 'l1O', '420'], 100), row('Best', [1, 10, 20, 30, 61], ['1', '10', '20', '30', '61'], 120)],
      row('TOTAAL AMR', [29, 87, 225, 140, 481], ['29', '87', '225', '140', '481'], 140),
    );
    const engine = scriptedEngine(['77', '110']);
    const result = await rereadDoubtfulNumbers(table, context(engine));
    expect(engine.calls).toHaveLength(2);
    expect(result.rows[0]!.counts).toEqual([28, 77, 205, 110]);
    expect(result.rows[0]!.sources?.[2]).toMatchObject({ text: '77', confidence: 93 });
  });

  it('does nothing when every row and column adds up', async () => {
    const table = pageTable(
      [row('Best', [1, 10, 20, 30, 61], ['1', '10', '20', '30', '61'], 120)],
      row('TOTAAL AMR', [1, 10, 20, 30, 61], ['1', '10', '20', '30', '61'], 140),
    );
    const engine = scriptedEngine([]);
    expect(await rereadDoubtfulNumbers(table, context(engine))).toBe(table);
    expect(engine.calls).toHaveLength(0);
  });
});

describe('tesseract adapter pieces', () => {
  it('encodes a binary PGM and flattens blocks into words with their line and baseline', () => {
    const pgm = encodePgm({ width: 2, height: 1, data: new Uint8Array([0, 255]), dpi: 300 });
    expect(new TextDecoder().decode(pgm.subarray(0, 11))).toBe('P5\n2 1\n255\n');
    expect([...pgm.subarray(11)]).toEqual([0, 255]);
    const words = wordsOf([
      {
        paragraphs: [
          {
            lines: [
              {
                baseline: { x0: 0, y0: 100, x1: 1000, y1: 110 },
                words: [
                  { text: ' 1.030 ', confidence: 91.5, bbox: { x0: 400, y0: 80, x1: 600, y1: 104 } },
                  { text: ' ', confidence: 0, bbox: { x0: 0, y0: 0, x1: 1, y1: 1 } },
                ],
              },
            ],
          },
        ],
      },
    ]);
    expect(words).toEqual([{ text: '1.030', confidence: 91.5, bbox: { x0: 400, y0: 80, x1: 600, y1: 104 }, lineId: 1, baselineY: 105 }]);
  });

  it('scales low resolutions up to 300 dpi and caps high ones', () => {
    expect(ocrDpi(150)).toBe(300);
    expect(ocrDpi(303)).toBe(303);
    expect(ocrDpi(600)).toBe(400);
    expect(ocrDpi(0)).toBe(300);
  });
});
