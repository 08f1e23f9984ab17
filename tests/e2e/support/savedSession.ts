// The browser edition's saved session, read from the page's IndexedDB (as the app wrote it), so a
// test can wait until an edit is saved before reloading.
import type { Page } from 'playwright-core';

/** Waits until the saved session's text contains every one of `parts`. */
export async function waitForSavedSession(page: Page, parts: string[], timeout = 10_000): Promise<void> {
  await page.waitForFunction(
    async (expected) => {
      const text = await new Promise<string>((resolve) => {
        const open = indexedDB.open('klantprofielen');
        open.onerror = () => resolve('');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('session')) return resolve('');
          const get = db.transaction('session', 'readonly').objectStore('session').get('current');
          get.onsuccess = () => resolve(typeof get.result === 'string' ? get.result : '');
          get.onerror = () => resolve('');
        };
      });
      return expected.every((part) => text.includes(part));
    },
    parts,
    { timeout, polling: 100 },
  );
}
