import { COUNT_COLUMNS, DEFAULT_TOTAL_HEADER, TOTAL_ROW_NAME, type Box, type ExtractedTable, type SourceRef, type TableRow } from '../model';
import type { PageText } from '../pdf/textRun';
import { isHorizontal } from '../pdf/textRun';
import { splitRunsIntoWords, mergeTouchingWords, type Word } from '../layout/words';
import { groupIntoLines, makeLine, splitAtSpaces, type Line } from '../layout/lines';
import { segmentIntoBlocks, type TextBlock } from '../layout/blocks';
import { boxDistance, unionBox } from '../geometry/box';
import { COLUMN_GUTTER } from '../layout/settings';
import { findTableGrids, type GridRow, type TableGrid } from '../layout/tableGrid';
import { parseDutchInteger } from './dutchNumber';
import { findPeriod, findRegisterSentence, findPageLabel, locatePercent, locateText, boxOfWords } from './pageMeta';

/** A table as read from one page, before tables continued over pages are joined. */
export interface PageTable extends Omit<ExtractedTable, 'flags'> {
  /** Printed header per value column, null where the page prints none. */
  printedHeaders: (string | null)[];
}

export function isTotalRowName(name: string): boolean {
  return /^totaal(\s+amr)?$/i.test(name.replace(/\s+/g, ' ').trim());
}

/** Everything the engine reads from one page of text. Tables first, by their signature (a
 * name and five aligned number columns), bounded by the whitespace around them; then the rest
 * of the page is cut into text blocks around the tables, and each table reads its period,
 * region, label and register sentence from the text nearest to it. */
export function readPageTables(page: PageText, source: 'text' | 'ocr' = 'text'): PageTable[] {
  const words = mergeTouchingWords(splitRunsIntoWords(page.runs));
  const lines = groupIntoLines(words);
  const rotated = words.filter((w) => !isHorizontal(w));
  const grids = findTableGrids(lines, rotated);
  if (grids.length === 0) return [];

  const used = new Set<Word>(grids.flatMap((g) => [...g.usedWords]));
  const blocks = segmentIntoBlocks(
    words.filter((w) => isHorizontal(w) && !used.has(w)),
    grids.map((g) => g.box),
  );
  const contexts = tableContexts(
    blocks,
    grids.map((g) => g.box),
  );
  const pageLines = blocks.flatMap((b) => b.lines);
  const pagePeriod = findPeriod(pageLines.map((l) => l.text).join('\n'));

  return grids.map((grid, index) => {
    const textLines = contexts[index]!;
    const text = readingText(textLines);
    const sentence = findRegisterSentence(text);
    const labelled = findPageLabel(textLines, sentence?.region ?? null);
    const region = labelled.region ?? regionAfterPeriod(textLines);
    // The label stands next to the region's name, wherever that is printed: a page without
    // the sentence (a table continued on the next page) names the region in its title; two
    // tables' footers side by side may stand nearer to the other table.
    const label = labelled.label ?? (region ? (findPageLabel(textLines, region).label ?? findPageLabel(pageLines, region).label) : null);
    const { rows, totalRow } = toTableRows(grid, page.page);
    const printedHeaders = grid.headerWords.map((ws) => (ws.length ? ws.map((w) => w.text).join(' ') : null));
    const headers = printedHeaders.map((h, i) => h ?? (i < COUNT_COLUMNS ? `Kolom ${i + 1}` : DEFAULT_TOTAL_HEADER));
    const register =
      sentence && (sentence.total !== null || sentence.percent !== null)
        ? {
            total: sentence.total,
            percentInSonar: sentence.percent,
            source: sentence.totalText ? locateText(textLines, sentence.totalText, page.page) : null,
            percentSource: sentence.percent !== null ? locatePercent(textLines, sentence.percent, page.page) : null,
          }
        : null;
    return {
      page: page.page,
      // One period printed for the whole page (a banner over two tables) holds for each.
      period: findPeriod(text) ?? pagePeriod,
      region,
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

/** The text lines each table reads its title and sentence from, in reading order. Each block
 * goes to the table nearest to it (to all nearest when equally near), so with two tables on a
 * page each gets its own title and sentence, and with one table it gets all text. A block of a
 * single line is split first at column gutters: two tables' titles printed on one line. */
function tableContexts(blocks: readonly TextBlock[], tables: readonly Box[]): Line[][] {
  const contexts: Line[][] = tables.map(() => []);
  const give = (line: Line, words: readonly Word[], to: readonly number[]) => {
    for (const t of to) contexts[t]!.push(words.length === line.words.length ? line : makeLine(words));
  };
  for (const block of blocks) {
    const line = block.lines.length === 1 ? block.lines[0]! : null;
    const phrases = line ? splitAtSpaces(line.words, COLUMN_GUTTER) : [];
    const owners = phrases.map((p) => nearestTables(unionBox(p.map((w) => w.box)), tables));
    if (line && owners.some((o) => o.join() !== owners[0]!.join())) {
      phrases.forEach((phrase, i) => give(line, phrase, owners[i]!));
      continue;
    }
    const to = nearestTables(block.box, tables);
    for (const l of block.lines) give(l, l.words, to);
  }
  return contexts;
}

function nearestTables(box: Box, tables: readonly Box[]): number[] {
  const distances = tables.map((table) => boxDistance(box, table));
  const nearest = Math.min(...distances);
  return distances.flatMap((d, t) => (d <= nearest + NEAREST_TIE ? [t] : []));
}

/** Distances (points) that differ by less than this are a tie: text centred between two tables. */
const NEAREST_TIE = 0.5;

/** Lines joined for reading sentences. A line that ends in a hyphen continues the word: a
 * name keeps its hyphen ("Zuid-" + "Limburg"), a word broken by hyphenation loses it
 * ("arbeids-" + "marktregio"). */
function readingText(lines: readonly Line[]): string {
  return lines.reduce((text, line) => {
    if (text === '') return line.text;
    if (!/\p{L}-$/u.test(text)) return `${text}\n${line.text}`;
    return /^\p{Ll}/u.test(line.text) ? text.slice(0, -1) + line.text : text + line.text;
  }, '');
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
