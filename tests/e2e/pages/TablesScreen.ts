// The screen once PDFs are loaded: the files (read or not, with their Dutch errors), the
// Gemeenten grid, undo, save, and the status bar.
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { InputFile } from '../support/fixtures';
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

  /** Names of the files read into tables. */
  async loadedFiles(): Promise<string[]> {
    return this.page.getByTestId('loaded-file').evaluateAll((items) => items.map((item) => (item as HTMLElement).title));
  }

  /** Waits until the progress panel counts at least one page read. */
  async waitForPagesRead(): Promise<void> {
    await this.page.waitForFunction(() => {
      const text = document.querySelector('[data-testid="extract-progress-overall"]')?.textContent ?? '';
      const read = /(\d+) van/.exec(text);
      return read?.[1] !== undefined && Number(read[1]) > 0;
    });
  }

  /** Presses "Annuleren" in the progress panel and waits until nothing is being read.
   * Dispatched rather than clicked: while files arrive the panel moves and is re-mounted
   * (start screen → tables), so Playwright never finds the button stable long enough. */
  async cancelReading(): Promise<void> {
    await this.page.getByTestId('cancel-extract').dispatchEvent('click');
    await this.page.getByTestId('extract-progress').waitFor({ state: 'detached' });
  }

  /** Adds PDFs with the header's file chooser, as when tables are already shown. */
  async addPdfs(files: InputFile[]): Promise<void> {
    await this.page.getByTestId('pdf-input').first().setInputFiles(files);
    await this.waitUntilListed(files.map((file) => file.name));
  }

  /** Adds PDFs with the header's file chooser and returns at once (a file already loaded is
   * never listed again, so there may be nothing to wait for). */
  async startAdding(files: InputFile[]): Promise<void> {
    await this.page.getByTestId('pdf-input').first().setInputFiles(files);
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
