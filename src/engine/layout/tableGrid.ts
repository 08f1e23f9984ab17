import type { Box } from '../model';
import { unionBox, median, centerX } from '../geometry/box';
import { looksNumeric } from '../publication/dutchNumber';
import type { Line } from './lines';
import type { Word } from './words';

/** How many value columns a klantprofielen table has: four counts and the row total. */
export const VALUE_COLUMNS = 5;

/** A table found from geometry alone: a name column and five aligned value columns. */
export interface TableGrid {
  rows: GridRow[];
  /** Per value column: the header words printed above it (empty when none). */
  headerWords: Word[][];
  /** x where the first value column starts; left of it is the name column. */
  valuesStartX: number;
  box: Box;
  /** Lines the grid consumed (rows, wrapped name parts, header): not page text. */
  usedLines: Set<Line>;
}

export interface GridRow {
  /** Name words in reading order, including parts of a name wrapped over several lines. */
  nameWords: Word[];
  /** Words per value column (usually one; empty when the cell is empty). */
  cells: Word[][];
  line: Line;
}

interface ColumnBand { x0: number; x1: number }

/** The trailing five number-like words of a line that also starts with text: the
 * signature of a table row, whatever the fonts and spacing. */
function trailingValues(line: Line): Word[] | null {
  const words = line.words;
  if (words.length < VALUE_COLUMNS + 1) return null;
  const tail = words.slice(-VALUE_COLUMNS);
  if (!tail.every((w) => looksNumeric(w.text))) return null;
  const head = words.slice(0, -VALUE_COLUMNS);
  if (!head.some((w) => !looksNumeric(w.text))) return null;
  return tail;
}

export function findTableGrids(lines: readonly Line[], rotatedWords: readonly Word[]): TableGrid[] {
  const candidates = lines.filter((l) => trailingValues(l) !== null);
  const grids: TableGrid[] = [];
  for (const group of splitIntoBlocks(candidates)) {
    const grid = buildGrid(group, lines, rotatedWords);
    if (grid) grids.push(grid);
  }
  return grids;
}

/** Candidate rows far apart vertically belong to different tables. */
function splitIntoBlocks(candidates: Line[]): Line[][] {
  if (candidates.length === 0) return [];
  const sorted = [...candidates].sort((a, b) => a.baseline - b.baseline);
  const gaps = sorted.slice(1).map((l, i) => l.baseline - sorted[i]!.baseline);
  const pitch = gaps.length ? median(gaps) : sorted[0]!.fontSize * 1.6;
  const blocks: Line[][] = [[sorted[0]!]];
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.baseline - sorted[i - 1]!.baseline > 4 * pitch) blocks.push([]);
    blocks[blocks.length - 1]!.push(sorted[i]!);
  }
  return blocks;
}

function pitchOf(rows: Line[]): number {
  const gaps = rows.slice(1).map((l, i) => l.baseline - rows[i]!.baseline);
  return gaps.length ? median(gaps) : rows[0]!.fontSize * 1.6;
}

function buildGrid(candidates: Line[], lines: readonly Line[], rotatedWords: readonly Word[]): TableGrid | null {
  const fontSize = median(candidates.map((l) => l.fontSize));
  const columns = Array.from({ length: VALUE_COLUMNS }, (_, c) => candidates.map((l) => trailingValues(l)![c]!));
  // Medians, not extremes: one row whose positions are only estimated (a whole row drawn
  // as a single run) must not distort the columns of all the others.
  const bands: ColumnBand[] = columns.map((words) => ({
    x0: median(words.map((w) => w.box.x0)),
    x1: median(words.map((w) => w.box.x1)),
  }));
  if (bands.some((b, i) => i > 0 && b.x0 <= bands[i - 1]!.x1)) {
    // Columns overlap: the lines do not share one column structure, so this is no table.
    return null;
  }
  const boundaries = bands.slice(1).map((b, i) => (bands[i]!.x1 + b.x0) / 2);
  const firstGap = boundaries[0]! - bands[0]!.x1;
  // The name column ends where the widest first-column number begins (within reason).
  const firstColumnStarts = columns[0]!.map((w) => w.box.x0).filter((x) => x >= bands[0]!.x0 - firstGap);
  const valuesStartX = Math.min(...firstColumnStarts) - 0.5 * fontSize;
  const columnAt = (x: number): number => {
    let c = 0;
    while (c < boundaries.length && x > boundaries[c]!) c++;
    return c;
  };
  const columnOf = (w: Word): number => columnAt(centerX(w.box));
  const isNameWord = (w: Word) => centerX(w.box) < valuesStartX;

  const pitch = pitchOf(candidates);
  const top = candidates[0]!.baseline - 0.8 * pitch;
  const bottom = candidates[candidates.length - 1]!.baseline + 0.8 * pitch;
  const zone = lines.filter((l) => l.baseline >= top && l.baseline <= bottom);

  const rows: GridRow[] = [];
  const fragments: Line[] = [];
  const usedLines = new Set<Line>();
  for (const line of zone) {
    const nameWords = line.words.filter(isNameWord);
    const valueWords = line.words.filter((w) => !isNameWord(w));
    const filledColumns = new Set(valueWords.map(columnOf));
    const similarFont = Math.abs(line.fontSize - fontSize) <= 0.3 * fontSize;
    if (filledColumns.size >= 2 && valueWords.some((w) => looksNumeric(w.text))) {
      const cells: Word[][] = Array.from({ length: VALUE_COLUMNS }, () => []);
      for (const w of valueWords) cells[columnOf(w)]!.push(w);
      rows.push({ nameWords, cells, line });
      usedLines.add(line);
    } else if (valueWords.length === 0 && nameWords.length > 0 && similarFont) {
      fragments.push(line);
    }
  }
  if (rows.length === 0) return null;
  attachWrappedNames(rows, fragments, pitch, usedLines);

  const headerWords = findHeaderWords(rows[0]!, lines, rotatedWords, { valuesStartX, pitch, fontSize, columnAt }, usedLines);
  const box = unionBox([...rows.map((r) => r.line.box), ...headerWords.flat().map((w) => w.box)]);
  return { rows, headerWords, valuesStartX, box, usedLines };
}

