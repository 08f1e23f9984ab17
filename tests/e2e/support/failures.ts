// A screenshot of the page when a test failed, next to the step screenshots. Called from
// afterEach, before the page is closed (onTestFailed would run after that).
import type { Page } from 'playwright-core';
import type { TestContext } from 'vitest';
import { screenshot } from './artifacts';

export async function screenshotIfFailed(context: TestContext, page: Page | undefined, prefix: string): Promise<void> {
  if (context.task.result?.state !== 'fail' || !page || page.isClosed()) return;
  await screenshot(page, `${prefix}-FAILED-${context.task.name.replace(/\W+/g, '-').slice(0, 60)}`);
}
