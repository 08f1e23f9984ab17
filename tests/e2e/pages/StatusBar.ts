// The status bar at the bottom of every screen: row and flag counts, files still being read.
import type { Locator, Page } from 'playwright-core';

/** "1.340 rijen" → 1340. */
export function leadingCount(text: string | null): number {
  const match = /^\s*([\d.]+)/.exec(text ?? '');
  if (!match?.[1]) throw new Error(`no count in status text '${text}'`);
  return Number(match[1].replace(/\./g, ''));
}

export class StatusBar {
  readonly rows: Locator;
  readonly flags: Locator;
  readonly corrections: Locator;
  readonly pending: Locator;
  readonly message: Locator;

  constructor(private readonly page: Page) {
    this.rows = page.getByTestId('status-rows');
    this.flags = page.getByTestId('status-flags');
    this.corrections = page.getByTestId('status-corrections');
    this.pending = page.getByTestId('status-pending');
    this.message = page.getByTestId('status-message');
  }

  async rowCount(): Promise<number> {
    return leadingCount(await this.rows.textContent());
  }

  async flagCount(): Promise<number> {
    return leadingCount(await this.flags.textContent());
  }

  async correctionCount(): Promise<number> {
    return leadingCount(await this.corrections.textContent());
  }

  async waitForFlagCount(count: number, timeout = 5_000): Promise<void> {
    await this.page.waitForFunction(
      ([selector, expected]) => {
        const match = /^\s*([\d.]+)/.exec(document.querySelector(selector as string)?.textContent ?? '');
        return match?.[1] !== undefined && Number(match[1].replace(/\./g, '')) === expected;
      },
      ['[data-testid="status-flags"]', count] as const,
      { timeout },
    );
  }
}
