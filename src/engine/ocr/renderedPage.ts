// A page that has no text to read and no scan image (text turned into outlines, or text whose
// characters do not decode) is drawn by pdf.js itself into a gray raster for OCR. pdf.js draws
// with the canvas factory its host gave the document (Node: @napi-rs/canvas; a Web Worker:
// OffscreenCanvas), so this module stays free of any canvas library.
import { toGray } from './grayImage';
import type { PageRaster } from './pageRaster';

/** pdf.js's ImageKind.RGBA_32BPP: what a canvas hands back. */
const RGBA_32BPP = 3;

export interface CanvasAndContext {
  canvas: unknown;
  context: { getImageData(x: number, y: number, width: number, height: number): { data: Uint8ClampedArray } } | null;
}

/** pdf.js's canvas factory as the document exposes it (`PDFDocumentProxy.canvasFactory`). */
export interface CanvasFactoryLike {
  create(width: number, height: number): CanvasAndContext;
  destroy(entry: CanvasAndContext): void;
}

export interface PdfRenderPageLike {
  getViewport(params: { scale: number }): { width: number; height: number };
  render(params: Record<string, unknown>): { promise: Promise<void> };
}

/** Past this many pixels a page is drawn at a lower resolution (a poster-sized page at 300 dpi
 * would need gigabytes). A4 at 300 dpi is 8.7 Mpx. */
const MAX_PIXELS = 24_000_000;

/** The page at `dpi` (lower for huge pages) as gray pixels on white. */
export async function renderPageGray(page: PdfRenderPageLike, canvasFactory: CanvasFactoryLike, dpi: number): Promise<PageRaster> {
  const unscaled = page.getViewport({ scale: 1 });
  const wanted = dpi / 72;
  const fit = Math.sqrt(MAX_PIXELS / Math.max(1, unscaled.width * wanted * unscaled.height * wanted));
  const scale = wanted * Math.min(1, fit);
  const viewport = page.getViewport({ scale });
  const width = Math.max(1, Math.ceil(viewport.width));
  const height = Math.max(1, Math.ceil(viewport.height));
  const entry = canvasFactory.create(width, height);
  try {
    if (!entry.context) throw new Error('geen tekenvlak beschikbaar om de pagina te tekenen');
    await page.render({ canvas: entry.canvas, canvasContext: entry.context, viewport, background: 'white', annotationMode: 0 }).promise;
    const { data: rgba } = entry.context.getImageData(0, 0, width, height);
    const gray = toGray({ width, height, data: rgba, kind: RGBA_32BPP });
    if (!gray) throw new Error('de getekende pagina kon niet worden gelezen');
    return { width, height, data: gray, dpi: scale * 72, pointsPerPixel: 1 / scale };
  } finally {
    canvasFactory.destroy(entry);
  }
}
