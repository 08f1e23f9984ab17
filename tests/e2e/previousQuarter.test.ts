// Browser edition, end to end: "Δ vorig kwartaal" (issue 15). Three consecutive quarters of Rijk
// van Nijmegen, generated as real PDFs with their truth, are loaded from a folder; the toggle in the
// Gemeenten panel is turned on with the keyboard alone; a municipality's change in the second
// quarter is the truth's difference (not the app's own arithmetic read back), TOTAAL AMR's too;
// the first quarter has nothing to compare with; an edit in the first quarter moves the second
// quarter's change at once; the columns are read-only, F8 and Tab pass them by, and at 1280×800
// their headers and values show whole. The setting is kept for the next visit.
import { writeFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { quarterSeriesPdfs, type QuarterFile } from '../helpers/quarterSeries';
import { MunicipalityGrid } from './pages/MunicipalityGrid';
import { RestoreOffer } from './pages/Review';
import { StartScreen } from './pages/StartScreen';
import type { TablesScreen } from './pages/TablesScreen';
import { screenshot } from './support/artifacts';
import { useBrowserPages } from './support/browserPages';
import type { InputFile } from './support/fixtures';

const e2e = useBrowserPages('previous-quarter', { afterEachChecks: 'clean', tempDirPrefix: 'klantprofielen-delta-' });

const MUNICIPALITY = 'Nijmegen';
const DELTA_COLUMN_IDS = ['c0', 'c1', 'c2', 'c3', 'total'].flatMap((colId) => [`${colId}Delta`, `${colId}DeltaPct`]);
let quarters: QuarterFile[] = [];
let files: InputFile[] = [];

beforeAll(async () => {
  quarters = await quarterSeriesPdfs({ seed: 15, from: { year: 2019, quarter: 3 }, count: 3 });
  // On disk, and chosen from there, as an analyst's downloads would be.
  files = [];
  for (const quarter of quarters) {
    const file = path.join(e2e.dir, quarter.name);
    await writeFile(file, quarter.bytes);
    files.push({ name: quarter.name, mimeType: 'application/pdf', buffer: await readFile(file) });
  }
});

/** Dutch, the way the truth's difference must read: "+12", "−3"; "+4,1 %". Written here from
 * Intl, not with the app's formatter. */
function signed(value: number, decimals = 0): string {
  const text = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(Math.abs(value));
  if (/^[0,.]+$/.test(text)) return text;
  return `${value > 0 ? '+' : '\u2212'}${text}`;
}

/** The row of a municipality in a quarter (doc = quarter index: files are listed in the order chosen). */
function rowOf(quarter: number, name: string): string {
  return MunicipalityGrid.rowId(quarter, 0, Object.keys(quarters[quarter]!.truth.rows).indexOf(name));
}

/** The quarters loaded afresh; `left` when the test before left its session in this browser
 * (the offer to restore it comes a moment after the start screen: wait for it, then let it go). */
async function loadQuarters(page: Page, left = false): Promise<TablesScreen> {
  const start = await StartScreen.open(page, e2e.web.url);
  if (left) {
    const offer = new RestoreOffer(page);
    await offer.root.waitFor();
    await offer.startFresh();
  }
  return start.choosePdfs(files);
}

/** Tab from wherever the focus is until it reaches the toggle; Space turns it on. */
async function toggleWithKeyboard(page: Page): Promise<void> {
  await page.locator('body').focus();
  for (let presses = 0; presses < 40; presses++) {
    if (await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'delta-toggle')) break;
    await page.keyboard.press('Tab');
  }
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('delta-toggle');
  await page.keyboard.press('Space');
}

/** Whether a cell or header shows all its text, nothing cut off by an ellipsis or its box (of a
 * header, its text: the header cell itself holds the sort and resize parts); and whether that
 * text lies in the scrolled part of the grid in view, between the pinned region and name columns
 * and the vertical scroll bar over the right edge of the rows. */
async function fits(locator: Locator): Promise<{ whole: boolean; inView: boolean }> {
  return locator.evaluate((element) => {
    const isHeader = element.classList.contains('ag-header-cell');
    const text = (isHeader ? element.querySelector('.ag-header-cell-text') : element.querySelector('.ag-cell-value')) ?? element;
    const whole = text.scrollWidth <= text.clientWidth + 1 && (isHeader || element.scrollWidth <= element.clientWidth + 1);
    const box = text.getBoundingClientRect();
    const grid = element.closest('[data-testid="municipality-grid"]');
    const scrolled = grid?.querySelector('.ag-body-horizontal-scroll-viewport')?.getBoundingClientRect();
    const bar = grid?.querySelector('.ag-body-vertical-scroll')?.getBoundingClientRect();
    const right = scrolled && bar && bar.width > 0 && !isHeader ? Math.min(scrolled.right, bar.left) : scrolled?.right;
    const left = grid?.querySelector('.ag-header-cell[col-id="name"]')?.getBoundingClientRect().right;
    const inView = left !== undefined && right !== undefined && box.width > 0 && box.left >= left - 1 && box.right <= right + 1;
    return { whole, inView };
  });
}

