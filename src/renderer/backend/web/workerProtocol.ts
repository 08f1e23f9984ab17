// Messages between the page and its workers. An engine worker speaks the pools' protocol
// (shared/pdfPool/workerProtocol.ts), its requests carrying where this page serves the fonts and
// the OCR files. A workbook worker answers one save with the .xlsx bytes.
import type { OcrAssetUrls } from '@shared/ocrAssets';
import type { WorkerRequest } from '@shared/pdfPool/workerProtocol';

export type { WorkerReply } from '@shared/pdfPool/workerProtocol';

export interface ExtractMessage extends WorkerRequest {
  /** A copy made for the worker and transferred to it: the caller keeps its own bytes. */
  bytes: Uint8Array;
  /** Absolute URL (trailing slash) of the standard fonts the page serves. */
  standardFontDataUrl: string;
  /** Where tesseract.js's files are served (absolute URLs on the page's origin). */
  ocrAssets: OcrAssetUrls;
}

/** The workbook worker's one answer. */
export type WorkbookReply = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };
