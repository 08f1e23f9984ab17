// Messages between a PDF pool and its workers, the same for worker threads (Node) and Web Workers
// (browser). A worker reads one file at a time: the pool sends the next request only after the
// previous one is answered. Hosts may add their own settings to a request (the browser edition
// sends the URLs of its fonts and OCR files along).
import type { ExtractedDocument } from '../../engine/model';
import type { OcrMode, OcrPageProgress } from '../../engine/ocr/ocrEngine';

export interface WorkerRequest {
  type: 'extract';
  id: number;
  name: string;
  bytes: Uint8Array;
  /** Scanned pages: 'never' leaves them with the needs-ocr warning. */
  ocr: OcrMode;
  /** The bytes' SHA-256 when the pool worked it out already (for the read cache). */
  sha256?: string;
}

export type WorkerReply =
  | { type: 'progress'; id: number; pagesDone: number; pageCount: number }
  /** A scanned page starts or finishes OCR (the pool gives the file extra time per page). */
  | { type: 'ocr-page'; id: number; progress: OcrPageProgress }
  | { type: 'done'; id: number; doc: ExtractedDocument }
  /** The engine threw although it should not; the pool answers with a 'read-failed' document. */
  | { type: 'failed'; id: number; reason: string }
  /** The file took the worker past its memory limit; the pool stops the worker. */
  | { type: 'out-of-memory'; id: number };

/** How far a file is: a page read, or a scanned page going into or out of OCR. */
export type PageReport = Extract<WorkerReply, { type: 'progress' | 'ocr-page' }>;
