// The largest image OCR decodes. pdf.js decodes an image into RGBA pixels before anything can
// look at it, so a page declaring 20000×20000 pixels took 2.5 GB (and 1e6×1e6 cannot be
// allocated at all). pdf.js is told the limit (getDocument's maxImageSize: larger images are
// dropped before decoding) and drops them silently, so the declared sizes are also read from
// the file itself, to tell the analyst why a scan page was not read.

/** 60 Mpx: an A4 page at 1200 dpi is 140 Mpx, at 600 dpi 35 Mpx; OCR reads at 300–400 dpi. */
export const MAX_IMAGE_PIXELS = 60_000_000;

export interface DeclaredImage {
  width: number;
  height: number;
}

const latin1 = new TextDecoder('latin1');
const IMAGE = new TextEncoder().encode('/Image');
/** How far from "/Image" an image's dictionary may start or end. */
const DICT_WINDOW = 4096;

/** Image XObjects whose dictionary declares more than MAX_IMAGE_PIXELS, in file order. Image
 * XObjects are streams, and streams are never inside object streams, so their dictionaries
 * are plain text in the file ("12 0 obj << /Subtype /Image /Width … >> stream"). */
export function oversizedImages(bytes: Uint8Array): DeclaredImage[] {
  const found: DeclaredImage[] = [];
  for (let at = indexOf(bytes, IMAGE, 0); at >= 0; at = indexOf(bytes, IMAGE, at + IMAGE.length)) {
    const next = bytes[at + IMAGE.length];
    if (next !== undefined && isRegular(next)) continue; // /ImageMask, /ImageB, /ImageC…
    const before = latin1.decode(bytes.subarray(Math.max(0, at - DICT_WINDOW), at));
    const after = latin1.decode(bytes.subarray(at, Math.min(bytes.length, at + DICT_WINDOW)));
    if (!/\/Subtype\s*$/.test(before)) continue;
    // The object's dictionary: from its "obj" keyword to its "stream" keyword.
    const start = before.lastIndexOf('obj');
    const end = after.indexOf('stream');
    if (start < 0 || end < 0) continue;
    const dict = before.slice(start) + after.slice(0, end);
    const width = Number(/\/Width\s+(\d+)/.exec(dict)?.[1]);
    const height = Number(/\/Height\s+(\d+)/.exec(dict)?.[1]);
    if (width * height > MAX_IMAGE_PIXELS) found.push({ width, height });
  }
  return found;
}

/** Dutch description of the first oversized image, or undefined when there is none. */
export function oversizedImageReason(images: readonly DeclaredImage[]): string | undefined {
  const [first] = images;
  if (!first) return undefined;
  const n = (value: number) => value.toLocaleString('nl-NL');
  return `de afbeelding is te groot om te herkennen: ${n(first.width)} × ${n(first.height)} pixels, meer dan de grens van ${MAX_IMAGE_PIXELS / 1_000_000} miljoen pixels`;
}

function isRegular(byte: number): boolean {
  // PDF whitespace and delimiters end a name; anything else continues it.
  return !' \t\r\n\f\0()<>[]{}/%'.includes(String.fromCharCode(byte));
}

function indexOf(bytes: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0]!;
  for (let at = bytes.indexOf(first, from); at >= 0 && at + needle.length <= bytes.length; at = bytes.indexOf(first, at + 1)) {
    let match = true;
    for (let k = 1; k < needle.length && match; k++) match = bytes[at + k] === needle[k];
    if (match) return at;
  }
  return -1;
}
