import type { Box } from '../model';
import { median, unionBox } from '../geometry/box';
import { groupIntoLines, type Line } from './lines';
import type { Word } from './words';
import { BLOCK_GAP, COLUMN_GUTTER, LINE_BASELINE_TOLERANCE } from './settings';

/** Text that reads as one piece: a title, a paragraph, a column of prose, a legend box. */
export interface TextBlock {
  box: Box;
  /** Lines of the block only: text of a neighbouring column on the same baseline is not in them. */
  lines: Line[];
}

/** Something on the page that takes space: a word, or a table found before (solid: never cut,
 * no text of its own). */
interface Item {
  box: Box;
  word?: Word;
}

/** Splits the page's text into blocks in reading order by recursive XY-cut: a region is cut
 * first into columns at vertical strips of whitespace that run through all of it, else in two
 * at its widest horizontal strip, until neither exists. Tables are passed as solid boxes, so a
 * gutter between a table and the prose beside it is a column cut, and the columns of the
 * table itself are never taken for page columns. */
export function segmentIntoBlocks(words: readonly Word[], solids: readonly Box[] = []): TextBlock[] {
  const items: Item[] = [...words.map((word) => ({ box: word.box, word })), ...solids.map((box) => ({ box }))];
  const blocks: TextBlock[] = [];
  cut(items, blocks);
  return blocks;
}

function cut(items: Item[], out: TextBlock[]): void {
  const words = items.flatMap((i) => (i.word ? [i.word] : []));
  if (words.length === 0) return;
  const em = median(words.map((w) => w.fontSize));
  const parts = columnsOf(items, em) ?? splitAtWidestGap(items, 'y', BLOCK_GAP * em) ?? linesFreeingColumns(items, em);
  if (!parts) {
    out.push({ box: unionBox(words.map((w) => w.box)), lines: groupIntoLines(words) });
    return;
  }
  for (const part of parts) cut(part, out);
}

/** Bands at every horizontal gap, however small, but only when that frees columns in one of
 * them (a line across two columns right above them); otherwise a paragraph stays one block. */
function linesFreeingColumns(items: Item[], em: number): Item[][] | null {
  const bands = splitAtGaps(items, 'y', 0);
  return bands && bands.some((band) => columnsOf(band, em) !== null) ? bands : null;
}

/** Columns at vertical gutters that run through the whole region. A gutter counts when the text
 * on one side spans several lines (a column beside a title or label), or one side is a table:
 * a single line with a wide space in it ("Tweede kwartaal 2020      Rijk van Nijmegen") is not
 * two columns. */
function columnsOf(items: Item[], em: number): Item[][] | null {
  const parts = splitAtGaps(items, 'x', COLUMN_GUTTER * em);
  if (!parts) return null;
  // Keep only the gutters that separate columns; merge the parts across the others.
  const columns: Item[][] = [parts[0]!];
  // Each gutter is judged by the text right beside it: "27 | Gooi en Vechtstreek | prose
  // column" is one label line and a column, not three columns.
  for (const part of parts.slice(1)) {
    const previous = columns[columns.length - 1]!;
    if (isColumnPair(previous, part, em)) columns.push(part);
    else previous.push(...part);
  }
  return columns.length > 1 ? columns : null;
}

function isColumnPair(left: readonly Item[], right: readonly Item[], em: number): boolean {
  const hasSolid = (side: readonly Item[]) => side.some((i) => !i.word);
  if (hasSolid(left) || hasSolid(right)) return true;
  return lineCount(left, em) >= 2 || lineCount(right, em) >= 2;
}

function lineCount(items: readonly Item[], em: number): number {
  const baselines = items.flatMap((i) => (i.word ? [i.word.originY] : [])).sort((a, b) => a - b);
  let count = 0;
  let last = -Infinity;
  for (const y of baselines) {
    if (y - last > LINE_BASELINE_TOLERANCE * em) count++;
    last = y;
  }
  return count;
}

/** Items in order along `axis`, with the empty strips between them: `gaps[k]` is the width of
 * the strip right before `sorted[k]` (0 where nothing separates it from what came before). */
function stripsAlong(items: readonly Item[], axis: 'x' | 'y'): { sorted: Item[]; gaps: number[] } {
  const start = (i: Item) => (axis === 'x' ? i.box.x0 : i.box.y0);
  const end = (i: Item) => (axis === 'x' ? i.box.x1 : i.box.y1);
  const sorted = [...items].sort((a, b) => start(a) - start(b));
  const gaps = [0];
  let reach = end(sorted[0]!);
  for (const item of sorted.slice(1)) {
    gaps.push(Math.max(0, start(item) - reach));
    reach = Math.max(reach, end(item));
  }
  return { sorted, gaps };
}

/** Splits items at every strip along `axis` that no item covers and that is wider than
 * `minGap`; null when there is none. */
function splitAtGaps(items: readonly Item[], axis: 'x' | 'y', minGap: number): Item[][] | null {
  const { sorted, gaps } = stripsAlong(items, axis);
  const parts: Item[][] = [[]];
  sorted.forEach((item, k) => {
    if (k > 0 && gaps[k]! > minGap) parts.push([]);
    parts[parts.length - 1]!.push(item);
  });
  return parts.length > 1 ? parts : null;
}

/** Splits items in two at the widest strip along `axis`, when it is wider than `minGap`. One
 * cut at a time, widest first, so that the space under a title is cut before the lines of
 * two columns below it, which then still separate as columns. */
function splitAtWidestGap(items: readonly Item[], axis: 'x' | 'y', minGap: number): Item[][] | null {
  const { sorted, gaps } = stripsAlong(items, axis);
  const widest = gaps.indexOf(Math.max(...gaps));
  return widest > 0 && gaps[widest]! > minGap ? [sorted.slice(0, widest), sorted.slice(widest)] : null;
}
