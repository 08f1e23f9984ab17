// Worker thread that reads PDFs for the extract pool: one file at a time, pdf.js loaded once
// per thread, answering in the pools' protocol (shared/pdfPool/workerProtocol.ts). Runs as
// bundled JS (Electron main build) or as TypeScript through tsx (CLI, tests); see
// resolveWorkerEntry in extractPool.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { loadPdfjs, standardFontDataPath } from './pdfjsNode';
import { answerRequest, type WorkerHost } from '../shared/pdfPool/answerRequest';
import type { WorkerReply, WorkerRequest } from '../shared/pdfPool/workerProtocol';
import { createNodeOcrEngine, type NodeOcrEngine } from './ocrNode';
import { installMemoryGuard, type MemoryGuard } from './memoryGuard';

/** What the pool passes as workerData. */
export interface ExtractWorkerData {
  /** ArrayBuffer memory this thread may hold (its JS heap is capped by resourceLimits). */
  arrayBufferLimitBytes?: number;
}

/** One tesseract.js worker per thread, created with the first scanned page; it ends with
 * this thread (the pool terminates threads on close). */
let ocrEngine: NodeOcrEngine | undefined;

const host: WorkerHost = {
  pdfjs: loadPdfjs,
  standardFontDataUrl: standardFontDataPath,
  ocrEngine: () => (ocrEngine ??= createNodeOcrEngine()),
};

const port = parentPort;
if (port) {
  let current: number | undefined;
  const limit = (workerData as ExtractWorkerData | undefined)?.arrayBufferLimitBytes;
  // Installed before pdf.js is loaded; its first trip per file answers that file.
  const guard: MemoryGuard | undefined = limit
    ? installMemoryGuard(limit, () => {
        if (current !== undefined) port.postMessage({ type: 'out-of-memory', id: current } satisfies WorkerReply);
      })
    : undefined;
  // pdf.js is loaded as the thread starts, not with its first file: a pool warmed up ahead of
  // its files (the CLI's, while it looks for them) then has it ready. A failure to load is
  // reported with the first file, which asks again.
  loadPdfjs().catch(() => undefined);
  // The pool sends the next file only after this one is answered, so no queue is needed here.
  port.on('message', (request: WorkerRequest) => {
    current = request.id;
    guard?.reset();
    void answerRequest(request, host, (message) => {
      // After a trip the pool has the answer already; pdf.js may have swallowed the error.
      if (!guard?.tripped) port.postMessage(message);
    });
  });
}
