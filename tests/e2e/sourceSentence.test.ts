// Browser edition, end to end: the source panel for the Regio's grid and for clicks near values.
// A Regio's cell shows where its number is printed: "% gedrukt" and "Doelgroepregister" the
// numbers in the sentence under the table, "Bekend in Sonar" TOTAAL AMR's total it is taken
// from. A click a few pixels beside a number picks it; a highlight is kept wholly in view at
// every zoom. Expected texts come from the fixtures' truth; expected boxes from the engine's
// reading in Node of the same file (its words on the page, or its table cells).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/engine';
import { formatNumber } from '../../src/engine/format';
import { mergeTouchingWords, splitRunsIntoWords } from '../../src/engine/layout/words';
import type { Box, ExtractedDocument, SourceRef } from '../../src/engine/model';
import { readPageText } from '../../src/engine/pdf/readPage';
import { createNodeOcrEngine, type NodeOcrEngine } from '../../src/node/ocrNode';
import { loadPdfjs, standardFontDataPath } from '../../src/node/pdfjsNode';
import { extractFile } from '../helpers/extract';
import { readTruth } from '../helpers/fixtures';
import { MunicipalityGrid } from './pages/MunicipalityGrid';
import { RegionGrid } from './pages/RegionGrid';
import { SourcePanel } from './pages/SourcePanel';
import { StartScreen } from './pages/StartScreen';
import { TablesScreen } from './pages/TablesScreen';
import { screenshot } from './support/artifacts';
import { useBrowserPages } from './support/browserPages';
import { imitateDesktopBridge, openFromMain } from './support/desktopBridge';
import { FIXTURES_DIR, fixtureFile } from './support/fixtures';

/** West-Brabant's printed percentage is 4 points too high: a percent-mismatch flag on "% gedrukt". */
const PERCENT_ERROR = 'errors/err_p2_2017q4_west-brabant_percent.pdf';
const SEED = 'text/p1_2017q3_zuid-limburg_seed.pdf';
/** A 300 dpi scan without a text layer: the desktop app's main process reads it with OCR. */
const SCAN = 'scans/p4_300dpi_2020q3_twente.pdf';
const REGION = RegionGrid.rowId(0, 0);
const TOTAL_ROW = MunicipalityGrid.rowId(0, 0, 'total');
const HEERLEN = MunicipalityGrid.rowId(0, 0, 4);
const MAASTRICHT = MunicipalityGrid.rowId(0, 0, 7);
const TOLERANCE = 2;
/** The highlight's ring is drawn this far (CSS px) around the value's box (source.css). */
const RING = 5;
/** "Within a few pixels": a click this far (CSS px) beside a value's box still picks it. */
const NEAR = 4;
/** Zoom steps tried from the page's width (×1.25 each): up to about 4× the fitted size. */
const ZOOM_STEPS = 6;

const e2e = useBrowserPages('source-sentence', { afterEachChecks: 'clean' });

