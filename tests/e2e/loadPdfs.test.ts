// Browser edition, end to end: PDFs chosen in the page are read by the engine in Web Workers,
// under the strict CSP, without a single request leaving 127.0.0.1.
import { describe, expect, it } from 'vitest';
import { StartScreen } from './pages/StartScreen';
import { screenshot } from './support/artifacts';
import { useBrowserPages } from './support/browserPages';
import { distinctCopies, fixtureFile, truthRowCount } from './support/fixtures';
import { foreignRequests } from './support/pageWatch';

const NATIONAL = 'national/p5_2019q2_national_10regions.pdf';
const SEEDS = ['text/p1_2017q3_zuid-limburg_seed.pdf', 'text/p1_2020q2_rijk-van-nijmegen_seed.pdf'];

const e2e = useBrowserPages('load', { afterEachChecks: 'none' });

describe('browser edition: loading PDFs', () => {
  it('reads both seed PDFs: 25 rows (18 + 7), no flags', async () => {
    const start = await StartScreen.open(e2e.page, e2e.web.url);
    await screenshot(e2e.page, 'load-01-start');
    const tables = await start.choosePdfs(SEEDS.map((seed) => fixtureFile(seed)));
    await screenshot(e2e.page, 'load-02-seeds-loaded');

    expect(SEEDS.map(truthRowCount)).toEqual([18, 7]);
    expect(await tables.statusBar.rowCount()).toBe(25);
    expect(await tables.statusBar.flagCount()).toBe(0);
    expect(e2e.watch.errors).toEqual([]);
  });

  it('lists a damaged file with its Dutch error and still loads the good one', async () => {
    const start = await StartScreen.open(e2e.page, e2e.web.url);
    const tables = await start.choosePdfs([fixtureFile('bad/truncated.pdf'), fixtureFile(SEEDS[1]!)]);
    await screenshot(e2e.page, 'load-03-bad-and-good');

    expect(await tables.fileError('truncated.pdf')).toMatch(/'truncated\.pdf' is beschadigd of onvolledig/);
    expect(await tables.statusBar.rowCount()).toBe(7);
    expect(await tables.statusBar.flagCount()).toBe(0);
  });

  it('stops reading on "Annuleren" and reads the next files with fresh workers', async () => {
    const start = await StartScreen.open(e2e.page, e2e.web.url);
    const copies = distinctCopies(NATIONAL, 12);
    const tables = await start.startReading(copies);
    await tables.waitForPagesRead(); // reading has begun, most files are still to come
    await tables.cancelReading();
    await screenshot(e2e.page, 'load-04-cancelled');

    const loaded = await tables.loadedFiles();
    expect(loaded.length).toBeLessThan(copies.length);
    expect(await tables.statusBar.rowCount()).toBe(loaded.length * truthRowCount(NATIONAL));
    // One cancelled file is named, several are counted.
    const cancelled = copies.length - loaded.length;
    expect(await tables.statusBar.message.textContent()).toMatch(
      cancelled === 1 ? /Niet ingelezen \(geannuleerd\): copy_\d+\.pdf/ : new RegExp(`${cancelled} bestanden niet ingelezen \\(geannuleerd\\)`),
    );

    // The cancelled files' workers were terminated; new ones read the next file.
    await tables.addPdfs([fixtureFile(SEEDS[1]!)]);
    expect(await tables.statusBar.rowCount()).toBe(loaded.length * truthRowCount(NATIONAL) + 7);
    expect(e2e.watch.errors).toEqual([]);
  });

  it('sends no request beyond its own server and breaks no CSP rule, workers included', async () => {
    const start = await StartScreen.open(e2e.page, e2e.web.url);
    await start.choosePdfs([fixtureFile(SEEDS[0]!), fixtureFile('bad/truncated.pdf')]);

    expect(e2e.watch.requests.length).toBeGreaterThan(0);
    expect(foreignRequests(e2e.watch, e2e.web.url)).toEqual([]);
    expect(e2e.watch.cspViolations).toEqual([]);
    expect(e2e.watch.errors).toEqual([]);
    // The engine ran in a worker whose script came from the app's own origin. (Counted by the
    // script's request, not by Playwright's 'worker' event: a worker that ends with its file can
    // be gone before a busy machine reports it: under load this failed in every run.)
    const origin = new URL(e2e.web.url).origin;
    const workerScripts = e2e.watch.requests.filter((url) => /\/engineWorker[^/]*\.js$/.test(new URL(url).pathname));
    expect(workerScripts.length).toBeGreaterThan(0);
    expect(workerScripts.every((url) => new URL(url).origin === origin)).toBe(true);
  });

  it('would notice a CSP violation (the check above is not blind)', async () => {
    await StartScreen.open(e2e.page, e2e.web.url);
    await e2e.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
    });
    await expect.poll(() => e2e.watch.cspViolations.length).toBeGreaterThan(0);
    expect(await e2e.page.evaluate(() => (window as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
  });
});
