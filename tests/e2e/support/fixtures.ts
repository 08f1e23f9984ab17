// Fixture PDFs as files for an <input type=file>, and row counts from their truth JSON.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES_DIR } from '../../helpers/fixtures';

export { FIXTURES_DIR };

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

/** Copies of one fixture that differ in their bytes (a trailing PDF comment): the app reads
 * a file it already has only once. */
export function distinctCopies(relativePath: string, count: number): InputFile[] {
  const bytes = readFileSync(path.join(FIXTURES_DIR, relativePath));
  return Array.from({ length: count }, (_, i) => {
    const name = `copy_${String(i + 1).padStart(2, '0')}.pdf`;
    return { name, mimeType: 'application/pdf', buffer: Buffer.concat([bytes, Buffer.from(`\n% ${name}\n`)]) };
  });
}
