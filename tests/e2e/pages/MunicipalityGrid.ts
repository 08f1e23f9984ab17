// The Gemeenten grid (AG Grid 36). Row ids `${doc}-${table}-${row}` / `${doc}-${table}-total`,
// col ids name, c0..c3, total, check: the UI's contract in src/renderer/session/cells.ts.
import type { Locator, Page } from 'playwright-core';

const FLAGGED = 'kp-cell--flagged';
const EDITED = 'kp-cell--edited';
const TOP_EDGE = { x: 12, y: 5 };

export class MunicipalityGrid {
  readonly root: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('municipality-grid');
  }

  /** Row id of a municipality, or of the TOTAAL AMR row with `row = 'total'`. */
  static rowId(doc: number, table: number, row: number | 'total'): string {
    return `${doc}-${table}-${row}`;
  }

  cell(rowId: string, colId: string): Locator {
    return this.root.locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="${colId}"]`);
  }

  async text(rowId: string, colId: string): Promise<string> {
    return ((await this.cell(rowId, colId).textContent()) ?? '').trim();
  }

  /** Waits for the text a cell shows: the grid gets the session's new rows a moment after an edit. */
  async waitForText(rowId: string, colId: string, expected: string, timeout = 5_000): Promise<void> {
    await this.page.waitForFunction(
      ([selector, text]) => document.querySelector(selector as string)?.textContent?.trim() === text,
      [`[data-testid="municipality-grid"] .ag-row[row-id="${rowId}"] .ag-cell[col-id="${colId}"]`, expected] as const,
      { timeout },
    );
  }

  async isFlagged(rowId: string, colId: string): Promise<boolean> {
    return hasClass(this.cell(rowId, colId), FLAGGED);
  }

  async isMarkedEdited(rowId: string, colId: string): Promise<boolean> {
    return hasClass(this.cell(rowId, colId), EDITED);
  }

  /** The cell's tooltip: the checks' messages (with the arithmetic) and, once edited, the original. */
  async tooltip(rowId: string, colId: string): Promise<string> {
    const cell = await this.reveal(rowId, colId);
    // A tooltip still open for another cell would answer instead: move away until it is gone.
    // There may be two for a moment (one fading out as another fades in, after an edit).
    await this.page.mouse.move(0, 0);
    await this.page.waitForFunction(() =>
      [...document.querySelectorAll('.ag-tooltip')].every(
        (element) => element.getClientRects().length === 0 || getComputedStyle(element).visibility === 'hidden',
      ),
    );
    await cell.hover({ position: TOP_EDGE });
    const tooltip = this.page.locator('.ag-tooltip:not(.ag-tooltip-hiding)');
    await tooltip.waitFor();
    return ((await tooltip.textContent()) ?? '').trim();
  }

  /** Row and column id of the cell with the grid's cursor, or null when no cell has it. */
  async focusedCell(): Promise<{ rowId: string; colId: string } | null> {
    return this.root.evaluate((grid) => {
      const cell = grid.querySelector('.ag-cell.ag-cell-focus');
      const rowId = cell?.closest('.ag-row')?.getAttribute('row-id');
      const colId = cell?.getAttribute('col-id');
      return rowId && colId ? { rowId, colId } : null;
    });
  }

  /** Waits until the grid's cursor is on this cell. */
  async waitForFocus(rowId: string, colId: string, timeout = 5_000): Promise<void> {
    await this.page.waitForFunction(
      (selector) => document.querySelector(selector)?.classList.contains('ag-cell-focus') === true,
      `[data-testid="municipality-grid"] .ag-row[row-id="${rowId}"] .ag-cell[col-id="${colId}"]`,
      { timeout },
    );
  }

  /** Clicks a cell the way an analyst selects it (at its top edge, see reveal()). */
  async select(rowId: string, colId: string): Promise<void> {
    const cell = await this.reveal(rowId, colId);
    await cell.click({ position: TOP_EDGE });
  }

  /** Brings the cell into view. Pointer actions aim at its top edge: on the last visible row
   * the grid's horizontal scrollbar lies over the lower half of the cell and takes the events. */
  private async reveal(rowId: string, colId: string): Promise<Locator> {
    const cell = this.cell(rowId, colId);
    // AG Grid renders only the columns in view: in a narrow window a column to the right has no
    // cell until the analyst scrolls there, so scroll sideways first, as they would.
    await this.page.waitForFunction(
      ([grid, row, column]) => {
        const root = document.querySelector(`[data-testid="${grid}"]`);
        if (root?.querySelector(`.ag-row[row-id="${row}"] .ag-cell[col-id="${column}"]`)) return true;
        const scroller = root?.querySelector<HTMLElement>('.ag-body-horizontal-scroll-viewport');
        if (!scroller) return false;
        const end = scroller.scrollWidth - scroller.clientWidth;
        scroller.scrollLeft = scroller.scrollLeft >= end ? 0 : Math.min(end, scroller.scrollLeft + scroller.clientWidth / 2);
        return false;
      },
      ['municipality-grid', rowId, colId] as const,
      { polling: 100, timeout: 10_000 },
    );
    await cell.scrollIntoViewIfNeeded();
    return cell;
  }

  /** Types a new value into a cell the way an analyst does: select it, F2, type, Enter.
   * (Enter on a selected cell moves down, as in Excel; F2 opens the editor.) */
  async edit(rowId: string, colId: string, value: string): Promise<void> {
    const cell = await this.reveal(rowId, colId);
    await cell.click({ position: TOP_EDGE });
    await this.page.keyboard.press('F2');
    const input = cell.locator('input');
    await input.waitFor();
    await input.fill(value);
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'detached' });
  }
}

async function hasClass(locator: Locator, name: string): Promise<boolean> {
  return ((await locator.getAttribute('class')) ?? '').split(/\s+/).includes(name);
}
