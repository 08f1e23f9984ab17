// The engine's OcrEngine inside a browser Web Worker: tesseract.js's browser build with every
// file from the app's own origin (ocrAssets.ts). tesseract.js is imported on the first scanned
// page, so a worker that only meets text PDFs never loads it.
import type { OcrEngine } from '@engine/ocr/ocrEngine';
import { createTesseractOcrEngine, lazyCreateWorker } from '@engine/ocr/tesseractEngine';
import type { OcrAssetUrls } from '@shared/ocrAssets';

export function createBrowserOcrEngine(assets: OcrAssetUrls): OcrEngine {
  return createTesseractOcrEngine(
    lazyCreateWorker(() => import('tesseract.js')),
    {
      lang: 'eng',
      langPath: assets.langPath,
      gzip: true,
      workerPath: assets.workerPath,
      corePath: assets.corePath,
      // The default starts the worker from a blob: URL wrapping importScripts(); a plain URL on
      // our origin needs no blob: and works under the CSP's worker-src 'self'.
      workerOptions: { workerBlobURL: false },
    },
  );
}
