// The session saved continuously in the app's data folder (session.json), so a crash or a
// restart never loses work: the renderer sends the whole session file after every change that
// matters, main writes it atomically (a complete file or the previous one, never half of it).
// Writes are queued: an older session can never land after a newer one. No Electron import.
//
// Nothing the analyst did is ever lost by a start or a save, because sessions are kept in the
// folder `sessions/` beside session.json ("Vorige sessies…"):
// - a session this version cannot read (a newer format version, damaged JSON, one invalid edit)
//   is moved there at start-up as session-<time>.unreadable.json, under its own name: no save
//   ever writes it and it is never deleted automatically;
// - the session found at start-up is copied there (unless the newest kept one is the same work);
// - before a save replaces a session that had a file the new one lacks ("Alles sluiten", "Nieuw
//   beginnen", a project opened), the replaced one is copied there.
// Of the readable copies the newest KEPT_SESSIONS stay; the unreadable ones all stay.
import { copyFile, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ExportSessionResult, LoadedSession, SavedSessionInfo } from '@shared/ipc';
import { describeSession, fileShasOf } from '@shared/savedWork/sessionFile';
import { writeFileAtomic } from '../node/writeFileAtomic';
import { KEPT_SESSION_NAME as KEPT_NAME } from '@shared/ipcRequests';

export const SESSION_FILE_NAME = 'session.json';
/** Where kept sessions live, beside session.json. */
export const SESSIONS_FOLDER = 'sessions';
/** Readable sessions kept for "Vorige sessies…" (unreadable ones are never removed). */
export const KEPT_SESSIONS = 10;
/** Earlier versions kept one copy here, overwritten at every start: moved into SESSIONS_FOLDER. */
export const LEGACY_PREVIOUS_FILE_NAME = 'session-previous.json';
/** Far above any real session (edits and file names, no tables), low enough to refuse garbage. */
export const MAX_SESSION_BYTES = 20 * 1024 * 1024;

export interface SessionStorage {
  /** The session found at start-up (read from disk once per run; later calls, from a reloaded
   * page, get session.json as this run saved it). A session that cannot be read, whole or in
   * part, is moved into the sessions folder first and named in `keptAside`. */
  load(): Promise<LoadedSession>;
  save(text: string): Promise<void>;
  /** Kept sessions, newest first. */
  history(): Promise<SavedSessionInfo[]>;
  /** A kept session's text; null for an id that is not one. */
  readKept(id: string): Promise<string | null>;
  /** Copies a kept session to where the analyst chooses. */
  exportKept(id: string, chooseTarget: (fileName: string) => Promise<string | undefined>): Promise<ExportSessionResult>;
}

export interface SessionStorageOptions {
  /** The app's data folder; asked for on first use (app.getPath('userData') needs 'ready'). */
  folder: () => string;
  write?: (target: string, bytes: Uint8Array) => Promise<void>;
  now?: () => Date;
}

/** A session file's text when it is a regular file within the size limit (a FIFO or device in
 * its place is never opened), else null. */
async function readSessionFile(file: string): Promise<string | null> {
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile() || info.size > MAX_SESSION_BYTES) return null;
  return readFile(file, 'utf8').catch(() => null);
}