/** Scrolls the grid sideways until the column starts right after the pinned columns. */
async function scrollToColumn(page: Page, colId: string): Promise<void> {
  await page.waitForFunction((column) => {
    const grid = document.querySelector('[data-testid="municipality-grid"]');
    const viewport = grid?.querySelector<HTMLElement>('.ag-grid-viewport');
    const header = grid?.querySelector(`.ag-header-cell[col-id="${column}"]`)?.getBoundingClientRect();
    const pinned = grid?.querySelector('.ag-header-cell[col-id="name"]')?.getBoundingClientRect();
    if (!viewport || !header || !pinned) return false;
    const offset = header.left - pinned.right;
    if (Math.abs(offset) <= 1) return true;
    viewport.scrollLeft += offset;
    return false;
  }, colId);
}

/** The mouse away and every tooltip gone, for a screenshot. */
async function noTooltip(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.ag-tooltip')].every(
      (element) => element.getClientRects().length === 0 || getComputedStyle(element).visibility === 'hidden',
    ),
  );
}

/** The cell's text ends at its right edge (within its padding), as numbers do in this grid. */
async function alignedRight(locator: Locator): Promise<boolean> {
  return locator.evaluate((cell) => {
    const text = cell.querySelector('.ag-cell-value') ?? cell;
    const range = document.createRange();
    range.selectNodeContents(text);
    const content = range.getBoundingClientRect();
    return content.width > 0 && cell.getBoundingClientRect().right - content.right <= 12;
  });
}

