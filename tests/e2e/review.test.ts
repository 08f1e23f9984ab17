// Browser edition, end to end: the review workspace. A finding accepted with a note reaches the
// workbook's Controles sheet as "geaccepteerd"; every edit survives a reload (the restore offer
// brings it back); a project opened in a fresh browser, with the PDFs given, shows the same grid
// and corrections; several quarters load together, filter, and land in the long-format sheet.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ConfirmDialog } from './pages/ConfirmDialog';
import { MunicipalityGrid } from './pages/MunicipalityGrid';
import { AcceptPanel, PendingFiles, Projects, RestoreOffer } from './pages/Review';
import { StartScreen } from './pages/StartScreen';
import { TablesScreen } from './pages/TablesScreen';
import { screenshot } from './support/artifacts';
import { launchBrowser } from './support/browser';
import { useBrowserPages } from './support/browserPages';
import { distinctCopies, fixtureFile } from './support/fixtures';
import { foreignRequests, watchPage } from './support/pageWatch';
import { waitForSavedSession } from './support/savedSession';
import { readWorkbook, sheetRows } from './support/workbook';

// Utrecht's total is printed 10 too high: a row-total flag on it and a column-total flag on
// TOTAAL AMR's total. Zuid-Limburg and Rijk van Nijmegen are clean.
const MIDDEN_UTRECHT = 'errors/err_p1_2020q3_midden-utrecht_rowtotal.pdf';
const ZUID_LIMBURG = 'text/p1_2017q3_zuid-limburg_seed.pdf';
const NIJMEGEN = 'text/p1_2020q2_rijk-van-nijmegen_seed.pdf';
const NOTE = 'Zo gedrukt in de publicatie van UWV';

const e2e = useBrowserPages('review', { afterEachChecks: 'clean', tempDirPrefix: 'klantprofielen-e2e-review-' });

async function classes(grid: MunicipalityGrid, rowId: string, colId: string): Promise<string[]> {
  return ((await grid.cell(rowId, colId).getAttribute('class')) ?? '').split(/\s+/);
}

/** A fresh start with Zuid-Limburg and Midden-Utrecht read and Heerlen's second count
 * corrected from 320 to 330: where the restore and project tests begin. */
async function bothFilesWithHeerlenCorrected() {
  const start = await StartScreen.openFresh(e2e.page, e2e.web.url);
  const tables = await start.choosePdfs([fixtureFile(ZUID_LIMBURG), fixtureFile(MIDDEN_UTRECHT)]);
  const grid = tables.municipalities;
  const heerlen = MunicipalityGrid.rowId(0, 0, 4);
  const utrecht = MunicipalityGrid.rowId(1, 0, 9);
  await grid.edit(heerlen, 'c1', '330');
  await grid.waitForText(heerlen, 'c1', '330');
  return { tables, grid, heerlen, utrecht };
}

/** Shows one region's rows only (the grid draws just the rows in view), '' for all. */
async function showRegion(target: Page, region: string): Promise<void> {
  await target.getByTestId('filter-region').selectOption(region);
}

/** What the grid shows of a few cells, region by region, to compare before and after. */
async function gridValues(target: Page, cells: [region: string, rowId: string, colId: string][]): Promise<string[]> {
  const grid = new MunicipalityGrid(target);
  const values: string[] = [];
  for (const [region, rowId, colId] of cells) {
    await showRegion(target, region);
    await grid.cell(rowId, colId).waitFor();
    values.push(await grid.text(rowId, colId));
  }
  await showRegion(target, '');
  return values;
}

