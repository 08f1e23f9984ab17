// The browser edition's storage for never losing work: the session (as the session file's text)
// and the bytes of every PDF in it, in this origin's IndexedDB, so a reload or a crashed tab can
// restore without asking for the files again. Nothing leaves the machine.
const DB_NAME = 'klantprofielen';
const SESSIONS = 'session';
const PDFS = 'pdfs';
const CURRENT = 'current';
/** The session found at start-up: the first save of a new one never takes the only copy. */
const PREVIOUS = 'previous';

export interface SessionDb {
  loadSession(): Promise<string | null>;
  /** Saves the session and forgets every PDF whose SHA-256 is not in `keep`. */
  saveSession(text: string, keep: readonly string[]): Promise<void>;
  keepPdf(sha256: string, bytes: Uint8Array): Promise<void>;
  getPdf(sha256: string): Promise<Uint8Array | undefined>;
}

export function openSessionDb(factory: IDBFactory = indexedDB): SessionDb {
  let opened: Promise<IDBDatabase> | undefined;
  /** Opens the database at its current version (a new one is made at version 1), upgrading it
   * when its stores are missing: whoever created it first, they are there afterwards. */
  const open = (version?: number): Promise<IDBDatabase> =>
    new Promise((resolve, reject) => {
      const request = version === undefined ? factory.open(DB_NAME) : factory.open(DB_NAME, version);
      request.onupgradeneeded = () => {
        const database = request.result;
        if (!database.objectStoreNames.contains(SESSIONS)) database.createObjectStore(SESSIONS);
        if (!database.objectStoreNames.contains(PDFS)) database.createObjectStore(PDFS);
      };
      request.onsuccess = () => {
        const database = request.result;
        if (database.objectStoreNames.contains(SESSIONS) && database.objectStoreNames.contains(PDFS)) {
          // Another tab upgrading must not wait for this one: let go, open again when needed.
          database.onversionchange = () => {
            database.close();
            opened = undefined;
          };
          return resolve(database);
        }
        database.close();
        open(database.version + 1).then(resolve, reject);
      };
      request.onerror = () => reject(request.error ?? new Error('IndexedDB kon niet worden geopend'));
    });
  const db = (): Promise<IDBDatabase> => (opened ??= open().catch((error: unknown) => {
    opened = undefined;
    throw error;
  }));

  /** Runs `work` in one transaction and resolves once it is committed. */
  const transaction = async <T>(stores: string[], mode: IDBTransactionMode, work: (tx: IDBTransaction) => Promise<T> | T): Promise<T> => {
    const tx = (await db()).transaction(stores, mode);
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('IndexedDB-transactie mislukt'));
    });
    const result = await work(tx);
    await done;
    return result;
  };

  return {
    loadSession: () =>
      transaction([SESSIONS], 'readwrite', async (tx) => {
        const store = tx.objectStore(SESSIONS);
        const text = await request<unknown>(store.get(CURRENT));
        if (typeof text !== 'string') return null;
        store.put(text, PREVIOUS);
        return text;
      }),
    saveSession: (text, keep) =>
      transaction([SESSIONS, PDFS], 'readwrite', async (tx) => {
        tx.objectStore(SESSIONS).put(text, CURRENT);
        const pdfs = tx.objectStore(PDFS);
        const kept = new Set(keep);
        for (const key of await request<IDBValidKey[]>(pdfs.getAllKeys())) {
          if (typeof key !== 'string' || !kept.has(key)) pdfs.delete(key);
        }
      }),
    keepPdf: (sha256, bytes) =>
      transaction([PDFS], 'readwrite', async (tx) => {
        const pdfs = tx.objectStore(PDFS);
        if ((await request<number>(pdfs.count(sha256))) === 0) pdfs.put(bytes, sha256);
      }),
    getPdf: (sha256) =>
      transaction([PDFS], 'readonly', async (tx) => {
        const bytes = await request<unknown>(tx.objectStore(PDFS).get(sha256));
        return bytes instanceof Uint8Array ? bytes : undefined;
      }),
  };
}

function request<T>(req: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result as T);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB-verzoek mislukt'));
  });
}
