// Fixture PDFs as files for an <input type=file>, and row counts from their truth JSON.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURES_DIR = path.resolve(__dirname, '../../fixtures');

export interface InputFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export function fixtureFile(relativePath: string, name = path.basename(relativePath)): InputFile {
  return { name, mimeType: 'application/pdf', buffer: readFileSync(path.join(FIXTURES_DIR, relativePath)) };
}

interface Truth {
  documents: { tables: { rows: unknown[] }[] }[];
}

/** Municipality rows the fixture's truth JSON lists (TOTAAL AMR not counted). */
export function truthRowCount(relativePdfPath: string): number {
  const truth = JSON.parse(readFileSync(path.join(FIXTURES_DIR, relativePdfPath.replace(/\.pdf$/, '.json')), 'utf8')) as Truth;
  return truth.documents.reduce((sum, doc) => sum + doc.tables.reduce((rows, table) => rows + table.rows.length, 0), 0);
}
