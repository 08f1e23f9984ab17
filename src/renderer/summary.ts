// Counts and names for the status bar and the save dialog, read straight from the table model.
import { isAcceptedFlag, isOpenFlag } from '@engine/checks';
import type { ExtractedDocument } from '@engine/model';
import { formatNumber } from '@engine/format';

/** Municipality rows of the readable documents; TOTAAL AMR rows are not municipalities. */
export function countRows(documents: readonly ExtractedDocument[]): number {
  return readable(documents).reduce((sum, doc) => sum + doc.tables.reduce((rows, table) => rows + table.rows.length, 0), 0);
}

/** Open flags: what the checks report now, after the edits; hints (severity 'info') need no
 * action and are not counted. */
export function countFlags(documents: readonly ExtractedDocument[]): number {
  return readable(documents).reduce((sum, doc) => sum + doc.tables.reduce((flags, table) => flags + table.flags.filter(isOpenFlag).length, 0), 0);
}

/** Findings the analyst accepted as true to the source (no longer open). */
export function countAccepted(documents: readonly ExtractedDocument[]): number {
  return readable(documents).reduce((sum, doc) => sum + doc.tables.reduce((flags, table) => flags + table.flags.filter(isAcceptedFlag).length, 0), 0);
}

export function countTables(documents: readonly ExtractedDocument[]): number {
  return readable(documents).reduce((sum, doc) => sum + doc.tables.length, 0);
}

function readable(documents: readonly ExtractedDocument[]): ExtractedDocument[] {
  return documents.filter((document) => !document.error);
}

/** "1 rij", "1.234 rijen". */
export function countLabel(count: number, singular: string, plural: string): string {
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`;
}

/** The workbook name offered when saving, after the quarters in it: "klantprofielen-2017-Q3.xlsx",
 * "klantprofielen-2017-Q3-tot-2020-Q2.xlsx" for several, "klantprofielen.xlsx" without any. */
export function suggestedWorkbookName(documents: readonly ExtractedDocument[]): string {
  const periods = readable(documents)
    .flatMap((document) => document.tables.map((table) => table.period))
    .filter((period) => period !== null)
    .map((period) => period.year * 10 + period.quarter)
    .sort((a, b) => a - b);
  const first = periods[0];
  const last = periods.at(-1);
  if (first === undefined || last === undefined) return 'klantprofielen.xlsx';
  const label = (period: number) => `${Math.floor(period / 10)}-Q${period % 10}`;
  return first === last ? `klantprofielen-${label(first)}.xlsx` : `klantprofielen-${label(first)}-tot-${label(last)}.xlsx`;
}
