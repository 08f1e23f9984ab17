// Dutch progress lines for stderr: one per file, then a summary.
import type { ExtractedDocument } from '../engine/index';
import type { OcrPageProgress } from '../engine/ocr/ocrEngine';

export function documentLine(doc: ExtractedDocument, done: number, total: number): string {
  const counter = `[${done}/${total}]`;
  if (doc.error) return `${counter} FOUT: ${doc.error.message}`;
  const flags = countFlags([doc]);
  const lines = [`${counter} ${doc.file}: ${plural(doc.tables.length, 'tabel', 'tabellen')}, ${plural(flags, 'bevinding', 'bevindingen')}`];
  for (const warning of doc.warnings) lines.push(`      let op: ${warning.message}`);
  return lines.join('\n');
}

/** Said when a scanned page starts OCR (null when it ends: the file's own line follows). */
export function ocrPageLine(file: string, { page, pageCount, state }: OcrPageProgress): string | null {
  return state === 'recognizing' ? `      tekstherkenning (OCR): ${file}, pagina ${page} van ${pageCount}…` : null;
}

/** One line per table that differs from the same region and period in another file (the
 * per-file lines came before the batch could be compared). */
export function crossTableLines(docs: readonly ExtractedDocument[]): string[] {
  const lines: string[] = [];
  for (const doc of docs) {
    for (const table of doc.tables) {
      const differences = table.flags.filter((flag) => flag.code === 'duplicate-table-mismatch');
      if (differences.length === 0) continue;
      lines.push(`let op: ${doc.file}, ${table.region ?? 'onbekende regio'} (pagina ${table.page}): ${plural(differences.length, 'verschil', 'verschillen')} met dezelfde regio en periode in een ander bestand; ${differences[0]!.message}`);
    }
  }
  return lines;
}

export const CANCELLED_LINE = 'Afgebroken (Ctrl+C): er is niets geschreven.';

export function summaryLine(docs: readonly ExtractedDocument[], outputs: readonly string[]): string {
  const failed = docs.filter((doc) => doc.error).length;
  const tables = docs.reduce((sum, doc) => sum + doc.tables.length, 0);
  const parts = [
    plural(docs.length, 'bestand', 'bestanden'),
    plural(tables, 'tabel', 'tabellen'),
    plural(countFlags(docs), 'bevinding', 'bevindingen'),
    plural(failed, 'fout', 'fouten'),
  ];
  return `Klaar: ${parts.join(', ')}. Geschreven: ${outputs.join(', ')}.`;
}

function countFlags(docs: readonly ExtractedDocument[]): number {
  return docs.reduce((sum, doc) => sum + doc.tables.reduce((n, table) => n + table.flags.length, 0), 0);
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
