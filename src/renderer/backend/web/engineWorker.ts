// An engine Web Worker: reads one PDF at a time with the same engine and the same worker side as
// the desktop app and the CLI (shared/pdfPool/answerRequest.ts). Scanned pages go through
// tesseract.js, started on the first scan this worker meets and kept for the next.
import type { OcrEngine } from '@engine/ocr/ocrEngine';
import { answerRequest } from '@shared/pdfPool/answerRequest';
import { pdfjsInWorker } from './pdfjsInWorker';
import { createBrowserOcrEngine } from './browserOcr';
import type { ExtractMessage, WorkerReply } from './workerProtocol';

declare const self: DedicatedWorkerGlobalScope;

let ocrEngine: OcrEngine | undefined;

function reply(message: WorkerReply): void {
  self.postMessage(message);
}

self.addEventListener('message', ({ data: request }: MessageEvent<ExtractMessage>) => {
  void answerRequest(
    request,
    {
      pdfjs: () => pdfjsInWorker,
      standardFontDataUrl: () => request.standardFontDataUrl,
      ocrEngine: () => (ocrEngine ??= createBrowserOcrEngine(request.ocrAssets)),
    },
    reply,
  );
});
