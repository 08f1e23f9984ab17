import type { TextRun } from '../pdf/textRun';
import { isHorizontal } from '../pdf/textRun';
import { glyphWidth } from './glyphWidths';
import { FRAGMENT_BASELINE_TOLERANCE, FRAGMENT_MAX_GAP, FRAGMENT_MAX_OVERLAP, FRAGMENT_SIZE_TOLERANCE, OVERPRINT_TOLERANCE } from './settings';

/** A word is a text run with no whitespace inside; the same shape as a run. */
export type Word = TextRun;

/** Splits runs at whitespace. Producers often draw a whole table line as one run
 * ("25 Rijk van Nijmegen"), so positions inside a run are estimated from character
 * offsets, which is precise enough to tell columns apart. */
export function splitRunsIntoWords(runs: readonly TextRun[]): Word[] {
  const words: Word[] = [];
  for (const run of runs) {
    const text = run.text;
    if (!/\s/.test(text.trim())) {
      const trimmed = text.trim();
      if (trimmed === text) {
        words.push(run);
        continue;
      }
    }
    const rad = (run.angle * Math.PI) / 180;
    const dirX = Math.cos(rad),
      dirY = Math.sin(rad);
    const advances = estimateAdvances(text, run.width);
    // The advance up to each word, summed once along the run (the same additions in the same
    // order as summing from the start for every word).
    let shift = 0;
    let summedTo = 0;
    for (const m of text.matchAll(/\S+/g)) {
      const start = m.index ?? 0;
      for (; summedTo < start; summedTo++) shift += advances[summedTo] ?? 0;
      const width = sum(advances, start, start + m[0].length);
      const dx = dirX * shift,
        dy = dirY * shift;
      // Re-derive the box by moving the run's box along the text direction and trimming it.
      const box = horizontalSlice(run, shift, width, dirX, dirY);
      words.push({ ...run, text: m[0], originX: run.originX + dx, originY: run.originY + dy, width, box });
    }
  }
  return words;
}

/** Relative glyph widths of common proportional fonts (Helvetica/Arial metrics, in
 * thousandths of an em, see glyphWidths.ts): spaces are half as wide as digits, which matters
 * when a whole table row is one run, and a number in a sentence line lands where it is
 * printed. Scaled so the estimate adds up to the run's real width. */
function estimateAdvances(text: string, totalWidth: number): number[] {
  // Iterating a string gives code points; indexes stay in UTF-16 units like String.matchAll:
  // a code point's width goes on its first unit.
  const perUnit: number[] = [];
  let total = 0;
  for (const ch of text) {
    const width = glyphWidth(ch);
    perUnit.push(width);
    total += width;
    for (let k = 1; k < ch.length; k++) perUnit.push(0);
  }
  total ||= 1;
  return perUnit.map((w) => (w / total) * totalWidth);
}

function sum(values: readonly number[], from: number, to: number): number {
  let s = 0;
  for (let i = from; i < to; i++) s += values[i] ?? 0;
  return s;
}

function horizontalSlice(run: TextRun, shift: number, width: number, dirX: number, dirY: number) {
  if (isHorizontal(run)) {
    const x0 = run.originX + shift;
    return { x0, y0: run.box.y0, x1: x0 + width, y1: run.box.y1 };
  }
  // Vertical or slanted text: slide along the direction vector.
  const sx = run.originX + dirX * shift,
    sy = run.originY + dirY * shift;
  const ex = sx + dirX * width,
    ey = sy + dirY * width;
  const thickness = run.fontSize;
  const upX = dirY,
    upY = -dirX;
  const xs = [sx, ex, sx + upX * thickness, ex + upX * thickness];
  const ys = [sy, ey, sy + upY * thickness, ey + upY * thickness];
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/** Joins fragments drawn as separate runs but printed as one word: numbers drawn in
 * several runs ("1." + "561"), ligatures ("klantpro" + "fi" + "elen"), per-glyph output.
 * Also drops exact overprints (fake bold draws the same text twice). */
export function mergeTouchingWords(words: readonly Word[]): Word[] {
  const horizontal = words.filter(isHorizontal).sort((a, b) => a.originY - b.originY || a.box.x0 - b.box.x0);
  const others = words.filter((w) => !isHorizontal(w));
  const out: Word[] = [];
  // Scan in baseline groups so that fragments on the same baseline meet in x order.
  let i = 0;
  while (i < horizontal.length) {
    const first = horizontal[i]!;
    const tolerance = FRAGMENT_BASELINE_TOLERANCE * first.fontSize;
    let j = i;
    while (j < horizontal.length && Math.abs(horizontal[j]!.originY - first.originY) <= tolerance) j++;
    const group = horizontal.slice(i, j).sort((a, b) => a.box.x0 - b.box.x0);
    let current: Word | null = null;
    for (const w of group) {
      if (current && isOverprint(current, w)) continue;
      if (current && touches(current, w)) {
        current = joinWords(current, w);
        continue;
      }
      if (current) out.push(current);
      current = w;
    }
    if (current) out.push(current);
    i = j;
  }
  return [...out, ...others];
}

function joinWords(a: Word, b: Word): Word {
  const joined: Word = {
    ...a,
    text: a.text + b.text,
    width: b.box.x1 - a.box.x0,
    box: {
      x0: a.box.x0,
      y0: Math.min(a.box.y0, b.box.y0),
      x1: Math.max(a.box.x1, b.box.x1),
      y1: Math.max(a.box.y1, b.box.y1),
    },
  };
  const confidence = minDefined(a.confidence, b.confidence);
  if (confidence !== undefined) joined.confidence = confidence;
  return joined;
}

function touches(a: Word, b: Word): boolean {
  const size = Math.max(a.fontSize, b.fontSize);
  const gap = b.box.x0 - a.box.x1;
  const similarSize = Math.abs(a.fontSize - b.fontSize) <= FRAGMENT_SIZE_TOLERANCE * size;
  return similarSize && gap <= FRAGMENT_MAX_GAP * size && gap >= -FRAGMENT_MAX_OVERLAP * size;
}

function isOverprint(a: Word, b: Word): boolean {
  return (
    a.text === b.text && Math.abs(a.box.x0 - b.box.x0) < OVERPRINT_TOLERANCE * a.fontSize && Math.abs(a.box.x1 - b.box.x1) < OVERPRINT_TOLERANCE * a.fontSize
  );
}

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}
