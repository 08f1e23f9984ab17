// An engine Web Worker: reads one PDF at a time with the same engine as the desktop app and
// the CLI, and answers with progress per page and the finished document. Scanned pages go
// through tesseract.js, started on the first scan this worker meets and kept for the next.
import { extractDocument } from '@engine/index';
import type { OcrEngine } from '@engine/ocr/ocrEngine';
import { pdfjsInWorker } from './pdfjsInWorker';
import { createBrowserOcrEngine } from './browserOcr';
import type { ExtractMessage, WorkerReply } from './workerProtocol';

declare const self: DedicatedWorkerGlobalScope;

let ocrEngine: OcrEngine | undefined;

function reply(message: WorkerReply): void {
  self.postMessage(message);
}

async function extract({ id, name, bytes, standardFontDataUrl, ocr, ocrAssets }: ExtractMessage): Promise<void> {
  try {
    const doc = await extractDocument(bytes, name, pdfjsInWorker, {
      standardFontDataUrl,
      onProgress: (pagesDone, pageCount) => reply({ type: 'progress', id, pagesDone, pageCount }),
      ...(ocr === 'never' ? {} : {
        ocr: {
          engine: (ocrEngine ??= createBrowserOcrEngine(ocrAssets)),
          mode: ocr,
          onPage: (progress) => reply({ type: 'ocr-page', id, progress }),
        },
      }),
    });
    reply({ type: 'done', id, doc });
  } catch (error) {
    reply({ type: 'failed', id, reason: error instanceof Error ? error.message : String(error) });
  }
}

self.addEventListener('message', (event: MessageEvent<ExtractMessage>) => void extract(event.data));
