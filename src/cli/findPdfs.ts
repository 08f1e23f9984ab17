// Turns the command line's files and folders into the list of PDFs to read.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './usage';

export interface FoundPdfs {
  files: string[];
  /** Dutch notes for stderr, e.g. a folder without PDFs. */
  warnings: string[];
}

/** Files are taken as given (a wrong one becomes that file's error); folders are searched
 * recursively for *.pdf in any letter case. Each folder's finds are sorted, inputs keep
 * their order, and a file named twice is read once. */
export async function findPdfFiles(inputs: readonly string[]): Promise<FoundPdfs> {
  const files: string[] = [];
  const warnings: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (!info) throw new UsageError(`Bestand of map bestaat niet: ${input}`);
    if (info.isDirectory()) {
      const found = await pdfsInFolder(input);
      if (found.length === 0) warnings.push(`Geen pdf-bestanden gevonden in map ${input}.`);
      files.push(...found);
    } else {
      files.push(input);
    }
  }
  const unique = [...new Map(files.map((file) => [path.resolve(file), file])).values()];
  if (unique.length === 0) throw new UsageError('Geen pdf-bestanden gevonden.');
  return { files: unique, warnings };
}

async function pdfsInFolder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.pdf'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort(compareCodePoints);
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
