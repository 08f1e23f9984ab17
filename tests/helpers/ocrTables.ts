// Fixture truth tables as the OCR reader hands them over (every cell with its printed text and an
// OCR confidence), and a name OCR misread: tables built in code for the OCR name tests.
import type { ExtractedTable, SourceRef, TableRow } from '../../src/engine/model';
import { readTruth, tableFromTruth } from './truthTables';

const box = { x0: 0, y0: 0, x1: 1, y1: 1 };

/** Every cell of the row with a source as OCR gives it: printed text and a confidence. */
export function withOcrSources(row: TableRow, confidence = 95): TableRow {
  const source = (text: string): SourceRef => ({ page: 1, box, text, confidence });
  return { ...row, sources: [source(row.name), ...[...row.counts, row.total].map((value) => source(String(value)))] };
}

/** A fixture's truth table (path relative to tests/fixtures) as read by OCR, before the checks. */
export function ocrTable(truthPath: string, index = 0): ExtractedTable {
  const table = tableFromTruth(readTruth(truthPath).documents[0]!.tables[index]!, 'ocr');
  return { ...table, rows: table.rows.map((row) => withOcrSources(row)), totalRow: table.totalRow && withOcrSources(table.totalRow) };
}

/** OCR read row `index`'s name as `text`. */
export function misread(table: ExtractedTable, index: number, text: string, confidence = 90): ExtractedTable {
  const rows = table.rows.map((row, i) => {
    if (i !== index) return row;
    const sources = [...(row.sources ?? [])];
    sources[0] = { ...sources[0]!, text, confidence };
    return { ...row, name: text, sources };
  });
  return { ...table, rows };
}