describe('Δ vorig kwartaal', () => {
  it("shows each value's change since the quarter before, following an edit in that quarter", async () => {
    const page = e2e.page;
    const tables = await loadQuarters(page);
    const grid = tables.municipalities;
    const toggle = page.getByTestId('delta-toggle');
    expect(await toggle.isChecked()).toBe(false);
    expect(await grid.cell(rowOf(1, MUNICIPALITY), 'c0Delta').count()).toBe(0);
    // Tells what it does before it is turned on.
    expect(await toggle.locator('xpath=..').getAttribute('title')).toContain('kwartaal ervoor');

    await toggleWithKeyboard(page);
    expect(await toggle.isChecked()).toBe(true);

    // The second quarter against the first, as the truth has them.
    const [first, second] = [quarters[0]!.truth, quarters[1]!.truth];
    const before = first.rows[MUNICIPALITY]!;
    const now = second.rows[MUNICIPALITY]!;
    const row = rowOf(1, MUNICIPALITY);
    expect(await grid.text(row, 'name')).toBe(MUNICIPALITY);
    await grid.waitForText(row, 'c0Delta', signed(now[0] - before[0]));
    expect(await grid.text(row, 'c0DeltaPct')).toBe(`${signed((100 * (now[0] - before[0])) / before[0], 1)} %`);
    expect(await grid.text(row, 'totalDelta')).toBe(signed(now[4] - before[4]));
    expect(await grid.text(row, 'c3Delta')).toBe(signed(now[3] - before[3]));
    // TOTAAL AMR too.
    const total = MunicipalityGrid.rowId(1, 0, 'total');
    expect(await grid.text(total, 'totalDelta')).toBe(signed(second.totalRow[4] - first.totalRow[4]));
    // The tooltip names the quarters and their values.
    const tooltip = await grid.tooltip(row, 'c0Delta');
    expect(tooltip).toContain(`2019 K3: ${before[0].toLocaleString('nl-NL')}`);
    expect(tooltip).toContain(`2019 K4: ${now[0].toLocaleString('nl-NL')}`);

    // The first quarter has no quarter before it loaded: nothing to compare, and it says why.
    const firstRow = rowOf(0, MUNICIPALITY);
    expect(await grid.text(firstRow, 'c0Delta')).toBe('—');
    expect(await grid.text(firstRow, 'totalDeltaPct')).toBe('—');
    expect(await grid.tooltip(firstRow, 'c0Delta')).toContain('2019 K2 is niet geladen');
    await scrollToColumn(page, 'c0');
    await noTooltip(page);
    await screenshot(page, 'delta-01-on');

    // A change is read-only: F2 opens no editor.
    await grid.select(row, 'c0Delta');
    await page.keyboard.press('F2');
    await page.waitForTimeout(200);
    expect(await grid.cell(row, 'c0Delta').locator('input').count()).toBe(0);

    // An edit in the first quarter: the second quarter's change follows at once.
    const corrected = before[0] + 100;
    await grid.edit(firstRow, 'c0', String(corrected));
    await grid.waitForText(row, 'c0Delta', signed(now[0] - corrected));
    expect(await grid.text(row, 'c0DeltaPct')).toBe(`${signed((100 * (now[0] - corrected)) / corrected, 1)} %`);
    // …and the first quarter's own change is still "—" (its row was redrawn with the edit).
    expect(await grid.text(firstRow, 'c0Delta')).toBe('—');
    // For the screenshot: the second quarter's Nijmegen row, Kolom 1 and its changes beside it.
    await grid.select(row, 'c0');
    await scrollToColumn(page, 'c0');
    await noTooltip(page);
    await screenshot(page, 'delta-02-after-edit');
  });

  it('leaves F8, Tab, the headers at 1280 px and the row count as they were, and is kept for the next visit', async () => {
    const page = e2e.page;
    const tables = await loadQuarters(page, true);
    const grid = tables.municipalities;
    const second = rowOf(1, MUNICIPALITY);
    const secondTotal = MunicipalityGrid.rowId(1, 0, 'total');
    // Kept from the test before (this profile's localStorage).
    expect(await page.getByTestId('delta-toggle').isChecked()).toBe(true);
    await grid.waitForText(rowOf(2, MUNICIPALITY), 'c0Delta', signed(quarters[2]!.truth.rows[MUNICIPALITY]![0] - quarters[1]!.truth.rows[MUNICIPALITY]![0]));

    // An edit makes findings (row and column totals); F8 goes from one to the next, never to a change.
    await grid.edit(rowOf(0, MUNICIPALITY), 'c1', '1');
    const visited: string[] = [];
    for (let step = 0; step < 3; step++) {
      await page.keyboard.press('F8');
      await page.waitForTimeout(150);
      const focused = await grid.focusedCell();
      if (focused) visited.push(focused.colId);
    }
    expect(visited).toContain('total');
    expect(visited.filter((colId) => colId.includes('Delta'))).toEqual([]);
    // Tab leaves the grid, also from a change cell.
    await grid.select(second, 'c1Delta');
    await page.keyboard.press('Tab');
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => document.activeElement?.closest('.ag-cell') ?? null)).toBeNull();

    // At 1280 px with the source panel open (the default there), every change column is wide
    // enough for its header and its values, TOTAAL AMR's bold ones included.
    const header = (colId: string) => page.locator(`[data-testid="municipality-grid"] .ag-header-cell[col-id="${colId}"]`);
    for (const colId of DELTA_COLUMN_IDS) {
      expect((await fits(header(colId))).whole, `header ${colId}`).toBe(true);
      for (const rowId of [second, secondTotal, rowOf(0, MUNICIPALITY)]) expect((await fits(grid.cell(rowId, colId))).whole, `${rowId} ${colId}`).toBe(true);
      // Numbers line up at the right, like the counts beside them.
      expect(await alignedRight(grid.cell(second, colId)), `${colId} aligned right`).toBe(true);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    // The status bar counts rows, not columns.
    const rows = Object.keys(quarters[0]!.truth.rows).length * quarters.length;
    expect(await tables.statusBar.rows.textContent()).toBe(`${rows} rijen`);
    // Scrolled to Kolom 1, its two changes are in view beside it, also with the panel open.
    await grid.select(second, 'c0');
    await scrollToColumn(page, 'c0');
    for (const colId of ['c0', 'c0Delta', 'c0DeltaPct'])
      expect(await fits(grid.cell(second, colId)), `panel open, ${colId}`).toEqual({ whole: true, inView: true });
    await noTooltip(page);
    await screenshot(page, 'delta-03-source-panel-open');

    // Without the source panel, from the left: two counts with both their changes are in view.
    await page.getByTestId('source-toggle').uncheck();
    await grid.select(second, 'file');
    await noTooltip(page);
    for (const colId of ['c0', 'c0Delta', 'c0DeltaPct', 'c1', 'c1Delta', 'c1DeltaPct']) {
      expect(await fits(grid.cell(second, colId)), `without the panel, ${colId}`).toEqual({ whole: true, inView: true });
      expect(await fits(header(colId)), `without the panel, header ${colId}`).toEqual({ whole: true, inView: true });
    }
    await screenshot(page, 'delta-04-full-width');

    // Off again: the columns go.
    await page.getByTestId('delta-toggle').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => grid.cell(second, 'c0Delta').count()).toBe(0);
  });
});
