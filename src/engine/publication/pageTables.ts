import {
  COUNT_COLUMNS, DEFAULT_TOTAL_HEADER, TOTAL_ROW_NAME,
  type ExtractedTable, type SourceRef, type TableRow,
} from '../model';
import type { PageText } from '../pdf/textRun';
import { isHorizontal } from '../pdf/textRun';
import { splitRunsIntoWords, mergeTouchingWords, type Word } from '../layout/words';
import { groupIntoLines, type Line } from '../layout/lines';
import { findTableGrids, type GridRow, type TableGrid } from '../layout/tableGrid';
import { parseDutchInteger } from './dutchNumber';
import { findPeriod, findRegisterSentence, findPageLabel, locateText, boxOfWords } from './pageMeta';

/** A table as read from one page, before tables continued over pages are joined. */
export interface PageTable extends Omit<ExtractedTable, 'flags'> {
  /** Printed header per value column, null where the page prints none. */
  printedHeaders: (string | null)[];
}

export function isTotalRowName(name: string): boolean {
  return /^totaal(\s+amr)?$/i.test(name.replace(/\s+/g, ' ').trim());
}

/** Everything the engine reads from one page of text. */
export function readPageTables(page: PageText, source: 'text' | 'ocr' = 'text'): PageTable[] {
  const words = mergeTouchingWords(splitRunsIntoWords(page.runs));
  const lines = groupIntoLines(words);
  const rotated = words.filter((w) => !isHorizontal(w));
  const grids = findTableGrids(lines, rotated);
  if (grids.length === 0) return [];

  const used = new Set<Line>(grids.flatMap((g) => [...g.usedLines]));
  const textLines = lines.filter((l) => !used.has(l));
  const pageText = textLines.map((l) => l.text).join('\n');
  const period = findPeriod(pageText);
  const sentence = findRegisterSentence(pageText);
  const { label, region } = findPageLabel(textLines, sentence?.region ?? null);
  const regionFromTitle = region ?? regionAfterPeriod(textLines);

  return grids.map((grid) => {
    const { rows, totalRow } = toTableRows(grid, page.page);
    const printedHeaders = grid.headerWords.map((ws) => (ws.length ? ws.map((w) => w.text).join(' ') : null));
    const headers = printedHeaders.map((h, i) => h ?? (i < COUNT_COLUMNS ? `Kolom ${i + 1}` : DEFAULT_TOTAL_HEADER));
    const register = sentence && (sentence.total !== null || sentence.percent !== null)
      ? {
          total: sentence.total,
          percentInSonar: sentence.percent,
          source: sentence.totalText ? locateText(textLines, sentence.totalText, page.page) : null,
        }
      : null;
    return {
      page: page.page,
      period,
      region: regionFromTitle,
      pageLabel: label,
      headers,
      printedHeaders,
      rows,
      totalRow,
      register,
      source,
    };
  });
}

/** 2020 layout: "Tweede kwartaal 2020  Rijk van Nijmegen" on one title line. */
function regionAfterPeriod(lines: readonly Line[]): string | null {
  for (const line of lines) {
    const m = /\b(?:eerste|tweede|derde|vierde)\s+kwartaal\s+\d{4}\s+(.+)$/i.exec(line.text);
    if (m) return m[1]!.trim();
  }
  return null;
}

function toTableRows(grid: TableGrid, page: number): { rows: TableRow[]; totalRow: TableRow | null } {
  const rows: TableRow[] = [];
  let totalRow: TableRow | null = null;
  for (const gridRow of grid.rows) {
    const row = toTableRow(gridRow, page);
    if (isTotalRowName(row.name)) {
      totalRow = { ...row, name: TOTAL_ROW_NAME };
      continue;
    }
    if (totalRow) continue; // text below TOTAAL AMR is not part of the table
    rows.push(row);
  }
  return { rows, totalRow };
}

function toTableRow(gridRow: GridRow, page: number): TableRow {
  const name = joinName(gridRow.nameWords);
  const values = gridRow.cells.map((cell) => {
    const text = cell.map((w) => w.text).join(' ');
    return { value: cell.length ? parseDutchInteger(text) : null, source: cellSource(cell, text, page) };
  });
  return {
    name,
    counts: values.slice(0, COUNT_COLUMNS).map((v) => v.value),
    total: values[COUNT_COLUMNS]?.value ?? null,
    sources: [cellSource(gridRow.nameWords, name, page), ...values.map((v) => v.source)],
  };
}

/** Name parts in reading order; a part ending in a hyphen continues without a space. */
function joinName(words: readonly Word[]): string {
  let name = '';
  for (const w of words) {
    name = name === '' ? w.text : name.endsWith('-') ? name + w.text : `${name} ${w.text}`;
  }
  return name.replace(/\s+/g, ' ').trim();
}

function cellSource(words: readonly Word[], text: string, page: number): SourceRef | null {
  if (words.length === 0) return null;
  const confidences = words.map((w) => w.confidence).filter((c): c is number => c !== undefined);
  return {
    page,
    box: boxOfWords(words),
    text,
    ...(confidences.length ? { confidence: Math.min(...confidences) } : {}),
  };
}
