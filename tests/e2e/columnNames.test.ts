// Browser edition, end to end: the analyst names the four count columns in the Kolomnamen dialog.
// The names show whole in the Gemeenten grid's headers (wrapped onto a second line where the
// column is narrow) at 1280 and at 1920 px, each header tells its full name on hover, and one
// "Toepassen" of four names is one undo step.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { StartScreen } from './pages/StartScreen';
import { StatusBar } from './pages/StatusBar';
import { screenshot } from './support/artifacts';
import { useBrowserPages } from './support/browserPages';
import { fixtureFile } from './support/fixtures';

const FILES = ['text/p1_2017q3_zuid-limburg_seed.pdf', 'errors/err_p1_2020q3_midden-utrecht_rowtotal.pdf'];
// Names as analysts give them: alike at the start, different only at the end.
const NAMES = ['Categorie A (geen)', 'Categorie B (beperkt)', 'Categorie C (volledig)', 'Categorie D (onbekend)'];
const PRINTED = ['Kolom 1', 'Kolom 2', 'Kolom 3', 'Kolom 4'];

const e2e = useBrowserPages('column-names', { afterEachChecks: 'clean' });

interface HeaderView {
  text: string;
  /** Every character of the name is visible (not cut off by an ellipsis or the header's box)
   * and no word is split over two lines. */
  whole: boolean;
}

/** The count columns' headers as the analyst sees them, c0..c3. */
async function countHeaders(page: Page): Promise<HeaderView[]> {
  return page.evaluate(() =>
    ['c0', 'c1', 'c2', 'c3'].map((colId) => {
      const header = document.querySelector(`[data-testid="municipality-grid"] .ag-header-cell[col-id="${colId}"]`);
      const name = header?.querySelector<HTMLElement>('.count-header__name');
      if (!header || !name) return { text: '', whole: false };
      const nameBox = name.getBoundingClientRect();
      const headerBox = header.getBoundingClientRect();
      const inside = nameBox.left >= headerBox.left - 1 && nameBox.right <= headerBox.right + 1 && nameBox.bottom <= headerBox.bottom + 1;
      // A word split over two lines ("(onbeken" / "d)") is as unreadable as an ellipsis.
      const text = name.firstChild;
      const wordsUnbroken = [...(name.textContent ?? '').matchAll(/\S+/g)].every((word) => {
        if (!text) return false;
        const range = document.createRange();
        range.setStart(text, word.index);
        range.setEnd(text, word.index + word[0].length);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size === 1;
      });
      const fits = name.scrollWidth <= name.clientWidth + 1 && name.scrollHeight <= name.clientHeight + 1;
      return { text: name.textContent ?? '', whole: inside && fits && wordsUnbroken };
    }),
  );
}

async function loadTables(page: Page) {
  const start = await StartScreen.open(page, e2e.web.url);
  const tables = await start.choosePdfs(FILES.map((file) => fixtureFile(file)));
  await tables.waitUntilListed(FILES.map((file) => file.split('/').at(-1) ?? file));
  return tables;
}

async function nameColumns(page: Page, names: readonly string[]): Promise<void> {
  await page.getByTestId('rename-columns').click();
  for (const [column, name] of names.entries()) await page.getByTestId(`column-name-${column}`).fill(name);
  await page.getByTestId('column-names-apply').click();
  await page.getByTestId('column-names').waitFor({ state: 'hidden' });
}

async function waitForHeaders(page: Page, expected: readonly string[]): Promise<void> {
  await page.waitForFunction(
    (names) =>
      names.every(
        (name, column) =>
          document.querySelector(`[data-testid="municipality-grid"] .ag-header-cell[col-id="c${column}"] .count-header__name`)?.textContent === name,
      ),
    expected,
  );
}

describe('naming the count columns', () => {
  it('shows four long names whole at 1280 and 1920 px, with the full name on hover', async () => {
    const page = e2e.page;
    await loadTables(page);
    await nameColumns(page, NAMES);
    await waitForHeaders(page, NAMES);
    expect(await countHeaders(page)).toEqual(NAMES.map((text) => ({ text, whole: true })));
    await screenshot(page, 'column-names-01-1280');

    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.waitForFunction(() => window.innerWidth === 1920);
    expect(await countHeaders(page)).toEqual(NAMES.map((text) => ({ text, whole: true })));
    await screenshot(page, 'column-names-02-1920');

    // Hovering a header tells its whole name, whatever room the column has.
    await page.setViewportSize({ width: 1280, height: 800 });
    const tooltip = page.locator('.ag-tooltip');
    await page.locator('[data-testid="municipality-grid"] .ag-header-cell[col-id="c3"] .count-header__name').hover();
    await tooltip.waitFor();
    expect((await tooltip.textContent())?.trim()).toBe(NAMES[3]);
  });

  it('takes four names back with one undo and gives them again with one redo', async () => {
    const page = e2e.page;
    await loadTables(page);
    await nameColumns(page, NAMES);
    await waitForHeaders(page, NAMES);
    const status = new StatusBar(page);

    await page.keyboard.press('Control+z');
    await waitForHeaders(page, PRINTED);
    expect(await status.notice()).toBe(`Ongedaan gemaakt: kolomnamen ${NAMES.map((name, column) => `'${name}' → '${PRINTED[column]}'`).join(', ')}`);
    // Nothing else to take back: the names were the only change.
    expect(await page.getByTestId('undo').isDisabled()).toBe(true);

    await page.keyboard.press('Control+y');
    await waitForHeaders(page, NAMES);
  });
});
