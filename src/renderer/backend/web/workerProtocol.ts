// Messages between the page and its workers. An engine worker reads one file at a time: the
// pool sends the next request only after the previous one is answered. A workbook worker
// answers one save with the .xlsx bytes.
import type { ExtractedDocument } from '@engine/model';
import type { OcrMode, OcrPageProgress } from '@engine/ocr/ocrEngine';
import type { OcrAssetUrls } from '@shared/ocrAssets';

export interface ExtractMessage {
  type: 'extract';
  id: number;
  name: string;
  /** A copy made for the worker and transferred to it: the caller keeps its own bytes. */
  bytes: Uint8Array;
  /** Absolute URL (trailing slash) of the standard fonts the page serves. */
  standardFontDataUrl: string;
  /** Scanned pages: 'never' leaves them with the needs-ocr warning. */
  ocr: OcrMode;
  /** Where tesseract.js's files are served (absolute URLs on the page's origin). */
  ocrAssets: OcrAssetUrls;
}

export type WorkerReply =
  | { type: 'progress'; id: number; pagesDone: number; pageCount: number }
  /** A scanned page starts or finishes OCR (the pool gives the file extra time per page). */
  | { type: 'ocr-page'; id: number; progress: OcrPageProgress }
  | { type: 'done'; id: number; doc: ExtractedDocument }
  /** The engine threw although it should not; the pool answers with a 'read-failed' document. */
  | { type: 'failed'; id: number; reason: string };

/** The workbook worker's one answer. */
export type WorkbookReply = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };
