// Where the register sentence's numbers are printed: the source panel highlights them for the
// Regio's grid. Pages built for the purpose, so the expected boxes come from the font's own
// widths: the text layer (one run for the whole sentence line, words placed by estimate) and
// OCR (one run per word, with its confidence; "72 %" at times read as two words).
import { describe, expect, it } from 'vitest';
import type { PDFFont } from 'pdf-lib';
import type { Box } from '../../src/engine/model';
import { glyphWidth } from '../../src/engine/layout/glyphWidths';
import { readOcrPageTables } from '../../src/engine/ocr/ocrTables';
import type { TextRun } from '../../src/engine/pdf/textRun';
import { makeLine } from '../../src/engine/layout/lines';
import { locatePercent } from '../../src/engine/publication/pageMeta';
import { buildPdf, dutch, helvetica, sampleTable, tableTexts, type PlacedText } from '../helpers/buildPdf';
import { extractBytes } from '../helpers/extract';

const A4 = { width: 595, height: 842 };
/** Words inside a text-layer run are placed from estimated glyph widths (layout/words.ts):
 * within this many points of the font's own, far less than a digit's width (5 pt at 9 pt). */
const ESTIMATE = 1.5;

describe('the register sentence on a text page', () => {
  it("records where the percentage and the register's total are printed", async () => {
    const font = await helvetica();
    const spec = sampleTable();
    const texts = tableTexts(spec, font);
    const sentence = texts.find((t) => t.text.startsWith('doelgroepregister'))!;
    const percent = `${spec.register.percent}%`;
    const doc = await extractBytes(await buildPdf([{ ...A4, texts }]), 'constructed.pdf');
    const register = doc.tables[0]!.register!;

    expect(register.percentSource).toMatchObject({ page: 1, text: percent });
    expectNear(register.percentSource!.box, wordBox(font, sentence, percent), ESTIMATE);
    expect(register.source).toMatchObject({ page: 1, text: dutch(spec.register.total) });
    expectNear(register.source!.box, wordBox(font, sentence, dutch(spec.register.total)), ESTIMATE);
  });

  it('has no percentage box when the sentence prints no percentage', async () => {
    const font = await helvetica();
    const spec = sampleTable();
    const texts = tableTexts(spec, font).map((t) => (t.text.startsWith('doelgroepregister') ? { ...t, text: t.text.replace(/ Hiervan.*$/, '') } : t));
    const register = (await extractBytes(await buildPdf([{ ...A4, texts }]), 'constructed.pdf')).tables[0]!.register!;
    expect(register.percentInSonar).toBeNull();
    expect(register.percentSource).toBeNull();
    expect(register.source?.text).toBe(dutch(spec.register.total));
  });
});

describe('the register sentence read by OCR', () => {
  it("records OCR's words of the percentage, also when read as two, with their lowest confidence", async () => {
    const font = await helvetica();
    const spec = sampleTable();
    const texts = tableTexts(spec, font).map((t) => (t.text.startsWith('doelgroepregister') ? { ...t, text: t.text.replace(/(\d+)%/, '$1 %') } : t));
    const runs = texts.flatMap((t) => ocrWords(font, t));
    const sentence = ocrWords(
      font,
      texts.find((t) => t.text.startsWith('doelgroepregister'))!,
    ).map((word) => runs.find((run) => sameRun(run, word))!);
    // OCR is less sure of the percentage's digits (a count of the table is printed as "72" too).
    const digits = sentence.find((run) => run.text === String(spec.register.percent))!;
    digits.confidence = 71;
    const tables = readOcrPageTables({ page: 1, ...A4, runs });
    const register = tables[0]!.register!;

    expect(register.percentInSonar).toBe(spec.register.percent);
    const sign = sentence.find((run) => run.text === '%')!;
    expect(register.percentSource).toEqual({
      page: 1,
      box: round(union(digits.box, sign.box)),
      text: `${spec.register.percent} %`,
      confidence: 71,
    });
  });
});

describe('glyph widths for placing words inside a run', () => {
  it("are Helvetica's, the accents' their letters'", async () => {
    const font = await helvetica();
    for (let code = 32; code <= 126; code++) {
      const ch = String.fromCharCode(code);
      expect(glyphWidth(ch), ch).toBeCloseTo(font.widthOfTextAtSize(ch, 1000), 6);
    }
    expect(glyphWidth('é')).toBe(glyphWidth('e'));
    expect(glyphWidth('Ú')).toBe(glyphWidth('U'));
  });
});

describe('locatePercent', () => {
  const line = (text: string, y: number) =>
    makeLine(
      text.split(' ').map((word, i) => ({
        text: word,
        box: { x0: 40 * i, y0: y - 8, x1: 40 * i + 30, y1: y + 2 },
        originX: 40 * i,
        originY: y,
        fontSize: 10,
        angle: 0,
        width: 30,
      })),
    );

  it("takes the sentence's percentage over another printed before it", () => {
    const lines = [line('In 2017 steeg het 70% harder', 100), line('Hiermee is 70% van de doelgroepers bekend binnen Sonar.', 120)];
    expect(locatePercent(lines, 70, 3)).toEqual({ page: 3, box: { x0: 80, y0: 112, x1: 110, y1: 122 }, text: '70%' });
    expect(locatePercent(lines, 71, 3)).toBeNull();
  });
});

/** The box of `word` inside a line drawn with `font`, as the PDF prints it: from the advance
 * widths before it, the font's ascent and descent as the engine takes them (0.8 and 0.2 em). */
function wordBox(font: PDFFont, line: PlacedText, word: string): Box {
  const size = line.size ?? 9;
  const start = line.text.indexOf(word);
  if (start < 0) throw new Error(`"${word}" is not in "${line.text}"`);
  const x0 = line.x + font.widthOfTextAtSize(line.text.slice(0, start), size);
  return { x0, y0: line.y - 0.8 * size, x1: x0 + font.widthOfTextAtSize(word, size), y1: line.y + 0.2 * size };
}

/** A placed text as OCR hands it over: one run per word, each with its own box. */
function ocrWords(font: PDFFont, placed: PlacedText): TextRun[] {
  const size = placed.size ?? 9;
  return [...placed.text.matchAll(/\S+/g)].map((match) => {
    const x = placed.x + font.widthOfTextAtSize(placed.text.slice(0, match.index), size);
    const width = font.widthOfTextAtSize(match[0], size);
    return {
      text: match[0],
      box: { x0: x, y0: placed.y - 0.8 * size, x1: x + width, y1: placed.y + 0.2 * size },
      originX: x,
      originY: placed.y,
      fontSize: size,
      angle: 0,
      width,
      confidence: 93,
    };
  });
}

function sameRun(a: TextRun, b: TextRun): boolean {
  return a.text === b.text && a.originX === b.originX && a.originY === b.originY;
}

function union(a: Box, b: Box): Box {
  return { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
}

/** Boxes are kept to 0.01 pt. */
function round(box: Box): Box {
  const r = (n: number) => Math.round(n * 100) / 100;
  return { x0: r(box.x0), y0: r(box.y0), x1: r(box.x1), y1: r(box.y1) };
}

function expectNear(actual: Box, expected: Box, tolerance: number): void {
  for (const side of ['x0', 'y0', 'x1', 'y1'] as const) {
    expect(Math.abs(actual[side] - expected[side]), `${side}: ${actual[side]} vs ${expected[side]}`).toBeLessThanOrEqual(tolerance);
  }
}
