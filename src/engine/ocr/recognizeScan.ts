// One page through OCR for extractDocument: find its images, decide whether there is
// anything to recognise, read it, and report progress. An engine failure costs this page only.
import type { PageTable } from '../publication/pageTables';
import type { OcrOptions } from './ocrEngine';
import { coversPage, readScannedPage } from './ocrPage';
import { findPageImages, type ImageOps, type PdfImagePageLike } from './pageImages';

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
): Promise<ScanResult> {
  const images = await findPageImages(page, ops);
  const { width, height } = page.getViewport({ scale: 1 });
  if (images.length === 0 || (hasTextLayer && !coversPage(images, { width, height }))) return NOTHING_TO_RECOGNIZE;
  ocr.onPage?.({ page: pageNumber, pageCount, state: 'recognizing' });
  try {
    const { tables, result } = await readScannedPage(images, { width, height }, pageNumber, ocr.engine);
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
