// Advance widths for placing words inside a run of text: pdf.js reports a run's width, not
// its glyphs', and a producer may draw a whole sentence line as one run. Helvetica's metrics
// (the standard PDF sans, close to Arial's) put a word of such a line within a point or so of
// where a sans face prints it; rougher classes drifted by several points over a line.

/** Helvetica's widths in thousandths of an em, for ASCII from the space (32) to the tilde (126). */
const HELVETICA_ASCII = [
  278,
  278,
  355,
  556,
  556,
  889,
  667,
  191,
  333,
  333,
  389,
  584,
  278,
  333,
  278,
  278, // space to /
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  278,
  278,
  584,
  584,
  584,
  556, // 0 to ?
  1015,
  667,
  667,
  722,
  722,
  667,
  611,
  778,
  722,
  278,
  500,
  667,
  556,
  833,
  722,
  778, // @ to O
  667,
  778,
  722,
  667,
  611,
  722,
  667,
  944,
  667,
  667,
  611,
  278,
  278,
  278,
  469,
  556, // P to _
  333,
  556,
  556,
  500,
  556,
  556,
  278,
  556,
  556,
  222,
  222,
  500,
  222,
  833,
  556,
  556, // ` to o
  556,
  556,
  333,
  500,
  278,
  556,
  500,
  722,
  500,
  500,
  500,
  334,
  260,
  334,
  584, // p to ~
];
const SPACE = 278;
/** Anything else: a digit's width, the middle of the range. */
const OTHER = 556;

/** Relative advance width of one character (a code point). A letter with an accent is as wide
 * as the letter ("é" as "e"): Dutch names have them, their widths are the base letter's. */
export function glyphWidth(ch: string): number {
  // Printable ASCII, most of any page, straight from the table.
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code > 32 && code < 127) return HELVETICA_ASCII[code - 32]!;
  if (/\s/.test(ch)) return SPACE;
  const base = ch.normalize('NFD').codePointAt(0) ?? 0;
  return HELVETICA_ASCII[base - 32] ?? OTHER;
}
