// The review workspace's page objects: accepting a finding at the cursor, the offer to restore
// the last session, saved work waiting for its PDFs, and projects (a download to save, the file
// chooser to open).
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { InputFile } from '../support/fixtures';
import { ConfirmDialog } from './ConfirmDialog';

export class AcceptPanel {
  readonly dialog: Locator;

  constructor(private readonly page: Page) {
    this.dialog = page.getByTestId('accept-dialog');
  }

  /** "Accepteren…" on the cell under the cursor, with a note; `beforeConfirm` runs with the
   * dialog filled in (a screenshot, say). */
  async acceptAtCursor(note: string, beforeConfirm?: () => Promise<unknown>): Promise<void> {
    await this.page.getByTestId('accept-flag').click();
    await this.dialog.waitFor();
    await this.page.getByTestId('accept-note').fill(note);
    await beforeConfirm?.();
    await this.page.getByTestId('accept-confirm').click();
    await this.dialog.waitFor({ state: 'hidden' });
  }

  /** What the bar above the grid says about accepted findings at the cursor. */
  async acceptedAtCursor(): Promise<string[]> {
    return this.page.getByTestId('cursor-accepted').allTextContents();
  }
}

export class RestoreOffer {
  readonly root: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('restore-offer');
  }

  async summary(): Promise<string> {
    return ((await this.page.getByTestId('restore-summary').textContent()) ?? '').trim();
  }

  async restore(): Promise<void> {
    await this.page.getByTestId('restore-session').click();
  }

  /** "Nieuw beginnen", going ahead when the app asks (it asks when the offered session has
   * corrections or acceptances), by mouse or by keyboard (focus and Enter, Tab and Enter). */
  async startFresh(by: 'mouse' | 'keyboard' = 'mouse'): Promise<void> {
    const fresh = this.page.getByTestId('restore-fresh');
    if (by === 'keyboard') {
      await fresh.focus();
      await this.page.keyboard.press('Enter');
    } else {
      await fresh.click();
    }
    await this.page.waitForFunction(
      () => document.querySelector('[data-testid="confirm-dialog"][open]') !== null || document.querySelector('[data-testid="restore-offer"]') === null,
    );
    const confirm = new ConfirmDialog(this.page);
    if (await confirm.root.isVisible()) await (by === 'keyboard' ? confirm.confirmWithKeyboard() : confirm.answer(true));
    await this.root.waitFor({ state: 'detached' });
  }
}

export class PendingFiles {
  readonly root: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('pending-files');
  }

  /** File name and state of each file whose saved work waits. */
  async files(): Promise<{ name: string; state: string }[]> {
    return this.root
      .getByTestId('pending-file')
      .evaluateAll((items) => items.map((item) => ({ name: (item as HTMLElement).dataset.file ?? '', state: (item as HTMLElement).dataset.state ?? '' })));
  }

  /** "PDF's kiezen…" (browser edition): matched to the saved files by SHA-256. */
  async choose(files: InputFile[]): Promise<void> {
    await this.page.getByTestId('pending-pdf-input').setInputFiles(files);
  }
}

export class Projects {
  constructor(private readonly page: Page) {}

  /** "Project opslaan…": a download in the browser edition, saved into `folder`. */
  async save(folder: string): Promise<string> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId('save-project').click()]);
    const file = path.join(folder, download.suggestedFilename());
    await download.saveAs(file);
    return file;
  }

  /** "Project openen…": the file chooser, answered with `file`. */
  async open(file: string): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.page.getByTestId('open-project').click()]);
    await chooser.setFiles(file);
  }
}
