// Browser edition benchmarks (a section of `npm run bench`; alone: `tsx bench/browser.ts`):
//  - 20 copies of the national publication chosen in the page → every row in the grid
//    (goal ≤ 2 s, issue 14), with a fresh page and an empty read cache each run: the engine workers start cold, as for a user;
//  - one cell edit → the status bar's flag count updated, timed inside the page with
//    performance.now() (goal ≤ 20 ms median), with those 20 files loaded.
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Measurement, Section } from './run';
import { buildWebEdition } from '../src/web/buildWeb';
import { serveStatic, type StaticServer } from '../src/web/staticServer';
import { launchBrowser, type BrowserSession } from '../tests/e2e/support/browser';
import { distinctCopies, truthRowCount, type InputFile } from '../tests/e2e/support/fixtures';

const NATIONAL = 'national/p5_2019q2_national_10regions.pdf';
const COPIES = 20;
const ROWS = COPIES * truthRowCount(NATIONAL);
const dutchCount = (count: number) => new Intl.NumberFormat('nl-NL').format(count);

/** The browser, the server and a page, started once for both measurements. */
class BrowserBench {
  private server?: StaticServer;
  private browser?: BrowserSession;
  page?: Page;

  constructor(private readonly site: string) {}

  async start(): Promise<void> {
    [this.server, this.browser] = await Promise.all([serveStatic(this.site), launchBrowser()]);
  }

  /** A fresh page, loaded and settled as when a user is about to choose files: empty session,
   * engine workers started but never used. `readCache` 'empty': files read in earlier runs are
   * forgotten (the page opens its read cache only with the first file, so it can be removed). */
  async freshPage(readCache: 'empty' | 'as-left' = 'empty'): Promise<Page> {
    await this.page?.close();
    this.page = await this.browser!.context.newPage();
    await this.page.goto(this.server!.url, { waitUntil: 'networkidle' });
    await this.page.getByTestId('pdf-input').waitFor();
    if (readCache === 'empty') await this.page.evaluate(DELETE_READ_CACHE);
    return this.page;
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    await this.server?.close();
  }
}

const DELETE_READ_CACHE = `new Promise((resolve, reject) => {
  const deleting = indexedDB.deleteDatabase('klantprofielen-leescache');
  deleting.onsuccess = resolve;
  deleting.onerror = () => reject(deleting.error);
  deleting.onblocked = () => reject(new Error('the read cache is open'));
})`;

/** Seconds from choosing the files until the status bar and the grid hold every row. */
async function loadAll(page: Page, files: InputFile[]): Promise<number> {
  const start = process.hrtime.bigint();
  await page.getByTestId('pdf-input').first().setInputFiles(files);
  await page.waitForFunction(
    ([rows, label]) =>
      document.querySelector('[data-testid="status-rows"]')?.textContent?.startsWith(`${label} `) &&
      // AG Grid counts its header row(s) and the TOTAAL AMR rows in aria-rowcount.
      Number(document.querySelector('[data-testid="municipality-grid"] [aria-rowcount]')?.getAttribute('aria-rowcount')) > (rows as number),
    [ROWS, dutchCount(ROWS)] as const,
    { timeout: 120_000, polling: 'raf' },
  );
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const flags = await page.getByTestId('status-flags').textContent();
  if (!flags?.startsWith('0 ') && flags?.trim() !== 'Geen meldingen') throw new Error(`expected no flags on the national copies, the page shows '${flags}'`);
  return seconds;
}

/** Waits in the page for the next change of status-flags and resolves with the milliseconds
 * since the Enter key that committed the edit. A string, not a function: tsx would add its
 * `__name` helper to a function's inner functions, which the page does not have. */
const WATCH_EDIT_TO_FLAGS = `
  window.editToFlags = new Promise((resolve, reject) => {
    let enterAt = 0;
    const onKey = (event) => { if (event.key === 'Enter' && enterAt === 0) enterAt = performance.now(); };
    window.addEventListener('keydown', onKey, true); // capture: before the grid sees it
    const observer = new MutationObserver(() => {
      observer.disconnect();
      window.removeEventListener('keydown', onKey, true);
      resolve(performance.now() - enterAt);
    });
    observer.observe(document.querySelector('[data-testid="status-flags"]'), { childList: true, characterData: true, subtree: true });
    setTimeout(() => {
      observer.disconnect();
      reject(new Error('status-flags did not change within 10 s of the edit'));
    }, 10000);
  });
  undefined; // evaluate() would otherwise wait for the promise, which waits for the edit
`;

/** In-page milliseconds from the Enter that commits an edit until status-flags changes. */
async function timedEdit(page: Page, rowId: string, value: string): Promise<number> {
  await page.evaluate(WATCH_EDIT_TO_FLAGS);
  const cell = page.locator(`[data-testid="municipality-grid"] .ag-row[row-id="${rowId}"] .ag-cell[col-id="total"]`);
  await cell.click({ position: { x: 12, y: 5 } });
  await page.keyboard.press('F2');
  await cell.locator('input').fill(value);
  await page.keyboard.press('Enter');
  return Number(await page.evaluate('window.editToFlags'));
}

export const browserSection: Section = {
  title: `Browserversie (Chromium): ${COPIES} × ${path.basename(NATIONAL)}, ${dutchCount(ROWS)} rijen`,
  async prepare() {
    const site = path.resolve(__dirname, '.work/web'); // gitignored, like the other sections' input
    await buildWebEdition(site);
    return site;
  },
  compareToFirst: false,
  measurements(site): Measurement[] {
    // Distinct bytes per copy: the app reads a file it already has only once.
    const files = distinctCopies(NATIONAL, COPIES);
    const loading = new BrowserBench(site);
    const editing = new BrowserBench(site);
    // Aalten (first row of the first copy) prints 325; 335 breaks its row and column totals.
    const aalten = '0-0-0';
    let wrong = false;
    return [
      {
        name: `${COPIES} PDF's kiezen → alle rijen in het raster (doel ≤ 2 s)`,
        setup: () => loading.start(),
        run: async () => loadAll(await loading.freshPage(), files),
        teardown: () => loading.stop(),
      },
      {
        // Issue 14: files read before (same bytes, same engine) come from the read cache.
        name: `dezelfde ${COPIES} PDF's nog eens, nieuwe pagina (leescache)`,
        async setup() {
          await loading.start();
          await loadAll(await loading.freshPage('empty'), files);
        },
        run: async () => loadAll(await loading.freshPage('as-left'), files),
        teardown: () => loading.stop(),
      },
      {
        name: 'celwijziging → meldingen bijgewerkt, in de pagina (doel ≤ 20 ms)',
        async setup() {
          await editing.start();
          await loadAll(await editing.freshPage(), files);
        },
        async run() {
          wrong = !wrong;
          return (await timedEdit(editing.page!, aalten, wrong ? '335' : '325')) / 1000;
        },
        teardown: () => editing.stop(),
      },
    ];
  },
};
