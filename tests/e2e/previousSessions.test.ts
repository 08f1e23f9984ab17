// Browser edition, end to end, in a fresh browser profile (issue 10, item 1): a saved session in
// IndexedDB that this version cannot read, wholly or in part, survives reloads (kept aside under
// its own key, its PDFs kept), the analyst is told, and "Vorige sessies…" restores or exports it,
// by keyboard too.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MunicipalityGrid } from './pages/MunicipalityGrid';
import { RestoreOffer } from './pages/Review';
import { StartScreen } from './pages/StartScreen';
import { TablesScreen } from './pages/TablesScreen';
import { screenshot } from './support/artifacts';
import { useBrowserPages } from './support/browserPages';
import { fixtureFile } from './support/fixtures';
import { waitForSavedSession } from './support/savedSession';

const ZUID_LIMBURG = 'text/p1_2017q3_zuid-limburg_seed.pdf';
const HEERLEN = MunicipalityGrid.rowId(0, 0, 4);
const NEXT_ROW = MunicipalityGrid.rowId(0, 0, 5);

const e2e = useBrowserPages('previous-sessions', { afterEachChecks: 'clean', tempDirPrefix: 'klantprofielen-e2e-previous-' });

/** What the page's IndexedDB holds: the current session, every kept session's text, the PDFs' keys. */
async function stored(page: Page): Promise<{ current: string | null; kept: string[]; pdfs: string[] }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('klantprofielen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = ['session', 'history', 'pdfs'].filter((name) => db.objectStoreNames.contains(name));
          const tx = db.transaction(names, 'readonly');
          const result = { current: null as string | null, kept: [] as string[], pdfs: [] as string[] };
          const get = tx.objectStore('session').get('current');
          get.onsuccess = () => (result.current = typeof get.result === 'string' ? get.result : null);
          if (names.includes('history')) {
            const all = tx.objectStore('history').getAll();
            all.onsuccess = () => (result.kept = (all.result as { text?: unknown }[]).map((entry) => (typeof entry?.text === 'string' ? entry.text : '')));
          }
          const keys = tx.objectStore('pdfs').getAllKeys();
          keys.onsuccess = () => (result.pdfs = keys.result.map(String));
          tx.oncomplete = () => {
            db.close();
            resolve(result);
          };
        };
      }),
  );
}

