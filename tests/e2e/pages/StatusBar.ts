// The status bar at the bottom of every screen: row and flag counts, files still being read, and
// the notice of the moment (a summary line; its full list behind "details").
import type { Locator, Page } from 'playwright-core';

/** "1.340 rijen" → 1340. */
export function leadingCount(text: string | null): number {
  const match = /^\s*([\d.]+)/.exec(text ?? '');
  if (!match?.[1]) throw new Error(`no count in status text '${text}'`);
  return Number(match[1].replace(/\./g, ''));
}

/** "9 cellen met 10 meldingen (2 meldingen buiten de filters)" → 10; "Geen meldingen" → 0. */
export function findingCount(text: string | null): number {
  if ((text ?? '').trim().startsWith('Geen meldingen')) return 0;
  const match = /met ([\d.]+) melding/.exec(text ?? '');
  if (!match?.[1]) throw new Error(`no finding count in status text '${text}'`);
  return Number(match[1].replace(/\./g, ''));
}

export class StatusBar {
  readonly rows: Locator;
  readonly flags: Locator;
  readonly corrections: Locator;
  readonly pending: Locator;
  readonly message: Locator;
  /** The notice's line itself, without its buttons. */
  readonly noticeText: Locator;
  readonly detailsButton: Locator;
  /** The notice's full list, once opened. */
  readonly details: Locator;

  constructor(private readonly page: Page) {
    this.rows = page.getByTestId('status-rows');
    this.flags = page.getByTestId('status-flags');
    this.corrections = page.getByTestId('status-corrections');
    this.pending = page.getByTestId('status-pending');
    this.message = page.getByTestId('status-message');
    this.noticeText = page.getByTestId('notice-text');
    this.detailsButton = page.getByTestId('notice-details-open');
    this.details = page.getByTestId('notice-details');
  }

  /** The notice's line, trimmed ('' when there is none). */
  async notice(): Promise<string> {
    return (await this.noticeText.count()) > 0 ? ((await this.noticeText.textContent()) ?? '').trim() : '';
  }

  /** Opens the notice's full list with the "details" button, by keyboard (focus, Enter). */
  async openDetailsWithKeyboard(): Promise<void> {
    await this.detailsButton.focus();
    await this.page.keyboard.press('Enter');
    await this.details.waitFor();
  }

  /** Each line of the opened list. */
  async detailItems(): Promise<string[]> {
    return (await this.details.getByTestId('notice-details-item').allTextContents()).map((text) => text.trim());
  }

  async rowCount(): Promise<number> {
    return leadingCount(await this.rows.textContent());
  }

  /** Open findings the filters show: "9 cellen met 10 meldingen" → 10, "Geen meldingen" → 0. */
  async flagCount(): Promise<number> {
    return findingCount(await this.flags.textContent());
  }

  /** Cells with open findings the filters show: "9 cellen met 10 meldingen" → 9. */
  async cellCount(): Promise<number> {
    const text = (await this.flags.textContent()) ?? '';
    return text.startsWith('Geen') ? 0 : leadingCount(text);
  }

  async correctionCount(): Promise<number> {
    return leadingCount(await this.corrections.textContent());
  }

  async waitForFlagCount(count: number, timeout = 5_000): Promise<void> {
    await this.page.waitForFunction(
      ([selector, expected]) => {
        const text = document.querySelector(selector as string)?.textContent ?? '';
        if (text.startsWith('Geen meldingen')) return expected === 0;
        const match = /met ([\d.]+) melding/.exec(text);
        return match?.[1] !== undefined && Number(match[1].replace(/\./g, '')) === expected;
      },
      ['[data-testid="status-flags"]', count] as const,
      { timeout },
    );
  }
}
