// Browser edition, end to end, at 1280×800 with the source panel open: whose numbers a row holds
// stays in view (region and name pinned, TOTAAL AMR rows too), the message of the cursor's cell
// is shown whole, the Gemeenten grid keeps about ten rows (also under a cell with many findings,
// while it is edited), the toolbar is one row, and every count (status bar, navigator) means the
// same and follows the filters and the search.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MunicipalityGrid } from './pages/MunicipalityGrid';
import { SourcePanel } from './pages/SourcePanel';
import { StartScreen } from './pages/StartScreen';
import { screenshot } from './support/artifacts';
import { useBrowserPages } from './support/browserPages';
import { distinctCopies, fixtureFile, truthRowCount } from './support/fixtures';

const NATIONAL = 'national/p5_2019q2_national_10regions.pdf';
// Utrecht's total is 10 too high: a row finding on it and a column finding on TOTAAL AMR's total.
const MIDDEN_UTRECHT = 'errors/err_p1_2020q3_midden-utrecht_rowtotal.pdf';
// West-Brabant's printed percentage does not match.
const WEST_BRABANT = 'errors/err_p2_2017q4_west-brabant_percent.pdf';
const TRUNCATED = 'bad/truncated.pdf';
const SEED = 'text/p1_2017q3_zuid-limburg_seed.pdf';
const FILES = [NATIONAL, MIDDEN_UTRECHT, WEST_BRABANT, TRUNCATED];
const MU_TOTAL = MunicipalityGrid.rowId(1, 0, 'total');

const e2e = useBrowserPages('narrow', { afterEachChecks: 'clean' });

async function box(locator: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not on screen');
  return found;
}

/** The element shows all its text: nothing cut off by an ellipsis or its box. */
async function showsWholeText(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const inner = element.querySelector('.ag-cell-value') ?? element;
    return inner.scrollWidth <= inner.clientWidth + 1 && element.scrollWidth <= element.clientWidth + 1;
  });
}

/** Rows of the Gemeenten grid wholly in view, below its header and inside the window. */
async function rowsInView(page: Page): Promise<number> {
  return page.evaluate(() => {
    const grid = document.querySelector('[data-testid="municipality-grid"]');
    const header = grid?.querySelector('.ag-header')?.getBoundingClientRect();
    const outer = grid?.getBoundingClientRect();
    if (!grid || !header || !outer) return 0;
    const bottom = Math.min(outer.bottom, window.innerHeight);
    const ids = [...grid.querySelectorAll('.ag-row')]
      .filter((row) => {
        const r = row.getBoundingClientRect();
        return r.height > 0 && r.top >= header.bottom - 1 && r.bottom <= bottom + 1;
      })
      .map((row) => row.getAttribute('row-id'));
    return new Set(ids).size;
  });
}

async function loadAll(page: Page) {
  const start = await StartScreen.open(page, e2e.web.url);
  const tables = await start.choosePdfs(FILES.map((file) => fixtureFile(file)));
  await tables.waitUntilListed(FILES.map((file) => file.split('/').at(-1) ?? file));
  return tables;
}

