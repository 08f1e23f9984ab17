// Why: a UWV region page is a title, one table, the register sentence below it, and then
// 15–17 lines of explanatory prose ("Transparantie op de arbeidsmarkt", "Sonar", …) and a
// footer. The prose is a third or more of the page's text, and recognition time grows with
// the text read, yet the product needs nothing from it. So the page is read in horizontal
// bands cut at blank raster rows, top to bottom, and reading stops once the page is complete
// (stop rule in `pageIsComplete`): every table has its TOTAAL AMR row and the register
// sentence has been read. The page's last text band (footer, 2020 page label) is always
// read. Safety: the first band reaches down to the last line whose ink looks like a table
// row (several separate blocks of ink, as cells in columns are; prose is one block), so no
// band that may hold table rows is ever skipped; a page whose table goes on over the page
// (no TOTAAL AMR) or that has no register sentence is read to the end.
import type { PageTable } from '../publication/pageTables';
import type { OcrEngine, OcrImage, OcrWord } from './ocrEngine';

/** Darker than this is ink when looking for text lines (rules are gone by then). */
const INK = 160;

/** Raster rows [y0, y1) holding one text line (or a few, when a skewed page leaves no blank
 * row between them). */
export interface TextLine {
  y0: number;
  y1: number;
  /** Separate blocks of ink along the line, at gaps wider than 12 pt. */
  segments: number;
}

/** A line with this many separate blocks of ink may be a table row (name and values in
 * columns); prose, headings and footers have one or two. */
export const TABLE_LIKE_SEGMENTS = 3;
/** Lines per band after the first: the register sentence takes two or three lines right
 * below TOTAAL AMR. (Read apart from the table: in one image with it, tesseract dropped the
 * sentence's short last line and misread a word of it.) */
const LINES_PER_BAND = 3;
/** Bands of LINES_PER_BAND lines after the first before the rest is read in one: a page that
 * is not complete by then (a table going on over the page, a page without a register
 * sentence) needs it all, and each band costs an engine call. */
const MAX_SMALL_BANDS = 2;

/** Text lines from the raster's row profile: runs of rows with ink, where blank gaps of at
 * most `dpi / 150` rows (JPEG noise, dots of i and j) do not split a line. */
export function findTextLines(image: OcrImage): TextLine[] {
  const { width, height, data, dpi } = image;
  // A few pixels of ink is a speck, not text.
  const minInk = Math.max(2, Math.round(width / 1000));
  const inked = new Uint8Array(height);
  for (let y = 0; y < height; y++) {
    let count = 0;
    const row = y * width;
    for (let x = 0; x < width; x++) if (data[row + x]! < INK && ++count >= minInk) break;
    inked[y] = count >= minInk ? 1 : 0;
  }
  const maxGap = Math.max(1, Math.round(dpi / 150));
  const spans: { y0: number; y1: number }[] = [];
  for (let y = 0; y < height; y++) {
    if (!inked[y]) continue;
    const last = spans[spans.length - 1];
    if (last && y - last.y1 <= maxGap) last.y1 = y + 1;
    else spans.push({ y0: y, y1: y + 1 });
  }
  // 12 pt: wider than any word space of body text, narrower than the space between columns.
  const columnGap = Math.round(dpi / 6);
  return spans.map((s) => ({ ...s, segments: countSegments(image, s.y0, s.y1, columnGap) }));
}

/** Blocks of ink along rows [y0, y1): inked columns, joined over gaps up to `maxGap`. */
function countSegments({ width, data }: OcrImage, y0: number, y1: number, maxGap: number): number {
  let segments = 0,
    lastInk = -Infinity;
  for (let x = 0; x < width; x++) {
    let ink = false;
    for (let y = y0; y < y1 && !ink; y++) ink = data[y * width + x]! < INK;
    if (!ink) continue;
    if (x - lastInk > maxGap + 1) segments++;
    lastInk = x;
  }
  return segments;
}

/** Lines [from, to) of the page, read as one image. */
export interface Band {
  from: number;
  to: number;
}

/** The first band: from the top down to the last table-like line above the last band; the
 * whole page when no line looks like a table row (the last band is read anyway, whatever
 * its ink looks like). */
