// The desktop's store of documents read before (shared/pdfPool/readCache.ts): one JSON file per
// document in a folder per engine version. Opening the store removes other versions' folders;
// each write keeps the newest READ_CACHE_MAX_ENTRIES (a hit counts as new). A file that cannot
// be parsed is a miss and is removed.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, utimes } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ExtractedDocument } from '../engine/model';
import { READ_CACHE_MAX_ENTRIES, type ReadCacheStore } from '../shared/pdfPool/readCache';
import { writeFileAtomic } from './writeFileAtomic';

/**
 * What a reading depends on: the compiled worker script (it bundles the engine; the chunks it
 * loads are named by their content hash, so a change in any of them changes the script) and the
 * pdf.js and tesseract.js it loads from node_modules. Undefined for a TypeScript entry (tsx,
 * tests): there the script does not pin the engine's code, so nothing is kept.
 */
export function engineVersionOf(workerScript: string): string | undefined {
  if (workerScript.endsWith('.ts')) return undefined;
  const requireHere = createRequire(import.meta.url);
  const hash = createHash('sha256').update(readFileSync(workerScript));
  for (const dependency of ['pdfjs-dist', 'tesseract.js']) {
    hash.update(`\n${dependency}@${(requireHere(`${dependency}/package.json`) as { version: string }).version}`);
  }
  return hash.digest('hex').slice(0, 16);
}

export function createFolderReadCache(folder: string, engineVersion: string, maxEntries = READ_CACHE_MAX_ENTRIES): ReadCacheStore {
  const own = path.join(folder, engineVersion);
  const ready = removeOtherVersions(folder, engineVersion).then(() => mkdir(own, { recursive: true }));
  const fileOf = (key: string) => path.join(own, `${key}.json`);

  return {
    async get(key) {
      await ready;
      const file = fileOf(key);
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch {
        return undefined;
      }
      const document = parsedDocument(text);
      if (!document) {
        await rm(file, { force: true });
        return undefined;
      }
      const now = new Date();
      await utimes(file, now, now).catch(() => undefined);
      return document;
    },
    async put(key, document) {
      await ready;
      await writeFileAtomic(fileOf(key), Buffer.from(JSON.stringify(document), 'utf8'));
      await keepNewest(own, maxEntries);
    },
  };
}

/** The document in a kept file, or undefined when it is not one (cut short, edited by hand). */
function parsedDocument(text: string): ExtractedDocument | undefined {
  try {
    const value = JSON.parse(text) as Partial<ExtractedDocument> | null;
    const valid = typeof value?.file === 'string' && Array.isArray(value.tables) && Array.isArray(value.warnings) && typeof value.pageCount === 'number';
    return valid ? (value as ExtractedDocument) : undefined;
  } catch {
    return undefined;
  }
}

async function removeOtherVersions(folder: string, engineVersion: string): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
  await Promise.all(
    entries
      .filter((entry) => entry.isDirectory() && entry.name !== engineVersion)
      .map((entry) => rm(path.join(folder, entry.name), { recursive: true, force: true })),
  );
}

async function keepNewest(folder: string, maxEntries: number): Promise<void> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.json'));
  if (names.length <= maxEntries) return;
  const dated = await Promise.all(names.map(async (name) => ({ name, time: (await stat(path.join(folder, name)).catch(() => null))?.mtimeMs ?? 0 })));
  dated.sort((a, b) => b.time - a.time);
  await Promise.all(dated.slice(maxEntries).map(({ name }) => rm(path.join(folder, name), { force: true })));
}
