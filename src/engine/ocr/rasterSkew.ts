// Straightens the page raster before recognition. Tesseract estimates a block's skew from
// its text lines; with the prose below the table left out (textBands.ts) it has only the
// sparse table rows to go by, gets the slope wrong on a page turned 0.45° and puts numbers
// on the wrong line. A straight raster also keeps more blank rows between text lines, so
// the bands are cut finer. The angle comes from the ink itself: when it is right, the ink
// of each text line falls into the same few rows, so the row histogram is sharpest.
import { angleRange, bestAngle } from './angleSearch';

/** Darker than this is ink for the estimate. */
const INK = 128;
const MAX_DEGREES = 3;
const COARSE_STEP = 0.1;
const FINE_STEP = 0.01;
/** Below this the raster is left alone (under a pixel of drift over a page at 300 dpi). */
export const MIN_STRAIGHTEN_DEGREES = 0.02;

/** Skew of the raster's text in degrees, as ocrRuns/deskew define it (positive = rows slope
 * down to the right); 0 when there is too little ink to tell. */
export function estimateRasterSkew(data: Uint8Array, width: number, height: number, dpi: number): number {
  // Every 2nd row and 4th column is plenty for a histogram and keeps this to a few ms.
  const xs: number[] = [],
    ys: number[] = [];
  for (let y = 0; y < height; y += 2) {
    const row = y * width;
    for (let x = 0; x < width; x += 4) {
      if (data[row + x]! < INK) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  if (xs.length < 100) return 0;
  const px = Float64Array.from(xs),
    py = Float64Array.from(ys);
  // Bins of a sixth of a capital's height at 9 pt.
  const bin = Math.max(1, (6.5 * dpi) / 72 / 6);
  const margin = Math.ceil((width * Math.tan((MAX_DEGREES * Math.PI) / 180)) / bin) + 2;
  const bins = new Float64Array(Math.ceil(height / bin) + 2 * margin + 2);
  const score = (degrees: number, every: number) => {
    const slope = Math.tan((degrees * Math.PI) / 180);
    bins.fill(0);
    for (let i = 0; i < px.length; i += every) {
      const position = (py[i]! - px[i]! * slope) / bin + margin;
      const low = Math.floor(position);
      const share = position - low;
      bins[low]! += 1 - share;
      bins[low + 1]! += share;
    }
    let sum = 0;
    for (let i = 0; i < bins.length; i++) sum += bins[i]! * bins[i]!;
    return sum;
  };
  // The coarse search on every 4th point (a 0.1° step needs no more), the fine one on all.
  const coarse = bestAngle(angleRange(-MAX_DEGREES, MAX_DEGREES, COARSE_STEP), (d) => score(d, 4));
  return bestAngle(angleRange(coarse - COARSE_STEP, coarse + COARSE_STEP, FINE_STEP), (d) => score(d, 1));
}

/** The raster turned so that a skew of `degrees` is undone around its centre, as
 * deskew.unskew does for points: output pixel (x, y) shows input pixel unskew(x, y, −degrees).
 * Linear between rows, nearest between columns; what comes in from outside is white. */
export function straightenRaster(data: Uint8Array, width: number, height: number, degrees: number): Uint8Array {
  const out = new Uint8Array(width * height).fill(255);
  const rad = (degrees * Math.PI) / 180;
  const cos = Math.cos(rad),
    sin = Math.sin(rad);
  const cx = width / 2,
    cy = height / 2;
  for (let y = 0; y < height; y++) {
    // Input position of output pixel centre (x + 0.5, y + 0.5), minus 0.5 for pixel centres:
    // u = cx + dx·cos − dy·sin, v = cy + dx·sin + dy·cos. Along a row u grows by cos θ ≈ 1
    // (a drift of 0.1 px over a page at 0.5°), so columns are taken whole (nearest) and only
    // rows are interpolated: half the work, no blur across strokes.
    const dy = y + 0.5 - cy;
    // (u keeps +0.5 so that truncating it rounds to the nearest column.)
    let u = cx - (cx - 0.5) * cos - dy * sin;
    let v = cy - (cx - 0.5) * sin + dy * cos - 0.5;
    const row = y * width;
    for (let x = 0; x < width; x++, u += cos, v += sin) {
      if (u < 0 || v < 0 || u >= width || v > height - 1) continue;
      const yi = v | 0;
      const fy = v - yi;
      const i = yi * width + (u | 0);
      const below = yi + 1 < height ? width : 0;
      out[row + x] = (data[i]! + (data[i + below]! - data[i]!) * fy + 0.5) | 0;
    }
  }
  return out;
}
