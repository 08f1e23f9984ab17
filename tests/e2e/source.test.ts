// Browser edition, end to end: the source beside the grid. Selecting a cell shows its PDF page
// with the value's box highlighted; clicking a value on the page selects its cell; F8 moves the
// page along; zoom and drag work; pdf.js on the page stays within the CSP and asks nothing of
// any other server. Expected boxes come from the engine run in Node on the same file.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/engine';
import type { ExtractedDocument, SourceRef } from '../../src/engine/model';
import { createNodeOcrEngine, type NodeOcrEngine } from '../../src/node/ocrNode';
import { loadPdfjs, standardFontDataPath } from '../../src/node/pdfjsNode';
import { extractBytes, extractFile } from '../helpers/extract';
import { MunicipalityGrid } from './pages/MunicipalityGrid';
import { SourcePanel } from './pages/SourcePanel';
import { StartScreen } from './pages/StartScreen';
import { TablesScreen } from './pages/TablesScreen';
import { screenshot } from './support/artifacts';
import { useBrowserPages } from './support/browserPages';
import { imitateDesktopBridge, openFromMain } from './support/desktopBridge';
import { FIXTURES_DIR, fixtureFile } from './support/fixtures';

const SEED = 'text/p1_2017q3_zuid-limburg_seed.pdf';
const ROW_TOTAL_ERROR = 'errors/err_p1_2020q3_midden-utrecht_rowtotal.pdf';
/** A 300 dpi scan without a text layer: the desktop app's main process reads it with OCR. */
const SCAN = 'scans/p4_300dpi_2020q3_twente.pdf';
const ENSCHEDE = MunicipalityGrid.rowId(0, 0, 3);
const ALMELO = MunicipalityGrid.rowId(0, 0, 0);
const HEERLEN = MunicipalityGrid.rowId(0, 0, 4);
const MAASTRICHT = MunicipalityGrid.rowId(0, 0, 7);
/** A highlight within this many CSS px of the scaled source box counts as on it. */
const TOLERANCE = 2;

const e2e = useBrowserPages('source', { afterEachChecks: 'clean' });

describe('browser edition: the source beside the grid', () => {
  it("shows the page of a selected cell with its value's box, and a click on another value selects that cell", async () => {
    const { document, pageWidth, pageHeight } = await engineView(SEED);
    const heerlenTotal = sourceAt(document, HEERLEN, 'total');
    const maastrichtCount = sourceAt(document, MAASTRICHT, 'c1');
    expect([heerlenTotal.text, maastrichtCount.text]).toEqual(['1.561', '256']);

    const start = await StartScreen.open(e2e.page, e2e.web.url);
    const tables = await start.choosePdfs([fixtureFile(SEED)]);
    const grid = tables.municipalities;
    const source = new SourcePanel(e2e.page);
    // On a wide window the toggle is on: before any cell is chosen the panel is there and says
    // how to use it (a ticked "Bron tonen" never shows nothing).
    expect(await source.toggle.isChecked()).toBe(true);
    await source.root.waitFor({ timeout: 5_000 });
    expect(await source.status()).toBe('empty');
    expect((await source.message.textContent())?.trim()).toBe('Kies een cel in de tabel om te zien waar de waarde op de PDF-pagina staat.');
    await screenshot(e2e.page, 'source-00-no-cell-yet');

    await grid.select(HEERLEN, 'total');
    await source.waitForPage(1);
    expect((await source.fileName.textContent())?.trim()).toBe(path.basename(SEED));
    expect((await source.pageLabel.textContent())?.trim()).toBe('pagina 1');
    expect(await source.reading.textContent()).toContain('Gelezen: 1.561');
    await source.waitForHighlightOn(heerlenTotal.box, pageWidth, TOLERANCE);
    // The canvas holds the whole page at the page's proportions.
    const canvas = await source.canvasRect();
    expect(canvas.height / canvas.width).toBeCloseTo(pageHeight / pageWidth, 2);
    await screenshot(e2e.page, 'source-01-heerlen-total');

    // Maastricht's count, clicked on the page, becomes the grid's cursor and the highlight.
    await source.clickOn(maastrichtCount.box, pageWidth);
    await grid.waitForFocus(MAASTRICHT, 'c1');
    await source.waitForHighlightOn(maastrichtCount.box, pageWidth, TOLERANCE);
    expect(await source.reading.textContent()).toContain('Gelezen: 256');
    await screenshot(e2e.page, 'source-02-picked-maastricht');

    // A click on paper with no value leaves the selection alone.
    await source.clickOn({ x0: 300, y0: 760, x1: 301, y1: 761 }, pageWidth);
    expect(await grid.focusedCell()).toEqual({ rowId: MAASTRICHT, colId: 'c1' });
  });

  it('zooms in and out around the value, fits the width again, and pans by dragging', async () => {
    const { document, pageWidth } = await engineView(SEED);
    const heerlenTotal = sourceAt(document, HEERLEN, 'total');
    const start = await StartScreen.open(e2e.page, e2e.web.url);
    const tables = await start.choosePdfs([fixtureFile(SEED)]);
    const source = new SourcePanel(e2e.page);
    await tables.municipalities.select(HEERLEN, 'total');
    await source.waitForPage(1);
    const fitted = await source.canvasRect();
    const fittedLevel = await source.zoomLevel.textContent();

    await source.zoomIn();
    await source.zoomIn();
    await expect.poll(async () => (await source.canvasRect()).width).toBeCloseTo(fitted.width * 1.25 * 1.25, 0);
    // Still on the value, which stays in view; the page is drawn again at the new resolution.
    await source.waitForHighlightOn(heerlenTotal.box, pageWidth, TOLERANCE);
    await source.waitForPage(1);
    expect(await source.highlight.isVisible()).toBe(true);
    await screenshot(e2e.page, 'source-03-zoomed-in');

    // Dragging moves the page, not the selection.
    const before = await source.scrollPosition();
    await source.dragBy(120, 80);
    const after = await source.scrollPosition();
    expect(before.left - after.left).toBeGreaterThan(60);
    expect(before.top - after.top).toBeGreaterThan(40);
    expect(await tables.municipalities.focusedCell()).toEqual({ rowId: HEERLEN, colId: 'total' });

    await source.zoomOut();
    await expect.poll(async () => (await source.canvasRect()).width).toBeCloseTo(fitted.width * 1.25, 0);
    await source.fitWidth();
    await expect.poll(async () => (await source.canvasRect()).width).toBeCloseTo(fitted.width, 0);
    expect(await source.zoomLevel.textContent()).toBe(fittedLevel);
    await source.waitForHighlightOn(heerlenTotal.box, pageWidth, TOLERANCE);
  });

  it('follows F8 to the flagged value and can be hidden', async () => {
    const { document, pageWidth } = await engineView(ROW_TOTAL_ERROR);
    const start = await StartScreen.open(e2e.page, e2e.web.url);
    const tables = await start.choosePdfs([fixtureFile(ROW_TOTAL_ERROR)]);
    const grid = tables.municipalities;
    const source = new SourcePanel(e2e.page);

    await e2e.page.keyboard.press('F8');
    await source.waitForPage(1);
    const first = await grid.focusedCell();
    expect(first).not.toBeNull();
    await source.waitForHighlightOn(sourceAt(document, first!.rowId, first!.colId).box, pageWidth, TOLERANCE);
    await screenshot(e2e.page, 'source-04-f8-flagged');

    await e2e.page.keyboard.press('F8');
    await expect.poll(() => grid.focusedCell()).not.toEqual(first);
    const second = (await grid.focusedCell())!;
    await source.waitForHighlightOn(sourceAt(document, second.rowId, second.colId).box, pageWidth, TOLERANCE);

    await source.toggle.uncheck();
    await source.root.waitFor({ state: 'detached' });
    await source.toggle.check();
    await source.waitForPage(1);
  });
});

