// One page through OCR for extractDocument: find its images, decide whether there is
// anything to recognise, read it, and report progress. An engine failure costs this page only.
// A page without usable text whose images do not cover it (text turned into outlines, text
// that does not decode, perhaps a logo) is drawn by pdf.js and the drawing is read instead.
import type { PageTable } from '../publication/pageTables';
import type { OcrOptions } from './ocrEngine';
import { coversPage, MIN_DPI, readScannedPage } from './ocrPage';
import { findPageImages, type ImageOps, type PdfImagePageLike } from './pageImages';
import { renderPageGray, type CanvasFactoryLike, type PdfRenderPageLike } from './renderedPage';

export type ScanResult =
  | { status: 'read'; tables: PageTable[]; looksLikeTable: boolean }
  /** No image at all, or (text layer present, mode 'always') images that do not cover most
   * of the page, such as a logo; or OCR is off. */
  | { status: 'nothing' }
  | { status: 'failed'; reason: string };

export const NOTHING_TO_RECOGNIZE: ScanResult = { status: 'nothing' };

/** Tables of one page read by OCR. */
export async function recognizeScan(
  page: PdfImagePageLike,
  pageNumber: number,
  pageCount: number,
  hasTextLayer: boolean,
  ocr: OcrOptions,
  ops: ImageOps,
  /** pdf.js's canvas factory of the document, for drawing a page that has no scan image;
   * without one such a page is left alone. */
  canvasFactory?: CanvasFactoryLike,
  /** Why the file's scan image was not decoded (imageLimits.ts), if it was too large. */
  imageTooLarge?: () => string | undefined,
): Promise<ScanResult> {
  const images = await findPageImages(page, ops);
  const size = page.getViewport({ scale: 1 });
  const { width, height } = size;
  const scan = coversPage(images, size);
  // Mode 'always' re-reads a page with a text layer only when it is a scan.
  if (hasTextLayer && !scan) return NOTHING_TO_RECOGNIZE;
  // pdf.js dropped an image over the pixel limit: drawing the empty page would read nothing.
  const tooLarge = scan ? undefined : imageTooLarge?.();
  if (tooLarge) return { status: 'failed', reason: tooLarge };
  const draw = !scan && canvasFactory !== undefined;
  if (!draw && images.length === 0) return NOTHING_TO_RECOGNIZE;
  ocr.onPage?.({ page: pageNumber, pageCount, state: 'recognizing' });
  try {
    const source = draw ? await renderPageGray(page as unknown as PdfRenderPageLike, canvasFactory, MIN_DPI) : images;
    const { tables, result } = await readScannedPage(source, { width, height }, pageNumber, ocr.engine);
    // A region page that yielded no table must not vanish without a word.
    const text = result.text.runs.map((r) => r.text).join(' ');
    return { status: 'read', tables, looksLikeTable: /\btotaal\s+amr\b|doelgroepregister/i.test(text) };
  } catch (err) {
    return { status: 'failed', reason: errorMessage(err) };
  } finally {
    ocr.onPage?.({ page: pageNumber, pageCount, state: 'done' });
  }
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
