// Browser edition: a file read before is answered from this origin's read cache (IndexedDB)
// instead of being read again; an entry of another engine version is never used. A document
// planted in the cache proves that an answer came from it.
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { StartScreen } from './pages/StartScreen';
import { screenshot } from './support/artifacts';
import { useBrowserPages } from './support/browserPages';
import { fixtureFile } from './support/fixtures';

const ZUID_LIMBURG = fixtureFile('text/p1_2017q3_zuid-limburg_seed.pdf');
const KEY = `${createHash('sha256').update(ZUID_LIMBURG.buffer).digest('hex')}.auto`;

const e2e = useBrowserPages('readcache', { afterEachChecks: 'clean' });

interface Kept {
  version: string;
  document: { file: string; tables: { region: string | null }[] };
}

/** Every entry of the read cache, by key: the document and the engine version that read it. */
function keptEntries(page: Page): Promise<Record<string, Kept>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, Kept>>((resolve, reject) => {
        const opening = indexedDB.open('klantprofielen-leescache');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const tx = opening.result.transaction(['documents', 'uses'], 'readonly');
          const keys = tx.objectStore('uses').getAllKeys();
          const uses = tx.objectStore('uses').getAll();
          const documents = tx.objectStore('documents').getAll();
          tx.oncomplete = () => {
            resolve(
              Object.fromEntries(
                keys.result.map((key, i) => [
                  String(key),
                  { version: (uses.result[i] as { version: string }).version, document: documents.result[i] as Kept['document'] },
                ]),
              ),
            );
            opening.result.close();
          };
        };
      }),
  );
}

function keep(page: Page, key: string, kept: Kept): Promise<void> {
  return page.evaluate(
    ({ key, kept }) =>
      new Promise<void>((resolve, reject) => {
        const opening = indexedDB.open('klantprofielen-leescache');
        opening.onsuccess = () => {
          const tx = opening.result.transaction(['documents', 'uses'], 'readwrite');
          tx.objectStore('documents').put(kept.document, key);
          tx.objectStore('uses').put({ version: kept.version, usedAt: Date.now() }, key);
          tx.oncomplete = () => {
            opening.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { key, kept },
  );
}

async function regionShown(page: Page): Promise<string> {
  const cell = page.locator('[data-testid="region-grid"] .ag-row[row-id="0-0"] .ag-cell[col-id="region"]');
  return (await cell.textContent())?.trim() ?? '';
}

describe('browser edition: the read cache', () => {
  it('answers a file read before from the cache, and never with another engine version', async () => {
    const page = e2e.page;
    await (await StartScreen.openFresh(page, e2e.web.url)).choosePdfs([ZUID_LIMBURG]);
    const first = await keptEntries(page);
    expect(Object.keys(first)).toEqual([KEY]);
    const kept = first[KEY]!;
    expect(kept.document.tables.map((table) => table.region)).toEqual(['Zuid-Limburg']);
    expect(await regionShown(page)).toBe('Zuid-Limburg');

    // A planted reading comes back: the file was not read again.
    await keep(page, KEY, { ...kept, document: { ...kept.document, tables: [{ ...kept.document.tables[0]!, region: 'Uit de leescache' }] } });
    await page.getByTestId('close-all').click();
    const tables = await (await StartScreen.attach(page)).choosePdfs([{ ...ZUID_LIMBURG, name: 'andere-naam.pdf' }]);
    expect(await regionShown(page)).toBe('Uit de leescache');
    expect(await tables.loadedFiles()).toEqual(['andere-naam.pdf']);
    await screenshot(page, 'readcache-01-from-cache');

    // The same entry from an older engine: removed when the page opens, and the file read anew.
    await keep(page, KEY, {
      ...kept,
      version: '/assets/webBackend-ouder.js',
      document: { ...kept.document, tables: [{ ...kept.document.tables[0]!, region: 'Oud' }] },
    });
    await (await StartScreen.openFresh(page, e2e.web.url)).choosePdfs([ZUID_LIMBURG]);
    expect(await regionShown(page)).toBe('Zuid-Limburg');
    const after = await keptEntries(page);
    expect(Object.keys(after)).toEqual([KEY]);
    expect(after[KEY]!.version).toBe(kept.version);
  });
});
