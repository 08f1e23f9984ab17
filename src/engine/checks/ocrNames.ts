// `ocr-name-read` (info): a name the engine took as the official one for OCR's reading
// (engine/ocr/ocrNames.ts). Derived from the data alone, so it survives the grid re-running the
// checks: the name cell's source is an OCR reading (it has a confidence) whose text is not the
// name in the cell, and that text reads as exactly that name. A typed name has a source without
// confidence, so the hint goes with the edit and comes back when the edit is undone.
import { formatNumber } from '../format';
import { readOcrName } from '../municipalities';
import type { ExtractedTable, Flag, TableRow } from '../model';
import { LOW_CONFIDENCE_THRESHOLD } from './confidence';

export interface OcrNameRead {
  /** What OCR read, trimmed. */
  text: string;
  confidence: number;
  basis: 'spelling' | 'region';
}

/** What OCR read for the row's name, when the name in the cell is the engine's reading of it. */
export function ocrNameReading(table: ExtractedTable, row: TableRow): OcrNameRead | null {
  const source = row.sources?.[0];
  if (!source || typeof source.confidence !== 'number') return null;
  const text = source.text.trim();
  if (text === row.name.trim()) return null;
  const read = readOcrName(text, table.region, table.period);
  return read && read.name === row.name.trim() ? { text, confidence: source.confidence, basis: read.basis } : null;
}

export function checkOcrNames(table: ExtractedTable): Flag[] {
  return table.rows.flatMap((row, rowIndex): Flag[] => {
    const reading = ocrNameReading(table, row);
    if (!reading) return [];
    // A doubtful reading says so here instead of in a second hint (checkConfidence skips it).
    const certainty = reading.confidence < LOW_CONFIDENCE_THRESHOLD ? ` (${formatNumber(Math.max(0, reading.confidence))}% zekerheid)` : '';
    const why = reading.basis === 'region' ? 'officiële gemeentenaam in deze regio' : 'officiële schrijfwijze';
    return [
      {
        code: 'ocr-name-read',
        row: row.name,
        rowIndex,
        field: 'name',
        severity: 'info',
        message: `Tekstherkenning las '${reading.text}'${certainty}; gelezen als ${row.name.trim()} (${why})`,
      },
    ];
  });
}
