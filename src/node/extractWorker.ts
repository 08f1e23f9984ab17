// Worker thread that reads PDFs for the extract pool: one file at a time, pdf.js loaded once
// per thread. Runs as bundled JS (Electron main build) or as TypeScript through tsx (CLI,
// tests); see resolveWorkerEntry in extractPool.ts.
import { parentPort } from 'node:worker_threads';
import { extractDocument } from '../engine/index';
import type { ExtractedDocument } from '../engine/index';
import { loadPdfjs, standardFontDataPath } from './pdfjsNode';

export interface ExtractRequest {
  type: 'extract';
  id: number;
  name: string;
  bytes: Uint8Array;
}

export type ExtractReply =
  | { type: 'progress'; id: number; pagesDone: number; pageCount: number }
  | { type: 'done'; id: number; doc: ExtractedDocument }
  /** The engine threw although it should not; the pool turns this into a 'read-failed'. */
  | { type: 'failed'; id: number; reason: string };

async function handle(request: ExtractRequest, reply: (message: ExtractReply) => void): Promise<void> {
  const { id, name, bytes } = request;
  try {
    const pdfjs = await loadPdfjs();
    const doc = await extractDocument(bytes, name, pdfjs, {
      standardFontDataUrl: standardFontDataPath(),
      onProgress: (pagesDone, pageCount) => reply({ type: 'progress', id, pagesDone, pageCount }),
    });
    reply({ type: 'done', id, doc });
  } catch (error) {
    reply({ type: 'failed', id, reason: error instanceof Error ? error.message : String(error) });
  }
}

const port = parentPort;
if (port) {
  // The pool sends the next file only after this one is answered, so no queue is needed here.
  port.on('message', (request: ExtractRequest) => {
    void handle(request, (message) => port.postMessage(message));
  });
}
