// Where on the PDF a grid cell comes from. Read from the document as extracted (the session's
// originals): an edit changes the value, never where it was printed or how sure OCR was.
import { TOTAL_COLUMN, TOTAL_ROW_NAME, type Box, type ExtractedDocument, type ExtractedTable, type SourceRef } from '@engine/model';
import { flagColumnOf, rowOf, type Place } from '../../session';

export interface PlaceSource {
  /** 1-based page to show. */
  page: number;
  /** The value's box in display-space points; null when the column has no printed value of
   * its own (file, period, check…): the table's page is shown without a highlight. */
  box: SourceRef['box'] | null;
  /** As printed (or as OCR read it). */
  text: string | null;
  /** OCR confidence 0..100; undefined for the text layer. */
  confidence?: number;
  /** How the table was read. */
  via: ExtractedTable['source'];
  /** The row whose printed value the cell repeats ("Bekend in Sonar" is TOTAAL AMR's
   * total); undefined for the cell's own printed value. */
  from?: string;
}

/** Index in `row.sources` of a grid column: 0 = name, 1..4 = counts, 5 = total. */
export function sourceIndexOf(column: Place['column']): number | null {
  if (column === 'name') return 0;
  const flagColumn = flagColumnOf(column);
  return flagColumn === null ? null : flagColumn + 1;
}

export function sourceOfPlace(document: ExtractedDocument | undefined, place: Place): PlaceSource | null {
  const table = document?.error ? undefined : document?.tables[place.table];
  if (!table) return null;
  const source = valueSource(table, place);
  if (source) {
    const from = place.row === 'region' && place.column === 'known' ? TOTAL_ROW_NAME : undefined;
    return { page: source.page, box: source.box, text: source.text, confidence: source.confidence, via: table.source, ...(from ? { from } : {}) };
  }
  return { page: rowPage(table, place) ?? table.page, box: null, text: null, via: table.source };
}

function valueSource(table: ExtractedTable, place: Place): SourceRef | null {
  if (place.row === 'region') return regionSource(table, place.column);
  const index = sourceIndexOf(place.column);
  if (index === null) return null;
  return rowOf(table, place.row)?.sources?.[index] ?? null;
}

/** The Regio's grid prints nothing of its own: the register and the percentage are the numbers
 * in the sentence under the table, "Bekend in Sonar" is TOTAAL AMR's total. "% berekend" is
 * worked out from two of them, so it has no one place on the page. */
function regionSource(table: ExtractedTable, column: Place['column']): SourceRef | null {
  if (column === 'register') return table.register?.source ?? null;
  if (column === 'percent') return table.register?.percentSource ?? null;
  if (column === 'known') return table.totalRow?.sources?.[TOTAL_COLUMN + 1] ?? null;
  return null;
}

/** The page a row was printed on (a table may continue on the next page). */
function rowPage(table: ExtractedTable, place: Place): number | undefined {
  if (place.row === 'region') return table.register?.source?.page;
  return rowOf(table, place.row)?.sources?.find((source): source is SourceRef => !!source)?.page;
}

/** True when two boxes are the same (ignoring float noise). */
export function sameBox(a: Box | null | undefined, b: Box | null | undefined): boolean {
  if (!a || !b) return a === b;
  return Math.abs(a.x0 - b.x0) < 1e-6 && Math.abs(a.y0 - b.y0) < 1e-6 && Math.abs(a.x1 - b.x1) < 1e-6 && Math.abs(a.y1 - b.y1) < 1e-6;
}
