// The session saved continuously in the app's data folder (session.json), so a crash or a
// restart never loses work: the renderer sends the whole session file after every change that
// matters, main writes it atomically (a complete file or the previous one, never half of it).
// Writes are queued: an older session can never land after a newer one. No Electron import.
import { mkdir, readFile, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../node/writeFileAtomic';

export const SESSION_FILE_NAME = 'session.json';
/** A copy of the session as it was found at start-up: the first save of a new session (or a
 * session this version cannot read, from a newer one) never takes the only copy with it. */
export const PREVIOUS_SESSION_FILE_NAME = 'session-previous.json';
/** Far above any real session (edits and file names, no tables), low enough to refuse garbage. */
export const MAX_SESSION_BYTES = 20 * 1024 * 1024;

export interface SessionStorage {
  /** The saved session's text, or null when there is none (or it is too big: then it is kept
   * aside as session-<time>.unreadable.json, not overwritten). A copy of what is found is kept
   * as session-previous.json. */
  load(): Promise<string | null>;
  save(text: string): Promise<void>;
}

export interface SessionStorageOptions {
  /** The app's data folder; asked for on first use (app.getPath('userData') needs 'ready'). */
  folder: () => string;
  write?: (target: string, bytes: Uint8Array) => Promise<void>;
}

export function createSessionStorage({ folder, write = writeFileAtomic }: SessionStorageOptions): SessionStorage {
  const file = () => path.join(folder(), SESSION_FILE_NAME);
  let queue: Promise<void> = Promise.resolve();

  return {
    async load() {
      await queue;
      const target = file();
      const info = await stat(target).catch(() => undefined);
      if (!info) return null;
      if (info.size > MAX_SESSION_BYTES) {
        await keepAside(target);
        return null;
      }
      const text = await readFile(target, 'utf8');
      await write(path.join(folder(), PREVIOUS_SESSION_FILE_NAME), new TextEncoder().encode(text)).catch(() => undefined);
      return text;
    },
    save(text) {
      const bytes = new TextEncoder().encode(text);
      if (bytes.byteLength > MAX_SESSION_BYTES) return Promise.reject(new Error('De sessie is te groot om op te slaan.'));
      const next = queue.then(async () => {
        await mkdir(folder(), { recursive: true });
        await write(file(), bytes);
      });
      // A failed write must not block the ones after it; the caller still hears of it.
      queue = next.catch(() => undefined);
      return next;
    },
  };
}

async function keepAside(target: string): Promise<void> {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  await rename(target, path.join(path.dirname(target), `session-${stamp}.unreadable.json`)).catch(() => undefined);
}
