// Turns files and folders (the CLI's command line, what the desktop app was given) into the list
// of PDFs to read.
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { errorCode, notRegularReason, unreachableReason } from './fileKinds';

/** Nothing to read among the inputs: the CLI says how to use it, the app names the folder. */
export class NoPdfsFoundError extends Error {
  override name = 'NoPdfsFoundError';
}

export interface FoundPdfs {
  files: string[];
  /** Dutch notes for stderr, e.g. a folder without PDFs or a link that was skipped. */
  warnings: string[];
}

/** Files are taken as given, even when missing or not a regular file (that becomes the file's
 * error when it is read). Folders are searched recursively for *.pdf in any letter case,
 * following links to files and folders; a link back into a folder already searched, and
 * anything named .pdf that is not a regular file, is skipped with a note. Each folder's finds
 * are sorted, inputs keep their order, and a file reached twice (also through a link) is read
 * once. */
export async function findPdfFiles(inputs: readonly string[]): Promise<FoundPdfs> {
  const files: string[] = [];
  const warnings: string[] = [];
  const searched = new Set<string>();
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (info?.isDirectory()) {
      const real = await realpath(input).catch(() => path.resolve(input));
      if (searched.has(real)) continue; // the same folder named twice
      searched.add(real);
      const found = await pdfsInFolder(input, searched, warnings);
      if (found.length === 0) warnings.push(`Geen pdf-bestanden gevonden in map ${input}.`);
      files.push(...found.sort(compareCodePoints));
    } else {
      files.push(input);
    }
  }
  const unique = await readOnce(files, warnings);
  if (unique.length === 0) throw new NoPdfsFoundError('Geen pdf-bestanden gevonden.');
  return { files: unique, warnings };
}

async function pdfsInFolder(folder: string, searched: Set<string>, warnings: string[]): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    warnings.push(`Map ${folder} kon niet worden doorzocht (${errorCode(error) ?? String(error)}).`);
    return [];
  }
  const found: string[] = [];
  const skip = (file: string, reason: string) => warnings.push(`${file} overgeslagen: ${reason}.`);
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    const isPdf = entry.name.toLowerCase().endsWith('.pdf');
    let info;
    // A link is followed; some file systems give no type at all with the name, then stat() tells.
    if (entry.isSymbolicLink() || !hasKnownType(entry)) {
      try {
        info = await stat(full);
      } catch (error) {
        if (isPdf) skip(full, unreachableReason(error, entry.isSymbolicLink()));
        continue;
      }
    }
    if (info ? info.isDirectory() : entry.isDirectory()) {
      // Each folder is searched once, however many links lead to it: no loops.
      const real = await realpath(full).catch(() => path.resolve(full));
      if (searched.has(real)) {
        if (entry.isSymbolicLink()) skip(full, 'de koppeling leidt naar een map die al wordt doorzocht');
        continue;
      }
      searched.add(real);
      found.push(...(await pdfsInFolder(full, searched, warnings)));
    } else if (isPdf) {
      // Never open a FIFO or a device: reading it could wait forever or never end.
      if (info ? info.isFile() : entry.isFile()) found.push(full);
      else skip(full, notRegularReason(info ?? entry));
    }
  }
  return found;
}

function hasKnownType(entry: Dirent): boolean {
  return entry.isFile() || entry.isDirectory() || entry.isFIFO() || entry.isSocket() || entry.isCharacterDevice() || entry.isBlockDevice();
}

/** Drops files reached a second time, by their real path; a different path to a file already
 * listed (a link, or the file and a link to it) gets a note. */
async function readOnce(files: readonly string[], warnings: string[]): Promise<string[]> {
  const firstByKey = new Map<string, string>();
  const unique: string[] = [];
  for (const file of files) {
    const key = await realpath(file).catch(() => path.resolve(file));
    const first = firstByKey.get(key);
    if (first === undefined) {
      firstByKey.set(key, file);
      unique.push(file);
    } else if (path.resolve(first) !== path.resolve(file)) {
      warnings.push(`${file} overgeslagen: hetzelfde bestand als ${first}.`);
    }
  }
  return unique;
}

// Plain code-point order: the same on every machine, whatever its locale.
function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Names for the documents: the base name, or the path as given where two files share one. */
export function documentNames(files: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const file of files) counts.set(path.basename(file), (counts.get(path.basename(file)) ?? 0) + 1);
  return files.map((file) => (counts.get(path.basename(file))! > 1 ? file : path.basename(file)));
}