describe('accepting a finding', () => {
  it('takes it out of the open findings, marks the cell, and the workbook lists it as geaccepteerd with the note', async () => {
    const start = await StartScreen.openFresh(e2e.page, e2e.web.url);
    const tables = await start.choosePdfs([fixtureFile(MIDDEN_UTRECHT)]);
    const grid = tables.municipalities;
    const utrecht = MunicipalityGrid.rowId(0, 0, 9);
    expect(await tables.statusBar.flagCount()).toBe(2);

    await grid.select(utrecht, 'total');
    await new AcceptPanel(e2e.page).acceptAtCursor(NOTE, () => screenshot(e2e.page, 'review-00-accept-dialog'));
    await tables.statusBar.waitForFlagCount(1);
    expect(await new AcceptPanel(e2e.page).acceptedAtCursor()).toEqual([`Geaccepteerd: Rijtotaal klopt niet — ${NOTE}`]);
    expect(await classes(grid, utrecht, 'total')).toEqual(expect.arrayContaining(['kp-cell--accepted']));
    expect(await classes(grid, utrecht, 'total')).not.toContain('kp-cell--flagged');
    expect(await grid.text(utrecht, 'check')).toBe('Geaccepteerd: Rijtotaal klopt niet');
    expect(await grid.tooltip(utrecht, 'total')).toContain(`Geaccepteerd: ${NOTE}`);
    expect(await e2e.page.getByTestId('status-accepted').textContent()).toBe('1 geaccepteerd');
    // F8 now stops only at what is still open: TOTAAL AMR's total.
    expect(await e2e.page.getByTestId('flag-position').textContent()).toBe('Cel – van 1');
    expect(await tables.statusBar.flags.textContent()).toBe('1 cel met 1 melding');
    await screenshot(e2e.page, 'review-01-accepted');

    const { file } = await tables.saveAsExcel(e2e.dir);
    const checks = sheetRows(readWorkbook(file), 'Controles');
    expect(checks.map((row) => [row.Code, row['Gemeente/rij'], row.Status, row.Notitie])).toEqual([
      ['row-total-mismatch', 'Utrecht', 'geaccepteerd', NOTE],
      ['column-total-mismatch', null, 'open', null],
    ]);
    const gemeenten = sheetRows(readWorkbook(file), 'Gemeenten');
    expect(gemeenten.find((row) => row.Gemeente === 'Utrecht')?.Controle).toBe(
      `Geaccepteerd: Rijtotaal klopt niet: 554 + 1.304 + 2.786 + 849 = 5.493, gedrukt totaal 5.503 (${NOTE})`,
    );

    // Undoable like any edit.
    await e2e.page.getByTestId('undo').click();
    await tables.statusBar.waitForFlagCount(2);
    expect(await classes(grid, utrecht, 'total')).toContain('kp-cell--flagged');
  });
});

describe('never losing work', () => {
  it('offers the session back after a reload and restores every edit, acceptance and column name', async () => {
    const { tables, grid, heerlen, utrecht } = await bothFilesWithHeerlenCorrected();

    await grid.select(heerlen, 'total');
    await new AcceptPanel(e2e.page).acceptAtCursor(NOTE);
    await showRegion(e2e.page, 'Midden-Utrecht');
    await grid.edit(utrecht, 'total', '5.493');
    await grid.waitForText(utrecht, 'total', '5.493');
    await showRegion(e2e.page, '');
    await e2e.page.getByTestId('rename-columns').click();
    await e2e.page.getByTestId('column-name-1').fill('Beperkt');
    await e2e.page.getByTestId('column-names-apply').click();
    await waitForSavedSession(e2e.page, ['"value":330', '"value":5493', NOTE, '"Beperkt"']);

    const cells: [string, string, string][] = [
      ['Zuid-Limburg', heerlen, 'c1'],
      ['Zuid-Limburg', heerlen, 'total'],
      ['Zuid-Limburg', heerlen, 'check'],
      ['Midden-Utrecht', utrecht, 'total'],
      ['Midden-Utrecht', utrecht, 'check'],
    ];
    const before = await gridValues(e2e.page, cells);
    expect(before).toEqual(['330', '1.561', 'Geaccepteerd: Rijtotaal klopt niet', '5.493', 'OK']);
    const counts = { flags: await tables.statusBar.flagCount(), corrections: await tables.statusBar.correctionCount() };
    expect(counts).toEqual({ flags: 1, corrections: 2 });
    await screenshot(e2e.page, 'review-02-before-reload');

    await e2e.page.reload();
    const offer = new RestoreOffer(e2e.page);
    await offer.root.waitFor();
    expect(await offer.summary()).toMatch(/^2 bestanden, 2 correcties, 1 geaccepteerde melding · bewaard op /);
    await screenshot(e2e.page, 'review-03-restore-offer');

    await offer.restore();
    const restored = new TablesScreen(e2e.page);
    await restored.waitUntilListed([path.basename(ZUID_LIMBURG), path.basename(MIDDEN_UTRECHT)]);
    await restored.municipalities.waitForText(heerlen, 'c1', '330');
    expect(await gridValues(e2e.page, cells)).toEqual(before);
    expect(await restored.statusBar.flagCount()).toBe(counts.flags);
    expect(await restored.statusBar.correctionCount()).toBe(counts.corrections);
    expect(await e2e.page.getByTestId('status-accepted').textContent()).toBe('1 geaccepteerd');
    expect(await restored.municipalities.isMarkedEdited(heerlen, 'c1')).toBe(true);
    expect(await restored.municipalities.tooltip(heerlen, 'c1')).toBe('Oorspronkelijk: 320');
    await expect.poll(() => e2e.page.locator('.ag-header-cell[col-id="c1"]').textContent()).toContain('Beperkt');
    expect(await e2e.page.getByTestId('pending-files').count()).toBe(0);
    // Both files, each with a correction, Zuid-Limburg with the acceptance too.
    await expect.poll(() => e2e.page.getByTestId('status-message').textContent()).toContain('2 bestanden hersteld, 2 met correcties, 1 met acceptaties');
    await screenshot(e2e.page, 'review-04-restored');
  });

  it('keeps the offered session when PDFs are dropped instead, and asks before "Nieuw beginnen" lets it go', async () => {
    const start = await StartScreen.openFresh(e2e.page, e2e.web.url);
    const tables = await start.choosePdfs([fixtureFile(ZUID_LIMBURG)]);
    const heerlen = MunicipalityGrid.rowId(0, 0, 4);
    await tables.municipalities.edit(heerlen, 'c1', '330');
    await waitForSavedSession(e2e.page, ['"value":330']);

    // Next start: the analyst ignores the offer and drops another PDF.
    await e2e.page.reload();
    const offer = new RestoreOffer(e2e.page);
    await offer.root.waitFor();
    const dropped = await (await StartScreen.attach(e2e.page)).dropPdfs([fixtureFile(MIDDEN_UTRECHT)]);
    await dropped.waitUntilListed([path.basename(MIDDEN_UTRECHT)]);
    expect(await offer.root.isVisible()).toBe(true);
    // The old correction is saved along with the new file, so a restart does not lose it.
    await waitForSavedSession(e2e.page, ['"value":330', path.basename(MIDDEN_UTRECHT)]);
    await e2e.page.reload();
    await offer.root.waitFor();
    expect(await offer.summary()).toMatch(/^2 bestanden, 1 correctie · bewaard op /);

    // "Nieuw beginnen" asks in the app's own dialog; "Annuleren" keeps the offer, going ahead lets the work go.
    const confirm = new ConfirmDialog(e2e.page);
    await e2e.page.getByTestId('restore-fresh').click();
    expect(await confirm.asked()).toBe('De vorige sessie heeft 1 correctie. Die weggooien en nieuw beginnen?');
    expect(await confirm.ok.textContent()).toBe('Weggooien en nieuw beginnen');
    await confirm.answer(false);
    expect(await offer.root.isVisible()).toBe(true);
    await offer.startFresh();
  });
});