export function createSessionStorage({ folder, write = writeFileAtomic, now = () => new Date() }: SessionStorageOptions): SessionStorage {
  const file = () => path.join(folder(), SESSION_FILE_NAME);
  const keptFolder = () => path.join(folder(), SESSIONS_FOLDER);
  let queue: Promise<void> = Promise.resolve();
  let startup: Promise<LoadedSession> | undefined;
  /** The files (SHA-256) of session.json as it is now; undefined until looked at. */
  let storedFiles: Set<string> | undefined;

  /** Runs `work` after every write asked for before it, and before any asked for after. */
  const queued = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work);
    // A failure must not block what comes after; the caller still hears of it.
    queue = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  };

  const stamp = (): string => now().toISOString().replace(/[:.]/g, '-');

  /** Writes `text` as a new kept session; its name is returned. */
  const keep = async (text: string, unreadable: boolean, at = stamp()): Promise<string> => {
    await mkdir(keptFolder(), { recursive: true });
    const names = new Set(await readdir(keptFolder()));
    const suffix = unreadable ? '.unreadable.json' : '.json';
    let name = `session-${at}${suffix}`;
    for (let n = 2; names.has(name); n++) name = `session-${at}-${n}${suffix}`;
    await write(path.join(keptFolder(), name), new TextEncoder().encode(text));
    return name;
  };

  /** Moves a file the app cannot read into the sessions folder, under a name of its own. */
  const keepAside = async (source: string, at = stamp()): Promise<string> => {
    await mkdir(keptFolder(), { recursive: true });
    const names = new Set(await readdir(keptFolder()));
    let name = `session-${at}.unreadable.json`;
    for (let n = 2; names.has(name); n++) name = `session-${at}-${n}.unreadable.json`;
    await rename(source, path.join(keptFolder(), name));
    return name;
  };

  const keptNames = async (): Promise<string[]> =>
    (await readdir(keptFolder()).catch(() => [] as string[]))
      .filter((name) => KEPT_NAME.test(name))
      .sort()
      .reverse();

  /** The work of a session, without when it was saved: the same work is kept once. */
  const workOf = (text: string): string => {
    try {
      const { files, columnNames } = JSON.parse(text) as { files?: unknown; columnNames?: unknown };
      return JSON.stringify({ files, columnNames });
    } catch {
      return text;
    }
  };

  /** Keeps a readable session unless the newest readable kept one holds the same work; then
   * removes readable ones beyond KEPT_SESSIONS. */
  const keepReadable = async (text: string): Promise<void> => {
    const readable = (await keptNames()).filter((name) => !name.includes('.unreadable.'));
    const newest = readable[0];
    if (newest) {
      const last = await readSessionFile(path.join(keptFolder(), newest));
      if (last !== null && workOf(last) === workOf(text)) return;
    }
    const kept = await keep(text, false);
    for (const old of [kept, ...readable].slice(KEPT_SESSIONS)) await rm(path.join(keptFolder(), old), { force: true });
  };

  /** Earlier versions' copies in the data folder itself: into the sessions folder, as they are. */
  const moveLegacyCopies = async (): Promise<void> => {
    for (const name of await readdir(folder()).catch(() => [] as string[])) {
      const legacy = name === LEGACY_PREVIOUS_FILE_NAME || /^session-.*\.unreadable\.json$/.test(name);
      if (!legacy) continue;
      const source = path.join(folder(), name);
      const info = await stat(source).catch(() => undefined);
      if (!info?.isFile()) continue;
      const at = info.mtime.toISOString().replace(/[:.]/g, '-');
      if (name === LEGACY_PREVIOUS_FILE_NAME && info.size <= MAX_SESSION_BYTES) {
        const text = await readFile(source, 'utf8');
        const described = describeSession(text);
        if (!described.problem && described.files.length === 0) continue; // an empty workspace: nothing to keep
        if (!described.problem) {
          await keepReadable(text);
          await rm(source, { force: true });
          continue;
        }
      }
      await keepAside(source, at);
    }
  };

  const readAtStart = async (): Promise<LoadedSession> => {
    await moveLegacyCopies();
    const target = file();
    const info = await stat(target).catch(() => undefined);
    if (!info) {
      storedFiles = new Set();
      return { text: null };
    }
    if (!info.isFile() || info.size > MAX_SESSION_BYTES) {
      const name = await keepAside(target);
      storedFiles = new Set();
      return { text: null, keptAside: await infoOf(name, 'Het sessiebestand is groter dan 20 MB.') };
    }
    const text = await readFile(target, 'utf8');
    const described = describeSession(text);
    if (described.problem) {
      const name = await keepAside(target);
      storedFiles = new Set();
      return { text: described.unreadable ? null : text, keptAside: await infoOf(name) };
    }
    if (described.files.length > 0) await keepReadable(text);
    storedFiles = fileShasOf(text) ?? new Set();
    return { text };
  };

  const infoOf = async (name: string, problem?: string): Promise<SavedSessionInfo> => {
    const location = path.join(keptFolder(), name);
    const [, at] = KEPT_NAME.exec(name) ?? [];
    const keptAt = at ? at.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z') : new Date(0).toISOString();
    const unreadable = (why: string): SavedSessionInfo => ({
      id: name,
      keptAt,
      savedAt: null,
      files: [],
      corrections: 0,
      acceptances: 0,
      unreadable: true,
      problem: why,
      location,
    });
    if (problem) return unreadable(problem);
    const info = await stat(location).catch(() => undefined);
    if (!info || info.size > MAX_SESSION_BYTES) return unreadable('Het sessiebestand is groter dan 20 MB.');
    const text = await readSessionFile(location);
    if (text === null) return unreadable('Het bestand kon niet worden gelezen.');
    return { id: name, keptAt, ...describeSession(text), location };
  };

  const readKept = async (id: string): Promise<string | null> => (KEPT_NAME.test(id) ? readSessionFile(path.join(keptFolder(), id)) : null);

  return {
    load() {
      if (!startup) {
        startup = queued(readAtStart);
        return startup;
      }
      // A reloaded page: the session as this run saved it (never read for granting anything).
      return startup.then(() => queued(async () => ({ text: await readSessionFile(file()) })));
    },
    save(text) {
      const bytes = new TextEncoder().encode(text);
      if (bytes.byteLength > MAX_SESSION_BYTES) return Promise.reject(new Error('De sessie is te groot om op te slaan.'));
      return queued(async () => {
        await mkdir(folder(), { recursive: true });
        if (storedFiles === undefined) {
          // Not looked at yet (no load, or the start-up look failed): never overwrite what could
          // not be read; keep it first, and do not write when that fails.
          const stored = await readSessionFile(file());
          if (stored !== null && describeSession(stored).problem) {
            await keep(stored, true);
            storedFiles = new Set();
          } else {
            storedFiles = (stored !== null && fileShasOf(stored)) || new Set();
          }
        }
        const next = fileShasOf(text) ?? new Set<string>();
        // A file of the stored session is not in the new one: keep the stored one first.
        if ([...storedFiles].some((sha) => !next.has(sha))) {
          const stored = await readSessionFile(file());
          if (stored !== null) {
            const described = describeSession(stored);
            if (described.problem) await keep(stored, true);
            else await keepReadable(stored);
          }
        }
        await write(file(), bytes);
        storedFiles = next;
      });
    },
    async history() {
      await startup?.catch(() => undefined);
      const names = await keptNames();
      return Promise.all(names.map((name) => infoOf(name)));
    },
    readKept,
    async exportKept(id, chooseTarget) {
      // Copied as it is, whatever its size or state: that is what exporting is for.
      const info = KEPT_NAME.test(id) ? await stat(path.join(keptFolder(), id)).catch(() => undefined) : undefined;
      if (!info?.isFile()) return { saved: false, error: 'Die bewaarde sessie bestaat niet meer.' };
      const target = await chooseTarget(`klantprofielen-${id.replace(/^session-/, 'sessie-').replace(/\.unreadable/, '')}`);
      if (!target) return { saved: false };
      try {
        await copyFile(path.join(keptFolder(), id), target);
      } catch (error) {
        return { saved: false, error: `De sessie kon niet worden geëxporteerd: ${error instanceof Error ? error.message : String(error)}` };
      }
      return { saved: true, path: target };
    },
  };
}
