import type { Box } from '../model';
import { unionBox, median, centerX, overlap } from '../geometry/box';
import { looksNumeric } from '../publication/dutchNumber';
import { findPeriod } from '../publication/pageMeta';
import { makeLine, splitAtSpaces, type Line } from './lines';
import type { Word } from './words';
import {
  ABOVE_ROW_SLACK_PITCHES,
  DEFAULT_PITCH,
  RIGHT_REACH_GAPS,
  ROTATED_LINE_WIDTH,
  VALUES_START_MARGIN,
  HEADER_LINE_GAP_PITCHES,
  HEADER_MAX_FONT_RATIO,
  HEADER_REACH_PITCHES,
  MIN_TABLE_ROWS,
  NAME_COLUMN_GUTTER,
  PHRASE_GAP,
  ROW_FONT_TOLERANCE,
  ROW_ZONE_PITCHES,
  TABLE_BREAK_PITCHES,
} from './settings';

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
  /** Words the grid consumed (rows, wrapped name parts, header): not page text. */
  usedWords: Set<Word>;
}

export interface GridRow {
  /** Name words in reading order, including parts of a name wrapped over several lines. */
  nameWords: Word[];
  /** Words per value column (usually one; empty when the cell is empty). */
  cells: Word[][];
  /** The row's words within the table (text beside the table on the same baseline left out). */
  line: Line;
}

interface ColumnBand {
  x0: number;
  x1: number;
}

/** A table row's signature inside a page line: a word of text followed by five number-like
 * words. The line may go on or start earlier with text beside the table (prose, a legend, a
 * second table), so the signature is looked for anywhere in the line. */
interface RowSignature {
  line: Line;
  /** The word right before the values: certainly part of the name. */
  nameEnd: Word;
  values: Word[];
}

function rowSignatures(line: Line): RowSignature[] {
  const words = line.words;
  const found: RowSignature[] = [];
  for (let i = 1; i + VALUE_COLUMNS <= words.length; i++) {
    if (looksNumeric(words[i - 1]!.text)) continue;
    const values = words.slice(i, i + VALUE_COLUMNS);
    if (values.every((w) => looksNumeric(w.text))) found.push({ line, nameEnd: words[i - 1]!, values });
  }
  return found;
}

export function findTableGrids(lines: readonly Line[], rotatedWords: readonly Word[]): TableGrid[] {
  const signatures = lines.flatMap(rowSignatures);
  const grids: TableGrid[] = [];
  for (const columnGroup of groupByColumns(signatures)) {
    for (const group of splitAtBreaks(columnGroup)) {
      if (group.length < MIN_TABLE_ROWS) continue;
      // Rows of a table found before are never another table's header.
      const taken = new Set(grids.flatMap((g) => [...g.usedWords]));
      const grid = buildGrid(group, withoutWords(lines, taken), rotatedWords);
      if (grid) grids.push(grid);
    }
  }
  return grids.sort(readingOrder);
}

/** Signatures whose five values stand in the same five columns belong to one table; a
 * signature that matches no other (prose numbers taken for a row whose own cell is empty)
 * ends up alone and is dropped. Two tables side by side have different columns. */
function groupByColumns(signatures: readonly RowSignature[]): RowSignature[][] {
  const groups: { members: RowSignature[]; bands: ColumnBand[] }[] = [];
  const sorted = [...signatures].sort((a, b) => a.line.baseline - b.line.baseline);
  for (const signature of sorted) {
    const group = groups.find((g) => g.bands.every((band, c) => overlap(band.x0, band.x1, signature.values[c]!.box.x0, signature.values[c]!.box.x1) > 0));
    if (group) {
      group.members.push(signature);
      group.bands = group.bands.map((band, c) => ({ x0: Math.min(band.x0, signature.values[c]!.box.x0), x1: Math.max(band.x1, signature.values[c]!.box.x1) }));
    } else {
      groups.push({ members: [signature], bands: signature.values.map((w) => ({ x0: w.box.x0, x1: w.box.x1 })) });
    }
  }
  return groups.map((g) => g.members);
}

/** Rows of one column structure far apart vertically, or after a total row, belong to
 * different tables (two regions printed one above the other). */
