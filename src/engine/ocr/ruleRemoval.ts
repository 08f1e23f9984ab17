// Table rules (the lines between rows, under the header, above TOTAAL AMR) are no text, but
// OCR reads them as dashes, letters or "ee" glued to the names and numbers next to them.
// They are wiped from the raster before recognition. A rule is a solid run of ink far
// longer than any word (words end at a space); looking at three pixel rows (columns) at
// once keeps a slightly skewed thin rule in one run.

/** Darker than this counts as ink: the thin gray rules of the fixtures scan at 160–185. */
const INK = 205;
/** Pixels along a rule, wiped when darker than this (its blurred edge). */
const HALO = 235;
/** Light pixels a run may skip (noise, JPEG). */
const MAX_GAP = 3;
/** Share of a run that must be ink: a rule is solid, a path through letters is not. */
const MIN_FILL = 0.95;

/** Whitens horizontal and vertical rules of at least `minLength` pixels, in place. */
export function removeRules(data: Uint8Array, width: number, height: number, minLength: number): void {
  const wipe = new Uint8Array(width * height);
  // Horizontal: lines are rows (step 1 along, width across); vertical: columns.
  markRuns(data, wipe, { lines: height, length: width, lineStep: width, along: 1 }, minLength);
  markRuns(data, wipe, { lines: width, length: height, lineStep: 1, along: width }, minLength);
  for (let i = 0; i < wipe.length; i++) if (wipe[i]) data[i] = 255;
}

interface Direction {
  lines: number;
  length: number;
  /** Index step from one line to the next (also: to the neighbour across). */
  lineStep: number;
  /** Index step along a line. */
  along: number;
}

function markRuns(data: Uint8Array, wipe: Uint8Array, d: Direction, minLength: number): void {
  const { lines, length, lineStep, along } = d;
  for (let line = 1; line < lines - 1; line++) {
    const first = line * lineStep;
    let start = -1,
      lastInk = -1,
      inked = 0;
    const flush = () => {
      const runLength = lastInk - start + 1;
      if (start < 0 || runLength < minLength || inked < MIN_FILL * runLength) return;
      for (let q = start; q <= lastInk; q++) {
        const j = first + q * along;
        if (data[j - lineStep]! < HALO) wipe[j - lineStep] = 1;
        if (data[j]! < HALO) wipe[j] = 1;
        if (data[j + lineStep]! < HALO) wipe[j + lineStep] = 1;
      }
    };
    for (let p = 0; p < length; p++) {
      const i = first + p * along;
      if (data[i]! < INK || data[i - lineStep]! < INK || data[i + lineStep]! < INK) {
        // Ink within MAX_GAP light pixels of the run extends it; farther away starts a new one.
        if (start < 0 || p - lastInk > MAX_GAP + 1) {
          flush();
          start = p;
          inked = 0;
        }
        lastInk = p;
        inked++;
      }
    }
    flush();
  }
}
