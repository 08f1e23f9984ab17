// Browser edition, end to end: what the analyst reads, corrects and saves. The saved .xlsx is
// read back to check that the download holds the tables as shown.
import { describe, expect, it } from 'vitest';
import { MunicipalityGrid } from './pages/MunicipalityGrid';
import { StartScreen } from './pages/StartScreen';
import { screenshot } from './support/artifacts';
import { useBrowserPages } from './support/browserPages';
import { fixtureFile } from './support/fixtures';
import { readWorkbook, sheetRows } from './support/workbook';

// Planted error: row 'Utrecht' prints a total 10 too high (5.503 instead of 5.493), so its row
// total and the total column's TOTAAL AMR both disagree.
const ROW_TOTAL_ERROR = 'errors/err_p1_2020q3_midden-utrecht_rowtotal.pdf';
const UTRECHT = MunicipalityGrid.rowId(0, 0, 9);
const TOTAAL_AMR = MunicipalityGrid.rowId(0, 0, 'total');
const SEEDS = ['text/p1_2017q3_zuid-limburg_seed.pdf', 'text/p1_2020q2_rijk-van-nijmegen_seed.pdf'];

// Saving builds the workbook in a worker and downloads a blob: still nothing leaves the page.
const e2e = useBrowserPages('save', { afterEachChecks: 'clean', tempDirPrefix: 'klantprofielen-e2e-downloads-' });

describe('browser edition: saving', () => {
  it('downloads the workbook with every row as read', async () => {
    const start = await StartScreen.open(e2e.page, e2e.web.url);
    const tables = await start.choosePdfs(SEEDS.map((seed) => fixtureFile(seed)));
    const { file, suggestedName } = await tables.saveAsExcel(e2e.dir);
    await tables.statusBar.message.getByText(`Opgeslagen: ${suggestedName}`).waitFor();
    await screenshot(e2e.page, 'save-01-seeds-saved');

    expect(suggestedName).toMatch(/^klantprofielen.*\.xlsx$/);
    const workbook = readWorkbook(file);
    const municipalities = sheetRows(workbook, 'Gemeenten');
    expect(municipalities).toHaveLength(25);
    const beek = municipalities.find((row) => row.Gemeente === 'Beek');
    expect(beek).toMatchObject({ Arbeidsmarktregio: 'Zuid-Limburg', Jaar: 2017, Kwartaal: 3, Totaal: 138 });
    // Nothing was corrected: no "Correcties" sheet, or one without rows.
    if (workbook.SheetNames.includes('Correcties')) expect(sheetRows(workbook, 'Correcties')).toEqual([]);
  });
});

describe('browser edition: correcting a flagged value', () => {
  it('marks the flagged cells, clears the flags after a correction, brings them back on Ctrl+Z and saves the correction', async () => {
    const start = await StartScreen.open(e2e.page, e2e.web.url);
    const tables = await start.choosePdfs([fixtureFile(ROW_TOTAL_ERROR)]);
    const grid = tables.municipalities;

    // Loaded: the printed total is flagged with the arithmetic, and so is TOTAAL AMR's total.
    expect(await tables.statusBar.flagCount()).toBe(2);
    expect(await grid.text(UTRECHT, 'name')).toBe('Utrecht');
    expect(await grid.text(UTRECHT, 'total')).toBe('5.503');
    expect(await grid.isFlagged(UTRECHT, 'total')).toBe(true);
    expect(await grid.isFlagged(UTRECHT, 'c0')).toBe(false);
    expect(await grid.text(UTRECHT, 'check')).toBe('Rijtotaal klopt niet');
    expect(await grid.tooltip(UTRECHT, 'total')).toBe('554 + 1.304 + 2.786 + 849 = 5.493, gedrukt totaal 5.503');
    expect(await grid.isFlagged(TOTAAL_AMR, 'total')).toBe(true);
    expect(await grid.tooltip(TOTAAL_AMR, 'total')).toMatch(/^Som van de gemeenten in kolom '.+' = 14\.121, TOTAAL AMR = 14\.111 \(verschil 10\)$/);
    await screenshot(e2e.page, 'correct-01-flagged');

    // Corrected to what the page should have printed: both flags go, the cell shows its original.
    await grid.edit(UTRECHT, 'total', '5.493');
    await grid.waitForText(UTRECHT, 'total', '5.493');
    await tables.statusBar.waitForFlagCount(0);
    expect(await grid.isFlagged(UTRECHT, 'total')).toBe(false);
    expect(await grid.isFlagged(TOTAAL_AMR, 'total')).toBe(false);
    expect(await grid.isMarkedEdited(UTRECHT, 'total')).toBe(true);
    expect(await grid.text(UTRECHT, 'check')).toBe('OK');
    expect(await grid.tooltip(UTRECHT, 'total')).toBe('Oorspronkelijk: 5.503');
    expect(await tables.statusBar.correctionCount()).toBe(1);
    await screenshot(e2e.page, 'correct-02-corrected');

    // Ctrl+Z: the printed value and its flags are back.
    await tables.undoWithKeyboard();
    await grid.waitForText(UTRECHT, 'total', '5.503');
    await tables.statusBar.waitForFlagCount(2);
    expect(await grid.isFlagged(UTRECHT, 'total')).toBe(true);
    expect(await grid.isMarkedEdited(UTRECHT, 'total')).toBe(false);
    expect(await tables.statusBar.correctionCount()).toBe(0);
    await screenshot(e2e.page, 'correct-03-undone');

    // Correct again and save: the workbook holds the corrected value and lists the correction.
    await grid.edit(UTRECHT, 'total', '5493'); // typed without the thousands dot
    await grid.waitForText(UTRECHT, 'total', '5.493');
    await tables.statusBar.waitForFlagCount(0);
    const { file } = await tables.saveAsExcel(e2e.dir);
    await screenshot(e2e.page, 'correct-04-saved');

    const workbook = readWorkbook(file);
    const utrecht = sheetRows(workbook, 'Gemeenten').find((row) => row.Gemeente === 'Utrecht');
    expect(utrecht).toMatchObject({ Arbeidsmarktregio: 'Midden-Utrecht', Jaar: 2020, Kwartaal: 3, Totaal: 5493, Controle: 'OK' });
    expect(sheetRows(workbook, 'Controles').filter((row) => row.Code)).toEqual([]);
    const corrections = sheetRows(workbook, 'Correcties');
    expect(corrections).toHaveLength(1);
    expect(corrections[0]).toMatchObject({
      Bestand: 'err_p1_2020q3_midden-utrecht_rowtotal.pdf',
      Pagina: 1,
      Arbeidsmarktregio: 'Midden-Utrecht',
      Rij: 'Utrecht',
      Oorspronkelijk: 5503,
      Nieuw: 5493,
    });
    expect(String(corrections[0]!.Kolom)).not.toBe('');
    // A date cell: Excel's day number, after 2024-01-01 (45292).
    expect(corrections[0]!.Tijdstip).toBeGreaterThan(45292);
  });
});