function splitAtBreaks(signatures: RowSignature[]): RowSignature[][] {
  const pitch = pitchOf(signatures);
  const blocks: RowSignature[][] = [[signatures[0]!]];
  for (let i = 1; i < signatures.length; i++) {
    const farBelow = baselineOf(signatures[i]!) - baselineOf(signatures[i - 1]!) > TABLE_BREAK_PITCHES * pitch;
    if (farBelow || endsTable(signatures[i - 1]!)) blocks.push([]);
    blocks[blocks.length - 1]!.push(signatures[i]!);
  }
  return blocks;
}

/** A total row ends its table: "TOTAAL AMR", or as OCR may read it "TOTAALAMR", "TOTAAL AMA". */
function endsTable(signature: RowSignature): boolean {
  const { nameEnd } = signature;
  if (/^totaa?l/i.test(nameEnd.text)) return true;
  const before = signature.line.words[signature.line.words.indexOf(nameEnd) - 1];
  // The word before must be part of the same name, not prose beside the table ("in totaal").
  return before !== undefined && /^totaa?l$/i.test(before.text) && nameEnd.box.x0 - before.box.x1 < PHRASE_GAP * nameEnd.fontSize;
}

/** Tables side by side left to right, else top to bottom. */
function readingOrder(a: TableGrid, b: TableGrid): number {
  const sideBySide = overlap(a.box.y0, a.box.y1, b.box.y0, b.box.y1) > 0;
  return sideBySide ? a.box.x0 - b.box.x0 : a.box.y0 - b.box.y0;
}

const baselineOf = (s: RowSignature): number => median(s.values.map((w) => w.originY));

function pitchOf(signatures: readonly RowSignature[]): number {
  const gaps = signatures.slice(1).map((s, i) => baselineOf(s) - baselineOf(signatures[i]!));
  return gaps.length ? median(gaps) : signatures[0]!.values[0]!.fontSize * DEFAULT_PITCH;
}

/** Where the table stands across the page: from its name column to its last value column. */
interface TableSpan {
  left: number;
  valuesStartX: number;
  right: number;
}

function buildGrid(signatures: RowSignature[], lines: readonly Line[], rotatedWords: readonly Word[]): TableGrid | null {
  const fontSize = median(signatures.flatMap((s) => s.values.map((w) => w.fontSize)));
  const columns = Array.from({ length: VALUE_COLUMNS }, (_, c) => signatures.map((s) => s.values[c]!));
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
  // The name column ends where the widest first-column number begins: every signature's first
  // value stands in that column (grouped by it), however much wider than the others it is
  // ("1.328" among "0"s), so none of them may be taken for part of a name.
  const namesEnd = Math.max(...signatures.map((s) => s.nameEnd.box.x1));
  const valuesStartX = Math.max(Math.min(...columns[0]!.map((w) => w.box.x0)) - VALUES_START_MARGIN * fontSize, namesEnd + 0.01);
  const span = tableSpan(signatures, bands, valuesStartX, fontSize);
  const columnAt = (x: number): number => {
    let c = 0;
    while (c < boundaries.length && x > boundaries[c]!) c++;
    return c;
  };
  const columnOf = (w: Word): number => columnAt(centerX(w.box));
  const isNameWord = (w: Word) => centerX(w.box) < valuesStartX;

  const pitch = pitchOf(signatures);
  const top = baselineOf(signatures[0]!) - ROW_ZONE_PITCHES * pitch;
  const bottom = baselineOf(signatures[signatures.length - 1]!) + ROW_ZONE_PITCHES * pitch;
  const zone = withinSpan(lines, span).filter((l) => l.baseline >= top && l.baseline <= bottom);

  const rows: GridRow[] = [];
  const fragments: Line[] = [];
  const usedWords = new Set<Word>();
  for (const line of zone) {
    const nameWords = line.words.filter(isNameWord);
    const valueWords = line.words.filter((w) => !isNameWord(w));
    const filledColumns = new Set(valueWords.map(columnOf));
    const similarFont = Math.abs(line.fontSize - fontSize) <= ROW_FONT_TOLERANCE * fontSize;
    if (filledColumns.size >= 2 && valueWords.some((w) => looksNumeric(w.text))) {
      const cells: Word[][] = Array.from({ length: VALUE_COLUMNS }, () => []);
      for (const w of valueWords) cells[columnOf(w)]!.push(w);
      rows.push({ nameWords, cells, line });
      for (const w of line.words) usedWords.add(w);
    } else if (valueWords.length === 0 && nameWords.length > 0 && similarFont) {
      fragments.push(line);
    }
  }
  if (rows.length === 0) return null;
  attachWrappedNames(rows, fragments, pitch, usedWords);

  const headerWords = findHeaderWords(rows[0]!, phrasesWithinSpan(lines, span), rotatedWords, { span, pitch, fontSize, columnAt }, usedWords);
  const box = unionBox([...rows.map((r) => r.line.box), ...rows.flatMap((r) => r.nameWords.map((w) => w.box)), ...headerWords.flat().map((w) => w.box)]);
  return { rows, headerWords, valuesStartX, box, usedWords };
}

