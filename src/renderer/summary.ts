// Counts and names for the status bar and the save dialog, read straight from the table model.
import { isAcceptedFlag, isOpenFlag } from '@engine/checks';
import { periodCode } from '@engine/export/longFormat';
import type { ExtractedDocument, Period } from '@engine/model';
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

/** The workbook name offered when saving, after the quarters in it, named as the app and the
 * workbook name them (K1..K4): "klantprofielen-2017-K3.xlsx", "klantprofielen-2017-K3-tot-2020-K2.xlsx"
 * for several, "klantprofielen.xlsx" without any. */
export function suggestedWorkbookName(documents: readonly ExtractedDocument[]): string {
  const periods = readable(documents)
    .flatMap((document) => document.tables.map((table) => table.period))
    .filter((period): period is Period => period !== null)
    .sort((a, b) => a.year - b.year || a.quarter - b.quarter);
  const first = periods[0];
  const last = periods.at(-1);
  if (!first || !last) return 'klantprofielen.xlsx';
  const [from, to] = [periodCode(first), periodCode(last)];
  return from === to ? `klantprofielen-${from}.xlsx` : `klantprofielen-${from}-tot-${to}.xlsx`;
}
