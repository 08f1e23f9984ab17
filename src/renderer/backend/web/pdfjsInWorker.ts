// pdf.js inside an engine Web Worker, set up for the app's strict CSP and for speed.
//
// pdf.js normally splits itself in two: the API on the page and a parser in its own worker.
// Here the API already runs in a worker, so the parser runs on this same thread ("fake
// worker"): pdf.js uses `globalThis.pdfjsWorker` when it is set, with no dynamic import, no
// eval and no blob: URL. Measured in Chromium: a nested pdf.js worker per engine worker also
// works under the CSP but is slower (twice the threads for the same cores, and every text
// item is posted once more between threads).
import * as pdfjs from 'pdfjs-dist';
import * as pdfjsParser from 'pdfjs-dist/build/pdf.worker.min.mjs';
import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api';
import type { PdfjsModule } from '@engine/index';
import { CachedBinaryDataFactory } from './cachedBinaryData';
import { OffscreenCanvasFactory } from './offscreenCanvasFactory';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsParser;

/** pdfjs-dist's browser build, as the engine takes it. */
export const pdfjsInWorker: PdfjsModule = {
  // The engine always passes a parameter object (bytes plus options).
  getDocument: (source) =>
    pdfjs.getDocument({
      ...(source as DocumentInitParameters),
      // pdf.js's default font loader reads `document.baseURI`, which a worker lacks; this one
      // fetches from the page's origin and keeps each font for every later file.
      BinaryDataFactory: CachedBinaryDataFactory,
      // Canvases without `document`, for drawing a page to OCR when it has no scan image.
      CanvasFactory: OffscreenCanvasFactory,
      useWorkerFetch: false,
    }),
};
