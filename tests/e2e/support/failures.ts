// A screenshot of the page at the moment a test fails, next to the step screenshots.
import type { Page } from 'playwright-core';
import { onTestFailed } from 'vitest';
import { screenshot } from './artifacts';

export function screenshotOnFailure(page: () => Page | undefined, prefix: string): void {
  onTestFailed(async ({ task }) => {
    const current = page();
    if (current && !current.isClosed()) await screenshot(current, `${prefix}-FAILED-${task.name.replace(/\W+/g, '-').slice(0, 60)}`);
  });
}
