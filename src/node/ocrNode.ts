// The engine's OcrEngine for Node hosts (CLI, Electron main, worker threads): tesseract.js,
// fully offline. Everything comes from node_modules: the worker script and the WebAssembly
// core from tesseract.js / tesseract.js-core, the language data from @tesseract.js-data/eng.
// (tesseract.js downloads language data from a CDN unless `langPath` names a local folder,
// and caches it in the working directory unless `cacheMethod` is 'none'; the shared
// factory sets both.)
import { createRequire } from 'node:module';
import path from 'node:path';
import { createTesseractOcrEngine, lazyCreateWorker, type TesseractOcrEngine } from '../engine/ocr/tesseractEngine';

/** Language data tesseract.js reads: `<folder>/<lang>.traineddata[.gz]`. */
export interface OcrLanguageData {
  lang: string;
  folder: string;
  gzip: boolean;
}

export interface NodeOcrEngineOptions {
  /** Default: English LSTM "best_int" from @tesseract.js-data/eng (measured best on the
   * fixtures, see bench/ocr.ts). */
  language?: OcrLanguageData;
  /** Tesseract page segmentation mode; default as in tesseractEngine.ts. */
  pageSegMode?: string;
  /** Extra tesseract parameters for the page pass (measurements only). */
  pageParameters?: Record<string, string>;
}

export type NodeOcrEngine = TesseractOcrEngine;

const requireHere = createRequire(import.meta.url);

/** The npm package's language data: `4.0.0_best_int` (LSTM only, 3 MB) or `4.0.0`
 * (legacy + LSTM, 11 MB). */
export function npmEnglishData(variant: '4.0.0_best_int' | '4.0.0' = '4.0.0_best_int'): OcrLanguageData {
  const folder = path.join(path.dirname(requireHere.resolve('@tesseract.js-data/eng/package.json')), variant);
  return { lang: 'eng', folder, gzip: true };
}

/** Debian's tesseract-ocr-<lang> data (uncompressed); used for measurements only. */
export function debianLanguageData(lang: string): OcrLanguageData {
  return { lang, folder: '/usr/share/tesseract-ocr/5/tessdata', gzip: false };
}

/** A tesseract.js engine for this thread. tesseract.js itself is loaded on the first page
 * to recognise, so a thread that never meets a scan never loads it. */
export function createNodeOcrEngine(options: NodeOcrEngineOptions = {}): NodeOcrEngine {
  const language = options.language ?? npmEnglishData();
  return createTesseractOcrEngine(
    lazyCreateWorker(() => import('tesseract.js')),
    {
      lang: language.lang,
      langPath: language.folder,
      gzip: language.gzip,
      // Explicit, so no default can ever point at a CDN.
      workerPath: requireHere.resolve('tesseract.js/src/worker-script/node/index.js'),
      // tesseract.js-core as tesseract.js itself resolves it (Node loads the core with require).
      corePath: path.dirname(createRequire(requireHere.resolve('tesseract.js')).resolve('tesseract.js-core/package.json')),
      ...(options.pageSegMode ? { pageSegMode: options.pageSegMode } : {}),
      ...(options.pageParameters ? { pageParameters: options.pageParameters } : {}),
    },
  );
}
