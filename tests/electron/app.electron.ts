// The real desktop app in the real Electron (issue 12), run by `npm run test:electron` only.
// One fresh data folder for the whole file; the tests follow each other like an analyst's day:
// PDFs from the command line (a text PDF with a planted error and a scan), one more from the
// menu's open dialog, a correction, the workbook saved and read back, the hardening checked on
// the running app, then a restart that restores the session.
import { copyFile, mkdtemp, readFile, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/engine/format';
import { APP_ENTRY_URL } from '../../src/main/security';
import { MunicipalityGrid } from '../e2e/pages/MunicipalityGrid';
import { RestoreOffer } from '../e2e/pages/Review';
import { TablesScreen } from '../e2e/pages/TablesScreen';
import { FIXTURES_DIR } from '../e2e/support/fixtures';
import { readWorkbook, sheetRows } from '../e2e/support/workbook';
import {
  answerOpenDialogs,
  answerSaveDialogs,
  clickMenuItem,
  launchApp,
  recordSessionRequests,
  sessionRequests,
  userDataOf,
  type RunningApp,
} from './support/app';

// Planted error: 'Utrecht' prints a row total 10 too high (5.503 instead of 5.493).
const ROW_TOTAL_ERROR = 'errors/err_p1_2020q3_midden-utrecht_rowtotal.pdf';
const SCAN = 'scans/p4_300dpi_2020q3_twente.pdf';
const FROM_MENU = 'text/p1_2017q3_zuid-limburg_seed.pdf';
const OCR_TIMEOUT_MS = 180_000;
/** Schemes a request may use without leaving the machine. */
const LOCAL_URL = /^(app:\/\/klantprofielen\/|data:|blob:|devtools:|chrome:|about:)/;
const REFUSED_NAVIGATION = 'https://navigation-must-be-refused.invalid/';
const REFUSED_POPUP = 'https://popup-must-be-denied.invalid/';

interface TruthRow {
  name: string;
  counts: (number | null)[];
  total: number | null;
}
interface Truth {
  documents: { tables: { region: string; rows: TruthRow[] }[] }[];
}

let dir: string;
let userData: string;
let pdfs: { error: string; scan: string; menu: string };
let running: RunningApp | undefined;

function current(): RunningApp {
  if (!running) throw new Error('the app is not running: an earlier step failed');
  return running;
}

async function closeApp(): Promise<void> {
  const app = running?.app;
  running = undefined;
  await app?.close();
}

/** Row id (`${doc}-${table}-${row}`) of the municipality `name` in `region`, read from the grid
 * with the region filter set: documents are numbered in the order they arrived. */
async function rowIdOf(page: Page, region: string, name: string): Promise<string> {
  await page.getByTestId('filter-region').selectOption(region);
  const handle = await page.waitForFunction(
    (wanted) => {
      for (const row of document.querySelectorAll<HTMLElement>(
        '[data-testid="municipality-grid"] .ag-center-cols-container .ag-row, [data-testid="municipality-grid"] .ag-pinned-left-cols-container .ag-row',
      )) {
        if (row.querySelector('.ag-cell[col-id="name"]')?.textContent?.trim() === wanted) return row.getAttribute('row-id');
      }
      return null;
    },
    name,
    { timeout: 10_000 },
  );
  return (await handle.jsonValue()) as string;
}

/** Evaluates in the preload's isolated world through the DevTools protocol (the page's own world
 * cannot see it: that is what contextIsolation means). */
async function preloadWorldFacts(page: Page): Promise<{ contextIsolated: unknown; sandboxed: unknown; nodeRequire: boolean }> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context as (typeof contexts)[number]));
  await cdp.send('Runtime.enable');
  try {
    const isolated = contexts.filter((context) => context.auxData?.isDefault === false);
    for (const context of isolated) {
      const { result } = await cdp.send('Runtime.evaluate', {
        contextId: context.id,
        returnByValue: true,
        expression: `typeof process === 'object' && process !== null && 'contextIsolated' in process
          ? ({ contextIsolated: process.contextIsolated, sandboxed: process.sandboxed,
               nodeRequire: typeof require === 'function' && (() => { try { require('fs'); return true; } catch { return false; } })() })
          : null`,
      });
      if (result.value) return result.value as { contextIsolated: unknown; sandboxed: unknown; nodeRequire: boolean };
    }
    throw new Error(`no preload world among the page's execution contexts (${contexts.map((context) => context.name).join(', ')})`);
  } finally {
    await cdp.detach();
  }
}

