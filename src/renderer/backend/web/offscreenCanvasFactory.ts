// pdf.js's canvas factory for a Web Worker: its default one creates <canvas> elements through
// `document`, which a worker lacks. The engine draws a page itself only to OCR a page without
// text or scan image (text turned into outlines); pdf.js also uses it for temporary canvases.
interface CanvasAndContext {
  canvas: OffscreenCanvas | null;
  context: OffscreenCanvasRenderingContext2D | null;
}

export class OffscreenCanvasFactory {
  // pdf.js constructs the factory with { ownerDocument, enableHWA }; neither applies here.
  constructor(_options?: unknown) {}

  create(width: number, height: number): CanvasAndContext {
    if (width <= 0 || height <= 0) throw new Error('Invalid canvas size');
    const canvas = new OffscreenCanvas(width, height);
    // Read back once per page: the CPU-backed canvas is the faster one for that.
    return { canvas, context: canvas.getContext('2d', { willReadFrequently: true }) };
  }

  reset(entry: CanvasAndContext, width: number, height: number): void {
    if (!entry.canvas) throw new Error('Canvas is not specified');
    if (width <= 0 || height <= 0) throw new Error('Invalid canvas size');
    entry.canvas.width = width;
    entry.canvas.height = height;
  }

  destroy(entry: CanvasAndContext): void {
    if (!entry.canvas) throw new Error('Canvas is not specified');
    // Zero size frees the pixels at once, not when the garbage collector gets to it.
    entry.canvas.width = 0;
    entry.canvas.height = 0;
    entry.canvas = null;
    entry.context = null;
  }
}
