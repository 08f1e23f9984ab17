// One scanned page → tables: its images drawn into an upright raster and cleaned, recognised
// by the injected engine, the words placed on the page and straightened, read by the table
// code, and doubtful numbers read once more.
import type { PageText, TextRun } from '../pdf/textRun';
import type { PageTable } from '../publication/pageTables';
import { rereadDoubtfulNumbers } from './numberReread';
import type { OcrEngine } from './ocrEngine';
import { readOcrPageTables } from './ocrTables';
import { withLayoutStandIns } from './layoutStandIns';
import { ocrWordsToRuns } from './ocrRuns';
import type { PlacedImage } from './pageImages';
import { nativeDpi, renderPageRaster, type PageRaster } from './pageRaster';
import { invertDarkBoxes } from './invertedText';
import { removeRules } from './ruleRemoval';

/** Tesseract reads best with text at about 300 dpi: lower resolutions are scaled up to
 * it, higher ones down to at most MAX_DPI (time grows with the pixel count). */
export const MIN_DPI = 300;
export const MAX_DPI = 400;

export function ocrDpi(native: number): number {
  if (!(native > 0)) return MIN_DPI;
  return Math.min(MAX_DPI, Math.max(MIN_DPI, native));
}

/** Share of the page the images must cover for a page with a text layer to count as a
 * scan (mode 'always'): a logo or a chart is no reason to OCR a page. */
const SCAN_COVERAGE = 0.5;

export interface OcrPageResult {
  text: PageText;
  /** Runs with a layout stand-in → the text OCR read (see layoutStandIns.ts). */
  ocrText: Map<TextRun, string>;
  skewDegrees: number;
  dpi: number;
  /** The cleaned raster OCR read (for a second look at single cells). */
  raster: PageRaster;
}

export function coversPage(images: readonly PlacedImage[], page: { width: number; height: number }): boolean {
  let covered = 0;
  for (const { image, toPage } of images) {
    // |det| of the pixel → page matrix is the page area of one pixel.
    covered += Math.abs(toPage[0] * toPage[3] - toPage[1] * toPage[2]) * image.width * image.height;
  }
  return covered >= SCAN_COVERAGE * page.width * page.height;
}

export async function recognizePage(
  images: readonly PlacedImage[],
  page: { width: number; height: number },
  pageNumber: number,
  engine: OcrEngine,
  dpiFor: (native: number) => number = ocrDpi,
): Promise<OcrPageResult> {
  const dpi = dpiFor(nativeDpi(images));
  const raster = renderPageRaster(images, page.width, page.height, dpi);
  // Grid of about a point; a box at least 8 pt both ways. Before the rules go: a dark band
  // would otherwise be wiped as a stack of rules, white text and all.
  invertDarkBoxes(raster.data, raster.width, raster.height, Math.max(2, Math.round(dpi / 72)), 8);
  // An inch: longer than any word at text sizes, shorter than any table rule.
  removeRules(raster.data, raster.width, raster.height, Math.round(dpi));
  const words = await engine.recognize({ width: raster.width, height: raster.height, data: raster.data, dpi }, { content: 'page' });
  const placed = ocrWordsToRuns(words, raster.pointsPerPixel, page);
  const { runs, ocrText } = withLayoutStandIns(placed.runs);
  const skewDegrees = placed.skewDegrees;
  return { text: { page: pageNumber, width: page.width, height: page.height, runs }, ocrText, skewDegrees, dpi, raster };
}

export interface ScannedPageOptions {
  /** Raster resolution for a given native one; default ocrDpi. */
  dpiFor?: (native: number) => number;
  /** The second reading of doubtful numbers; default on (off only to measure the page pass). */
  reread?: boolean;
}

/** Tables of a scanned page: the page pass, then a second look at doubtful numbers. */
export async function readScannedPage(
  images: readonly PlacedImage[],
  page: { width: number; height: number },
  pageNumber: number,
  engine: OcrEngine,
  options: ScannedPageOptions = {},
): Promise<{ tables: PageTable[]; result: OcrPageResult }> {
  const result = await recognizePage(images, page, pageNumber, engine, options.dpiFor);
  const tables = readOcrPageTables(result.text, result.ocrText);
  if (options.reread === false) return { tables, result };
  const context = { raster: result.raster, skewDegrees: result.skewDegrees, page, engine };
  const reread: PageTable[] = [];
  for (const table of tables) reread.push(await rereadDoubtfulNumbers(table, context));
  return { tables: reread, result };
}