async function waitForFile(file: string, part: string, timeoutMs = 15_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const text = await readFile(file, 'utf8').catch(() => '');
    if (text.includes(part)) return text;
    if (Date.now() > until) throw new Error(`${file} never contained ${part}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

beforeAll(async () => {
  dir = await realpath(await mkdtemp(path.join(tmpdir(), 'klantprofielen-electron-')));
  userData = path.join(dir, 'userData');
  const copy = async (relative: string): Promise<string> => {
    const target = path.join(dir, path.basename(relative));
    await copyFile(path.join(FIXTURES_DIR, relative), target);
    return target;
  };
  pdfs = { error: await copy(ROW_TOTAL_ERROR), scan: await copy(SCAN), menu: await copy(FROM_MENU) };
});

afterAll(async () => {
  await closeApp().catch(() => undefined);
  if (!process.env['KLANTPROFIELEN_KEEP_TEMP']) await rm(dir, { recursive: true, force: true });
});

describe('the desktop app in Electron', () => {
  it('starts with a fresh data folder and reads the PDFs named on the command line: a text PDF and a scan', async () => {
    running = await launchApp(userData, [pdfs.error, pdfs.scan]);
    const { app, page } = running;
    await recordSessionRequests(app);
    expect(await userDataOf(app)).toBe(await realpath(userData));
    expect(page.url()).toBe(APP_ENTRY_URL);

    const tables = new TablesScreen(page);
    await tables.waitUntilListed([path.basename(pdfs.error), path.basename(pdfs.scan)], OCR_TIMEOUT_MS);
    expect((await tables.loadedFiles()).sort()).toEqual([path.basename(pdfs.error), path.basename(pdfs.scan)].sort());

    // The scan went through OCR in main's worker threads: its grid holds the fixture's truth.
    const truth = JSON.parse(await readFile(path.join(FIXTURES_DIR, SCAN.replace(/\.pdf$/, '.json')), 'utf8')) as Truth;
    const table = truth.documents[0]?.tables[0];
    if (!table) throw new Error(`${SCAN}: no table in its truth`);
    const first = table.rows[0];
    if (!first) throw new Error(`${SCAN}: no rows in its truth`);
    const rowId = await rowIdOf(page, table.region, first.name);
    expect(await tables.municipalities.text(rowId, 'total')).toBe(first.total === null ? '' : formatNumber(first.total));
    expect(await tables.municipalities.text(rowId, 'c0')).toBe(first.counts[0] == null ? '' : formatNumber(first.counts[0]));
    await page.getByTestId('filter-region').selectOption('');
  });

  it("opens a PDF with the menu's open dialog (answered in main)", async () => {
    const { app, page } = current();
    await answerOpenDialogs(app, [pdfs.menu]);
    await clickMenuItem(app, "PDF's openen…");
    const tables = new TablesScreen(page);
    await tables.waitUntilListed([path.basename(pdfs.menu)]);
    expect(await tables.loadedFiles()).toContain(path.basename(pdfs.menu));
  });

  it('flags the planted row-total error, and a correction clears the flags', async () => {
    const { page } = current();
    const tables = new TablesScreen(page);
    const grid = tables.municipalities;
    const utrecht = await rowIdOf(page, 'Midden-Utrecht', 'Utrecht');
    const totaalAmr = utrecht.replace(/-\d+$/, '-total');
    expect(await grid.text(utrecht, 'total')).toBe('5.503');
    expect(await grid.isFlagged(utrecht, 'total')).toBe(true);
    expect(await grid.isFlagged(totaalAmr, 'total')).toBe(true);
    expect(await grid.text(utrecht, 'check')).toBe('Rijtotaal klopt niet');

    await grid.edit(utrecht, 'total', '5.493');
    await grid.waitForText(utrecht, 'total', '5.493');
    await expect.poll(() => grid.isFlagged(utrecht, 'total')).toBe(false);
    expect(await grid.isFlagged(totaalAmr, 'total')).toBe(false);
    expect(await grid.isMarkedEdited(utrecht, 'total')).toBe(true);
    expect(await grid.text(utrecht, 'check')).toBe('OK');
    expect(await tables.statusBar.correctionCount()).toBe(1);
    await page.getByTestId('filter-region').selectOption('');
  });

  it('saves the workbook where the save dialog says, and it reads back with the correction', async () => {
    const { app, page } = current();
    const target = path.join(dir, 'uit.xlsx');
    await answerSaveDialogs(app, target);
    await page.getByTestId('save-xlsx').click();
    await expect.poll(() => page.getByTestId('status-message').textContent(), { timeout: 30_000 }).toContain('Opgeslagen');

    const workbook = readWorkbook(target);
    const utrecht = sheetRows(workbook, 'Gemeenten').find((row) => row['Gemeente'] === 'Utrecht');
    expect(utrecht).toMatchObject({ Arbeidsmarktregio: 'Midden-Utrecht', Totaal: 5493 });
    expect(sheetRows(workbook, 'Correcties')).toHaveLength(1);
    // Three files read: the two from the command line and the one from the menu.
    expect(sheetRows(workbook, 'Bronnen').length).toBeGreaterThanOrEqual(3);
  });

  it('is hardened, checked on the running app', async () => {
    const { app, page, pageRequests, pageErrors } = current();

    // contextIsolation and sandbox, live: the preload runs in a world of its own (a second
    // execution context in the page), and there its `process` says so (sandboxed preloads get
    // Electron's process subset with `sandboxed` and `contextIsolated`).
    expect(await preloadWorldFacts(page)).toEqual({ contextIsolated: true, sandboxed: true, nodeRequire: false });
    // Where Electron reports it (macOS, Windows), the renderer process is sandboxed too.
    const metrics = await app.evaluate(({ app: electronApp }) =>
      electronApp
        .getAppMetrics()
        .filter((metric) => metric.type === 'Tab')
        .map((metric) => metric.sandboxed ?? null),
    );
    expect(metrics.length).toBeGreaterThan(0);
    for (const sandboxed of metrics) expect(sandboxed === null || sandboxed).toBe(true);

    // No Node in the page; the bridge is the only thing the preload added.
    expect(
      await page.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        module: typeof (globalThis as { module?: unknown }).module,
      })),
    ).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
    });

    // The CSP comes as a header on the app's own responses, and it is in force.
    const csp = await page.evaluate(async () => (await fetch('/index.html')).headers.get('content-security-policy'));
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(
      await page.evaluate(() => {
        try {
          return typeof new Function('return 1');
        } catch {
          return 'blocked';
        }
      }),
    ).toBe('blocked');

    // window.open is denied: no second window, nothing returned.
    const windowsBefore = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
    expect(await page.evaluate((url) => window.open(url) === null, REFUSED_POPUP)).toBe(true);
    await page.waitForTimeout(500);
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(windowsBefore);
    expect(app.windows()).toHaveLength(1);

    // Navigating away is refused: the page stays the app, its tables still there.
    await page.evaluate((url) => {
      window.location.href = url;
    }, REFUSED_NAVIGATION);
    await page.waitForTimeout(1_000);
    expect(page.url()).toBe(APP_ENTRY_URL);
    expect(await new TablesScreen(page).loadedFiles()).toHaveLength(3);

    // No request left the app: main's network stack saw only app://, data: and blob: (the refused
    // navigation and popup never reached it), and so did Playwright, apart from those two attempts.
    const fromMain = await sessionRequests(app);
    expect(fromMain.filter((url) => !LOCAL_URL.test(url))).toEqual([]);
    const attempts = new Set([REFUSED_NAVIGATION, REFUSED_POPUP]);
    expect(pageRequests.filter((url) => !LOCAL_URL.test(url) && !attempts.has(url))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('restarts and restores the session from the data folder, the correction included', async () => {
    await waitForFile(path.join(userData, 'session.json'), '"value":5493');
    await closeApp();

    running = await launchApp(userData);
    const { app, page } = running;
    expect(await userDataOf(app)).toBe(await realpath(userData));
    const offer = new RestoreOffer(page);
    await offer.root.waitFor({ timeout: 30_000 });
    expect(await offer.summary()).toMatch(/^3 bestanden, 1 correctie · /);
    await offer.restore();

    const tables = new TablesScreen(page);
    const names = [pdfs.error, pdfs.scan, pdfs.menu].map((file) => path.basename(file));
    await tables.waitUntilListed(names, OCR_TIMEOUT_MS);
    expect((await tables.loadedFiles()).sort()).toEqual([...names].sort());
    const utrecht = await rowIdOf(page, 'Midden-Utrecht', 'Utrecht');
    await tables.municipalities.waitForText(utrecht, 'total', '5.493', 30_000);
    expect(await tables.municipalities.isMarkedEdited(utrecht, 'total')).toBe(true);
    expect(await tables.municipalities.isFlagged(utrecht, 'total')).toBe(false);
    expect(running.pageErrors).toEqual([]);
  });
});

// Keeps MunicipalityGrid's row-id contract in view: `${doc}-${table}-total` is TOTAAL AMR.
void MunicipalityGrid;