export function firstBand(lines: readonly TextLine[]): Band {
  const lastBand = lastBandStart(lines);
  let last = -1;
  for (let i = 0; i < lastBand; i++) if (lines[i]!.segments >= TABLE_LIKE_SEGMENTS) last = i;
  return { from: 0, to: last < 0 ? lines.length : last + 1 };
}

/** Index of the first line of the page's last text band: the last line at least 0.3 times
 * as high as the median line (footers are small print, but a speck at the bottom edge must
 * not stand in for the footer), with anything below it. */
export function lastBandStart(lines: readonly TextLine[]): number {
  const heights = lines.map((l) => l.y1 - l.y0).sort((a, b) => a - b);
  const median = heights[Math.floor(heights.length / 2)] ?? 0;
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.y1 - lines[i]!.y0 >= 0.3 * median) return i;
  return 0;
}

/** Stop rule: every table on the page has its TOTAAL AMR row and the register sentence
 * (total and share in Sonar) has been read. A table without TOTAAL AMR goes on below (or on
 * the next page), so reading goes on. */
export function pageIsComplete(tables: readonly PageTable[]): boolean {
  return tables.length > 0 && tables.every((t) => t.totalRow !== null && t.register?.total != null && t.register.percentInSonar != null);
}

export interface BandedReading {
  words: OcrWord[];
  /** Text lines (row profile) recognised, and on the whole page. */
  linesRead: number;
  linesTotal: number;
  /** Engine calls made. */
  bands: number;
}

/** Reads the page band by band (see the top of this file). `isComplete` gets all words read
 * so far (raster pixels) and decides whether the rest up to the last band may be skipped. */
export async function recognizeInBands(image: OcrImage, engine: OcrEngine, isComplete: (words: readonly OcrWord[]) => boolean): Promise<BandedReading> {
  const lines = findTextLines(image);
  if (lines.length === 0) return { words: [], linesRead: 0, linesTotal: 0, bands: 0 };
  const words: OcrWord[] = [];
  let linesRead = 0,
    bands = 0,
    lineIds = 0;
  const read = async (band: Band) => {
    const band0 = cutAt(lines, band.from, image.height);
    const band1 = cutAt(lines, band.to, image.height);
    const found = await engine.recognize(crop(image, band0, band1), { content: 'page' });
    let maxLine = 0;
    for (const w of found) {
      words.push({
        ...w,
        bbox: { x0: w.bbox.x0, x1: w.bbox.x1, y0: w.bbox.y0 + band0, y1: w.bbox.y1 + band0 },
        ...(w.baselineY !== undefined ? { baselineY: w.baselineY + band0 } : {}),
        // Line ids must stay unique over the bands (one line, one font size).
        ...(w.lineId !== undefined ? { lineId: w.lineId + lineIds } : {}),
      });
      maxLine = Math.max(maxLine, w.lineId ?? 0);
    }
    lineIds += maxLine;
    linesRead += band.to - band.from;
    bands++;
  };
  // Every table-like line above the last band is in the first band, so the lines skipped
  // below a complete page hold no table rows by their ink.
  const last = lastBandStart(lines);
  let next = firstBand(lines);
  if (next.to >= last) next = { from: 0, to: lines.length };
  await read(next);
  for (let small = 0; next.to < lines.length; small++) {
    if (isComplete(words)) {
      await read({ from: Math.max(next.to, last), to: lines.length });
      break;
    }
    const to = small < MAX_SMALL_BANDS ? Math.min(next.to + LINES_PER_BAND, lines.length) : lines.length;
    // A band that reaches into the last band takes it along.
    next = { from: next.to, to: to >= last ? lines.length : to };
    await read(next);
  }
  return { words, linesRead, linesTotal: lines.length, bands };
}

/** Raster row where a band starting or ending before line `index` is cut: halfway into the
 * blank gap above that line, so a band keeps white space around its text. */
function cutAt(lines: readonly TextLine[], index: number, height: number): number {
  if (index <= 0) return 0;
  if (index >= lines.length) return height;
  return Math.floor((lines[index - 1]!.y1 + lines[index]!.y0) / 2);
}

function crop(image: OcrImage, y0: number, y1: number): OcrImage {
  return { width: image.width, height: y1 - y0, data: image.data.subarray(y0 * image.width, y1 * image.width), dpi: image.dpi };
}
