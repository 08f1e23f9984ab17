// The first screen: nothing loaded yet, a drop zone with a file chooser.
import type { Page } from 'playwright-core';
import type { InputFile } from '../support/fixtures';
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

  /** Chooses PDFs and returns at once, while they are being read. */
  async startReading(files: InputFile[]): Promise<TablesScreen> {
    await this.page.getByTestId('pdf-input').setInputFiles(files);
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