describe("browser edition: the source of the Regio's grid", () => {
  it('highlights the printed percentage and the register size in the sentence, and TOTAAL AMR for "Bekend in Sonar"', async () => {
    const truth = truthOf(PERCENT_ERROR).documents[0]!.tables[0]!;
    const percentText = `${truth.register!.percentInSonar}%`;
    const registerText = formatNumber(truth.register!.total!);
    const { document, pageWidth, words } = await engineView(PERCENT_ERROR);
    const percentBox = wordBox(words, percentText);
    const registerBox = wordBox(words, registerText);
    const known = totalRowTotal(document);
    expect(known.text).toBe(formatNumber(truth.totalRow!.total));

    const start = await StartScreen.open(e2e.page, e2e.web.url);
    const tables = await start.choosePdfs([fixtureFile(PERCENT_ERROR)]);
    const regions = new RegionGrid(e2e.page);
    const source = new SourcePanel(e2e.page);
    expect(await regions.isFlagged(REGION, 'percent')).toBe(true);

    await regions.select(REGION, 'percent');
    await source.waitForPage(1);
    await source.waitForHighlightOn(percentBox, pageWidth, TOLERANCE);
    expect(await source.reading.textContent()).toContain(`Gelezen: ${percentText}`);
    expect(await source.reading.textContent()).not.toContain('geen eigen waarde');
    // Zoomed in (the page drawn anew), still on the printed percentage: the screenshot shows it.
    for (let step = 0; step < 3; step++) await source.zoomIn();
    await source.waitForPage(1);
    await source.waitForHighlightOn(percentBox, pageWidth, TOLERANCE);
    await screenshot(e2e.page, 'source-sentence-01-percent');

    await regions.select(REGION, 'register');
    await source.waitForHighlightOn(registerBox, pageWidth, TOLERANCE);
    await source.waitForHighlightInView(RING);
    expect(await source.reading.textContent()).toContain(`Gelezen: ${registerText}`);
    await screenshot(e2e.page, 'source-sentence-02-register');

    await regions.select(REGION, 'known');
    await source.waitForHighlightOn(known.box, pageWidth, TOLERANCE);
    await source.waitForHighlightInView(RING);
    expect(await source.reading.textContent()).toContain(`Gelezen: ${known.text}`);
    expect(await source.reading.textContent()).toContain('TOTAAL AMR');
    await screenshot(e2e.page, 'source-sentence-03-known');

    // The percentage clicked in the sentence selects its cell, as a count clicked in the table does.
    await source.fitWidth();
    await source.waitForPage(1);
    await source.clickOn(percentBox, pageWidth);
    await regions.waitForFocus(REGION, 'percent');
    await source.waitForHighlightOn(percentBox, pageWidth, TOLERANCE);
    expect(await tables.municipalities.focusedCell()).toBeNull();
  });
});

