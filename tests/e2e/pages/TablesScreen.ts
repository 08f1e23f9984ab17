// The screen once PDFs are loaded: the files (read or not, with their Dutch errors), the
// Gemeenten grid, undo, save, and the status bar.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { MunicipalityGrid } from './MunicipalityGrid';
import { StatusBar } from './StatusBar';

export class TablesScreen {
  readonly statusBar: StatusBar;
  readonly municipalities: MunicipalityGrid;

  constructor(readonly page: Page) {
    this.statusBar = new StatusBar(page);
    this.municipalities = new MunicipalityGrid(page);
  }

  /** Waits until no file is being read and each of these files is listed, read or failed. */
  async waitUntilListed(fileNames: string[], timeout = 30_000): Promise<void> {
    await this.page.waitForFunction(
      (names) => {
        if (document.querySelector('[data-testid="status-pending"]')) return false;
        const loaded = [...document.querySelectorAll<HTMLElement>('[data-testid="loaded-file"]')].map((item) => item.title);
        const failed = [...document.querySelectorAll<HTMLElement>('[data-testid="failed-file"]')].map((item) => item.dataset.file);
        return names.every((name) => loaded.includes(name) || failed.includes(name));
      },
      fileNames,
      { timeout },
    );
  }

  /** The Dutch error listed for a file that could not be read, or null when it is not listed. */
  async fileError(fileName: string): Promise<string | null> {
    const item = this.page.locator(`[data-testid="failed-file"][data-file="${fileName.replace(/"/g, '\\"')}"]`);
    return (await item.count()) > 0 ? ((await item.textContent()) ?? '').trim() : null;
  }

  /** Ctrl+Z, as the analyst presses it in the grid. */
  async undoWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('Control+z');
  }

  /** Saves as Excel (a download in the browser edition) into `folder`. */
  async saveAsExcel(folder: string): Promise<{ file: string; suggestedName: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId('save-xlsx').click()]);
    const file = path.join(folder, download.suggestedFilename());
    await download.saveAs(file);
    return { file, suggestedName: download.suggestedFilename() };
  }
}
