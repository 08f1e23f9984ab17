// Draws a page's images into one upright gray raster covering the page: strips of a scan
// become one picture, an image placed rotated (landscape scans, /Rotate) comes out upright,
// and a low resolution can be scaled up to what OCR reads best.
import { toGray } from './grayImage';
import { apply, invert, multiply, type Matrix } from '../pdf/matrix';
import type { OcrImage } from './ocrEngine';
import type { PlacedImage } from './pageImages';

export interface PageRaster extends OcrImage {
  /** Raster pixel → display coordinates (points): a plain scale. */
  pointsPerPixel: number;
}

/** Resolution of the images as placed on the page: that of the largest one. */
export function nativeDpi(images: readonly PlacedImage[]): number {
  let best = 0,
    dpi = 0;
  for (const { image, toPage } of images) {
    const pixelWidth = Math.hypot(toPage[0], toPage[1]);
    const pixelHeight = Math.hypot(toPage[2], toPage[3]);
    const area = image.width * image.height * pixelWidth * pixelHeight;
    if (area > best && pixelWidth > 0) {
      best = area;
      dpi = 72 / Math.sqrt(pixelWidth * pixelHeight);
    }
  }
  return dpi;
}

/** Renders the images at `dpi` onto a white page of `width` × `height` points. Bilinear
 * sampling; masks darken, other images are opaque, in drawing order. */
export function renderPageRaster(images: readonly PlacedImage[], width: number, height: number, dpi: number): PageRaster {
  const scale = dpi / 72;
  const w = Math.max(1, Math.ceil(width * scale));
  const h = Math.max(1, Math.ceil(height * scale));
  const out = new Uint8Array(w * h).fill(255);
  for (const placed of images) {
    const gray = toGray(placed.image);
    if (!gray) continue;
    // raster pixel centre → page point → image pixel
    const toImage = invert(placed.toPage);
    if (!toImage) continue;
    drawImage(out, w, h, gray, placed, multiply(toImage, [1 / scale, 0, 0, 1 / scale, 0.5 / scale, 0.5 / scale]));
  }
  return { width: w, height: h, data: out, dpi, pointsPerPixel: 1 / scale };
}

function drawImage(out: Uint8Array, w: number, h: number, gray: Uint8Array, placed: PlacedImage, rasterToImage: Matrix): void {
  const { width: iw, height: ih } = placed.image;
  const [a, b, c, d] = rasterToImage;
  const [x0, y0, x1, y1] = rasterBounds(placed, w, h, rasterToImage);
  if (b === 0 && c === 0) {
    drawUpright(out, w, gray, placed, rasterToImage, [x0, y0, x1, y1]);
    return;
  }
  void d;
  for (let y = y0; y < y1; y++) {
    // Image coordinates of this row's first pixel; each step right adds (a, b).
    let [u, v] = apply(rasterToImage, x0, y);
    u -= 0.5; // pixel centres sit at .5
    v -= 0.5;
    const row = y * w;
    for (let x = x0; x < x1; x++, u += a, v += b) {
      if (u < -0.5 || v < -0.5 || u > iw - 0.5 || v > ih - 0.5) continue;
      const value = sample(gray, iw, ih, u, v);
      const at = row + x;
      out[at] = placed.isMask ? Math.min(out[at]!, value) : value;
    }
  }
}

/** The common case (an upright scan, maybe scaled or flipped): image columns depend on the
 * raster column only and rows on the raster row, so the weights are computed once per
 * column and once per row. */
function drawUpright(out: Uint8Array, w: number, gray: Uint8Array, placed: PlacedImage, m: Matrix, [x0, y0, x1, y1]: [number, number, number, number]): void {
  const { width: iw, height: ih } = placed.image;
  const columns = axisWeights(x0, x1, (x) => m[0] * x + m[4] - 0.5, iw);
  for (let y = y0; y < y1; y++) {
    const v = m[3] * y + m[5] - 0.5;
    if (v < -0.5 || v > ih - 0.5) continue;
    const [top, bottom, fy] = axisWeight(v, ih);
    const rowTop = top * iw,
      rowBottom = bottom * iw;
    const row = y * w;
    for (let x = x0, k = 0; x < x1; x++, k++) {
      const left = columns.low[k]!;
      if (left < 0) continue;
      const right = columns.high[k]!,
        fx = columns.fraction[k]!;
      const upper = gray[rowTop + left]! + (gray[rowTop + right]! - gray[rowTop + left]!) * fx;
      const lower = gray[rowBottom + left]! + (gray[rowBottom + right]! - gray[rowBottom + left]!) * fx;
      const value = (upper + (lower - upper) * fy + 0.5) | 0;
      const at = row + x;
      out[at] = placed.isMask ? Math.min(out[at]!, value) : value;
    }
  }
}

function axisWeights(from: number, to: number, position: (i: number) => number, size: number) {
  const n = Math.max(0, to - from);
  const low = new Int32Array(n),
    high = new Int32Array(n),
    fraction = new Float32Array(n);
  for (let k = 0; k < n; k++) {
    const u = position(from + k);
    if (u < -0.5 || u > size - 0.5) {
      low[k] = -1;
      continue;
    }
    [low[k], high[k], fraction[k]] = axisWeight(u, size);
  }
  return { low, high, fraction };
}

/** Neighbouring pixel indexes and the weight of the second, edges clamped. */
function axisWeight(u: number, size: number): [number, number, number] {
  const clamped = Math.min(Math.max(u, 0), size - 1);
  const low = Math.floor(clamped);
  const high = Math.min(low + 1, size - 1);
  return [low, high, clamped - low];
}

/** The raster rows and columns the image can touch (its page box, clipped to the raster). */
function rasterBounds(placed: PlacedImage, w: number, h: number, rasterToImage: Matrix): [number, number, number, number] {
  const toRaster = invert(rasterToImage);
  if (!toRaster) return [0, 0, 0, 0];
  const { width: iw, height: ih } = placed.image;
  const corners = [apply(toRaster, 0, 0), apply(toRaster, iw, 0), apply(toRaster, 0, ih), apply(toRaster, iw, ih)];
  const xs = corners.map((p) => p[0]);
  const ys = corners.map((p) => p[1]);
  const clamp = (v: number, max: number) => Math.max(0, Math.min(max, v));
  return [
    clamp(Math.floor(Math.min(...xs)), w),
    clamp(Math.floor(Math.min(...ys)), h),
    clamp(Math.ceil(Math.max(...xs)), w),
    clamp(Math.ceil(Math.max(...ys)), h),
  ];
}

function sample(gray: Uint8Array, iw: number, ih: number, u: number, v: number): number {
  const x = Math.min(Math.max(u, 0), iw - 1);
  const y = Math.min(Math.max(v, 0), ih - 1);
  const xi = Math.min(Math.floor(x), iw - 2 < 0 ? 0 : iw - 2);
  const yi = Math.min(Math.floor(y), ih - 2 < 0 ? 0 : ih - 2);
  const fx = iw > 1 ? x - xi : 0;
  const fy = ih > 1 ? y - yi : 0;
  const i = yi * iw + xi;
  const p00 = gray[i]!,
    p10 = gray[i + (iw > 1 ? 1 : 0)]!;
  const p01 = gray[i + (ih > 1 ? iw : 0)]!,
    p11 = gray[i + (ih > 1 ? iw : 0) + (iw > 1 ? 1 : 0)]!;
  const top = p00 + (p10 - p00) * fx;
  const bottom = p01 + (p11 - p01) * fx;
  return (top + (bottom - top) * fy + 0.5) | 0;
}
