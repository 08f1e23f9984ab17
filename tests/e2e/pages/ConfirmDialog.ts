// The app's own "are you sure?" ("Alles sluiten", "Nieuw beginnen", dropping a file's saved
// work): a <dialog> with the question, "Annuleren" (focused first) and a button that goes ahead.
import type { Locator, Page } from 'playwright-core';

export class ConfirmDialog {
  readonly root: Locator;
  readonly question: Locator;
  readonly ok: Locator;
  readonly cancel: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('confirm-dialog');
    this.question = page.getByTestId('confirm-text');
    this.ok = page.getByTestId('confirm-ok');
    this.cancel = page.getByTestId('confirm-cancel');
  }

  /** Waits for the question and returns it. */
  async asked(): Promise<string> {
    await this.root.waitFor();
    return ((await this.question.textContent()) ?? '').trim();
  }

  /** Answers the open question with a click: go ahead (true) or "Annuleren" (false). */
  async answer(yes: boolean): Promise<void> {
    await this.root.waitFor();
    await (yes ? this.ok : this.cancel).click();
    await this.root.waitFor({ state: 'hidden' });
  }

  /** Goes ahead without the mouse: Tab from "Annuleren" to the other button, then Enter. */
  async confirmWithKeyboard(): Promise<void> {
    await this.root.waitFor();
    for (let presses = 0; presses < 3 && !(await this.hasFocus(this.ok)); presses++) await this.page.keyboard.press('Tab');
    await this.page.keyboard.press('Enter');
    await this.root.waitFor({ state: 'hidden' });
  }

  /** The test id of the element with the keyboard focus. */
  async focused(): Promise<string | null> {
    return this.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
  }

  private async hasFocus(button: Locator): Promise<boolean> {
    return button.evaluate((element) => element === document.activeElement);
  }
}