describe('browser edition at 1280×800 with the source panel open', () => {
  it("keeps a scrolled row's region and name in view and shows the cursor's message whole", async () => {
    const page = e2e.page;
    const tables = await loadAll(page);
    // F8 twice: Utrecht's total, then Midden-Utrecht's TOTAAL AMR total; the grid scrolls right.
    await page.keyboard.press('F8');
    await page.keyboard.press('F8');
    await tables.municipalities.waitForFocus(MU_TOTAL, 'total');
    await new SourcePanel(page).waitForPage(1);
    await screenshot(page, 'narrow-01-totaal-amr');

    const grid = await box(page.getByTestId('municipality-grid'));
    for (const colId of ['region', 'name']) {
      const cell = tables.municipalities.cell(MU_TOTAL, colId);
      const at = await box(cell);
      expect(at.x).toBeGreaterThanOrEqual(grid.x);
      expect(at.x + at.width).toBeLessThanOrEqual(grid.x + grid.width);
      expect(await showsWholeText(cell)).toBe(true);
    }
    expect(await tables.municipalities.text(MU_TOTAL, 'region')).toBe('Midden-Utrecht');
    expect(await tables.municipalities.text(MU_TOTAL, 'name')).toBe('TOTAAL AMR');

    // The whole message of the cursor's cell, arithmetic included, readable above the grid.
    const detail = page.getByTestId('cursor-detail');
    expect(await detail.textContent()).toContain('(verschil 10)');
    for (const part of await detail.locator('span').all()) expect(await showsWholeText(part)).toBe(true);
    const detailBox = await box(detail);
    expect(detailBox.x + detailBox.width).toBeLessThanOrEqual(grid.x + grid.width);

    // About ten rows of the Gemeenten grid are in view, and nothing widens the page.
    expect(await rowsInView(page)).toBeGreaterThanOrEqual(8);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    // The toolbar is one row: its controls share one line.
    const tops = await page
      .locator('.toolbar input, .toolbar select, .toolbar button')
      .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top + item.getBoundingClientRect().height / 2)));
    expect(Math.max(...tops) - Math.min(...tops)).toBeLessThanOrEqual(4);

    // With "Alleen afwijkingen" the flagged TOTAAL AMR row still says which region it is.
    await page.getByTestId('only-flagged').check();
    await expect.poll(() => tables.municipalities.text(MU_TOTAL, 'region')).toBe('Midden-Utrecht');
    await screenshot(page, 'narrow-02-only-flagged');
  });

  it('counts one way everywhere: cells with findings and rows, following the filters and the search', async () => {
    const page = e2e.page;
    const tables = await loadAll(page);
    const all = truthRowCount(NATIONAL) + truthRowCount(MIDDEN_UTRECHT) + truthRowCount(WEST_BRABANT);
    const status = tables.statusBar;
    const position = page.getByTestId('flag-position');

    // Utrecht's total, Midden-Utrecht's TOTAAL AMR total, West-Brabant's percentage.
    await expect.poll(() => status.flags.textContent()).toBe('3 cellen met 3 meldingen');
    expect(await status.rows.textContent()).toBe(`${all.toLocaleString('nl-NL')} rijen`);
    expect(await position.textContent()).toBe('Cel – van 3');
    await page.keyboard.press('F8');
    await expect.poll(() => position.textContent()).toBe('Cel 1 van 3');

    // One region: its rows and findings, and what the filter hides is said.
    await page.getByTestId('filter-region').selectOption('Midden-Utrecht');
    await expect.poll(() => status.flags.textContent()).toBe('2 cellen met 2 meldingen (1 melding buiten de filters)');
    expect(await status.rows.textContent()).toBe(`${truthRowCount(MIDDEN_UTRECHT)} van ${all.toLocaleString('nl-NL')} rijen`);
    expect(await position.textContent()).toBe('Cel 1 van 2');

    // The search narrows the Gemeenten grid and its counts alike.
    await page.getByTestId('search').fill('heuvelrug');
    await expect.poll(() => status.rows.textContent()).toBe(`1 van ${all.toLocaleString('nl-NL')} rijen`);
    expect(await status.flags.textContent()).toBe('Geen meldingen (3 meldingen buiten de filters)');
    expect(await position.textContent()).toBe('Niets te controleren');
    expect(
      await page
        .locator('[data-testid="municipality-grid"] .ag-row[row-id]')
        .evaluateAll((rows) => new Set(rows.map((row) => row.getAttribute('row-id'))).size),
    ).toBe(1);
  });

  it('keeps the grid and the edited cell in view when the cell has many findings', async () => {
    // Eight copies of one region page; the same total edited in seven of them, each to a value
    // of its own: the first copy's cell then disagrees with seven values, a finding for each.
    const page = e2e.page;
    const copies = distinctCopies(SEED, 8);
    const start = await StartScreen.open(page, e2e.web.url);
    const tables = await start.choosePdfs(copies);
    await tables.waitUntilListed(copies.map((copy) => copy.name));
    // Beek, the first row of each copy: the search brings all eight into view.
    await page.getByTestId('search').fill('Beek');
    for (let doc = 1; doc < copies.length; doc++) await tables.municipalities.edit(MunicipalityGrid.rowId(doc, 0, 0), 'total', String(1000 + doc));
    const cell = MunicipalityGrid.rowId(0, 0, 0);
    await tables.municipalities.select(cell, 'total');
    const detail = page.getByTestId('cursor-detail');
    await expect.poll(async () => (await detail.textContent())?.split('Zelfde regio en periode in').length).toBe(8);

    // Typing in the cell: the findings take no more than their share of the panel, the grid
    // keeps its rows, and neither the window nor the grid moves the cell out of sight.
    await page.keyboard.press('F2');
    await page.keyboard.type('9');
    const input = tables.municipalities.cell(cell, 'total').locator('input');
    await input.waitFor();
    await screenshot(page, 'narrow-03-many-findings');
    expect(await rowsInView(page)).toBe(copies.length);
    const scrolled = await page.evaluate(() => [document.scrollingElement, document.querySelector('.workspace')].map((element) => element?.scrollTop));
    expect(scrolled).toEqual([0, 0]);
    const grid = await box(page.getByTestId('municipality-grid'));
    const header = await box(page.locator('[data-testid="municipality-grid"] .ag-header'));
    const editor = await box(input);
    expect(editor.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
    expect(editor.y + editor.height).toBeLessThanOrEqual(Math.min(grid.y + grid.height, 800) + 1);
    // Every finding can still be read: the list scrolls in its own box, and the suggestion and
    // "Accepteren…" below it stay in view.
    const findings = await page
      .getByTestId('cursor-findings')
      .evaluate((element) => ({ scrolls: element.scrollHeight > element.clientHeight + 1, overflowY: getComputedStyle(element).overflowY }));
    expect(findings).toEqual({ scrolls: true, overflowY: 'auto' });
    const accept = await box(detail.getByTestId('accept-flag'));
    const list = await box(page.getByTestId('cursor-findings'));
    expect(accept.y).toBeGreaterThanOrEqual(list.y + list.height - 1);
    expect(accept.y + accept.height).toBeLessThanOrEqual(header.y);
    await page.keyboard.press('Escape');
  });
});
