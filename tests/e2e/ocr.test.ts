// Browser edition, end to end: a scanned PDF dropped on the page is read by tesseract.js in the
// engine's Web Workers, with every file (worker script, WebAssembly core, language data) from
// the app's own server, under the browser edition's CSP, while the progress panel names the
// page being recognised. The values are compared with the fixture's truth.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/engine/format';
import { MunicipalityGrid } from './pages/MunicipalityGrid';
import { StartScreen } from './pages/StartScreen';
import { screenshot } from './support/artifacts';
import { useBrowserPages } from './support/browserPages';
import { FIXTURES_DIR, fixtureFile } from './support/fixtures';
import { foreignRequests } from './support/pageWatch';
import { buildPdf, helvetica, sampleTable, tableTexts } from '../helpers/buildPdf';
import { withScrambledTextLayer } from '../helpers/garbledPdf';

/** 200 dpi, 2017 layout (pictogram headers, page label in a dark box): the harder scan. */
const SCAN = 'scans/p4_200dpi_2017q4_noord-holland-noord.pdf';
const SEED = 'text/p1_2020q2_rijk-van-nijmegen_seed.pdf';
/** OCR in a browser worker takes seconds per page; the first page also loads the core. */
const OCR_TIMEOUT_MS = 90_000;

interface TruthRow {
  name: string;
  counts: (number | null)[];
  total: number | null;
}
interface TruthTable {
  region: string;
  rows: TruthRow[];
  totalRow: TruthRow;
}

function truthTable(relative: string): TruthTable {
  const truth = JSON.parse(readFileSync(path.join(FIXTURES_DIR, relative.replace(/\.pdf$/, '.json')), 'utf8')) as {
    documents: { tables: TruthTable[] }[];
  };
  const table = truth.documents[0]?.tables[0];
  if (!table) throw new Error(`${relative}: no table in its truth`);
  return table;
}

const e2e = useBrowserPages('ocr', { afterEachChecks: 'none' });

