// The Tijdreeks panel beside the grids: its toggle, the region and municipality choices, the
// charts (each point's position on the canvas, as the chart reports it after drawing), the values
// table under each chart, and "Grafiek opslaan".
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';

export interface ChartPoint {
  line: string;
  quarter: string;
  x: number;
  y: number;
}

export class TrendPanel {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('trend-panel');
  }

  /** Ticks "Tijdreeks" with the keyboard and waits for the panel. */
  async openWithKeyboard(): Promise<void> {
    await this.page.getByTestId('trend-toggle').focus();
    await this.page.keyboard.press('Space');
    await this.root.waitFor();
  }

  async chooseRegion(region: string): Promise<void> {
    await this.root.getByTestId('trend-region').selectOption({ label: region });
  }

  async chooseMunicipality(label: string): Promise<void> {
    await this.root.getByTestId('trend-municipality').selectOption({ label });
  }

  chart(index: number): Locator {
    return this.root.getByTestId('trend-chart').nth(index);
  }

  async chartTitles(): Promise<string[]> {
    return this.root.getByTestId('trend-chart').evaluateAll((charts) => charts.map((chart) => (chart as HTMLElement).dataset.title ?? ''));
  }

  /** The points drawn in a chart, once it has drawn `title`'s data. */
  async points(index: number, title?: string): Promise<ChartPoint[]> {
    const chart = this.chart(index);
    if (title) await chart.and(this.page.locator(`[data-title="${title}"]`)).waitFor();
    const canvas = chart.getByTestId('trend-canvas');
    await this.page.waitForFunction((element) => element?.dataset.points !== undefined, await canvas.elementHandle());
    return JSON.parse((await canvas.getAttribute('data-points')) ?? '[]') as ChartPoint[];
  }

  /** Clicks a point on the canvas, where the chart drew it. */
  async clickPoint(index: number, line: string, quarter: string): Promise<void> {
    const point = (await this.points(index)).find((candidate) => candidate.line === line && candidate.quarter === quarter);
    if (!point) throw new Error(`geen punt ${line} ${quarter}`);
    await this.chart(index)
      .getByTestId('trend-canvas')
      .click({ position: { x: point.x, y: point.y } });
  }

  /** Opens "Waarden als tabel" under a chart and reads it: header, then one row per quarter,
   * each cell its text and the mark of its point ('open', 'accepted', 'hint' or ''). */
  async values(index: number): Promise<{ header: string[]; rows: { text: string; mark: string }[][] }> {
    const details = this.chart(index).locator('details.trend-values');
    if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) await details.locator('summary').click();
    return this.chart(index)
      .getByTestId('trend-values')
      .evaluate((table) => ({
        header: [...table.querySelectorAll('thead th')].map((cell) => cell.textContent ?? ''),
        rows: [...table.querySelectorAll('tbody tr')].map((row) =>
          [...row.querySelectorAll('th, td')].map((cell) => ({
            text: cell.textContent ?? '',
            mark: /trend-values__cell--(\w+)/.exec(cell.className)?.[1] ?? '',
          })),
        ),
      }));
  }

  /** The value button of a quarter and line in the values table (for the keyboard). */
  valueButton(index: number, quarter: string, column: number): Locator {
    return this.chart(index)
      .getByTestId('trend-values')
      .locator('tbody tr')
      .filter({ has: this.page.locator(`th:text-is("${quarter}")`) })
      .locator('td')
      .nth(column)
      .locator('button');
  }

  /** "Grafiek opslaan" (a download in the browser edition) into `folder`. */
  async saveChart(index: number, folder: string): Promise<{ file: string; suggestedName: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.chart(index).getByTestId('trend-save').click()]);
    const file = path.join(folder, download.suggestedFilename());
    await download.saveAs(file);
    return { file, suggestedName: download.suggestedFilename() };
  }
}