describe('browser edition: clicking near a value and keeping the highlight in view', () => {
  it('picks a value clicked a few pixels beside it at the default zoom, and nothing on empty paper', async () => {
    const { document, pageWidth } = await engineView(SEED);
    const heerlenCount = sourceAt(document, HEERLEN, 'c0'); // "3": a narrow target
    const maastrichtTotal = sourceAt(document, MAASTRICHT, 'total');
    expect([heerlenCount.text, maastrichtTotal.text]).toEqual(['3', '1.299']);

    const start = await StartScreen.open(e2e.page, e2e.web.url);
    const tables = await start.choosePdfs([fixtureFile(SEED)]);
    const grid = tables.municipalities;
    const source = new SourcePanel(e2e.page);
    await grid.select(MAASTRICHT, 'c1');
    await source.waitForPage(1);
    expect(await e2e.page.getByTestId('source-fit').getAttribute('aria-pressed')).toBe('true');

    await source.clickRightOf(heerlenCount.box, pageWidth, NEAR);
    await grid.waitForFocus(HEERLEN, 'c0');
    await source.waitForHighlightOn(heerlenCount.box, pageWidth, TOLERANCE);

    // Left of a number, too: the gap to the next column is wide.
    const left = { ...maastrichtTotal.box, x1: maastrichtTotal.box.x0, x0: maastrichtTotal.box.x0 };
    await source.clickRightOf(left, pageWidth, -NEAR);
    await grid.waitForFocus(MAASTRICHT, 'total');

    // Right of the last column, well clear of it: paper, the selection stays.
    await source.clickRightOf(maastrichtTotal.box, pageWidth, 6 * NEAR);
    await e2e.page.waitForTimeout(200);
    expect(await grid.focusedCell()).toEqual({ rowId: MAASTRICHT, colId: 'total' });
  });

  it('keeps the whole highlight in view at every zoom, for a value at the right edge of the page', async () => {
    const { document, pageWidth } = await engineView(SEED);
    const total = sourceAt(document, TOTAL_ROW, 'total');
    const heerlenTotal = sourceAt(document, HEERLEN, 'total');
    const start = await StartScreen.open(e2e.page, e2e.web.url);
    const tables = await start.choosePdfs([fixtureFile(SEED)]);
    const grid = tables.municipalities;
    const source = new SourcePanel(e2e.page);
    await grid.select(TOTAL_ROW, 'total');
    await source.waitForPage(1);
    await source.waitForHighlightInView(RING);

    const levels: string[] = [];
    for (let step = 1; step <= ZOOM_STEPS; step++) {
      await source.zoomIn();
      await source.waitForPage(1);
      await source.waitForHighlightOn(total.box, pageWidth, TOLERANCE);
      levels.push((await source.zoomLevel.textContent()) ?? '');
      await source.waitForHighlightInView(RING);
      if (step === 3) await screenshot(e2e.page, `source-sentence-04-zoom-${levels.at(-1)}`);
      // Another value of the same column, chosen in the grid while zoomed: in view as well.
      await grid.select(HEERLEN, 'total');
      await source.waitForHighlightOn(heerlenTotal.box, pageWidth, TOLERANCE);
      await source.waitForHighlightInView(RING);
      await grid.select(TOTAL_ROW, 'total');
      await source.waitForHighlightOn(total.box, pageWidth, TOLERANCE);
      await source.waitForHighlightInView(RING);
    }
    expect(new Set(levels).size).toBe(ZOOM_STEPS);

    // Zooming out again, and back to the page's width.
    for (let step = 1; step <= 2; step++) {
      await source.zoomOut();
      await source.waitForPage(1);
      await source.waitForHighlightInView(RING);
    }
    await source.fitWidth();
    await source.waitForPage(1);
    await source.waitForHighlightInView(RING);
  });

  it('keeps the highlight wholly in view through Ctrl+wheel zooms with the pointer away from it, and a narrower panel', async () => {
    const { document, pageWidth } = await engineView(SEED);
    const total = sourceAt(document, TOTAL_ROW, 'total');
    const start = await StartScreen.open(e2e.page, e2e.web.url);
    const tables = await start.choosePdfs([fixtureFile(SEED)]);
    const source = new SourcePanel(e2e.page);
    await tables.municipalities.select(TOTAL_ROW, 'total');
    await source.waitForPage(1);
    await source.waitForHighlightInView(RING);

    // The pointer over the names, far left of TOTAAL AMR's total: zooming there pushes the
    // right of the page out of view, and the highlight must not go with it.
    const view = await source.viewRect();
    const names = { x: view.x + 40, y: view.y + view.height / 2 };
    for (let step = 1; step <= 4; step++) {
      await source.wheelZoom(1, names);
      await source.waitForPage(1);
      await source.waitForHighlightOn(total.box, pageWidth, TOLERANCE);
      await source.waitForHighlightInView(RING);
    }
    await screenshot(e2e.page, `source-sentence-06-wheel-zoom-${await source.zoomLevel.textContent()}`);

    await source.narrowBy(4);
    await source.waitForHighlightInView(RING);
    await screenshot(e2e.page, 'source-sentence-07-narrower-panel');
  });
});

