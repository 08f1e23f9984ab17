// Dutch progress lines for stderr: one per file, then a summary. File names and text from
// the PDFs go through printable(), so they can never break or fake a line.
import type { ExtractedDocument } from '../engine/index';
import type { OcrPageProgress } from '../engine/ocr/ocrEngine';
import { printable } from './printable';

export function documentLine(doc: ExtractedDocument, done: number, total: number): string {
  const counter = `[${done}/${total}]`;
  if (doc.error) return `${counter} FOUT: ${printable(doc.error.message)}`;
  const flags = countFlags([doc]);
  const lines = [`${counter} ${printable(doc.file)}: ${plural(doc.tables.length, 'tabel', 'tabellen')}, ${plural(flags, 'melding', 'meldingen')}`];
  for (const warning of doc.warnings) lines.push(`      let op: ${printable(warning.message)}`);
  return lines.join('\n');
}

/** Said when a scanned page starts OCR (null when it ends: the file's own line follows). */
export function ocrPageLine(file: string, { page, pageCount, state }: OcrPageProgress): string | null {
  return state === 'recognizing' ? `      tekstherkenning (OCR): ${printable(file)}, pagina ${page} van ${pageCount}…` : null;
}

/** One line per table that differs from the same region and period in another file (the
 * per-file lines came before the batch could be compared). */
export function crossTableLines(docs: readonly ExtractedDocument[]): string[] {
  const lines: string[] = [];
  for (const doc of docs) {
    for (const table of doc.tables) {
      const differences = table.flags.filter((flag) => flag.code === 'duplicate-table-mismatch');
      if (differences.length === 0) continue;
      const region = printable(table.region ?? 'onbekende regio');
      lines.push(
        `let op: ${printable(doc.file)}, ${region} (pagina ${table.page}): ${plural(differences.length, 'verschil', 'verschillen')} met dezelfde regio en periode in een ander bestand; ${printable(differences[0]!.message)}`,
      );
    }
  }
  return lines;
}

export const CANCELLED_LINE = 'Afgebroken (Ctrl+C): er is niets geschreven.';

export interface FailedOutput {
  file: string;
  /** Dutch, e.g. "de schijf is vol". */
  reason: string;
}

/** The counts, then what was written and what was not (and why): a failed write must never
 * read as written. */
export function summaryLine(docs: readonly ExtractedDocument[], written: readonly string[], failed: readonly FailedOutput[] = []): string {
  const failedFiles = docs.filter((doc) => doc.error).length;
  const tables = docs.reduce((sum, doc) => sum + doc.tables.length, 0);
  const parts = [
    plural(docs.length, 'bestand', 'bestanden'),
    plural(tables, 'tabel', 'tabellen'),
    plural(countFlags(docs), 'melding', 'meldingen'),
    plural(failedFiles, 'fout', 'fouten'),
  ];
  const notWritten = failed.map(({ file, reason }) => `${printable(file)} (${reason})`).join('; ');
  const outcome = [
    written.length > 0 ? ` Geschreven: ${written.map(printable).join(', ')}.` : '',
    failed.length > 0 ? ` ${written.length > 0 ? 'Niet geschreven' : 'Niets geschreven'}: ${notWritten}.` : '',
  ];
  return `Klaar: ${parts.join(', ')}.${outcome.join('')}`;
}

function countFlags(docs: readonly ExtractedDocument[]): number {
  return docs.reduce((sum, doc) => sum + doc.tables.reduce((n, table) => n + table.flags.length, 0), 0);
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