describe('browser edition: scanned PDFs', () => {
  it('reads a dropped scan with OCR from its own origin: the grid holds the truth, page by page progress shown', async () => {
    const start = await StartScreen.open(e2e.page, e2e.web.url);
    const tables = await start.dropPdfs([fixtureFile(SCAN)]);
    const ocrNote = e2e.page.getByTestId('extract-progress-ocr');
    await ocrNote.waitFor({ timeout: OCR_TIMEOUT_MS });
    expect((await ocrNote.textContent())?.trim()).toBe('tekstherkenning pagina 1');
    await screenshot(e2e.page, 'ocr-01-recognizing');
    await tables.waitUntilListed([path.basename(SCAN)], OCR_TIMEOUT_MS);
    await screenshot(e2e.page, 'ocr-02-read');

    const truth = truthTable(SCAN);
    expect(await tables.statusBar.rowCount()).toBe(truth.rows.length);
    const grid = tables.municipalities;
    const shown = (value: number | null): string => (value === null ? '' : formatNumber(value));
    const rows: [string, TruthRow][] = [
      ...truth.rows.map((row, index): [string, TruthRow] => [MunicipalityGrid.rowId(0, 0, index), row]),
      [MunicipalityGrid.rowId(0, 0, 'total'), truth.totalRow],
    ];
    for (const [rowId, row] of rows) {
      const read = { counts: await Promise.all(['c0', 'c1', 'c2', 'c3'].map((col) => grid.text(rowId, col))), total: await grid.text(rowId, 'total') };
      expect(read, `${rowId} ${row.name}`).toEqual({ counts: row.counts.map(shown), total: shown(row.total) });
    }

    // Everything came from the app's server: tesseract.js's worker, core and language data too.
    const origin = new URL(e2e.web.url).origin;
    expect(foreignRequests(e2e.watch, e2e.web.url)).toEqual([]);
    expect(e2e.watch.requests.some((url) => url.startsWith(`${origin}/tesseract/worker.min.js`))).toBe(true);
    expect(e2e.watch.requests.some((url) => /\/tesseract\/core\/tesseract-core-[a-z-]*lstm\.wasm\.js$/.test(url))).toBe(true);
    expect(e2e.watch.requests).toContain(`${origin}/tesseract/lang/eng.traineddata.gz`);
    expect(e2e.watch.cspViolations).toEqual([]);
    expect(e2e.watch.errors).toEqual([]);
  });

  it('reads no scan after "Geen tekstherkenning", and remembers that choice after a reload', async () => {
    let start = await StartScreen.open(e2e.page, e2e.web.url);
    expect(await start.ocrMode()).toBe('auto');
    await start.chooseOcrMode('never');
    const tables = await start.dropPdfs([fixtureFile(SCAN)]);
    await tables.waitUntilListed([path.basename(SCAN)]);
    expect(await tables.fileError(path.basename(SCAN))).toMatch(/tekstherkenning \(OCR\) is nodig/);
    expect(e2e.watch.requests.filter((url) => url.includes('/tesseract/'))).toEqual([]);

    await e2e.page.reload();
    start = await StartScreen.attach(e2e.page);
    expect(await start.ocrMode()).toBe('never');
    await start.chooseOcrMode('auto');
    await e2e.page.reload();
    expect(await (await StartScreen.attach(e2e.page)).ocrMode()).toBe('auto');
  });

  it('cancels a scan while it is recognised and reads the next file', async () => {
    const start = await StartScreen.open(e2e.page, e2e.web.url);
    // Bytes this browser has not read before: an earlier test's reading of the scan is in the
    // read cache and would come back at once, with no recognition to cancel.
    const scan = fixtureFile(SCAN);
    const tables = await start.dropPdfs([{ ...scan, buffer: Buffer.concat([scan.buffer, Buffer.from('\n% niet eerder gelezen\n')]) }]);
    await e2e.page.getByTestId('extract-progress-ocr').waitFor({ timeout: OCR_TIMEOUT_MS });
    await tables.cancelReading();
    expect(await tables.statusBar.message.textContent()).toMatch(/Niet ingelezen \(geannuleerd\): p4_200dpi_2017q4_noord-holland-noord\.pdf/);
    expect(await tables.loadedFiles()).toEqual([]);

    await (await StartScreen.attach(e2e.page)).dropPdfs([fixtureFile(SEED)]);
    await tables.waitUntilListed([path.basename(SEED)]);
    expect(await tables.statusBar.rowCount()).toBe(7);
    expect(e2e.watch.errors).toEqual([]);
  });

  it('draws a page whose text does not decode (no scan image) on an OffscreenCanvas and reads it', async () => {
    const spec = sampleTable();
    const bytes = await withScrambledTextLayer(await buildPdf([{ width: 595, height: 842, texts: tableTexts(spec, await helvetica()) }]));
    const start = await StartScreen.open(e2e.page, e2e.web.url);
    const tables = await start.dropPdfs([{ name: 'versleuteld.pdf', mimeType: 'application/pdf', buffer: Buffer.from(bytes) }]);
    await tables.waitUntilListed(['versleuteld.pdf'], OCR_TIMEOUT_MS);
    expect(await tables.loadedFiles()).toEqual(['versleuteld.pdf']);
    const grid = tables.municipalities;
    for (const [index, row] of spec.rows.entries()) {
      const rowId = MunicipalityGrid.rowId(0, 0, index);
      const shown = await Promise.all(['c0', 'c1', 'c2', 'c3', 'total'].map((col) => grid.text(rowId, col)));
      expect(shown, row.name).toEqual([...row.counts, row.total].map((value) => formatNumber(value)));
    }
    expect(e2e.watch.cspViolations).toEqual([]);
    expect(e2e.watch.errors).toEqual([]);
  });
});