/** The table's extent across the page, so that text beside it on the same baselines stays
 * out. Right: the last value column. Left: the name column, found as the stretch of text
 * right before the values that no empty strip cuts on all rows at once; text further left
 * (prose, a legend box) lies beyond such a strip, since a column's rows share their left edge. */
function tableSpan(signatures: readonly RowSignature[], bands: readonly ColumnBand[], valuesStartX: number, fontSize: number): TableSpan {
  const lastBand = bands[bands.length - 1]!;
  const columnGap = median(bands.slice(1).map((b, i) => b.x0 - bands[i]!.x1));
  // Wider numbers in rows without a full signature may reach past the median band.
  let right = lastBand.x1 + RIGHT_REACH_GAPS * columnGap;
  for (const s of signatures) {
    const after = s.line.words.filter((w) => w.box.x0 > s.values[VALUE_COLUMNS - 1]!.box.x1);
    if (after.length) right = Math.min(right, Math.min(...after.map((w) => w.box.x0)) - 0.01);
  }
  // Start with each row's last name word and take in, right to left, every word left of the
  // values that comes within a gutter of what was taken.
  let left = Math.min(...signatures.map((s) => s.nameEnd.box.x0));
  const further = signatures
    .flatMap((s) => s.line.words.filter((w) => w.box.x1 <= s.nameEnd.box.x0 + 0.01 && w !== s.nameEnd))
    .sort((a, b) => b.box.x1 - a.box.x1);
  for (const w of further) {
    if (w.box.x1 < left - NAME_COLUMN_GUTTER * fontSize) break;
    left = Math.min(left, w.box.x0);
  }
  return { left: left - 0.01, valuesStartX, right };
}

/** Lines with the given words left out (a line shared with another table keeps its own part). */
function withoutWords(lines: readonly Line[], taken: ReadonlySet<Word>): Line[] {
  return keepWords(lines, (w) => !taken.has(w));
}

function keepWords(lines: readonly Line[], keep: (w: Word) => boolean): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const words = line.words.filter(keep);
    if (words.length === 0) continue;
    out.push(words.length === line.words.length ? line : makeLine(words));
  }
  return out;
}

/** The part of each line that lies within the table's span (by word centre), as lines. */
function withinSpan(lines: readonly Line[], span: TableSpan): Line[] {
  return keepWords(lines, (w) => w.box.x0 >= span.left && centerX(w.box) <= span.right);
}

/** Like withinSpan, but whole phrases by their middle: a header printed wider than its
 * column (one line of "Totaal doelgroep banenafspraak in Sonar") stays whole. */
function phrasesWithinSpan(lines: readonly Line[], span: TableSpan): Line[] {
  const middle = (p: Word[]) => (p[0]!.box.x0 + p[p.length - 1]!.box.x1) / 2;
  const kept = new Set(
    lines.flatMap((l) =>
      splitAtSpaces(l.words, PHRASE_GAP)
        .filter((p) => middle(p) >= span.left && middle(p) <= span.right)
        .flat(),
    ),
  );
  return keepWords(lines, (w) => kept.has(w));
}

/** A long name can wrap inside its cell (HTML tables do this); its other line(s) carry
 * only name text. Each such line belongs to the nearest row. */
