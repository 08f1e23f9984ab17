// OCR words (raster pixels) → text runs in page coordinates, straightened, so the same
// layout code that reads text layers reads scans.
import { median } from '../geometry/box';
import type { TextRun } from '../pdf/textRun';
import { estimateSkewDegrees, unskew } from './deskew';
import type { OcrWord } from './ocrEngine';

/** Share of the font size above the baseline for a word with capitals, digits or
 * ascenders, for one with only x-height letters, and below it for descenders (typical
 * sans-serif metrics: cap height ≈ 0.72 em, x-height ≈ 0.53 em, descender ≈ 0.21 em). */
const CAP_HEIGHT = 0.72;
const X_HEIGHT = 0.53;
const DESCENT = 0.21;

/** Words read with at least this confidence decide the skew (97.6 % of real table cells do);
 * when fewer than the second number are that sure, all words do. */
const SKEW_MIN_CONFIDENCE = 60;
const SKEW_MIN_SURE_WORDS = 8;

interface Placed {
  word: OcrWord;
  /** Centre x and baseline y in points, before straightening. */
  x: number;
  baseline: number;
  /** Box edges relative to the baseline, in points. */
  above: number;
  below: number;
  width: number;
  fontSize: number;
}

export interface OcrRunsResult {
  runs: TextRun[];
  skewDegrees: number;
}

/** `pointsPerPixel` scales the raster to the page; the page centre is the pivot for
 * straightening. */
export function ocrWordsToRuns(words: readonly OcrWord[], pointsPerPixel: number, page: { width: number; height: number }): OcrRunsResult {
  const placed = words.filter(isReadable).map((w) => place(w, pointsPerPixel));
  shareLineFontSize(placed);
  const textHeight = median(placed.map((p) => p.fontSize * CAP_HEIGHT));
  // Skew from the words OCR is sure of: a noisy blank area read as hundreds of junk words
  // (confidence ~20) outweighs a table's few dozen and drags the estimate 1–3° off.
  const sure = placed.filter((p) => p.word.confidence >= SKEW_MIN_CONFIDENCE);
  const basis = sure.length >= SKEW_MIN_SURE_WORDS ? sure : placed;
  const skewDegrees = estimateSkewDegrees(
    basis.map((p) => ({ x: p.x, y: p.baseline, weight: p.width })),
    textHeight,
  );
  const cx = page.width / 2,
    cy = page.height / 2;
  const runs = placed.map((p): TextRun => {
    const [x, baseline] = unskew(p.x, p.baseline, skewDegrees, cx, cy);
    const x0 = x - p.width / 2;
    return {
      text: p.word.text,
      box: { x0, y0: baseline - p.above, x1: x0 + p.width, y1: baseline + p.below },
      originX: x0,
      originY: baseline,
      fontSize: p.fontSize,
      angle: 0,
      width: p.width,
      confidence: Math.round(p.word.confidence * 10) / 10,
    };
  });
  return { runs, skewDegrees };
}

/** Drops what OCR makes of rules, borders and specks: words that are mostly not letters
 * or digits ("—", "|", "——S—SS——"). "(NH.)" and "1.030" stay. */
function isReadable(word: OcrWord): boolean {
  const characters = Array.from(word.text);
  const alphanumeric = characters.filter((ch) => /[\p{L}\p{N}]/u.test(ch)).length;
  return alphanumeric > 0 && alphanumeric >= 0.4 * characters.length && word.bbox.x1 > word.bbox.x0 && word.bbox.y1 > word.bbox.y0;
}

function place(word: OcrWord, scale: number): Placed {
  const { x0, y0, x1, y1 } = word.bbox;
  const text = word.text;
  const tall = /[\p{Lu}\p{N}bdfhklt%()[\]{}/\\|!?ß]/u.test(text);
  const descends = /[gjpqyQ,;()[\]{}]/.test(text);
  const height = (y1 - y0) * scale;
  const fontSize = height / ((tall ? CAP_HEIGHT : X_HEIGHT) + (descends ? DESCENT : 0));
  const bottom = y1 * scale;
  const baseline =
    word.baselineY !== undefined && Math.abs(word.baselineY * scale - bottom) < 0.5 * fontSize
      ? word.baselineY * scale
      : bottom - (descends ? DESCENT * fontSize : 0);
  return {
    word,
    x: ((x0 + x1) / 2) * scale,
    baseline,
    above: baseline - y0 * scale,
    below: bottom - baseline,
    width: (x1 - x0) * scale,
    fontSize,
  };
}

/** One text line has one font size; single-word estimates vary with the letters. */
function shareLineFontSize(placed: Placed[]): void {
  const byLine = new Map<number, Placed[]>();
  for (const p of placed) {
    if (p.word.lineId === undefined) continue;
    const line = byLine.get(p.word.lineId) ?? [];
    line.push(p);
    byLine.set(p.word.lineId, line);
  }
  for (const line of byLine.values()) {
    const size = median(line.map((p) => p.fontSize));
    for (const p of line) p.fontSize = size;
  }
}
