// The first screen: nothing loaded yet, a drop zone with a file chooser.
import type { Page } from 'playwright-core';
import type { InputFile } from '../support/fixtures';
import { RestoreOffer } from './Review';
import { StatusBar } from './StatusBar';
import { TablesScreen } from './TablesScreen';

export class StartScreen {
  readonly statusBar: StatusBar;

  private constructor(readonly page: Page) {
    this.statusBar = new StatusBar(page);
  }

  static async open(page: Page, url: string): Promise<StartScreen> {
    await page.goto(url);
    await page.getByTestId('drop-zone').waitFor();
    return new StartScreen(page);
  }

  /** The start screen with nothing offered back: the session an earlier test left in this
   * browser is let go ("Nieuw beginnen", confirmed when the app asks). */
  static async openFresh(page: Page, url: string): Promise<StartScreen> {
    const start = await StartScreen.open(page, url);
    await start.waitForSavedWorkChecked();
    const offer = new RestoreOffer(page);
    if (await offer.root.isVisible()) await offer.startFresh();
    return start;
  }

  /** Until the app has looked for a saved session, its offer may still appear (a moment after the
   * start screen, later on a loaded machine): a test that looks earlier races it. */
  async waitForSavedWorkChecked(): Promise<void> {
    await this.page.locator('.app[data-saved-work="checked"]').waitFor();
  }

  /** The start screen of a page already open (e.g. back after every file was cancelled). */
  static async attach(page: Page): Promise<StartScreen> {
    await page.getByTestId('drop-zone').waitFor();
    return new StartScreen(page);
  }

  /** How scanned pages will be read: 'auto' | 'always' | 'never'. */
  async ocrMode(): Promise<string> {
    return this.page.getByTestId('ocr-mode').inputValue();
  }

  async chooseOcrMode(mode: 'auto' | 'always' | 'never'): Promise<void> {
    await this.page.getByTestId('ocr-mode').selectOption(mode);
  }

  /** Chooses PDFs and returns at once, while they are being read. */
  async startReading(files: InputFile[]): Promise<TablesScreen> {
    await this.page.getByTestId('pdf-input').setInputFiles(files);
    return new TablesScreen(this.page);
  }

  /** Drops PDFs on the drop zone as a file manager would (dragover, then drop with the files
   * in its DataTransfer), and returns at once, while they are being read. */
  async dropPdfs(files: InputFile[]): Promise<TablesScreen> {
    const dataTransfer = await this.page.evaluateHandle(
      (items) => {
        const transfer = new DataTransfer();
        for (const { name, mimeType, base64 } of items) {
          const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
          transfer.items.add(new File([bytes], name, { type: mimeType }));
        }
        return transfer;
      },
      files.map(({ name, mimeType, buffer }) => ({ name, mimeType, base64: buffer.toString('base64') })),
    );
    const zone = this.page.getByTestId('drop-zone');
    await zone.dispatchEvent('dragover', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });
    await dataTransfer.dispose();
    return new TablesScreen(this.page);
  }

  /** Chooses PDFs as the file dialog would and waits until all are read. */
  async choosePdfs(files: InputFile[]): Promise<TablesScreen> {
    await this.page.getByTestId('pdf-input').setInputFiles(files);
    const tables = new TablesScreen(this.page);
    await tables.waitUntilListed(files.map((file) => file.name));
    return tables;
  }
}
