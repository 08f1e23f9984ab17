// Browser edition, end to end: what the analyst reads, corrects and saves. The saved .xlsx is
// read back to check that the download holds the tables as shown.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { StartScreen } from './pages/StartScreen';
import { screenshot } from './support/artifacts';
import { launchBrowser, type BrowserSession } from './support/browser';
import { screenshotOnFailure } from './support/failures';
import { fixtureFile } from './support/fixtures';
import { foreignRequests, watchPage, type PageWatch } from './support/pageWatch';
import { startWebEdition, type WebEdition } from './support/webEdition';
import { readWorkbook, sheetRows } from './support/workbook';

const SEEDS = ['text/p1_2017q3_zuid-limburg_seed.pdf', 'text/p1_2020q2_rijk-van-nijmegen_seed.pdf'];

let web: WebEdition;
let browser: BrowserSession;
let downloads: string;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  downloads = await mkdtemp(path.join(os.tmpdir(), 'klantprofielen-e2e-downloads-'));
  [web, browser] = await Promise.all([startWebEdition(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await web?.stop();
  if (downloads) await rm(downloads, { recursive: true, force: true });
});

beforeEach(async () => {
  page = await browser.context.newPage();
  watch = watchPage(page);
  screenshotOnFailure(() => page, 'save');
});

afterEach(async () => {
  // Saving builds the workbook in a worker and downloads a blob: still nothing leaves the page.
  expect(foreignRequests(watch, web.url)).toEqual([]);
  expect(watch.cspViolations).toEqual([]);
  expect(watch.errors).toEqual([]);
  await page.close();
});

describe('browser edition: saving', () => {
  it('downloads the workbook with every row as read', async () => {
    const start = await StartScreen.open(page, web.url);
    const tables = await start.choosePdfs(SEEDS.map((seed) => fixtureFile(seed)));
    const { file, suggestedName } = await tables.saveAsExcel(downloads);
    await tables.statusBar.message.getByText(`Opgeslagen: ${suggestedName}`).waitFor();
    await screenshot(page, 'save-01-seeds-saved');

    expect(suggestedName).toMatch(/^klantprofielen.*\.xlsx$/);
    const workbook = readWorkbook(file);
    const municipalities = sheetRows(workbook, 'Gemeenten');
    expect(municipalities).toHaveLength(25);
    const beek = municipalities.find((row) => row.Gemeente === 'Beek');
    expect(beek).toMatchObject({ Arbeidsmarktregio: 'Zuid-Limburg', Jaar: 2017, Kwartaal: 3, Totaal: 138 });
    // Nothing was corrected: no "Correcties" sheet, or one without rows.
    if (workbook.SheetNames.includes('Correcties')) expect(sheetRows(workbook, 'Correcties')).toEqual([]);
  });
});
