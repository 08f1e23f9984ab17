// The browser edition's store of documents read before (shared/pdfPool/readCache.ts): this
// origin's IndexedDB, a database of its own. Each entry's use names the engine version that read it;
// opening the store removes every other version's entries, and each write keeps the newest
// READ_CACHE_MAX_ENTRIES (a hit counts as new).
import type { ExtractedDocument } from '@engine/model';
import { READ_CACHE_MAX_ENTRIES, type ReadCacheStore } from '@shared/pdfPool/readCache';
import { request } from './sessionDb';

const DB_NAME = 'klantprofielen-leescache';
/** key → the document. */
const DOCUMENTS = 'documents';
/** key → {version, usedAt}: small, so pruning never loads the documents themselves (measured:
 * reading every kept document at each write cost seconds over a batch of 20). */
const USES = 'uses';

interface Use {
  version: string;
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
      await inTransaction(database, 'readwrite', async (documents, uses) => {
        const [keys, entries] = await Promise.all([request<IDBValidKey[]>(uses.getAllKeys()), request<Use[]>(uses.getAll())]);
        keys.forEach((key, i) => {
          if (entries[i]?.version !== version) forget(documents, uses, key);
        });
      });
      return database;
    }));

  return {
    get: async (key) =>
      inTransaction(await db(), 'readwrite', async (documents, uses) => {
        const use = await request<Use | undefined>(uses.get(key));
        if (use?.version !== version) return undefined;
        const document = await request<ExtractedDocument | undefined>(documents.get(key));
        if (document) uses.put({ version, usedAt: Date.now() } satisfies Use, key);
        return document;
      }),
    put: async (key, document) =>
      inTransaction(await db(), 'readwrite', async (documents, uses) => {
        documents.put(document, key);
        uses.put({ version, usedAt: Date.now() } satisfies Use, key);
        const [keys, entries] = await Promise.all([request<IDBValidKey[]>(uses.getAllKeys()), request<Use[]>(uses.getAll())]);
        if (keys.length <= maxEntries) return;
        const newestFirst = keys.map((entryKey, i) => ({ entryKey, usedAt: entries[i]?.usedAt ?? 0 })).sort((a, b) => b.usedAt - a.usedAt);
        for (const { entryKey } of newestFirst.slice(maxEntries)) forget(documents, uses, entryKey);
      }),
  };
}

function forget(documents: IDBObjectStore, uses: IDBObjectStore, key: IDBValidKey): void {
  documents.delete(key);
  uses.delete(key);
}

/** Runs `work` on both stores in one transaction and resolves once it is committed. */
async function inTransaction<T>(
  database: IDBDatabase,
  mode: IDBTransactionMode,
  work: (documents: IDBObjectStore, uses: IDBObjectStore) => Promise<T>,
): Promise<T> {
  const tx = database.transaction([DOCUMENTS, USES], mode);
  const done = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('IndexedDB-transactie mislukt'));
  });
  const result = await work(tx.objectStore(DOCUMENTS), tx.objectStore(USES));
  await done;
  return result;
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const opening = factory.open(DB_NAME, 1);
    opening.onupgradeneeded = () => {
      opening.result.createObjectStore(DOCUMENTS);
      opening.result.createObjectStore(USES);
    };
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error ?? new Error('IndexedDB kon niet worden geopend'));
  });
}
