// Browser edition, end to end, keyboard only: the whole review loop without a mouse. Files are
// chosen from the start screen with Tab and Enter; F8 goes to a finding; Enter on a cell with a
// suggested value takes it; Alt+A accepts a finding with a note and gives the cursor back to the
// grid; Alt+V takes the cursor's suggestion from anywhere; Tab leaves the grid instead of walking
// through its cells; a fix made while "Alleen afwijkingen" is on moves the cursor to the next
// open finding. Nothing here touches the mouse.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MunicipalityGrid } from './pages/MunicipalityGrid';
import { RestoreOffer } from './pages/Review';
import { SourcePanel } from './pages/SourcePanel';
import { StartScreen } from './pages/StartScreen';
import { TablesScreen } from './pages/TablesScreen';
import { screenshot } from './support/artifacts';
import { useBrowserPages } from './support/browserPages';
import { fixtureFile } from './support/fixtures';

// Utrecht's total is printed 5.503 where its counts add up to 5.493: a row-total flag on it and a
// column-total flag on TOTAAL AMR's total, both resolved by 5.493.
const MIDDEN_UTRECHT = 'errors/err_p1_2020q3_midden-utrecht_rowtotal.pdf';
// West-Brabant's sentence prints a percentage that is not known / register.
const WEST_BRABANT = 'errors/err_p2_2017q4_west-brabant_percent.pdf';
const UTRECHT = MunicipalityGrid.rowId(0, 0, 9);
const UTRECHT_TOTAL_ROW = MunicipalityGrid.rowId(0, 0, 'total');
const NOTE = 'Zo gedrukt door UWV';

const e2e = useBrowserPages('keyboard', { afterEachChecks: 'clean' });

/** The start screen's file chooser reached with Tab and opened with Enter, answered with the files. */
async function chooseWithKeyboard(page: Page, files: string[]): Promise<TablesScreen> {
  const start = await StartScreen.open(page, e2e.web.url);
  // An earlier test of this file left its session: "Nieuw beginnen", confirmed with the keyboard.
  // Only once the app has looked for it: its offer comes a moment after the start screen.
  await start.waitForSavedWorkChecked();
  const offer = new RestoreOffer(page);
  if (await offer.root.isVisible()) await offer.startFresh('keyboard');
  for (let presses = 0; presses < 15; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'pdf-input')) break;
  }
  // Listening for the chooser makes Playwright intercept it; a round trip to the page makes sure
  // that is in place before the key is pressed.
  const chosen = page.waitForEvent('filechooser');
  await page.evaluate(() => undefined);
  await page.keyboard.press('Enter');
  const chooser = await chosen;
  await chooser.setFiles(files.map((file) => fixtureFile(file)));
  const tables = new TablesScreen(page);
  await tables.waitUntilListed(files.map((file) => file.split('/').at(-1) ?? file));
  return tables;
}

/** The grid and cell that has the browser's focus, or null when focus is outside the cells. */
async function focusedCell(page: Page): Promise<{ grid: string; rowId: string; colId: string } | null> {
  return page.evaluate(() => {
    const cell = document.activeElement?.closest('.ag-cell');
    const grid = cell?.closest('[data-testid$="-grid"]')?.getAttribute('data-testid');
    const rowId = cell?.closest('.ag-row')?.getAttribute('row-id');
    const colId = cell?.getAttribute('col-id');
    return grid && rowId && colId ? { grid, rowId, colId } : null;
  });
}

async function waitForFocusedCell(page: Page, expected: { grid: string; rowId: string; colId: string }): Promise<void> {
  await expect.poll(() => focusedCell(page), { timeout: 5_000 }).toEqual(expected);
}

