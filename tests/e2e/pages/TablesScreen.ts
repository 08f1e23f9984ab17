// The screen once PDFs are loaded: what was read, per-file errors, the status bar.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { StatusBar } from './StatusBar';

export class TablesScreen {
  readonly statusBar: StatusBar;

  constructor(readonly page: Page) {
    this.statusBar = new StatusBar(page);
  }

  /** Waits until no file is being read and each of these files is listed (result or error). */
  async waitUntilShown(fileNames: string[], timeout = 30_000): Promise<void> {
    await this.page.waitForFunction(
      (names) => !document.querySelector('[data-testid="status-pending"]') && names.every((name) => document.body.innerText.includes(name)),
      fileNames,
      { timeout },
    );
  }

  /** Saves as Excel (a download in the browser edition) into `folder`; returns the file path. */
  async saveAsExcel(folder: string): Promise<{ file: string; suggestedName: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId('save-xlsx').click()]);
    const file = path.join(folder, download.suggestedFilename());
    await download.saveAs(file);
    return { file, suggestedName: download.suggestedFilename() };
  }

  /** The Dutch error shown for a file that could not be read, or null when none is shown. */
  async fileError(fileName: string): Promise<string | null> {
    const shown = this.page.getByText(new RegExp(`'${escapeRegExp(fileName)}'.*(beschadigd|geen PDF|wachtwoord|geen tabel|mislukt)`));
    return (await shown.count()) > 0 ? shown.first().textContent() : null;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
