import type { Box } from '../model';
import { unionBox, median, sortedMedian } from '../geometry/box';
import type { Word } from './words';
import { isHorizontal } from '../pdf/textRun';
import { LINE_BASELINE_TOLERANCE } from './settings';

/** Horizontal words that share a baseline, left to right. */
export interface Line {
  words: Word[];
  box: Box;
  baseline: number;
  fontSize: number;
  text: string;
}

export function makeLine(words: readonly Word[]): Line {
  const sorted = [...words].sort((a, b) => a.box.x0 - b.box.x0);
  return {
    words: sorted,
    box: unionBox(sorted.map((w) => w.box)),
    baseline: median(sorted.map((w) => w.originY)),
    fontSize: median(sorted.map((w) => w.fontSize)),
    text: sorted.map((w) => w.text).join(' '),
  };
}

/** Groups horizontal words into lines by baseline, top to bottom. Content-stream order is
 * ignored on purpose: producers draw rows, banners and labels in any order. */
export function groupIntoLines(words: readonly Word[]): Line[] {
  const horizontal = words.filter(isHorizontal).sort((a, b) => a.originY - b.originY);
  const groups: Word[][] = [];
  let current: Word[] = [];
  // The current line's baselines, ascending like the words (sorted above): their median
  // needs no sort.
  let baselines: number[] = [];
  let baseline = NaN;
  for (const w of horizontal) {
    const tolerance = LINE_BASELINE_TOLERANCE * w.fontSize;
    if (current.length && Math.abs(w.originY - baseline) <= tolerance) {
      current.push(w);
      baselines.push(w.originY);
      baseline = sortedMedian(baselines);
    } else {
      if (current.length) groups.push(current);
      current = [w];
      baselines = [w.originY];
      baseline = w.originY;
    }
  }
  if (current.length) groups.push(current);
  return groups.map(makeLine);
}

/** Words of a line (left to right) split wherever the space between two words is at least
 * `gapEm` times the larger font size: phrases at ~0.6 em, columns at a gutter. */
export function splitAtSpaces(words: readonly Word[], gapEm: number): Word[][] {
  const parts: Word[][] = [];
  for (const w of words) {
    const last = parts[parts.length - 1];
    const prev = last?.[last.length - 1];
    if (last && prev && w.box.x0 - prev.box.x1 < gapEm * Math.max(w.fontSize, prev.fontSize)) last.push(w);
    else parts.push([w]);
  }
  return parts;
}
