// A pool worker's side of the protocol, the same in a worker thread and a Web Worker: read the
// requested file with the engine and answer with progress per page, OCR pages and the document.
// The host gives what differs: its pdf.js build, where the standard fonts are, its OCR engine.
import { extractDocument, type PdfjsModule } from '../../engine/extract';
import type { OcrEngine, OcrPageProgress } from '../../engine/ocr/ocrEngine';
import type { WorkerReply, WorkerRequest } from './workerProtocol';

export interface WorkerHost {
  pdfjs(): PdfjsModule | Promise<PdfjsModule>;
  /** Folder or URL (trailing slash) of pdfjs-dist's standard fonts. */
  standardFontDataUrl(): string;
  /** The worker's OCR engine: started with the first scanned page and kept for the next file. */
  ocrEngine(): OcrEngine;
}

export async function answerRequest(request: WorkerRequest, host: WorkerHost, reply: (message: WorkerReply) => void): Promise<void> {
  const { id, name, bytes, ocr, sha256 } = request;
  try {
    const doc = await extractDocument(bytes, name, await host.pdfjs(), {
      standardFontDataUrl: host.standardFontDataUrl(),
      ...(sha256 ? { sha256 } : {}),
      onProgress: (pagesDone, pageCount) => reply({ type: 'progress', id, pagesDone, pageCount }),
      ...(ocr === 'never'
        ? {}
        : {
            ocr: {
              engine: host.ocrEngine(),
              mode: ocr,
              onPage: (progress: OcrPageProgress) => reply({ type: 'ocr-page', id, progress }),
            },
          }),
    });
    reply({ type: 'done', id, doc });
  } catch (error) {
    reply({ type: 'failed', id, reason: error instanceof Error ? error.message : String(error) });
  }
}
