// OcrEngine on top of tesseract.js, for any host: the host passes tesseract.js's
// `createWorker` and where its files are (Node: folders in node_modules; browser: URLs of
// static assets on the app's own origin), so nothing here imports the library or touches
// the network. Only structural types of the slice used are declared.
import type { OcrEngine, OcrImage, OcrWord, RecognizeOptions } from './ocrEngine';

/** tesseract.js's OEM.LSTM_ONLY: the neural recogniser, which reads the fixtures best and
 * needs no legacy model data. */
const LSTM_ONLY = 1;

/** tesseract.js's createWorker(langs, oem, options). */
export type CreateTesseractWorker = (langs: string, oem: number, options: Record<string, unknown>) => Promise<TesseractWorkerLike>;

/** A createWorker that imports tesseract.js on first use (`load` is the host's own
 * `() => import('tesseract.js')`, so each host's bundler resolves its own build). */
export function lazyCreateWorker(load: () => Promise<unknown>): CreateTesseractWorker {
  return async (langs, oem, options) => {
    const module = (await load()) as { createWorker?: CreateTesseractWorker; default?: { createWorker: CreateTesseractWorker } };
    // A CommonJS package: loaded as ESM its exports may sit on `default`.
    const create = module.createWorker ?? module.default?.createWorker;
    if (!create) throw new Error('tesseract.js exports no createWorker');
    return create(langs, oem, options);
  };
}

export interface TesseractWorkerLike {
  setParameters(params: Record<string, string>): Promise<unknown>;
  recognize(image: Uint8Array, options: Record<string, unknown>, output: Record<string, boolean>): Promise<{ data: { blocks: TesseractBlock[] | null } }>;
  terminate(): Promise<unknown>;
}

interface TesseractBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
interface TesseractBlock {
  paragraphs: { lines: { baseline: TesseractBox & { has_baseline?: boolean }; words: { text: string; confidence: number; bbox: TesseractBox }[] }[] }[];
}

export interface TesseractConfig {
  /** Language code(s), e.g. 'eng'. */
  lang: string;
  /** Folder (Node) or URL (browser) holding `<lang>.traineddata[.gz]`. Required: without
   * it tesseract.js downloads from a CDN. */
  langPath: string;
  /** Whether the language file is gzipped (`.traineddata.gz`). */
  gzip: boolean;
  /** tesseract.js worker script; browser hosts must serve it themselves (the default is a CDN). */
  workerPath?: string;
  /** Folder/URL of tesseract.js-core (`tesseract-core*.wasm.js`); browser hosts must serve it. */
  corePath?: string;
  /** Tesseract page segmentation mode. Default '6' (one uniform block): it keeps a table
   * row on one line, where automatic layout analysis ('3') splits rows into column blocks
   * and misreads short numbers (measured in bench/ocr.ts). */
  pageSegMode?: string;
  /** Extra tesseract parameters for the page pass (e.g. tessedit_char_whitelist), for
   * measurements; none are needed by default. */
  pageParameters?: Record<string, string>;
  /** Extra createWorker options (e.g. workerBlobURL: false under a strict CSP). */
  workerOptions?: Record<string, unknown>;
}

export interface TesseractOcrEngine extends OcrEngine {
  /** Stops the tesseract.js worker, if one was started. Later recognize() calls reject. */
  terminate(): Promise<void>;
}

export const DEFAULT_PAGE_SEG_MODE = '6';
/** A cut-out number: one line of text (PSM 7), digits and separators only. */
const NUMBER_PARAMETERS = { tessedit_pageseg_mode: '7', tessedit_char_whitelist: '0123456789.,' };

/** One tesseract.js worker, started by the first recognize() (a host thread that never
 * meets a scan never loads the WebAssembly core and the language data). */
export function createTesseractOcrEngine(createWorker: CreateTesseractWorker, config: TesseractConfig): TesseractOcrEngine {
  let starting: Promise<TesseractWorkerLike> | undefined;
  /** Parameters as last set on the worker, so they are only sent when they change. */
  const current: Record<string, string> = {};
  let queue: Promise<unknown> = Promise.resolve();
  let terminated = false;

  async function start(): Promise<TesseractWorkerLike> {
    const worker = await createWorker(config.lang, LSTM_ONLY, {
      ...config.workerOptions,
      langPath: config.langPath,
      gzip: config.gzip,
      // The default writes <lang>.traineddata into the working directory (Node) or IndexedDB.
      cacheMethod: 'none',
      ...(config.workerPath ? { workerPath: config.workerPath } : {}),
      ...(config.corePath ? { corePath: config.corePath } : {}),
      logger: () => {},
      errorHandler: () => {},
    });
    return worker;
  }

  async function recognizeNow(image: OcrImage, options?: RecognizeOptions): Promise<OcrWord[]> {
    if (terminated) throw new Error('OCR engine is terminated');
    const worker = await (starting ??= start());
    const wanted: Record<string, string> = {
      ...(options?.content === 'number'
        ? NUMBER_PARAMETERS
        : { tessedit_pageseg_mode: config.pageSegMode ?? DEFAULT_PAGE_SEG_MODE, tessedit_char_whitelist: '', ...config.pageParameters }),
      // Tells tesseract the text size instead of letting it guess from the image.
      user_defined_dpi: String(Math.round(image.dpi)),
    };
    const changed = Object.fromEntries(Object.entries(wanted).filter(([key, value]) => current[key] !== value));
    if (Object.keys(changed).length > 0) {
      await worker.setParameters(changed);
      Object.assign(current, changed);
    }
    const result = await worker.recognize(encodePgm(image), {}, { text: false, blocks: true });
    return wordsOf(result.data.blocks ?? []);
  }

  return {
    recognize(image, options) {
      // One image at a time per worker, in order.
      const run = queue.then(() => recognizeNow(image, options));
      queue = run.catch(() => undefined);
      return run;
    },
    async terminate() {
      terminated = true;
      const worker = starting;
      starting = undefined;
      if (worker) await (await worker.catch(() => null))?.terminate();
    },
  };
}

/** Binary PGM (P5): the simplest format leptonica reads directly, in Node and in browsers
 * alike (BMP would go through an extra JavaScript decode in tesseract.js). */
export function encodePgm(image: OcrImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.length + image.width * image.height);
  out.set(header, 0);
  out.set(image.data.subarray(0, image.width * image.height), header.length);
  return out;
}

/** Flattens tesseract's block → paragraph → line → word tree, keeping each line's baseline. */
export function wordsOf(blocks: readonly TesseractBlock[]): OcrWord[] {
  const words: OcrWord[] = [];
  let lineId = 0;
  for (const block of blocks) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        lineId++;
        const { x0, y0, x1, y1 } = line.baseline;
        const slope = x1 !== x0 ? (y1 - y0) / (x1 - x0) : 0;
        const hasBaseline = line.baseline.has_baseline !== false;
        for (const word of line.words) {
          const text = word.text.trim();
          if (!text) continue;
          const centre = (word.bbox.x0 + word.bbox.x1) / 2;
          words.push({
            text,
            bbox: { x0: word.bbox.x0, y0: word.bbox.y0, x1: word.bbox.x1, y1: word.bbox.y1 },
            confidence: word.confidence,
            lineId,
            ...(hasBaseline ? { baselineY: y0 + slope * (centre - x0) } : {}),
          });
        }
      }
    }
  }
  return words;
}
