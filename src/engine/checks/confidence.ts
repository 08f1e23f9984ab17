// `low-confidence`: a value OCR read with a confidence below the threshold. Flagged even when the
// sums agree, but then as 'info': one misread cell always breaks its row and its column, so a
// cell both confirm is almost certainly right. A low-confidence name is 'info' when it is a known
// municipality (and left to ocr-name-read when the engine replaced OCR's text by the official
// name). Text-layer values carry no confidence and are never flagged.
import { formatNumber } from '../format';
import { matchMunicipality } from '../municipalities';
import { TOTAL_COLUMN, TOTAL_ROW_NAME, type ExtractedTable, type Flag, type TableRow } from '../model';
import { buildGrid, type Grid } from '../suggestions/grid';
import { columnPhrase } from './columnLabel';

/** OCR confidence (0..100) below which a value is flagged. Tesseract gives clean printed digits
 * 90+; below 80 a misread (8↔3, 1↔7) becomes a real possibility. */
export const LOW_CONFIDENCE_THRESHOLD = 80;

export function checkConfidence(table: ExtractedTable): Flag[] {
  const grid = buildGrid(table);
  const flags: Flag[] = [];
  table.rows.forEach((row, rowIndex) => flags.push(...checkRow(table, grid, row, row.name, rowIndex)));
  if (table.totalRow) flags.push(...checkRow(table, grid, table.totalRow, TOTAL_ROW_NAME, table.rows.length));
  return flags;
}

function checkRow(table: ExtractedTable, grid: Grid | null, row: TableRow, name: string, rowIndex: number): Flag[] {
  const flags: Flag[] = [];
  // sources: index 0 is the name, 1..4 the counts, 5 the total.
  row.sources?.forEach((source, index) => {
    const confidence = source?.confidence;
    if (!source || typeof confidence !== 'number' || !(confidence < LOW_CONFIDENCE_THRESHOLD)) return;
    const read = `tekstherkenning las '${source.text.trim()}' met ${formatNumber(Math.max(0, confidence))}% zekerheid`;
    if (index === 0) {
      // The TOTAAL AMR label was recognised as such already; its confidence says nothing.
      if (rowIndex >= table.rows.length) return;
      // The engine took the official name for OCR's text: the cell no longer holds what OCR
      // read, and the ocr-name-read hint quotes the reading with its confidence.
      if (source.text.trim() !== row.name.trim()) return;
      const known = matchMunicipality(row.name, table.period).kind === 'valid';
      flags.push({
        code: 'low-confidence',
        row: name,
        rowIndex,
        field: 'name',
        message: `Rij ${rowIndex + 1}, gemeentenaam: ${read}${known ? '; de naam is een bekende gemeente' : ''}`,
        ...(known ? { severity: 'info' as const } : {}),
      });
      return;
    }
    const column = index - 1;
    if (column > TOTAL_COLUMN) return;
    const confirmed = grid?.rowStatus[rowIndex] === 'ok' && grid.columnStatus[column] === 'ok';
    flags.push({
      code: 'low-confidence',
      row: name,
      rowIndex,
      column,
      message: `${name}, ${columnPhrase(table, column)}: ${read}${confirmed ? '; rij- en kolomtotaal kloppen' : ''}`,
      ...(confirmed ? { severity: 'info' as const } : {}),
    });
  });
  return flags;
}
