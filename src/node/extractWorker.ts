// Worker thread that reads PDFs for the extract pool: one file at a time, pdf.js loaded once
// per thread. Runs as bundled JS (Electron main build) or as TypeScript through tsx (CLI,
// tests); see resolveWorkerEntry in extractPool.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { extractDocument } from '../engine/index';
import type { ExtractedDocument } from '../engine/index';
import { loadPdfjs, standardFontDataPath } from './pdfjsNode';
import type { OcrMode, OcrPageProgress } from '../engine/ocr/ocrEngine';
import { createNodeOcrEngine, type NodeOcrEngine } from './ocrNode';
import { installMemoryGuard, type MemoryGuard } from './memoryGuard';

/** What the pool passes as workerData. */
export interface ExtractWorkerData {
  /** ArrayBuffer memory this thread may hold (its JS heap is capped by resourceLimits). */
  arrayBufferLimitBytes?: number;
}

export interface ExtractRequest {
  type: 'extract';
  id: number;
  name: string;
  bytes: Uint8Array;
  /** OCR of scanned pages; absent = 'never'. */
  ocr?: OcrMode;
}

export type ExtractReply =
  | { type: 'progress'; id: number; pagesDone: number; pageCount: number }
  /** A scanned page starts or finishes OCR (the pool gives the file extra time per page). */
  | { type: 'ocr-page'; id: number; progress: OcrPageProgress }
  | { type: 'done'; id: number; doc: ExtractedDocument }
  /** The engine threw although it should not; the pool turns this into a 'read-failed'. */
  | { type: 'failed'; id: number; reason: string }
  /** The file took this thread past its memory limit; the pool stops the thread. */
  | { type: 'out-of-memory'; id: number };

/** One tesseract.js worker per thread, created with the first scanned page; it ends with
 * this thread (the pool terminates threads on close). */
let ocrEngine: NodeOcrEngine | undefined;

async function handle(request: ExtractRequest, reply: (message: ExtractReply) => void): Promise<void> {
  const { id, name, bytes } = request;
  const ocrMode = request.ocr ?? 'never';
  try {
    const pdfjs = await loadPdfjs();
    const doc = await extractDocument(bytes, name, pdfjs, {
      standardFontDataUrl: standardFontDataPath(),
      onProgress: (pagesDone, pageCount) => reply({ type: 'progress', id, pagesDone, pageCount }),
      ...(ocrMode === 'never' ? {} : {
        ocr: {
          engine: (ocrEngine ??= createNodeOcrEngine()),
          mode: ocrMode,
          onPage: (progress: OcrPageProgress) => reply({ type: 'ocr-page', id, progress }),
        },
      }),
    });
    reply({ type: 'done', id, doc });
  } catch (error) {
    reply({ type: 'failed', id, reason: error instanceof Error ? error.message : String(error) });
  }
}

const port = parentPort;
if (port) {
  let current: number | undefined;
  const limit = (workerData as ExtractWorkerData | undefined)?.arrayBufferLimitBytes;
  // Installed before pdf.js is loaded; its first trip per file answers that file.
  const guard: MemoryGuard | undefined = limit
    ? installMemoryGuard(limit, () => {
      if (current !== undefined) port.postMessage({ type: 'out-of-memory', id: current } satisfies ExtractReply);
    })
    : undefined;
  // The pool sends the next file only after this one is answered, so no queue is needed here.
  port.on('message', (request: ExtractRequest) => {
    current = request.id;
    guard?.reset();
    void handle(request, (message) => {
      // After a trip the pool has the answer already; pdf.js may have swallowed the error.
      if (!guard?.tripped) port.postMessage(message);
    });
  });
}
