// Browser edition, end to end, at the default 1280×800 window (issue 11, items 1, 8, 9 and 13):
// restoring many files never widens the window (the notice summarises, "details" lists every
// file); files that could not be read come back as such, with their reason, and are never asked
// for; the "Niet ingelezen" box is Dutch, shows its entries whole (or collapsed, on request
// all), and can be closed; PDFs dragged over a loaded window show where they will land.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FailedFiles } from './pages/FailedFiles';
import { pageScrollWidth, rightEdges } from './pages/Layout';
import { MunicipalityGrid } from './pages/MunicipalityGrid';
import { PendingFiles, Projects, RestoreOffer } from './pages/Review';
import { StartScreen } from './pages/StartScreen';
import { TablesScreen } from './pages/TablesScreen';
import { WindowDrop } from './pages/WindowDrop';
import { screenshot } from './support/artifacts';
import { launchBrowser } from './support/browser';
import { useBrowserPages } from './support/browserPages';
import { FIXTURES_DIR, fixtureFile, type InputFile } from './support/fixtures';
import { foreignRequests, watchPage } from './support/pageWatch';
import { waitForSavedSession } from './support/savedSession';

const VIEWPORT_WIDTH = 1280;
const pdfsIn = (folder: string): string[] =>
  readdirSync(path.join(FIXTURES_DIR, folder))
    .filter((name) => name.endsWith('.pdf'))
    .sort()
    .map((name) => `${folder}/${name}`);
const READABLE = [...pdfsIn('text'), ...pdfsIn('errors')];
/** Each one must give an error (tests/fixtures/bad/*.json: "expect": "error"). */
const BROKEN = pdfsIn('bad');
const ZUID_LIMBURG = 'text/p1_2017q3_zuid-limburg_seed.pdf';
const MIDDEN_UTRECHT = 'errors/err_p1_2020q3_midden-utrecht_rowtotal.pdf';
const NIJMEGEN = 'text/p1_2020q2_rijk-van-nijmegen_seed.pdf';
const TRUNCATED = 'bad/truncated.pdf';
const UNRELATED = 'bad/unrelated_text_page.pdf';
const base = (file: string): string => path.basename(file);
/** pdf.js's own (English) words for a broken file, and English in general. */
const ENGLISH = /\b(invalid|structure|error|exception|unexpected|missing|the|of the|failed)\b/i;

const e2e = useBrowserPages('restore-notices', { afterEachChecks: 'clean', tempDirPrefix: 'klantprofielen-e2e-restore-notices-' });

/** Row id of a municipality (files finish in any order, so their doc index is not known). */
async function rowOf(target: Page, region: string, name: string): Promise<string> {
  await target.getByTestId('filter-region').selectOption(region);
  const grid = new MunicipalityGrid(target);
  await grid.root.locator('.ag-cell[col-id="name"]', { hasText: name }).first().waitFor();
  return grid.root.evaluate((root, wanted) => {
    const cell = [...root.querySelectorAll('.ag-cell[col-id="name"]')].find((element) => element.textContent?.trim() === wanted);
    return cell?.closest('.ag-row')?.getAttribute('row-id') ?? '';
  }, name);
}

/** Corrects one cell of a region and shows all regions again. */
async function correct(target: Page, region: string, name: string, column: string, value: string): Promise<void> {
  const grid = new MunicipalityGrid(target);
  const row = await rowOf(target, region, name);
  await grid.edit(row, column, value);
  await grid.waitForText(row, column, value);
  await target.getByTestId('filter-region').selectOption('');
}

/** The header's, the toolbar's and the status bar's controls that must stay in the window. */
function windowControls(target: Page) {
  return {
    saveExcel: target.getByTestId('save-xlsx'),
    closeAll: target.getByTestId('close-all'),
    undo: target.getByTestId('undo'),
    redo: target.getByTestId('redo'),
    previousFlag: target.getByTestId('flag-previous'),
    flagPosition: target.getByTestId('flag-position'),
    nextFlag: target.getByTestId('flag-next'),
    showSource: target.locator('label', { has: target.getByTestId('source-toggle') }),
  };
}

async function expectWindowFits(target: Page): Promise<void> {
  expect(await pageScrollWidth(target)).toBeLessThanOrEqual(VIEWPORT_WIDTH);
  const edges = await rightEdges(windowControls(target));
  for (const [name, right] of Object.entries(edges)) expect({ name, right: right <= VIEWPORT_WIDTH }).toEqual({ name, right: true });
}

async function pageCount(file: string): Promise<number> {
  return (await PDFDocument.load(fixtureFile(file).buffer)).getPageCount();
}

