// Finds the raster images drawn on a page, with where they land on the page, straight from
// pdf.js's operator list: no canvas, so it works the same in Node and in a Web Worker.
import { IDENTITY, isMatrix, multiply, type Matrix } from '../pdf/matrix';

/** Decoded pixels as pdf.js hands them out (src/shared/util.js ImageKind). */
export interface PdfImageData {
  width: number;
  height: number;
  /** 1 = GRAYSCALE_1BPP (rows padded to whole bytes, bit 1 = white), 2 = RGB_24BPP, 3 = RGBA_32BPP. */
  kind?: number;
  data?: Uint8Array | Uint8ClampedArray;
  /** Set instead of data when pdf.js decoded into an ImageBitmap (OffscreenCanvas enabled). */
  bitmap?: unknown;
}

export interface PlacedImage {
  image: PdfImageData;
  /** Image pixel (column, row) → display coordinates (points, origin top-left, y down). */
  toPage: Matrix;
  /** An image mask (stencil): 0 bits paint black, 1 bits leave the page as it is. */
  isMask: boolean;
}

/** pdf.js operator codes used here; taken from the host's pdf.js when it passes OPS. */
export interface ImageOps {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  paintImageXObject: number;
  paintInlineImageXObject: number;
  paintImageMaskXObject: number;
}

/** pdfjs-dist 5.x values (OPS in src/shared/util.js). */
export const DEFAULT_IMAGE_OPS: ImageOps = {
  save: 10,
  restore: 11,
  transform: 12,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  paintImageMaskXObject: 83,
  paintImageXObject: 85,
  paintInlineImageXObject: 86,
};

type ObjectStore = { get(id: string, callback: (data: unknown) => void): void };

/** The slice of a pdf.js page proxy this module reads. */
export interface PdfImagePageLike {
  getViewport(params: { scale: number }): { width: number; height: number; transform: number[] };
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[][] }>;
  objs: ObjectStore;
  commonObjs: ObjectStore;
}

export async function findPageImages(page: PdfImagePageLike, ops: ImageOps = DEFAULT_IMAGE_OPS): Promise<PlacedImage[]> {
  const viewport = page.getViewport({ scale: 1 });
  const list = await page.getOperatorList();
  const placed: Promise<PlacedImage | null>[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] ?? [];
    switch (fn) {
      case ops.save:
        stack.push(ctm);
        break;
      case ops.restore:
        ctm = stack.pop() ?? IDENTITY;
        break;
      case ops.transform:
        if (isMatrix(args)) ctm = multiply(ctm, args);
        break;
      case ops.paintFormXObjectBegin:
        // A form XObject is drawn inside save/restore with its own matrix.
        stack.push(ctm);
        if (isMatrix(args[0])) ctm = multiply(ctm, args[0]);
        break;
      case ops.paintFormXObjectEnd:
        ctm = stack.pop() ?? IDENTITY;
        break;
      case ops.paintImageXObject:
      case ops.paintInlineImageXObject:
      case ops.paintImageMaskXObject: {
        const isMask = fn === ops.paintImageMaskXObject;
        // A mask's argument is {data: objectId | pixels, width, height}.
        const maskRef = isMask ? (args[0] as { data?: unknown } | undefined)?.data : undefined;
        const ref = typeof maskRef === 'string' ? maskRef : args[0];
        const pageMatrix = multiply(viewport.transform, ctm);
        placed.push(resolveImage(page, ref).then((image) => (image ? { image, toPage: pixelToPage(pageMatrix, image), isMask } : null)));
        break;
      }
      default:
        break;
    }
  }
  return (await Promise.all(placed)).filter((p): p is PlacedImage => p !== null && hasPixels(p.image));
}

/** An image fills the unit square of its CTM, first row at the top (y = 1). */
function pixelToPage(pageMatrix: Matrix, image: PdfImageData): Matrix {
  return multiply(pageMatrix, [1 / image.width, 0, 0, -1 / image.height, 0, 1]);
}

/** Image arguments are either the decoded data itself (inline images) or the id of an
 * object pdf.js sends separately (`img_…` page objects, `g_…` document-wide ones). */
function resolveImage(page: PdfImagePageLike, ref: unknown): Promise<PdfImageData | null> {
  if (typeof ref !== 'string') return Promise.resolve(isImageData(ref) ? ref : null);
  const store = ref.startsWith('g_') ? page.commonObjs : page.objs;
  return new Promise((resolve) => {
    try {
      store.get(ref, (data) => resolve(isImageData(data) ? data : null));
    } catch {
      resolve(null);
    }
  });
}

function isImageData(value: unknown): value is PdfImageData {
  if (!value || typeof value !== 'object') return false;
  const v = value as PdfImageData;
  return Number.isInteger(v.width) && Number.isInteger(v.height) && v.width > 0 && v.height > 0;
}

function hasPixels(image: PdfImageData): boolean {
  return image.data instanceof Uint8Array || image.data instanceof Uint8ClampedArray;
}
