// Edit distance tuned to OCR: Damerau-Levenshtein (optimal string alignment) on name keys, where
// the usual OCR misreadings cost half an edit, so "Heerien" (0,5 from Heerlen) is clearly closer
// to Heerlen than to Heerde (2).

/** Cost of a misreading OCR is prone to, instead of 1 for any other edit. */
export const OCR_CONFUSION_COST = 0.5;

/** Characters OCR confuses with each other (keys are lowercase a–z, 0–9). */
const confusableGroups = ['il1', 'o0', 's5', 'b8', 'z2', 'ec'];
/** Multi-character look-alikes: "rn" read for "m", "vv" for "w", "cl" for "d". */
const lookAlikes: readonly [long: string, short: string][] = [
  ['rn', 'm'],
  ['vv', 'w'],
  ['cl', 'd'],
];

// Lookup by char code, so the inner loop allocates nothing.
const CODES = 128;
const confusable = new Uint8Array(CODES * CODES);
for (const group of confusableGroups) {
  for (const a of group) for (const b of group) if (a !== b) confusable[a.charCodeAt(0) * CODES + b.charCodeAt(0)] = 1;
}
/** Look-alikes as char codes: [long first, long second, short]. */
const lookAlikeCodes = lookAlikes.map(([long, short]) => [long.charCodeAt(0), long.charCodeAt(1), short.charCodeAt(0)] as const);

// Three rolling DP rows, reused between calls (names are short; grown when needed).
let rows = [new Float64Array(64), new Float64Array(64), new Float64Array(64)] as const;

/** OCR-weighted distance between two keys (see nameKey). Stops early once it must exceed
 * `cutoff` and then returns some value above it. */
export function ocrDistance(a: string, b: string, cutoff = Infinity): number {
  if (rows[0].length <= b.length) rows = [new Float64Array(b.length + 1), new Float64Array(b.length + 1), new Float64Array(b.length + 1)];
  // Row i−2 (`before`) is needed for transpositions and look-alikes.
  let [before, previous, current] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  let previousMin = 0;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    const ca2 = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      const cb2 = j > 1 ? b.charCodeAt(j - 2) : -1;
      const substitution = ca === cb ? 0 : ca < CODES && cb < CODES && confusable[ca * CODES + cb] === 1 ? OCR_CONFUSION_COST : 1;
      let best = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + substitution);
      if (ca2 === cb && ca === cb2) best = Math.min(best, before[j - 2]! + 1);
      for (const [first, second, short] of lookAlikeCodes) {
        // a ends in "rn" where b ends in "m": from (i−2, j−1); the other way round from (i−1, j−2).
        if (ca2 === first && ca === second && cb === short) best = Math.min(best, before[j - 1]! + OCR_CONFUSION_COST);
        if (cb2 === first && cb === second && ca === short) best = Math.min(best, previous[j - 2]! + OCR_CONFUSION_COST);
      }
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    // Every path to the end passes through this row or the one before (look-alikes and
    // transpositions skip one row), so once both exceed the cutoff the result does too.
    if (rowMin > cutoff && previousMin > cutoff) return rowMin;
    previousMin = rowMin;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}