describe('desktop renderer (preload imitated): files opened by main', () => {
  // OCR of the scan takes half a minute: done once, before the tests, as main would.
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

  it('keeps the bytes that came over IPC and shows their page', async () => {
    const { document, pageWidth } = await engineView(SEED);
    await imitateDesktopBridge(e2e.page, (name, bytes) => extractBytes(bytes, name));
    await e2e.page.goto(e2e.web.url);
    await openFromMain(e2e.page, [fixtureFile(SEED)]);
    const tables = new TablesScreen(e2e.page);
    await tables.waitUntilListed([path.basename(SEED)]);
    // The imitated bridge made the renderer choose the desktop (IPC) backend: no engine workers.
    expect(e2e.page.workers().some((worker) => /engineWorker/.test(worker.url()))).toBe(false);

    const source = new SourcePanel(e2e.page);
    await tables.municipalities.select(MAASTRICHT, 'c1');
    await source.waitForPage(1);
    await source.waitForHighlightOn(sourceAt(document, MAASTRICHT, 'c1').box, pageWidth, TOLERANCE);
    await screenshot(e2e.page, 'source-05-desktop-renderer');
  });

  it('shows a scan with the OCR box of the value, its confidence, and picks cells on the scan', async () => {
    const document = await scanned;
    expect(document.tables[0]?.source).toBe('ocr');
    const { pageWidth } = await engineView(SCAN, document);
    const enschede = sourceAt(document, ENSCHEDE, 'c2');
    const almeloTotal = sourceAt(document, ALMELO, 'total');
    expect(enschede.confidence).toBeTypeOf('number');

    await imitateDesktopBridge(e2e.page, async (name) => {
      if (name !== path.basename(SCAN)) throw new Error(`unexpected file ${name}`);
      return document;
    });
    await e2e.page.goto(e2e.web.url);
    await openFromMain(e2e.page, [fixtureFile(SCAN)]);
    const tables = new TablesScreen(e2e.page);
    await tables.waitUntilListed([path.basename(SCAN)]);
    const source = new SourcePanel(e2e.page);

    await tables.municipalities.select(ENSCHEDE, 'c2');
    await source.waitForPage(1);
    await source.waitForHighlightOn(enschede.box, pageWidth, TOLERANCE);
    expect(await source.reading.textContent()).toContain(`Gelezen: ${enschede.text}`);
    expect((await source.confidence.textContent())?.trim()).toBe(`zekerheid ${Math.round(enschede.confidence!)}%`);
    await screenshot(e2e.page, 'source-06-scan-ocr');

    await source.clickOn(almeloTotal.box, pageWidth);
    await tables.municipalities.waitForFocus(ALMELO, 'total');
    await source.waitForHighlightOn(almeloTotal.box, pageWidth, TOLERANCE);
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

/** The document as the engine reads it in Node, and the size of its first page in points
 * (as displayed: the space the boxes are in). */
async function engineView(
  relativePath: string,
  extracted?: ExtractedDocument,
): Promise<{ document: ExtractedDocument; pageWidth: number; pageHeight: number }> {
  const file = path.join(FIXTURES_DIR, relativePath);
  const document = extracted ?? (await extractFile(file));
  const pdfjs = await loadPdfjs();
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(await readFile(file)), standardFontDataUrl: standardFontDataPath(), isEvalSupported: false })
    .promise;
  const { width, height } = (await pdf.getPage(1)).getViewport({ scale: 1 });
  await pdf.destroy();
  return { document, pageWidth: width, pageHeight: height };
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
