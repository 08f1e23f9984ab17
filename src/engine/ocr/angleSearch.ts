// The skew angle that scores best among evenly spaced candidates: shared by the estimate from
// OCR words (deskew.ts) and the one from the raster's ink (rasterSkew.ts).

/** from, from + step, …, to (rounded to 0.001°, so equal angles compare equal). */
export function angleRange(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  const count = Math.round((to - from) / step);
  for (let i = 0; i <= count; i++) out.push(Math.round((from + i * step) * 1000) / 1000);
  return out;
}

/** The candidate with the highest score; ties (within rounding) go to the angle closest to 0,
 * so a page without evidence stays as it is. */
export function bestAngle(candidates: readonly number[], score: (angle: number) => number): number {
  let best = 0,
    bestScore = -Infinity;
  for (const c of candidates) {
    const s = score(c);
    if (s > bestScore * (1 + 1e-12) || (Math.abs(s - bestScore) <= 1e-12 * Math.abs(bestScore) && Math.abs(c) < Math.abs(best))) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}
