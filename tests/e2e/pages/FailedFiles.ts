// The "Niet ingelezen" box: every file that could not be read, with its Dutch reason; collapsed
// beyond a few entries ("nog 4 meer tonen") and closable until another file fails.
import type { Locator, Page } from 'playwright-core';

export interface FailedEntry {
  /** The file's name ('' for a file that never reached the reader, e.g. not a PDF). */
  file: string;
  message: string;
}

export class FailedFiles {
  readonly root: Locator;
  readonly showMoreButton: Locator;
  readonly closeButton: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('failed-files');
    this.showMoreButton = page.getByTestId('failed-files-more');
    this.closeButton = page.getByTestId('failed-files-close');
  }

  /** Every entry shown (not those collapsed), in order; none when the box is not there. */
  async entries(): Promise<FailedEntry[]> {
    return this.root
      .getByTestId('failed-file')
      .evaluateAll((items) =>
        (items as HTMLElement[]).filter((item) => !item.hidden).map((item) => ({ file: item.dataset.file ?? '', message: (item.textContent ?? '').trim() })),
      );
  }

  /** True when every entry is drawn whole: inside the box, and no part of the box scrolls. */
  async showsEveryEntryWhole(): Promise<boolean> {
    return this.root.evaluate((box) => {
      const outer = box.getBoundingClientRect();
      const scrolls = [box, ...box.querySelectorAll('*')].some(
        (element) => element.scrollHeight > element.clientHeight + 1 && getComputedStyle(element).overflowY !== 'visible',
      );
      const inside = [...box.querySelectorAll<HTMLElement>('[data-testid="failed-file"]:not([hidden])')].every((item) => {
        const rect = item.getBoundingClientRect();
        return rect.height > 0 && rect.top >= outer.top - 1 && rect.bottom <= outer.bottom + 1;
      });
      return inside && !scrolls;
    });
  }

  async showMore(): Promise<void> {
    await this.showMoreButton.click();
  }

  async close(): Promise<void> {
    await this.closeButton.click();
    await this.root.waitFor({ state: 'detached' });
  }
}