describe('restoring many files', () => {
  it('keeps the window at 1280 px: a counted summary, every file under "details", broken files back as not read', { timeout: 240_000 }, async () => {
    const start = await StartScreen.openFresh(e2e.page, e2e.web.url);
    const all = [...READABLE, ...BROKEN];
    await start.choosePdfs(all.map((file) => fixtureFile(file)));
    const failedBox = new FailedFiles(e2e.page);
    expect((await failedBox.entries()).map((entry) => entry.file).sort()).toEqual(BROKEN.map(base).sort());
    const reasons = await failedBox.entries();

    // Corrections in two of the files.
    await correct(e2e.page, 'Zuid-Limburg', 'Heerlen', 'c1', '330');
    await correct(e2e.page, 'Midden-Utrecht', 'Utrecht', 'total', '5.493');
    await waitForSavedSession(e2e.page, ['"value":330', '"value":5493']);

    await e2e.page.reload();
    const offer = new RestoreOffer(e2e.page);
    await offer.root.waitFor();
    await offer.restore();
    const restored = new TablesScreen(e2e.page);
    const pending = new PendingFiles(e2e.page);
    // A broken file is never looked for or asked for: it is back at once, as not read.
    await failedBox.root.waitFor();
    expect(await failedBox.entries()).toEqual(reasons);
    expect((await pending.files()).filter((file) => BROKEN.map(base).includes(file.name))).toEqual([]);
    // Files the browser did not keep (if any) are given back by the analyst.
    await expect.poll(async () => (await pending.files()).every((file) => file.state !== 'reading'), { timeout: 120_000 }).toBe(true);
    if ((await pending.files()).length > 0) await pending.choose(READABLE.map((file) => fixtureFile(file)));
    await restored.waitUntilListed(all.map(base), 120_000);
    await expect.poll(() => restored.statusBar.notice(), { timeout: 30_000 }).toContain(`${READABLE.length} bestanden hersteld, 2 met correcties`);
    expect(await pending.root.count()).toBe(0);
    expect((await restored.loadedFiles()).sort()).toEqual(READABLE.map(base).sort());
    expect(await failedBox.entries()).toEqual(reasons);
    expect(await restored.statusBar.correctionCount()).toBe(2);
    await screenshot(e2e.page, 'restore-notices-01-restored');
    await expectWindowFits(e2e.page);

    // "details": every file, in a list that wraps and closes with Escape.
    await restored.statusBar.openDetailsWithKeyboard();
    const items = await restored.statusBar.detailItems();
    expect(items.slice().sort()).toEqual(
      READABLE.map((file) => (file === ZUID_LIMBURG || file === MIDDEN_UTRECHT ? `${base(file)} (1 correctie)` : base(file))).sort(),
    );
    expect(await pageScrollWidth(e2e.page)).toBeLessThanOrEqual(VIEWPORT_WIDTH);
    expect((await rightEdges({ details: restored.statusBar.details })).details).toBeLessThanOrEqual(VIEWPORT_WIDTH);
    await screenshot(e2e.page, 'restore-notices-02-details');
    await e2e.page.keyboard.press('Escape');
    await restored.statusBar.details.waitFor({ state: 'detached' });
    expect(await e2e.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('notice-details-open');
  });

  it(
    'a colleague opening the project is asked only for the files that were read; broken ones are listed once, with their reason',
    { timeout: 180_000 },
    async () => {
      const start = await StartScreen.openFresh(e2e.page, e2e.web.url);
      const files = [ZUID_LIMBURG, MIDDEN_UTRECHT, ...BROKEN];
      await start.choosePdfs(files.map((file) => fixtureFile(file)));
      const reasons = await new FailedFiles(e2e.page).entries();
      expect(reasons.map((entry) => entry.file).sort()).toEqual(BROKEN.map(base).sort());
      await correct(e2e.page, 'Zuid-Limburg', 'Heerlen', 'c1', '330');
      const project = await new Projects(e2e.page).save(e2e.dir);

      const colleague = await launchBrowser();
      const other = await colleague.context.newPage();
      const otherWatch = watchPage(other);
      try {
        await StartScreen.open(other, e2e.web.url);
        await new Projects(other).open(project);
        const pending = new PendingFiles(other);
        await pending.root.waitFor();
        await expect
          .poll(() => pending.files())
          .toEqual([
            { name: base(ZUID_LIMBURG), state: 'choose' },
            { name: base(MIDDEN_UTRECHT), state: 'choose' },
          ]);
        const failedThere = new FailedFiles(other);
        expect(await failedThere.entries()).toEqual(reasons);
        await screenshot(other, 'restore-notices-03-project-opened');

        // The colleague gives the whole folder, broken files included: each is still listed once.
        await pending.choose(files.map((file) => fixtureFile(file)));
        const opened = new TablesScreen(other);
        await opened.waitUntilListed(files.map(base));
        await pending.root.waitFor({ state: 'detached' });
        expect((await opened.loadedFiles()).sort()).toEqual([base(ZUID_LIMBURG), base(MIDDEN_UTRECHT)].sort());
        expect(await failedThere.entries()).toEqual(reasons);
        expect(await opened.statusBar.correctionCount()).toBe(1);
        await expectWindowFits(other);
        expect(foreignRequests(otherWatch, e2e.web.url)).toEqual([]);
        expect(otherWatch.errors).toEqual([]);
      } finally {
        await colleague.close();
      }
    },
  );
});

describe('a very long notice or file name', () => {
  it('wraps instead of widening the window', async () => {
    const start = await StartScreen.openFresh(e2e.page, e2e.web.url);
    const tables = await start.choosePdfs([fixtureFile(ZUID_LIMBURG)]);
    const longName = `${'kwartaalrapportage-arbeidsmarktregio-'.repeat(8)}x.pdf`.slice(-300);
    expect(longName).toHaveLength(300);

    // The same bytes under a 300-character name: "already read", naming it.
    await tables.startAdding([fixtureFile(ZUID_LIMBURG, longName)]);
    await expect.poll(() => tables.statusBar.notice(), { timeout: 30_000 }).toBe(`Al ingelezen, overgeslagen: ${longName}`);
    await screenshot(e2e.page, 'restore-notices-04-long-notice');
    await expectWindowFits(e2e.page);

    // A broken file under a 300-character name: listed under "Niet ingelezen".
    const brokenName = `${longName.slice(0, -5)}y.pdf`;
    await tables.addPdfs([fixtureFile(TRUNCATED, brokenName)]);
    expect(await tables.fileError(brokenName)).toContain(brokenName);
    await screenshot(e2e.page, 'restore-notices-05-long-file-name');
    await expectWindowFits(e2e.page);
  });
});

describe('the "Niet ingelezen" box', () => {
  it('speaks Dutch only, shows every entry whole or on request, and can be closed until another file fails', async () => {
    const start = await StartScreen.openFresh(e2e.page, e2e.web.url);
    const tables = await start.choosePdfs([fixtureFile(ZUID_LIMBURG), ...BROKEN.map((file) => fixtureFile(file))]);
    const box = new FailedFiles(e2e.page);
    const entries = await box.entries();
    expect(entries.map((entry) => entry.file).sort()).toEqual(BROKEN.map(base).sort());
    for (const { file, message } of entries) {
      expect(message).toContain(`'${file}'`);
      expect(message).not.toMatch(ENGLISH);
      expect(message).not.toContain("('s)");
    }
    const pages = await pageCount(UNRELATED);
    expect(pages).toBe(1);
    expect(entries.find((entry) => entry.file === base(UNRELATED))?.message).toContain('(1 pagina doorzocht)');
    expect(await box.showsEveryEntryWhole()).toBe(true);
    expect(await box.showMoreButton.count()).toBe(0);
    await screenshot(e2e.page, 'restore-notices-06-failed-box');

    // More broken files than the box shows at once: collapsed, the rest on request.
    const copies: InputFile[] = [1, 2, 3].map((n) => {
      const file = fixtureFile(TRUNCATED, `kapot_${n}.pdf`);
      return { ...file, buffer: Buffer.concat([file.buffer, Buffer.from(`\n% ${n}\n`)]) };
    });
    await tables.addPdfs(copies);
    const total = BROKEN.length + copies.length;
    const shown = (await box.entries()).length;
    expect(shown).toBeLessThan(total);
    expect((await box.showMoreButton.textContent())?.trim()).toBe(`nog ${total - shown} meer tonen`);
    expect(await box.showsEveryEntryWhole()).toBe(true);
    await screenshot(e2e.page, 'restore-notices-07-failed-box-collapsed');
    await box.showMore();
    expect(await box.entries()).toHaveLength(total);
    expect(await box.showsEveryEntryWhole()).toBe(true);
    await expectWindowFits(e2e.page);

    // Closed; shown again when another file fails.
    await box.close();
    await tables.addPdfs(
      [fixtureFile(TRUNCATED, 'later-kapot.pdf')].map((file) => ({ ...file, buffer: Buffer.concat([file.buffer, Buffer.from('\n% later\n')]) })),
    );
    await box.root.waitFor();
    expect(await tables.fileError('later-kapot.pdf')).toContain("'later-kapot.pdf'");
  });
});

describe('dropping PDFs on a loaded window', () => {
  it('shows where they will land while dragged, and reads them when dropped', async () => {
    const start = await StartScreen.openFresh(e2e.page, e2e.web.url);
    const tables = await start.choosePdfs([fixtureFile(ZUID_LIMBURG)]);
    const drop = new WindowDrop(e2e.page);
    const grid = tables.municipalities.root;
    await expect(drop.indicator.count()).resolves.toBe(0);

    // Dragged in and out of the window again.
    await drop.dragOver([fixtureFile(NIJMEGEN)], grid);
    await drop.indicator.waitFor();
    await screenshot(e2e.page, 'restore-notices-08-drop-indicator');
    await drop.leaveWindow(grid);
    await drop.indicator.waitFor({ state: 'detached' });

    // Escape takes it away.
    await drop.dragOver([fixtureFile(NIJMEGEN)], grid);
    await drop.indicator.waitFor();
    await e2e.page.keyboard.press('Escape');
    await drop.indicator.waitFor({ state: 'detached' });

    // Dropped: gone, and the file is read.
    await drop.dragOver([fixtureFile(NIJMEGEN)], grid);
    await drop.indicator.waitFor();
    await drop.drop(grid);
    await drop.indicator.waitFor({ state: 'detached' });
    await tables.waitUntilListed([base(NIJMEGEN)]);
    expect((await tables.loadedFiles()).sort()).toEqual([base(NIJMEGEN), base(ZUID_LIMBURG)].sort());
  });
});
