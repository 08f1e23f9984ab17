// One scanned page → tables: its images drawn into an upright raster and cleaned, recognised
// by the injected engine, the words placed on the page and straightened, read by the table
// code, and doubtful numbers read once more.
import type { PageText, TextRun } from '../pdf/textRun';
import type { PageTable } from '../publication/pageTables';
import { rereadDoubtfulNumbers } from './numberReread';
import type { OcrEngine, OcrWord } from './ocrEngine';
import { readOcrPageTables } from './ocrTables';
import { withLayoutStandIns } from './layoutStandIns';
import { ocrWordsToRuns } from './ocrRuns';
import type { PlacedImage } from './pageImages';
import { nativeDpi, renderPageRaster, type PageRaster } from './pageRaster';
import { invertDarkBoxes } from './invertedText';
import { removeRules } from './ruleRemoval';
import { estimateRasterSkew, MIN_STRAIGHTEN_DEGREES, straightenRaster } from './rasterSkew';
import { pageIsComplete, recognizeInBands } from './textBands';

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
  /** Skew of the scan: what straightening the raster removed plus what the words still show. */
  skewDegrees: number;
  /** Skew left in the (straightened) raster, undone on the words. */
  residualSkewDegrees: number;
  dpi: number;
  /** The cleaned, straightened raster OCR read (for a second look at single cells). */
  raster: PageRaster;
  /** Text lines of the raster's row profile that were recognised, of all on the page (see
   * textBands.ts: the prose below a complete table is skipped). */
  linesRead: number;
  linesTotal: number;
}

export function coversPage(images: readonly PlacedImage[], page: { width: number; height: number }): boolean {
  let covered = 0;
  for (const { image, toPage } of images) {
    // |det| of the pixel → page matrix is the page area of one pixel.
    covered += Math.abs(toPage[0] * toPage[3] - toPage[1] * toPage[2]) * image.width * image.height;
  }
  return covered >= SCAN_COVERAGE * page.width * page.height;
}

export interface RecognizePageOptions {
  /** Raster resolution for a given native one; default ocrDpi. */
  dpiFor?: (native: number) => number;
  /** Read in bands and skip the prose below a complete table (textBands.ts); default on
   * (off: the whole page in one pass, for measurements). */
  bands?: boolean;
  /** Straighten the raster before recognition (rasterSkew.ts); default on. */
  straighten?: boolean;
}

/** What OCR reads: a page's scan images (drawn into one raster at an OCR resolution), or a
 * raster drawn otherwise (the whole page by pdf.js when it has no scan image: renderedPage.ts). */
export type ScanSource = readonly PlacedImage[] | PageRaster;

function rasterOf(source: ScanSource, page: { width: number; height: number }, options: RecognizePageOptions): PageRaster {
  if (!Array.isArray(source)) return source as PageRaster;
  const images = source as readonly PlacedImage[];
  return renderPageRaster(images, page.width, page.height, (options.dpiFor ?? ocrDpi)(nativeDpi(images)));
}

export async function recognizePage(
  source: ScanSource,
  page: { width: number; height: number },
  pageNumber: number,
  engine: OcrEngine,
  options: RecognizePageOptions = {},
): Promise<OcrPageResult> {
  const raster = rasterOf(source, page, options);
  const { dpi } = raster;
  // Grid of about a point; a box at least 8 pt both ways. Before the rules go: a dark band
  // would otherwise be wiped as a stack of rules, white text and all.
  invertDarkBoxes(raster.data, raster.width, raster.height, Math.max(2, Math.round(dpi / 72)), 8);
  // Straight before the rules go (they are then single rows) and before tesseract reads bands.
  const rasterSkew = options.straighten === false ? 0 : estimateRasterSkew(raster.data, raster.width, raster.height, dpi);
  if (Math.abs(rasterSkew) >= MIN_STRAIGHTEN_DEGREES) raster.data = straightenRaster(raster.data, raster.width, raster.height, rasterSkew);
  // An inch: longer than any word at text sizes, shorter than any table rule.
  removeRules(raster.data, raster.width, raster.height, Math.round(dpi));
  const image = { width: raster.width, height: raster.height, data: raster.data, dpi };
  const toText = (words: readonly OcrWord[]) => {
    const placed = ocrWordsToRuns(words, raster.pointsPerPixel, page);
    const { runs, ocrText } = withLayoutStandIns(placed.runs);
    return { text: { page: pageNumber, width: page.width, height: page.height, runs }, ocrText, skewDegrees: placed.skewDegrees };
  };
  let words: readonly OcrWord[];
  let linesRead: number, linesTotal: number;
  if (options.bands === false) {
    words = await engine.recognize(image, { content: 'page' });
    linesRead = linesTotal = 0;
  } else {
    const reading = await recognizeInBands(image, engine, (sofar) => {
      const { text, ocrText } = toText(sofar);
      return pageIsComplete(readOcrPageTables(text, ocrText));
    });
    ({ words, linesRead, linesTotal } = reading);
  }
  const { text, ocrText, skewDegrees } = toText(words);
  return { text, ocrText, skewDegrees: rasterSkew + skewDegrees, residualSkewDegrees: skewDegrees, dpi, raster, linesRead, linesTotal };
}

export interface ScannedPageOptions extends RecognizePageOptions {
  /** The second reading of doubtful numbers; default on (off only to measure the page pass). */
  reread?: boolean;
}

/** Tables of a scanned page: the page pass, then a second look at doubtful numbers. */
export async function readScannedPage(
  source: ScanSource,
  page: { width: number; height: number },
  pageNumber: number,
  engine: OcrEngine,
  options: ScannedPageOptions = {},
): Promise<{ tables: PageTable[]; result: OcrPageResult }> {
  const result = await recognizePage(source, page, pageNumber, engine, options);
  const tables = readOcrPageTables(result.text, result.ocrText);
  if (options.reread === false) return { tables, result };
  const context = { raster: result.raster, skewDegrees: result.residualSkewDegrees, page, engine };
  const reread: PageTable[] = [];
  for (const table of tables) reread.push(await rereadDoubtfulNumbers(table, context));
  return { tables: reread, result };
}