describe('projects', () => {
  it('a project opened in a fresh browser, with the PDFs given, shows the same grid, corrections and acceptances', async () => {
    const { tables, grid, heerlen, utrecht } = await bothFilesWithHeerlenCorrected();
    await showRegion(e2e.page, 'Midden-Utrecht');
    await grid.select(utrecht, 'total');
    await new AcceptPanel(e2e.page).acceptAtCursor(NOTE);
    await showRegion(e2e.page, '');
    await tables.statusBar.waitForFlagCount(3);
    const cells = (heerlenAt: string, utrechtAt: string): [string, string, string][] => [
      ['Zuid-Limburg', heerlenAt, 'c1'],
      ['Zuid-Limburg', heerlenAt, 'check'],
      ['Midden-Utrecht', utrechtAt, 'total'],
      ['Midden-Utrecht', utrechtAt, 'check'],
    ];
    const before = await gridValues(e2e.page, cells(heerlen, utrecht));
    expect(before).toEqual(['330', 'Rijtotaal klopt niet', '5.503', 'Geaccepteerd: Rijtotaal klopt niet']);
    const project = await new Projects(e2e.page).save(e2e.dir);
    expect(path.basename(project)).toMatch(/^klantprofielen-2017-K3-tot-2020-K3\.kpproject\.json$/);

    // A colleague: another browser profile, nothing stored, the PDFs from elsewhere.
    const colleague = await launchBrowser();
    const other = await colleague.context.newPage();
    const otherWatch = watchPage(other);
    try {
      await StartScreen.open(other, e2e.web.url);
      await new Projects(other).open(project);
      const pending = new PendingFiles(other);
      await pending.root.waitFor();
      // Each file is looked up in this browser's store first ('reading'), then asked for.
      await expect
        .poll(() => pending.files())
        .toEqual([
          { name: path.basename(ZUID_LIMBURG), state: 'choose' },
          { name: path.basename(MIDDEN_UTRECHT), state: 'choose' },
        ]);
      await screenshot(other, 'review-05-project-opened');

      await pending.choose([fixtureFile(MIDDEN_UTRECHT, 'kopie-midden.pdf'), fixtureFile(ZUID_LIMBURG, 'kopie-zuid.pdf')]);
      const opened = new TablesScreen(other);
      await opened.waitUntilListed(['kopie-midden.pdf', 'kopie-zuid.pdf']);
      // Matched by SHA-256, whatever their names and the order they were given in.
      const zuid = await other.getByTestId('loaded-file').evaluateAll((items) => items.map((item) => (item as HTMLElement).title));
      expect(zuid).toEqual(['kopie-midden.pdf', 'kopie-zuid.pdf']);
      const heerlenThere = MunicipalityGrid.rowId(1, 0, 4);
      const utrechtThere = MunicipalityGrid.rowId(0, 0, 9);
      expect(await gridValues(other, cells(heerlenThere, utrechtThere))).toEqual(before);
      expect(await opened.statusBar.correctionCount()).toBe(1);
      expect(await opened.statusBar.flagCount()).toBe(3);
      expect(await other.getByTestId('status-accepted').textContent()).toBe('1 geaccepteerd');
      expect(await other.getByTestId('pending-files').count()).toBe(0);
      await screenshot(other, 'review-06-project-applied');
      expect(foreignRequests(otherWatch, e2e.web.url)).toEqual([]);
      expect(otherWatch.errors).toEqual([]);
    } finally {
      await colleague.close();
    }
  });

  it('refuses a file that is not a project, in Dutch', async () => {
    await StartScreen.openFresh(e2e.page, e2e.web.url);
    await new Projects(e2e.page).open(path.resolve(__dirname, '../fixtures/text/p1_2017q3_zuid-limburg_seed.json'));
    await expect
      .poll(() => e2e.page.getByTestId('status-message').textContent())
      .toContain("Project 'p1_2017q3_zuid-limburg_seed.json' kon niet worden geopend: Dit is geen projectbestand van Klantprofielen.");
  });
});

