// The contract between the engine and an OCR engine. The engine stays free of any OCR
// library: a host (Node worker thread, browser Web Worker) injects an implementation, e.g.
// src/node/ocrNode.ts with tesseract.js.

/** An 8-bit grayscale raster, row-major, top row first: what the engine hands to OCR. */
export interface OcrImage {
  width: number;
  height: number;
  /** width × height bytes, 0 = black, 255 = white. */
  data: Uint8Array;
  /** Resolution of the raster, so the engine need not guess the text size. */
  dpi: number;
}

/** Axis-aligned box in image pixels, origin top-left, y down. */
export interface PixelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrWord {
  text: string;
  bbox: PixelBox;
  /** 0..100 as the engine reports it. */
  confidence: number;
  /** y of the text line's baseline under this word, in image pixels, when the engine knows it
   * (better than the box bottom, which drops for descenders such as g, j, p). */
  baselineY?: number;
  /** Words with the same line id were read as one text line. */
  lineId?: number;
}

/** What the image holds: a whole page, or one number cut out of a table (the engine may
 * then read it as a single line of digits). */
export interface RecognizeOptions {
  content: 'page' | 'number';
}

export interface OcrEngine {
  recognize(image: OcrImage, options?: RecognizeOptions): Promise<OcrWord[]>;
}

/** `auto`: OCR pages without a usable text layer; `always`: also pages whose text layer
 * looks usable (scanner PDFs often carry a poor OCR layer of their own); `never`: no OCR,
 * scanned pages only get the needs-ocr warning. */
export type OcrMode = 'auto' | 'always' | 'never';

export const OCR_MODES: readonly OcrMode[] = ['auto', 'always', 'never'];

/** Progress of one page's recognition, so a UI can show "tekstherkenning pagina 3 van 10". */
export interface OcrPageProgress {
  page: number;
  pageCount: number;
  state: 'recognizing' | 'done';
}

export interface OcrOptions {
  engine: OcrEngine;
  mode: OcrMode;
  onPage?: (progress: OcrPageProgress) => void;
}