describe('desktop renderer (preload imitated): the percentage on a scan', () => {
  // OCR of the scan takes half a minute: done once, before the test, as main would.
  let ocr: NodeOcrEngine;
  let scanned: Promise<ExtractedDocument>;
  beforeAll(() => {
    ocr = createNodeOcrEngine();
    scanned = readInMain(SCAN, ocr);
    scanned.catch(() => undefined); // reported by the test that awaits it
  });
  afterAll(async () => {
    await scanned?.catch(() => undefined);
    await ocr?.terminate();
  });

  it('highlights the OCR words of the printed percentage with their confidence', async () => {
    const truth = truthOf(SCAN).documents[0]!.tables[0]!;
    const document = await scanned;
    expect(document.tables[0]?.source).toBe('ocr');
    const { pageWidth } = await engineView(SCAN, document);
    const printed = document.tables[0]!.register?.percentSource;
    // The engine found OCR's words of the percentage in the sentence, as the truth prints it.
    expect(printed?.text.replace(/\s+/g, '')).toBe(`${truth.register!.percentInSonar}%`);
    expect(printed?.confidence).toBeTypeOf('number');

    await imitateDesktopBridge(e2e.page, async (name) => {
      if (name !== path.basename(SCAN)) throw new Error(`unexpected file ${name}`);
      return document;
    });
    await e2e.page.goto(e2e.web.url);
    await openFromMain(e2e.page, [fixtureFile(SCAN)]);
    const tables = new TablesScreen(e2e.page);
    await tables.waitUntilListed([path.basename(SCAN)]);
    const regions = new RegionGrid(e2e.page);
    const source = new SourcePanel(e2e.page);

    await regions.select(REGION, 'percent');
    await source.waitForPage(1);
    await source.waitForHighlightOn(printed!.box, pageWidth, TOLERANCE);
    expect((await source.confidence.textContent())?.trim()).toBe(`zekerheid ${Math.round(printed!.confidence!)}%`);
    for (let step = 0; step < 3; step++) await source.zoomIn();
    await source.waitForPage(1);
    await source.waitForHighlightOn(printed!.box, pageWidth, TOLERANCE);
    await screenshot(e2e.page, 'source-sentence-05-scan-percent');
  });
});

/** A PDF read as the desktop app's main process reads it: the engine with OCR for scans. */
async function readInMain(relativePath: string, ocr: NodeOcrEngine): Promise<ExtractedDocument> {
  const file = path.join(FIXTURES_DIR, relativePath);
  return extractDocument(new Uint8Array(await readFile(file)), path.basename(file), await loadPdfjs(), {
    standardFontDataUrl: standardFontDataPath(),
    ocr: { engine: ocr, mode: 'auto' },
  });
}

interface PageWord {
  text: string;
  box: Box;
}

/** The document as the engine reads it in Node, the size of its first page in points, and the
 * words of that page's text layer where they are printed (none for a scan). */
async function engineView(relativePath: string, extracted?: ExtractedDocument): Promise<{ document: ExtractedDocument; pageWidth: number; words: PageWord[] }> {
  const file = path.join(FIXTURES_DIR, relativePath);
  const document = extracted ?? (await extractFile(file));
  const pdfjs = await loadPdfjs();
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(await readFile(file)), standardFontDataUrl: standardFontDataPath(), isEvalSupported: false })
    .promise;
  const page = await pdf.getPage(1);
  const { width } = page.getViewport({ scale: 1 });
  const text = await readPageText(page, 1);
  await pdf.destroy();
  return { document, pageWidth: width, words: mergeTouchingWords(splitRunsIntoWords(text.runs)) };
}

/** The one word printed as `text` (a sentence's trailing full stop aside). */
function wordBox(words: readonly PageWord[], text: string): Box {
  const found = words.filter((word) => word.text.replace(/[.,;:]$/, '') === text);
  if (found.length !== 1) throw new Error(`expected one word "${text}" on the page, found ${found.length}`);
  return found[0]!.box;
}

function totalRowTotal(document: ExtractedDocument): SourceRef {
  return sourceAt(document, TOTAL_ROW, 'total');
}

/** The source of a Gemeenten grid cell, addressed by its row and column id. */
function sourceAt(document: ExtractedDocument, rowId: string, colId: string): SourceRef {
  const [, table, row] = rowId.split('-');
  const extracted = document.tables[Number(table)];
  const tableRow = row === 'total' ? extracted?.totalRow : extracted?.rows[Number(row)];
  const index = colId === 'name' ? 0 : colId === 'total' ? 5 : Number(colId.slice(1)) + 1;
  const source = tableRow?.sources?.[index];
  if (!source) throw new Error(`no source for ${rowId}:${colId}`);
  return source;
}

/** The fixture's truth (hand-made with the PDF): what is printed. */
function truthOf(relativePath: string) {
  return readTruth(path.join(FIXTURES_DIR, relativePath.replace(/\.pdf$/, '.json')));
}