describe('several quarters', () => {
  it('loads two quarters and a second copy of one region: filters by period and region, hints at the copy, one long-format sheet', async () => {
    const start = await StartScreen.openFresh(e2e.page, e2e.web.url);
    const [copy] = distinctCopies(NIJMEGEN, 1);
    const tables = await start.choosePdfs([fixtureFile(ZUID_LIMBURG), fixtureFile(NIJMEGEN), copy!]);
    // The copy agrees with the original in every value: a hint, not a finding.
    expect(await tables.statusBar.flagCount()).toBe(0);
    expect(await tables.statusBar.rowCount()).toBe(18 + 7 + 7);
    const periods = await e2e.page.getByTestId('filter-period').locator('option').allTextContents();
    expect(periods).toEqual(['Alle periodes', '2020 K2', '2017 K3']);

    const grid = tables.municipalities;
    const beek = MunicipalityGrid.rowId(0, 0, 0);
    await e2e.page.getByTestId('filter-period').selectOption('2020 K2');
    await expect.poll(() => grid.cell(beek, 'name').count()).toBe(0);
    expect(await grid.text(MunicipalityGrid.rowId(1, 0, 5), 'name')).toBe('Nijmegen');
    const nijmegen = MunicipalityGrid.rowId(1, 0, 5);
    await e2e.page.getByTestId('filter-period').selectOption('2017 K3');
    await expect.poll(() => grid.cell(nijmegen, 'name').count()).toBe(0);
    expect(await grid.text(beek, 'name')).toBe('Beek');
    await e2e.page.getByTestId('filter-period').selectOption('');
    await e2e.page.getByTestId('filter-region').selectOption('Rijk van Nijmegen');
    await expect.poll(() => grid.cell(beek, 'name').count()).toBe(0);
    expect(await grid.text(nijmegen, 'name')).toBe('Nijmegen');
    await screenshot(e2e.page, 'review-07-quarters-filtered');
    await e2e.page.getByTestId('filter-region').selectOption('');

    const { file } = await tables.saveAsExcel(e2e.dir);
    const workbook = readWorkbook(file);
    const long = sheetRows(workbook, 'Lang formaat');
    expect(long).toHaveLength((18 + 7 + 7) * 5);
    expect([...new Set(long.map((row) => row.Periode))]).toEqual(['2017-K3', '2020-K2']);
    expect(long.find((row) => row.Gemeente === 'Onderbanken' && row.Kolom === 'Totaal')).toMatchObject({
      Jaar: 2017,
      Kwartaal: 3,
      Gemeentecode: 'GM0881',
      'Gemeente (huidige naam)': 'Beekdaelen',
    });
    const hints = sheetRows(workbook, 'Controles').filter((row) => row.Code === 'duplicate-table');
    expect(hints.map((row) => row.Status)).toEqual(['opmerking', 'opmerking']);
  });
});