/** Replaces the current session in the page's IndexedDB, as a damaged disk or a newer version would. */
async function plantSession(page: Page, text: string): Promise<void> {
  await page.evaluate(
    (planted) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('klantprofielen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('session', 'readwrite');
          tx.objectStore('session').put(planted, 'current');
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    text,
  );
}

/** Tab until the focused element has `testId` inside the kept session `id`; then it is focused. */
async function tabTo(page: Page, testId: string, id: string): Promise<void> {
  for (let step = 0; step < 30; step++) {
    const here = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return { testId: element?.dataset.testid ?? '', id: (element?.closest('[data-id]') as HTMLElement | null)?.dataset.id ?? '' };
    });
    if (here.testId === testId && here.id === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${testId} of ${id} never got the focus`);
}

describe('"Vorige sessies…" in the browser edition', () => {
  it('a session with one invalid edit survives two reloads and is restored without that edit', async () => {
    const start = await StartScreen.open(e2e.page, e2e.web.url);
    const tables = await start.choosePdfs([fixtureFile(ZUID_LIMBURG)]);
    const before = await tables.municipalities.text(NEXT_ROW, 'c1');
    await tables.municipalities.edit(HEERLEN, 'c1', '330');
    await tables.municipalities.edit(NEXT_ROW, 'c1', '999');
    await waitForSavedSession(e2e.page, ['"value":330', '"value":999']);

    // One edit damaged (seq −1), as the issue found it; the page is reloaded twice without an answer.
    const saved = JSON.parse((await stored(e2e.page)).current!) as { files: { sha256: string; edits: { value: unknown; seq: number }[] }[] };
    const sha256 = saved.files[0]!.sha256;
    saved.files[0]!.edits.find((edit) => edit.value === 999)!.seq = -1;
    const planted = JSON.stringify(saved);
    await plantSession(e2e.page, planted);

    await e2e.page.reload();
    const kept = e2e.page.getByTestId('kept-aside');
    await kept.waitFor();
    const told = (await e2e.page.getByTestId('kept-aside-text').textContent()) ?? '';
    expect(await kept.getByRole('heading').textContent()).toBe('De vorige sessie kon niet helemaal worden gelezen');
    expect(told).toContain(
      '1 onderdeel kon niet worden gelezen en is weggelaten: bestand 1 (p1_2017q3_zuid-limburg_seed.pdf), correctie 2: ongeldig volgnummer.',
    );
    expect(told).toContain('apart bewaard in deze browser en wordt nooit automatisch verwijderd');
    await expect
      .poll(() => e2e.page.getByTestId('status-message').textContent())
      .toContain("De vorige sessie kon niet helemaal worden gelezen en is apart bewaard: zie 'Vorige sessies…'.");
    // What can be read is offered: the one good correction.
    const offer = new RestoreOffer(e2e.page);
    await offer.root.waitFor();
    expect(await offer.summary()).toMatch(/^1 bestand, 1 correctie · bewaard op /);
    await screenshot(e2e.page, 'previous-sessions-00-kept-aside');

    await e2e.page.reload();
    await offer.root.waitFor();
    // Two starts later, the damaged session is still there, exactly as planted, and its PDF too.
    await expect.poll(async () => (await stored(e2e.page)).kept.filter((text) => text === planted).length).toBe(1);
    expect((await stored(e2e.page)).pdfs).toContain(sha256);

    // "Vorige sessies…" from the keyboard: the header button, then Tab to the kept-aside one's "Herstellen".
    await e2e.page.getByTestId('previous-sessions-open').focus();
    await e2e.page.keyboard.press('Enter');
    const dialog = e2e.page.getByTestId('previous-sessions');
    await dialog.waitFor();
    const entries = dialog.getByTestId('previous-session');
    await expect.poll(() => entries.count()).toBe(2);
    const damagedEntry = entries.filter({ has: e2e.page.getByTestId('previous-session-problem') });
    expect(await damagedEntry.count()).toBe(1);
    expect(await damagedEntry.getByTestId('previous-session-problem').textContent()).toBe(
      '1 onderdeel kon niet worden gelezen en is weggelaten: bestand 1 (p1_2017q3_zuid-limburg_seed.pdf), correctie 2: ongeldig volgnummer.',
    );
    expect(await damagedEntry.getByTestId('previous-session-summary').textContent()).toBe('1 bestand, 1 correctie: p1_2017q3_zuid-limburg_seed.pdf');
    // Labelled for a screen reader: the dialog by its title, each session by its date.
    expect(await dialog.getAttribute('aria-labelledby')).toBe('previous-sessions-title');
    expect(await e2e.page.getByRole('dialog', { name: 'Vorige sessies' }).count()).toBe(1);
    expect(await e2e.page.getByRole('group', { name: /^Opgeslagen op / }).count()).toBe(2);
    await screenshot(e2e.page, 'previous-sessions-01-dialog');

    // Escape closes it; opened again, Tab reaches every button.
    await e2e.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await e2e.page.getByTestId('previous-sessions-open').click();
    await dialog.waitFor();
    const id = (await damagedEntry.getAttribute('data-id'))!;
    await tabTo(e2e.page, 'previous-session-restore', id);
    await e2e.page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });

    const restored = new TablesScreen(e2e.page);
    await restored.waitUntilListed([path.basename(ZUID_LIMBURG)]);
    await restored.municipalities.waitForText(HEERLEN, 'c1', '330');
    expect(await restored.municipalities.text(NEXT_ROW, 'c1')).toBe(before);
    await expect.poll(() => e2e.page.getByTestId('status-message').textContent()).toContain('Hersteld');
    // The kept copy stays: restoring does not use it up.
    expect((await stored(e2e.page)).kept).toContain(planted);
    await screenshot(e2e.page, 'previous-sessions-02-restored');
  });

  it('a session of a newer version is kept with its PDF, cannot be restored here, and exports exactly as it was', async () => {
    await StartScreen.open(e2e.page, e2e.web.url);
    const { current, pdfs } = await stored(e2e.page);
    const session = JSON.parse(current!) as { version: number; files: { sha256: string }[] };
    const sha256 = session.files[0]!.sha256;
    expect(pdfs).toContain(sha256);
    const newer = JSON.stringify({ ...session, version: 2, somethingNew: { kept: true } });
    await plantSession(e2e.page, newer);

    await e2e.page.reload();
    await e2e.page.getByTestId('kept-aside').waitFor();
    expect(await e2e.page.getByTestId('kept-aside').getByRole('heading').textContent()).toBe('De vorige sessie kon niet worden gelezen');
    expect(await e2e.page.getByTestId('kept-aside-text').textContent()).toContain(
      'Dit sessiebestand is gemaakt met een nieuwere versie van Klantprofielen (bestandsversie 2)',
    );
    expect(await new RestoreOffer(e2e.page).root.count()).toBe(0);
    await e2e.page.reload();
    await e2e.page.getByTestId('drop-zone').waitFor();
    // The first saves of the empty workspace forgot no PDF a kept session names.
    await expect.poll(async () => (await stored(e2e.page)).kept.filter((text) => text === newer).length).toBe(1);
    expect((await stored(e2e.page)).pdfs).toContain(sha256);

    await e2e.page.getByTestId('previous-sessions-open').click();
    const entry = e2e.page.getByTestId('previous-session').filter({ hasText: 'Niet leesbaar' });
    await entry.waitFor();
    expect(await entry.getByTestId('previous-session-restore').isDisabled()).toBe(true);
    await screenshot(e2e.page, 'previous-sessions-03-newer-version');
    const [download] = await Promise.all([e2e.page.waitForEvent('download'), entry.getByTestId('previous-session-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^klantprofielen-sessie-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.json$/);
    const file = path.join(e2e.dir, download.suggestedFilename());
    await download.saveAs(file);
    expect(await readFile(file, 'utf8')).toBe(newer);
  });
});
