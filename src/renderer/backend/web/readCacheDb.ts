// The browser edition's store of documents read before (shared/pdfPool/readCache.ts): this
// origin's IndexedDB, a database of its own. Each entry names the engine version that read it;
// opening the store removes every other version's entries, and each write keeps the newest
// READ_CACHE_MAX_ENTRIES (a hit counts as new).
import type { ExtractedDocument } from '@engine/model';
import { READ_CACHE_MAX_ENTRIES, type ReadCacheStore } from '@shared/pdfPool/readCache';
import { request } from './sessionDb';

const DB_NAME = 'klantprofielen-leescache';
const STORE = 'documents';

interface Kept {
  version: string;
  document: ExtractedDocument;
  /** ms since the epoch: read or written last. */
  usedAt: number;
}

/** The engine's version in a production build, from the URL of the module that starts the engine
 * workers (`import.meta.url` of webBackend): its name carries the hash of its content, which holds
 * the worker script's name, itself hashed from the worker's content and every chunk it loads.
 * Undefined on the dev server (the source's own name), where nothing is kept. */
export function engineVersionOfBuild(moduleUrl: string): string | undefined {
  const { pathname } = new URL(moduleUrl);
  return pathname.endsWith('.ts') || pathname.endsWith('.tsx') ? undefined : pathname;
}

export function openReadCacheDb(version: string, factory: IDBFactory = indexedDB, maxEntries = READ_CACHE_MAX_ENTRIES): ReadCacheStore {
  let opened: Promise<IDBDatabase> | undefined;
  const db = (): Promise<IDBDatabase> =>
    (opened ??= openDatabase(factory).then(async (database) => {
      await removeOtherVersions(database, version);
      return database;
    }));

  const inStore = async <T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => Promise<T>): Promise<T> => {
    const tx = (await db()).transaction(STORE, mode);
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('IndexedDB-transactie mislukt'));
    });
    const result = await work(tx.objectStore(STORE));
    await done;
    return result;
  };

  return {
    get: (key) =>
      inStore('readwrite', async (store) => {
        const kept = await request<Kept | undefined>(store.get(key));
        if (kept?.version !== version || !kept.document) return undefined;
        store.put({ ...kept, usedAt: Date.now() } satisfies Kept, key);
        return kept.document;
      }),
    put: (key, document) =>
      inStore('readwrite', async (store) => {
        store.put({ version, document, usedAt: Date.now() } satisfies Kept, key);
        const [keys, entries] = await Promise.all([request<IDBValidKey[]>(store.getAllKeys()), request<Kept[]>(store.getAll())]);
        if (keys.length <= maxEntries) return;
        const oldest = keys.map((entryKey, i) => ({ entryKey, usedAt: entries[i]?.usedAt ?? 0 })).sort((a, b) => b.usedAt - a.usedAt);
        for (const { entryKey } of oldest.slice(maxEntries)) store.delete(entryKey);
      }),
  };
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const opening = factory.open(DB_NAME, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error ?? new Error('IndexedDB kon niet worden geopend'));
  });
}

async function removeOtherVersions(database: IDBDatabase, version: string): Promise<void> {
  const tx = database.transaction(STORE, 'readwrite');
  const store = tx.objectStore(STORE);
  const [keys, entries] = await Promise.all([request<IDBValidKey[]>(store.getAllKeys()), request<Kept[]>(store.getAll())]);
  keys.forEach((key, i) => {
    if (entries[i]?.version !== version) store.delete(key);
  });
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('IndexedDB-transactie mislukt'));
  });
}
