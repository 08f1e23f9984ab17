// The Regio's grid (AG Grid 36): one line per table, row id `${doc}-${table}`; col ids file,
// period, region, known, register, percent, computed, check (src/renderer/session/cells.ts).
import type { Locator, Page } from 'playwright-core';

const FLAGGED = 'kp-cell--flagged';
const TOP_EDGE = { x: 12, y: 5 };

export class RegionGrid {
  readonly root: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('region-grid');
  }

  static rowId(doc: number, table: number): string {
    return `${doc}-${table}`;
  }

  cell(rowId: string, colId: string): Locator {
    return this.root.locator(`.ag-row[row-id="${rowId}"] .ag-cell[col-id="${colId}"]`);
  }

  async text(rowId: string, colId: string): Promise<string> {
    return ((await this.cell(rowId, colId).textContent()) ?? '').trim();
  }

  async isFlagged(rowId: string, colId: string): Promise<boolean> {
    return ((await this.cell(rowId, colId).getAttribute('class')) ?? '').split(/\s+/).includes(FLAGGED);
  }

  /** Clicks a cell the way an analyst selects it (at its top edge, clear of a scrollbar). */
  async select(rowId: string, colId: string): Promise<void> {
    const cell = this.cell(rowId, colId);
    await cell.scrollIntoViewIfNeeded();
    await cell.click({ position: TOP_EDGE });
  }

  /** Waits until the grid's cursor is on this cell. */
  async waitForFocus(rowId: string, colId: string, timeout = 5_000): Promise<void> {
    await this.page.waitForFunction(
      (selector) => document.querySelector(selector)?.classList.contains('ag-cell-focus') === true,
      `[data-testid="region-grid"] .ag-row[row-id="${rowId}"] .ag-cell[col-id="${colId}"]`,
      { timeout },
    );
  }
}
