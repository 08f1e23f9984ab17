// The browser edition's storage for never losing work: the session (as the session file's text)
// and the bytes of every PDF in it, in this origin's IndexedDB, so a reload or a crashed tab can
// restore without asking for the files again. Nothing leaves the machine.
//
// As on the desktop (src/main/sessionStorage.ts), sessions are kept for "Vorige sessies…" in the
// store `history`: a session this version cannot read (wholly or in part) is moved there at the
// page's start, marked kept-aside, and never removed automatically; the session found at start
// is copied there (unless the newest kept one is the same work); so is a session a save replaces
// with other files. Of the readable ones the newest KEPT_SESSIONS stay. The PDFs of every kept
// session stay too: a save forgets only PDFs that no session, current or kept, names.
import type { LoadedSession, SavedSessionInfo } from '@shared/ipc';
import { describeSession, fileShasOf, sha256sIn } from '@shared/savedWork/sessionFile';

const DB_NAME = 'klantprofielen';
const SESSIONS = 'session';
const PDFS = 'pdfs';
const HISTORY = 'history';
const CURRENT = 'current';
/** Earlier versions' single copy, overwritten at every start: moved into HISTORY. */
const LEGACY_PREVIOUS = 'previous';
export const KEPT_SESSIONS = 10;

interface KeptSession {
  text: string;
  /** ISO 8601. */
  keptAt: string;
  /** Could not be read (wholly or in part) by the version that kept it: never removed. */
  keptAside: boolean;
}

export interface SessionDb {
  /** The session found at the page's start (see above); looked at once per page, every call
   * gets that answer (React may run the effect that asks twice). */
  loadSession(): Promise<LoadedSession>;
  /** Saves the session and forgets every PDF that neither `keep` nor a kept session names. */
  saveSession(text: string, keep: readonly string[]): Promise<void>;
  keepPdf(sha256: string, bytes: Uint8Array): Promise<void>;
  getPdf(sha256: string): Promise<Uint8Array | undefined>;
  history(): Promise<SavedSessionInfo[]>;
  readKept(id: string): Promise<string | null>;
}

