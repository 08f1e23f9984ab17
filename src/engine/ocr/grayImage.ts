// pdf.js image data → 8-bit gray, the only form the OCR raster needs.
import type { PdfImageData } from './pageImages';

const GRAYSCALE_1BPP = 1;
const RGB_24BPP = 2;
const RGBA_32BPP = 3;

/** Gray pixels, or null for a kind this module does not know. An image mask comes out as
 * 0 where it paints and 255 where it leaves the page alone. */
export function toGray(image: PdfImageData): Uint8Array | null {
  const { width, height, data } = image;
  if (!data) return null;
  const out = new Uint8Array(width * height);
  const pixels = width * height;
  switch (image.kind) {
    case RGB_24BPP:
      if (data.length < pixels * 3) return null;
      for (let p = 0, q = 0; p < pixels; p++, q += 3) out[p] = luma(data[q]!, data[q + 1]!, data[q + 2]!);
      return out;
    case RGBA_32BPP:
      if (data.length < pixels * 4) return null;
      for (let p = 0, q = 0; p < pixels; p++, q += 4) {
        // Transparent parts show the white page underneath.
        const alpha = data[q + 3]!;
        out[p] = (luma(data[q]!, data[q + 1]!, data[q + 2]!) * alpha + 255 * (255 - alpha) + 127) / 255;
      }
      return out;
    case GRAYSCALE_1BPP:
    case undefined: {
      // Masks carry no kind; both are packed bits, rows padded to whole bytes.
      const rowBytes = (width + 7) >> 3;
      if (data.length < rowBytes * height) return null;
      for (let y = 0; y < height; y++) {
        const row = y * rowBytes;
        for (let x = 0; x < width; x++) out[y * width + x] = (data[row + (x >> 3)]! >> (7 - (x & 7))) & 1 ? 255 : 0;
      }
      return out;
    }
    default:
      return null;
  }
}

/** ITU-R BT.601 weights in integer arithmetic. */
function luma(r: number, g: number, b: number): number {
  return (r * 77 + g * 150 + b * 29) >> 8;
}
