// The scaffolding every browser-driven e2e file shares, written once: the web edition and a
// fresh browser for the file (and a temporary folder when asked), a new watched page for each
// test, and after each test a screenshot if it failed, the file's checks on what the page did,
// and the page closed. The returned object is filled in by the hooks; a test may replace `page`
// and `watch` (a second run in a new page) and afterEach then checks and closes that page.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchBrowser, type BrowserSession } from './browser';
import { screenshotIfFailed } from './failures';
import { foreignRequests, watchPage, type PageWatch } from './pageWatch';
import { startWebEdition, type WebEdition } from './webEdition';

/**
 * What afterEach asserts about the page: 'clean', no foreign requests, CSP violations or
 * errors; 'errors', no errors only; 'none', nothing (the tests assert for themselves).
 */
export type AfterEachChecks = 'clean' | 'errors' | 'none';

export interface BrowserPagesOptions {
  afterEachChecks: AfterEachChecks;
  /** When given, a temporary folder with this name prefix is made for the file, as `dir`. */
  tempDirPrefix?: string;
}

export interface BrowserPages {
  web: WebEdition;
  browser: BrowserSession;
  /** The current test's page; assignable, afterEach checks and closes whichever is current. */
  page: Page;
  watch: PageWatch;
  /** The temporary folder ('' unless tempDirPrefix was given). */
  dir: string;
}

/** Registers the file's hooks; call at module level. `screenshotPrefix` names failure shots. */
export function useBrowserPages(screenshotPrefix: string, options: BrowserPagesOptions): BrowserPages {
  const pages = { dir: '' } as BrowserPages;

  beforeAll(async () => {
    if (options.tempDirPrefix) pages.dir = await mkdtemp(path.join(os.tmpdir(), options.tempDirPrefix));
    [pages.web, pages.browser] = await Promise.all([startWebEdition(), launchBrowser()]);
  });

  afterAll(async () => {
    await pages.browser?.close();
    await pages.web?.stop();
    if (pages.dir) await rm(pages.dir, { recursive: true, force: true });
  });

  beforeEach(async () => {
    pages.page = await pages.browser.context.newPage();
    pages.watch = watchPage(pages.page);
  });

  afterEach(async (context) => {
    await screenshotIfFailed(context, pages.page, screenshotPrefix);
    if (options.afterEachChecks === 'clean') {
      expect(foreignRequests(pages.watch, pages.web.url)).toEqual([]);
      expect(pages.watch.cspViolations).toEqual([]);
    }
    if (options.afterEachChecks !== 'none') expect(pages.watch.errors).toEqual([]);
    await pages.page.close();
  });

  return pages;
}
