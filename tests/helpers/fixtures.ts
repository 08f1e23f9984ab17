// Fixture PDFs with their truth JSON (tests/fixtures, an unchanged copy of shared/fixtures).
import fs from 'node:fs';
import path from 'node:path';

export const FIXTURES_DIR = path.resolve(__dirname, '..', 'fixtures');

export interface TruthTable {
  page: number;
  pages?: number[];
  period: { year: number; quarter: number };
  region: string;
  pageLabel: string;
  rows: { name: string; counts: number[]; total: number }[];
  totalRow: { name: string; counts: number[]; total: number };
  register: { total: number; percentInSonar: number };
  flags: { code: string; row?: string; column?: number }[];
}

export interface TruthFile {
  schema: string;
  documents: { file: string; pageCount: number; tables: TruthTable[] }[];
}

/** Every PDF under the given fixture folders that has a truth file next to it. */
export function fixturePdfs(...folders: string[]): { folder: string; pdf: string; truthPath: string }[] {
  return folders.flatMap((folder) => {
    const dir = path.join(FIXTURES_DIR, folder);
    return fs
      .readdirSync(dir)
      .filter((f) => f.toLowerCase().endsWith('.pdf'))
      .sort()
      .map((f) => ({ folder, pdf: path.join(dir, f), truthPath: path.join(dir, f.replace(/\.pdf$/i, '.json')) }))
      .filter((f) => fs.existsSync(f.truthPath));
  });
}

export function readTruth(truthPath: string): TruthFile {
  return JSON.parse(fs.readFileSync(truthPath, 'utf8')) as TruthFile;
}
