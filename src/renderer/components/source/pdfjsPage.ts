// pdf.js on the page itself, for drawing pages in the source panel (the engine reads PDFs
// elsewhere: in Web Workers or in the main process). Loaded on demand, so a session that
// never opens the panel never loads pdf.js here. Under the strict CSP: its one worker is a
// file from the app's own origin, no eval, fonts from the app's own standard_fonts/ folder,
// and the PDF comes from memory: nothing is fetched from anywhere else.
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { MAX_IMAGE_PIXELS } from '@engine/ocr/imageLimits';
import { CachedBinaryDataFactory } from '../../backend/web/cachedBinaryData';
import { standardFontsUrl } from '../../backend/web/standardFonts';
import type { PdfDocument, PdfPages } from './sourcePages';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

// One pdf.js worker for every document the panel opens (without it, each gets its own).
let worker: pdfjs.PDFWorker | undefined;

export const pdfjsPages: PdfPages<HTMLCanvasElement> = {
  async open(bytes) {
    worker ??= new pdfjs.PDFWorker();
    const task = pdfjs.getDocument({
      // pdf.js takes ownership of (transfers) what it is given; the byte store keeps its own.
      data: bytes.slice(),
      worker,
      isEvalSupported: false,
      // Fonts a PDF does not embed come from the app's build, the same on every machine.
      standardFontDataUrl: standardFontsUrl(),
      useSystemFonts: false,
      BinaryDataFactory: CachedBinaryDataFactory,
      useWorkerFetch: false,
      enableXfa: false,
      // An image declaring gigapixels is left out of the drawing instead of decoded (imageLimits.ts).
      maxImageSize: MAX_IMAGE_PIXELS,
    });
    const document = await task.promise;
    return pdfDocument(document, () => void task.destroy());
  },
};

function pdfDocument(document: pdfjs.PDFDocumentProxy, destroy: () => void): PdfDocument<HTMLCanvasElement> {
  return {
    pageCount: document.numPages,
    async pageSize(page) {
      const { width, height } = (await document.getPage(page)).getViewport({ scale: 1 });
      return { width, height };
    },
    render(pageNumber, pixelScale) {
      let task: pdfjs.RenderTask | undefined;
      let cancelled = false;
      const promise = document.getPage(pageNumber).then(async (page) => {
        // The same viewport the engine measured boxes in (/Rotate applied), scaled.
        const viewport = page.getViewport({ scale: pixelScale });
        const canvas = window.document.createElement('canvas');
        canvas.width = Math.max(1, Math.floor(viewport.width));
        canvas.height = Math.max(1, Math.floor(viewport.height));
        if (cancelled) throw new Error('cancelled');
        task = page.render({ canvas, viewport });
        await task.promise;
        return canvas;
      });
      return {
        promise,
        cancel() {
          cancelled = true;
          task?.cancel();
        },
      };
    },
    release(canvas) {
      // Zero size frees the canvas's pixels now rather than at garbage collection.
      canvas.width = 0;
      canvas.height = 0;
    },
    destroy,
  };
}