describe('browser edition: the review loop by keyboard alone', () => {
  it('F8 to a finding, Enter takes its suggestion, Alt+A accepts the next with a note, F8 says nothing is left', async () => {
    const page = e2e.page;
    const tables = await chooseWithKeyboard(page, [MIDDEN_UTRECHT, WEST_BRABANT]);
    const grid = tables.municipalities;

    await page.keyboard.press('F8');
    await waitForFocusedCell(page, { grid: 'municipality-grid', rowId: UTRECHT, colId: 'total' });
    const suggestion = page.getByTestId('apply-suggestion');
    await expect.poll(() => suggestion.textContent()).toContain('5.493');
    // The buttons name their keys.
    expect(await suggestion.getAttribute('title')).toMatch(/Enter.*Alt\+V|Alt\+V.*Enter/);
    expect(await page.getByTestId('accept-flag').getAttribute('title')).toContain('Alt+A');
    await screenshot(page, 'keyboard-01-utrecht-suggestion');

    // Enter on the flagged cell takes the suggestion: the total and the column total agree again.
    await page.keyboard.press('Enter');
    await grid.waitForText(UTRECHT, 'total', '5.493');
    expect(await grid.isFlagged(UTRECHT, 'total')).toBe(false);
    expect(await grid.isFlagged(UTRECHT_TOTAL_ROW, 'total')).toBe(false);
    expect(await tables.statusBar.correctionCount()).toBe(1);
    // The cursor stays where it was: Enter did not also move it down.
    expect(await focusedCell(page)).toEqual({ grid: 'municipality-grid', rowId: UTRECHT, colId: 'total' });

    // The next finding is West-Brabant's printed percentage, on its line in the Regio's grid.
    await page.keyboard.press('F8');
    await waitForFocusedCell(page, { grid: 'region-grid', rowId: '1-0', colId: 'percent' });
    await page.keyboard.press('Alt+a');
    const dialog = page.getByTestId('accept-dialog');
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('accept-note');
    await page.keyboard.type(NOTE);
    await page.keyboard.press('Control+Enter');
    await dialog.waitFor({ state: 'hidden' });
    // The cursor is back on the cell, so F8 goes on from there.
    await waitForFocusedCell(page, { grid: 'region-grid', rowId: '1-0', colId: 'percent' });
    await expect.poll(() => page.getByTestId('cursor-accepted').allTextContents()).toEqual([expect.stringContaining(NOTE)]);
    expect(await tables.statusBar.flagCount()).toBe(0);

    await page.keyboard.press('F8');
    await expect.poll(() => tables.statusBar.message.textContent()).toContain('Er zijn geen meldingen');
    await screenshot(page, 'keyboard-02-all-reviewed');
  });

  it('Tab leaves the grid, Shift+Tab comes back to the suggestion, and Alt+V takes it from outside the grid', async () => {
    const page = e2e.page;
    const tables = await chooseWithKeyboard(page, [MIDDEN_UTRECHT]);
    await page.keyboard.press('F8');
    await waitForFocusedCell(page, { grid: 'municipality-grid', rowId: UTRECHT, colId: 'total' });
    // The source panel beside the grid shows the cursor's page; once it is drawn the grid has
    // settled (a Tab while the grid redraws can be taken back by AG Grid).
    await new SourcePanel(page).waitForPage(1);

    // One Tab and focus is out of the grid's cells (not on the next cell of the row).
    await page.keyboard.press('Tab');
    await page.waitForTimeout(300);
    expect(await focusedCell(page)).toBeNull();
    // The bar above the grid still speaks of the cursor's cell.
    expect(await page.getByTestId('cursor-detail').textContent()).toContain('Utrecht');

    // From the grid, a few Shift+Tab reach the "Voorstel" button, and Enter there takes it.
    await page.keyboard.press('F8');
    await page.keyboard.press('F8');
    await waitForFocusedCell(page, { grid: 'municipality-grid', rowId: UTRECHT, colId: 'total' });
    let presses = 0;
    while (presses < 5 && (await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) !== 'apply-suggestion') {
      await page.keyboard.press('Shift+Tab');
      presses++;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('apply-suggestion');

    // Alt+V from wherever the focus is takes the cursor's suggestion.
    await page.getByTestId('search').focus();
    await page.keyboard.press('Alt+v');
    await tables.municipalities.waitForText(UTRECHT, 'total', '5.493');
    expect(await tables.statusBar.flagCount()).toBe(0);
  });

  it('a fix made with "Alleen afwijkingen" on moves the cursor to the next open finding, with no stale tooltip', async () => {
    const page = e2e.page;
    const tables = await chooseWithKeyboard(page, [MIDDEN_UTRECHT, WEST_BRABANT]);
    // "Alleen afwijkingen" by keyboard: focus the toggle and press Space.
    await page.getByTestId('only-flagged').focus();
    await page.keyboard.press('Space');
    expect(await page.getByTestId('only-flagged').isChecked()).toBe(true);

    await page.keyboard.press('F8');
    await waitForFocusedCell(page, { grid: 'municipality-grid', rowId: UTRECHT, colId: 'total' });
    // Typing on a cell starts its editor; Enter confirms. The row is now clean and leaves the view.
    await page.keyboard.type('5493');
    await page.keyboard.press('Enter');
    await tables.municipalities.cell(UTRECHT, 'total').waitFor({ state: 'detached' });
    await waitForFocusedCell(page, { grid: 'region-grid', rowId: '1-0', colId: 'percent' });
    expect(await page.locator('.ag-tooltip').count()).toBe(0);
    // The source panel and the bar above the grid follow the cursor.
    expect(await page.getByTestId('cursor-detail').textContent()).toContain('West-Brabant');
    await screenshot(page, 'keyboard-03-next-after-fix');
  });
});
