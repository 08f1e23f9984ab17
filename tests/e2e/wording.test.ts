// Browser edition, end to end: words and looks an analyst trial found wanting (issue 11, 14). A
// greyed-out "Opslaan als Excel" looks like it cannot be pressed and says why; "Alles sluiten"
// with corrections not yet in a workbook asks in the app's own dialog, where Escape and
// "Annuleren" keep everything; the "Voorstel" button says what it offers and why, in words that
// fit the kind of suggestion (a total, a percentage).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfirmDialog } from './pages/ConfirmDialog';
import { lookOf } from './pages/Layout';
import { MunicipalityGrid } from './pages/MunicipalityGrid';
import { StartScreen } from './pages/StartScreen';
import { screenshot } from './support/artifacts';
import { useBrowserPages } from './support/browserPages';
import { fixtureFile } from './support/fixtures';

const ZUID_LIMBURG = 'text/p1_2017q3_zuid-limburg_seed.pdf';
// Utrecht's total is printed 5.503 where its counts add up to 5.493.
const MIDDEN_UTRECHT = 'errors/err_p1_2020q3_midden-utrecht_rowtotal.pdf';
// West-Brabant's sentence prints 79% where 10.654 of 14.208 is 75%.
const WEST_BRABANT = 'errors/err_p2_2017q4_west-brabant_percent.pdf';
const HEERLEN = MunicipalityGrid.rowId(0, 0, 4);
const UTRECHT = MunicipalityGrid.rowId(0, 0, 9);

const e2e = useBrowserPages('wording', { afterEachChecks: 'clean' });

describe('browser edition: words and looks (issue 11, 14)', () => {
  it('"Opslaan als Excel" with nothing to save looks disabled and says why; with tables it looks and works as a button', async () => {
    const start = await StartScreen.openFresh(e2e.page, e2e.web.url);
    const save = e2e.page.getByTestId('save-xlsx');
    expect(await save.isDisabled()).toBe(true);
    expect(await save.getAttribute('title')).toBe("Nog niets om op te slaan: lees eerst PDF's in");
    const disabled = await lookOf(save);
    expect(disabled.cursor).toBe('not-allowed');
    // Pale on pale: no longer a grey button with dark text that reads as one that works.
    expect(disabled.contrast).toBeLessThan(3);
    await screenshot(e2e.page, 'wording-01-save-disabled');

    await start.choosePdfs([fixtureFile(ZUID_LIMBURG)]);
    expect(await save.isEnabled()).toBe(true);
    expect(await save.getAttribute('title')).toBe('Opslaan als Excel (Ctrl+S)');
    const enabled = await lookOf(save);
    expect(enabled.cursor).toBe('pointer');
    expect(enabled.contrast).toBeGreaterThan(4.5);
  });

  it('"Alles sluiten" with an unsaved correction asks in the app\'s dialog: Escape and "Annuleren" keep the tables, "Alles sluiten" closes them', async () => {
    const page = e2e.page;
    // A question from the browser itself (window.confirm) would be answered no by Playwright
    // and show nothing in the app: there must be none.
    const native: string[] = [];
    page.on('dialog', (dialog) => {
      native.push(dialog.message());
      void dialog.dismiss();
    });
    const tables = await (await StartScreen.openFresh(page, e2e.web.url)).choosePdfs([fixtureFile(ZUID_LIMBURG)]);
    await tables.municipalities.edit(HEERLEN, 'c1', '330');
    await tables.municipalities.waitForText(HEERLEN, 'c1', '330');
    const closeAll = page.getByTestId('close-all');
    const confirm = new ConfirmDialog(page);

    await closeAll.click();
    expect(await confirm.asked()).toBe('Er zijn correcties die nog niet zijn opgeslagen. Toch alles sluiten?');
    expect((await confirm.ok.textContent())?.trim()).toBe('Alles sluiten');
    expect((await confirm.cancel.textContent())?.trim()).toBe('Annuleren');
    // The focus starts on the choice that loses nothing.
    expect(await confirm.focused()).toBe('confirm-cancel');
    await screenshot(page, 'wording-02-close-all-asks');
    await page.keyboard.press('Escape');
    await confirm.root.waitFor({ state: 'hidden' });
    expect(await tables.loadedFiles()).toEqual([path.basename(ZUID_LIMBURG)]);
    expect(await tables.municipalities.text(HEERLEN, 'c1')).toBe('330');

    await closeAll.click();
    await confirm.answer(false);
    expect(await tables.loadedFiles()).toEqual([path.basename(ZUID_LIMBURG)]);
    expect(await tables.municipalities.text(HEERLEN, 'c1')).toBe('330');
    expect(await tables.statusBar.correctionCount()).toBe(1);

    await closeAll.click();
    await confirm.answer(true);
    await StartScreen.attach(page);
    expect(await tables.loadedFiles()).toEqual([]);
    expect(native).toEqual([]);
  });

  it('"Voorstel" names what it changes and gives the reason that fits: the totals for a count, the sum for a percentage', async () => {
    const page = e2e.page;
    const tables = await (await StartScreen.openFresh(page, e2e.web.url)).choosePdfs([fixtureFile(MIDDEN_UTRECHT), fixtureFile(WEST_BRABANT)]);
    const suggestion = page.getByTestId('apply-suggestion');

    await tables.municipalities.select(UTRECHT, 'total');
    await expect.poll(() => suggestion.textContent()).toBe('Voorstel: Utrecht, Totaal → 5.493');
    expect(await suggestion.getAttribute('title')).toMatch(/^Voorstel van de controles: de enige waarde die de rij- en kolomtotalen laat kloppen \(/);
    await suggestion.click();
    await tables.municipalities.waitForText(UTRECHT, 'total', '5.493');

    // Next finding: West-Brabant's printed percentage, in the Regio's grid.
    await page.keyboard.press('F8');
    await expect.poll(() => suggestion.textContent()).toBe('Voorstel: West-Brabant, % gedrukt → 75%');
    const title = await suggestion.getAttribute('title');
    expect(title).toContain('het percentage bekend in Sonar: 100 × 10.654 (Bekend in Sonar) / 14.208 (doelgroepregister) = 75,0%, afgerond 75%');
    expect(title).not.toContain('laat kloppen');
    await screenshot(page, 'wording-03-percentage-suggestion');
  });
});
