// The app's own source as text, for tests that check what it says to the analyst everywhere
// (tests/wording): every .ts and .tsx file under src/, with its path relative to src/.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export const SRC_DIR = path.resolve(__dirname, '../../src');

export interface SourceFile {
  /** Relative to src/, with forward slashes: "renderer/App.tsx". */
  file: string;
  text: string;
}

export async function sourceFiles(): Promise<SourceFile[]> {
  const names = (await readdir(SRC_DIR, { recursive: true })).filter((name) => /\.tsx?$/.test(name)).sort();
  return Promise.all(names.map(async (name) => ({ file: name.split(path.sep).join('/'), text: await readFile(path.join(SRC_DIR, name), 'utf8') })));
}
