// Browser edition: "Bestand sluiten" takes one file out of the window with the keyboard, asks
// first when the file has corrections, and leaves the other file with its own correction.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfirmDialog } from './pages/ConfirmDialog';
import { MunicipalityGrid } from './pages/MunicipalityGrid';
import { StartScreen } from './pages/StartScreen';
import { screenshot } from './support/artifacts';
import { useBrowserPages } from './support/browserPages';
import { fixtureFile, truthRowCount } from './support/fixtures';

const ZUID_LIMBURG = 'text/p1_2017q3_zuid-limburg_seed.pdf';
const NIJMEGEN = 'text/p1_2020q2_rijk-van-nijmegen_seed.pdf';
const HEERLEN = MunicipalityGrid.rowId(0, 0, 4);

const e2e = useBrowserPages('closefile', { afterEachChecks: 'clean' });

describe('browser edition: closing one file', () => {
  it('closes a file with the keyboard after asking, and keeps the other with its correction', async () => {
    const page = e2e.page;
    const tables = await (await StartScreen.openFresh(page, e2e.web.url)).choosePdfs([fixtureFile(ZUID_LIMBURG), fixtureFile(NIJMEGEN)]);
    await tables.municipalities.edit(HEERLEN, 'c1', '330');
    await tables.municipalities.waitForText(HEERLEN, 'c1', '330');
    const nijmegenFirst = MunicipalityGrid.rowId(1, 0, 0);
    await tables.municipalities.edit(nijmegenFirst, 'c0', '7');
    await tables.municipalities.waitForText(nijmegenFirst, 'c0', '7');

    await page.getByRole('button', { name: `Bestand sluiten: ${path.basename(ZUID_LIMBURG)}` }).focus();
    await page.keyboard.press('Enter');
    const confirm = new ConfirmDialog(page);
    expect(await confirm.asked()).toBe(
      `'${path.basename(ZUID_LIMBURG)}' heeft correcties of acceptaties; die gaan met het bestand uit deze sessie. Toch sluiten?`,
    );
    await screenshot(page, 'closefile-01-asks');
    await confirm.confirmWithKeyboard();

    expect(await tables.loadedFiles()).toEqual([path.basename(NIJMEGEN)]);
    expect(await tables.statusBar.rowCount()).toBe(truthRowCount(NIJMEGEN));
    expect(await tables.statusBar.correctionCount()).toBe(1);
    // Nijmegen moved up to the first place, with its correction.
    await tables.municipalities.waitForText(MunicipalityGrid.rowId(0, 0, 0), 'c0', '7');
    // The keyboard stays in the file list: on the remaining file's close button.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Bestand sluiten: ${path.basename(NIJMEGEN)}`);
    await screenshot(page, 'closefile-02-one-left');
  });
});