function attachWrappedNames(rows: GridRow[], fragments: Line[], pitch: number, used: Set<Word>): void {
  for (const fragment of fragments) {
    let best: GridRow | null = null;
    let bestDistance = Infinity;
    for (const row of rows) {
      const d = Math.abs(row.line.baseline - fragment.baseline);
      if (d < bestDistance) {
        bestDistance = d;
        best = row;
      }
    }
    if (!best || bestDistance > ROW_ZONE_PITCHES * pitch) continue;
    // Reading order: lines by baseline, so a part above the numbers comes first.
    const parts = [...best.nameWords.map((w) => ({ w, y: best!.line.baseline })), ...fragment.words.map((w) => ({ w, y: fragment.baseline }))];
    parts.sort((a, b) => a.y - b.y || a.w.box.x0 - b.w.box.x0);
    best.nameWords = parts.map((p) => p.w);
    for (const w of fragment.words) used.add(w);
  }
}

/** Header text sits right above the first row, over the value columns; it may wrap over
 * several lines or be rotated. Scanning upwards stops at the first line that is larger
 * than the table text, has nothing over the value columns (a title or region label), names
 * a period (a title) or runs from the name column into the value columns (a sentence). */
function findHeaderWords(
  firstRow: GridRow,
  lines: readonly Line[],
  rotatedWords: readonly Word[],
  geometry: { span: TableSpan; pitch: number; fontSize: number; columnAt: (x: number) => number },
  used: Set<Word>,
): Word[][] {
  const { span, pitch, fontSize, columnAt } = geometry;
  const { valuesStartX } = span;
  const inValueColumns = (w: Word) => centerX(w.box) >= valuesStartX;
  const header: Word[][] = Array.from({ length: VALUE_COLUMNS }, () => []);
  const rowTop = Math.min(firstRow.line.box.y0, ...firstRow.nameWords.map((w) => w.box.y0));
  const limit = rowTop - HEADER_REACH_PITCHES * pitch;
  const above = lines
    .filter((l) => l.box.y1 <= rowTop + ABOVE_ROW_SLACK_PITCHES * pitch && l.baseline >= limit && !l.words.some((w) => used.has(w)))
    .sort((a, b) => b.baseline - a.baseline);
  const headerLines: Line[] = [];
  let lastTop = rowTop;
  for (const line of above) {
    // A name-column header ("Gemeente") is not needed.
    if (line.fontSize > HEADER_MAX_FONT_RATIO * fontSize || !line.words.some(inValueColumns)) break;
    // A title in the rows' own size, over the value columns ("Derde kwartaal 2024 Twente").
    if (findPeriod(line.text)) break;
    if (lastTop - line.box.y1 > HEADER_LINE_GAP_PITCHES * pitch) break;
    // A header phrase may start a little left of the numbers; a sentence starts over the names.
    const nameColumnMiddle = (span.left + valuesStartX) / 2;
    if (splitAtSpaces(line.words, PHRASE_GAP).some((p) => p[0]!.box.x0 < nameColumnMiddle && p[p.length - 1]!.box.x1 > valuesStartX)) break;
    headerLines.push(line);
    lastTop = line.box.y0;
  }
  for (const line of headerLines.reverse()) {
    for (const w of line.words) used.add(w);
    // A header line may be split into words that straddle a column boundary ("Totaal
    // doelgroep" centred over its column): place whole phrases, not single words.
    for (const phrase of splitAtSpaces(line.words.filter(inValueColumns), PHRASE_GAP)) {
      const column = columnAt((phrase[0]!.box.x0 + phrase[phrase.length - 1]!.box.x1) / 2);
      header[column]!.push(...phrase);
    }
  }
  const rotated = rotatedWords
    .filter((w) => w.box.y1 <= rowTop + ABOVE_ROW_SLACK_PITCHES * pitch && w.box.y0 >= limit && centerX(w.box) >= valuesStartX && centerX(w.box) <= span.right)
    .sort((a, b) => rotatedLineKey(a) - rotatedLineKey(b) || alongText(a) - alongText(b));
  for (const w of rotated) {
    header[columnAt(centerX(w.box))]!.push(w);
    used.add(w);
  }
  return header;
}

/** Rotated words on one (vertical) line share their x up to a fraction of the font size;
 * lines of a wrapped rotated header are ordered left to right. */
function rotatedLineKey(w: Word): number {
  return Math.round(centerX(w.box) / (ROTATED_LINE_WIDTH * w.fontSize));
}

/** Position of a word along its own reading direction (for ordering rotated words). */
function alongText(w: Word): number {
  const rad = (w.angle * Math.PI) / 180;
  return w.originX * Math.cos(rad) + w.originY * Math.sin(rad);
}
