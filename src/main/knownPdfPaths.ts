// What 'pdf:read-path' may read. Only what main itself obtained from the analyst enters it:
// - paths: files chosen in a dialog, given on the command line or by the OS ("Openen met"),
//   located with "Zoeken…", or listed in a project file the analyst chose and the app accepts;
// - contents: the SHA-256 of bytes main read for the renderer ('pdf:extract'). A path the
//   renderer names otherwise (a dropped file, from its session) is read only when the file there
//   has exactly such bytes: the renderer gets back nothing it did not have.
// What the renderer writes into a session is no grant. Main keeps the grants in its own file in
// the data folder (never written by the renderer), so a restart can restore the session's PDFs.
// No Electron.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../node/writeFileAtomic';

/** Kept per kind; the oldest go first. Far above one analyst's PDFs. */
export const MAX_GRANTS = 5000;

export interface KnownPdfPaths {
  add(paths: Iterable<string>): void;
  has(file: string): boolean;
  /** Bytes with this SHA-256 were read by main for the renderer. */
  addContent(sha256: string): void;
  hasContent(sha256: string): boolean;
  /** Keeps the grants in `file` (main's own, in the data folder) and adds those kept there. */
  keepIn(file: () => string): Promise<void>;
  /** Resolves once what is kept has been read and every grant so far is written. */
  settled(): Promise<void>;
}

export function createKnownPdfPaths(platform: NodeJS.Platform = process.platform, write = writeFileAtomic): KnownPdfPaths {
  const known = new Set<string>();
  const contents = new Set<string>();
  let target: (() => string) | undefined;
  let queue: Promise<void> = Promise.resolve();
  // Windows and macOS file systems ignore case by default: "C:\\A.pdf" is "c:\\a.pdf".
  const key = (file: string): string => {
    const resolved = path.resolve(file);
    return platform === 'linux' ? resolved : resolved.toLowerCase();
  };
  const remember = (set: Set<string>, value: string): boolean => {
    if (set.has(value)) return false;
    set.add(value);
    for (const oldest of set) {
      if (set.size <= MAX_GRANTS) break;
      set.delete(oldest);
    }
    return true;
  };
  /** Writes the grants once whatever was asked meanwhile (a folder of PDFs read is one write
   * or two, not one per file). */
  let scheduled = false;
  const persist = (): void => {
    if (!target || scheduled) return;
    scheduled = true;
    const file = target;
    queue = queue
      .then(async () => {
        scheduled = false;
        const text = JSON.stringify({ paths: [...known], contents: [...contents] });
        await mkdir(path.dirname(file()), { recursive: true });
        await write(file(), new TextEncoder().encode(text));
      })
      .catch((error: unknown) => console.error("Toegang tot PDF's kon niet worden bewaard:", error));
  };
  return {
    add(paths) {
      let changed = false;
      for (const file of paths) if (path.isAbsolute(file)) changed = remember(known, key(file)) || changed;
      if (changed) persist();
    },
    has: (file) => path.isAbsolute(file) && known.has(key(file)),
    addContent(sha256) {
      if (/^[0-9a-f]{64}$/.test(sha256) && remember(contents, sha256)) persist();
    },
    hasContent: (sha256) => contents.has(sha256),
    async keepIn(file) {
      target = file;
      const loading = readFile(file(), 'utf8').then(
        (text) => {
          const kept = JSON.parse(text) as { paths?: unknown; contents?: unknown };
          const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
          // Kept ones first, so this run's grants count as the newest.
          const earlier = { paths: strings(kept.paths), contents: strings(kept.contents) };
          const now = { paths: [...known], contents: [...contents] };
          known.clear();
          contents.clear();
          for (const item of [...earlier.paths, ...now.paths]) if (path.isAbsolute(item)) remember(known, item);
          for (const item of [...earlier.contents, ...now.contents]) if (/^[0-9a-f]{64}$/.test(item)) remember(contents, item);
        },
        () => undefined,
      );
      queue = queue.then(() => loading);
      await loading;
      persist();
      await queue;
    },
    settled: () => queue,
  };
}
