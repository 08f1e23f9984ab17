// Scans are rarely straight: a page rotated 0.4° drifts 3.5 pt over a 500 pt wide table,
// more than the tolerance that puts words on one line. The angle is estimated from the
// words themselves: when the guess is right, the baselines of a row's words coincide, so a
// histogram of baseline heights has its sharpest peaks.
import { angleRange, bestAngle } from './angleSearch';

export interface BaselinePoint {
  x: number;
  y: number;
  /** Longer words count more. */
  weight: number;
}

const MAX_DEGREES = 3;
const COARSE_STEP = 0.1;
const FINE_STEP = 0.01;

/** Skew in degrees: rows run along y = y0 + x·tan(angle) (y down, so positive = sloping
 * down to the right). 0 when there are too few words to tell. */
export function estimateSkewDegrees(points: readonly BaselinePoint[], textHeight: number): number {
  if (points.length < 8 || !(textHeight > 0)) return 0;
  const bin = textHeight / 6;
  const score = (degrees: number) => sharpness(points, Math.tan((degrees * Math.PI) / 180), bin);
  const coarse = bestAngle(angleRange(-MAX_DEGREES, MAX_DEGREES, COARSE_STEP), score);
  return bestAngle(angleRange(coarse - COARSE_STEP, coarse + COARSE_STEP, FINE_STEP), score);
}

/** Sum of squared bin weights of the baselines after removing the slope. */
function sharpness(points: readonly BaselinePoint[], slope: number, bin: number): number {
  const bins = new Map<number, number>();
  for (const p of points) {
    // Split each point over its two nearest bins, so the score changes smoothly with the angle.
    const position = (p.y - p.x * slope) / bin;
    const low = Math.floor(position);
    const share = position - low;
    bins.set(low, (bins.get(low) ?? 0) + p.weight * (1 - share));
    bins.set(low + 1, (bins.get(low + 1) ?? 0) + p.weight * share);
  }
  let sum = 0;
  for (const w of bins.values()) sum += w * w;
  return sum;
}

/** Rotates (x, y) by −angle around (cx, cy): undoes a skew of `degrees`. */
export function unskew(x: number, y: number, degrees: number, cx: number, cy: number): [number, number] {
  const rad = (degrees * Math.PI) / 180;
  const cos = Math.cos(rad),
    sin = Math.sin(rad);
  const dx = x - cx,
    dy = y - cy;
  return [cx + dx * cos + dy * sin, cy - dx * sin + dy * cos];
}
