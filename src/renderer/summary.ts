// Counts and labels for the status bar, read straight from the table model.
import type { ExtractedDocument } from '@engine/model';

export function countRows(documents: readonly ExtractedDocument[]): number {
  return documents.reduce((sum, doc) => sum + doc.tables.reduce((rows, table) => rows + table.rows.length, 0), 0);
}

export function countFlags(documents: readonly ExtractedDocument[]): number {
  return documents.reduce((sum, doc) => sum + doc.tables.reduce((flags, table) => flags + table.flags.length, 0), 0);
}

const dutchNumber = new Intl.NumberFormat('nl-NL');

/** "1 rij", "1.234 rijen". */
export function countLabel(count: number, singular: string, plural: string): string {
  return `${dutchNumber.format(count)} ${count === 1 ? singular : plural}`;
}

/** The workbook name offered when saving: the PDF's own name for one file. */
export function suggestedWorkbookName(documents: readonly ExtractedDocument[]): string {
  const [only] = documents;
  return documents.length === 1 && only ? only.file.replace(/\.pdf$/i, '') + '.xlsx' : 'klantprofielen.xlsx';
}