export function openSessionDb(factory: IDBFactory = indexedDB, now: () => Date = () => new Date()): SessionDb {
  let opened: Promise<IDBDatabase> | undefined;
  let startup: Promise<LoadedSession> | undefined;
  /** What this page wrote last: a stored session that is something else is looked at first. */
  let lastWritten: string | undefined;
  const STORES = [SESSIONS, PDFS, HISTORY];
  /** Opens the database at its current version (a new one is made at version 1), upgrading it
   * when its stores are missing: whoever created it first, they are there afterwards. */
  const open = (version?: number): Promise<IDBDatabase> =>
    new Promise((resolve, reject) => {
      const request = version === undefined ? factory.open(DB_NAME) : factory.open(DB_NAME, version);
      request.onupgradeneeded = () => {
        const database = request.result;
        for (const store of STORES) if (!database.objectStoreNames.contains(store)) database.createObjectStore(store);
      };
      request.onsuccess = () => {
        const database = request.result;
        if (STORES.every((store) => database.objectStoreNames.contains(store))) {
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
  const db = (): Promise<IDBDatabase> =>
    (opened ??= open().catch((error: unknown) => {
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

  /** Keys sort as time: "2026-01-01T10:00:00.000Z#0001". */
  let counter = 0;
  const newKey = (): string => `${now().toISOString()}#${String(++counter).padStart(4, '0')}`;

  const keptOf = async (history: IDBObjectStore): Promise<[string, KeptSession][]> => {
    const [keys, values] = await Promise.all([request<IDBValidKey[]>(history.getAllKeys()), request<unknown[]>(history.getAll())]);
    const entries: [string, KeptSession][] = [];
    keys.forEach((key, index) => {
      const value = values[index] as Partial<KeptSession> | undefined;
      if (typeof key === 'string' && value && typeof value.text === 'string') {
        entries.push([
          key,
          { text: value.text, keptAt: typeof value.keptAt === 'string' ? value.keptAt : (key.split('#')[0] ?? ''), keptAside: value.keptAside === true },
        ]);
      }
    });
    return entries.sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0));
  };

  /** Keeps a readable session unless the newest readable kept one is the same work; then
   * removes readable ones beyond KEPT_SESSIONS. */
  const keepReadable = async (history: IDBObjectStore, text: string): Promise<void> => {
    const readable = (await keptOf(history)).filter(([, kept]) => !kept.keptAside);
    const newest = readable[0]?.[1];
    if (newest && workOf(newest.text) === workOf(text)) return;
    history.put({ text, keptAt: now().toISOString(), keptAside: false } satisfies KeptSession, newKey());
    for (const [key] of readable.slice(KEPT_SESSIONS - 1)) history.delete(key);
  };

  const keepAside = (history: IDBObjectStore, text: string): string => {
    const key = newKey();
    history.put({ text, keptAt: now().toISOString(), keptAside: true } satisfies KeptSession, key);
    return key;
  };

  const start = (): Promise<LoadedSession> =>
    transaction([SESSIONS, HISTORY], 'readwrite', async (tx) => {
      const sessions = tx.objectStore(SESSIONS);
      const history = tx.objectStore(HISTORY);
      const legacy = await request<unknown>(sessions.get(LEGACY_PREVIOUS));
      if (typeof legacy === 'string') {
        const described = describeSession(legacy);
        if (described.problem) keepAside(history, legacy);
        else if (described.files.length > 0) await keepReadable(history, legacy);
        sessions.delete(LEGACY_PREVIOUS);
      }
      const text = await request<unknown>(sessions.get(CURRENT));
      if (typeof text !== 'string') return { text: null };
      const described = describeSession(text);
      if (described.problem) {
        // Moved, not copied: a reload before the next save must not keep it twice.
        const id = keepAside(history, text);
        sessions.delete(CURRENT);
        return { text: described.unreadable ? null : text, keptAside: { id, keptAt: now().toISOString(), ...described } };
      }
      if (described.files.length > 0) await keepReadable(history, text);
      return { text };
    });

  return {
    loadSession: () => (startup ??= start()),
    saveSession: (text, keep) =>
      transaction([SESSIONS, PDFS, HISTORY], 'readwrite', async (tx) => {
        const sessions = tx.objectStore(SESSIONS);
        const history = tx.objectStore(HISTORY);
        const stored = await request<unknown>(sessions.get(CURRENT));
        const next = fileShasOf(text) ?? new Set<string>();
        if (typeof stored === 'string' && stored !== lastWritten && describeSession(stored).problem) {
          // Not this page's writing and not readable (the start-up look failed, another tab of an
          // older or newer version): never overwritten, kept aside first.
          keepAside(history, stored);
        } else if (typeof stored === 'string' && [...(fileShasOf(stored) ?? [])].some((sha) => !next.has(sha))) {
          // A file of the stored session is not in the new one: keep the stored one first.
          await keepReadable(history, stored);
        }
        sessions.put(text, CURRENT);
        const kept = new Set(keep);
        // Kept sessions (those just added included) keep their PDFs, whatever state they are in.
        for (const [, session] of await keptOf(history)) for (const sha of sha256sIn(session.text)) kept.add(sha);
        const pdfs = tx.objectStore(PDFS);
        for (const key of await request<IDBValidKey[]>(pdfs.getAllKeys())) {
          if (typeof key !== 'string' || !kept.has(key)) pdfs.delete(key);
        }
        lastWritten = text;
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
    history: () =>
      transaction([HISTORY], 'readonly', async (tx) =>
        (await keptOf(tx.objectStore(HISTORY))).map(([id, kept]) => ({ id, keptAt: kept.keptAt, ...describeSession(kept.text) })),
      ),
    readKept: (id) =>
      transaction([HISTORY], 'readonly', async (tx) => {
        const kept = await request<unknown>(tx.objectStore(HISTORY).get(id));
        return kept && typeof (kept as KeptSession).text === 'string' ? (kept as KeptSession).text : null;
      }),
  };
}

/** The work of a session, without when it was saved: the same work is kept once. */
function workOf(text: string): string {
  try {
    const { files, columnNames } = JSON.parse(text) as { files?: unknown; columnNames?: unknown };
    return JSON.stringify({ files, columnNames });
  } catch {
    return text;
  }
}

/** An IndexedDB request as a promise. */
export function request<T>(req: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result as T);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB-verzoek mislukt'));
  });
}