/** A long name can wrap inside its cell (HTML tables do this); its other line(s) carry
 * only name text. Each such line belongs to the nearest row. */
function attachWrappedNames(rows: GridRow[], fragments: Line[], pitch: number, used: Set<Line>): void {
  for (const fragment of fragments) {
    let best: GridRow | null = null;
    let bestDistance = Infinity;
    for (const row of rows) {
      const d = Math.abs(row.line.baseline - fragment.baseline);
      if (d < bestDistance) { bestDistance = d; best = row; }
    }
    if (!best || bestDistance > 0.8 * pitch) continue;
    // Reading order: lines by baseline, so a part above the numbers comes first.
    const parts = [...best.nameWords.map((w) => ({ w, y: best!.line.baseline })),
      ...fragment.words.map((w) => ({ w, y: fragment.baseline }))];
    parts.sort((a, b) => a.y - b.y || a.w.box.x0 - b.w.box.x0);
    best.nameWords = parts.map((p) => p.w);
    used.add(fragment);
  }
}

/** Header text sits right above the first row, over the value columns; it may wrap over
 * several lines or be rotated. Scanning upwards stops at the first line that is larger
 * than the table text or has nothing over the value columns (a title or region label). */
function findHeaderWords(
  firstRow: GridRow,
  lines: readonly Line[],
  rotatedWords: readonly Word[],
  geometry: { valuesStartX: number; pitch: number; fontSize: number; columnAt: (x: number) => number },
  used: Set<Line>,
): Word[][] {
  const { valuesStartX, pitch, fontSize, columnAt } = geometry;
  const inValueColumns = (w: Word) => centerX(w.box) >= valuesStartX;
  const header: Word[][] = Array.from({ length: VALUE_COLUMNS }, () => []);
  const rowTop = Math.min(firstRow.line.box.y0, ...firstRow.nameWords.map((w) => w.box.y0));
  const limit = rowTop - 8 * pitch;
  const above = lines
    .filter((l) => l.box.y1 <= rowTop + 0.1 * pitch && l.baseline >= limit && !used.has(l))
    .sort((a, b) => b.baseline - a.baseline);
  const headerLines: Line[] = [];
  let lastTop = rowTop;
  for (const line of above) {
    // Headers are printed small over the value columns; a title or region label is larger
    // or lies over the name column only. A name-column header ("Gemeente") is not needed.
    if (line.fontSize > 1.15 * fontSize || !line.words.some(inValueColumns)) break;
    if (lastTop - line.box.y1 > 2 * pitch) break;
    headerLines.push(line);
    lastTop = line.box.y0;
  }
  for (const line of headerLines.reverse()) {
    used.add(line);
    // A header line may be split into words that straddle a column boundary ("Totaal
    // doelgroep" centred over its column): place whole phrases, not single words.
    for (const phrase of phrasesOf(line.words.filter(inValueColumns))) {
      const column = columnAt((phrase[0]!.box.x0 + phrase[phrase.length - 1]!.box.x1) / 2);
      header[column]!.push(...phrase);
    }
  }
  const rotated = rotatedWords
    .filter((w) => w.box.y1 <= rowTop + 0.1 * pitch && w.box.y0 >= limit && centerX(w.box) >= valuesStartX)
    .sort((a, b) => rotatedLineKey(a) - rotatedLineKey(b) || alongText(a) - alongText(b));
  for (const w of rotated) header[columnAt(centerX(w.box))]!.push(w);
  return header;
}

/** Words of a line separated by less than about a space belong to one phrase. */
function phrasesOf(words: readonly Word[]): Word[][] {
  const phrases: Word[][] = [];
  for (const w of words) {
    const last = phrases[phrases.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && w.box.x0 - prev.box.x1 < 0.6 * Math.max(w.fontSize, prev.fontSize)) last.push(w);
    else phrases.push([w]);
  }
  return phrases;
}

/** Rotated words on one (vertical) line share their x up to a fraction of the font size;
 * lines of a wrapped rotated header are ordered left to right. */
function rotatedLineKey(w: Word): number {
  return Math.round(centerX(w.box) / (0.5 * w.fontSize));
}

/** Position of a word along its own reading direction (for ordering rotated words). */
function alongText(w: Word): number {
  const rad = (w.angle * Math.PI) / 180;
  return w.originX * Math.cos(rad) + w.originY * Math.sin(rad);
}
