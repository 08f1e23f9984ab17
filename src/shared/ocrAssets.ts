// Where the browser edition serves tesseract.js's files: the build (src/web/ocrAssetsPlugin.ts)
// copies them there and the page (renderer/backend/web/ocrAssets.ts) points tesseract.js at
// them. tesseract.js defaults to a CDN for all three; the edition must never reach the
// network, so every URL is on the app's own origin.

/** Folder of the OCR files in the build, relative to index.html. */
export const OCR_ASSETS_PATH = 'tesseract/';

/** File names inside OCR_ASSETS_PATH (the plugin copies exactly these). */
export const OCR_ASSET_FILES = {
  /** tesseract.js's classic worker script; it importScripts() the core. */
  worker: 'worker.min.js',
  /** The LSTM-only WebAssembly cores (the `.wasm.js` files embed the wasm). tesseract.js picks
   * one by what the browser supports. */
  coreDir: 'core/',
  cores: ['tesseract-core-lstm.wasm.js', 'tesseract-core-simd-lstm.wasm.js', 'tesseract-core-relaxedsimd-lstm.wasm.js'],
  /** English LSTM best_int (measured best on the scans, bench/ocr.ts), gzipped as published. */
  langDir: 'lang/',
  language: 'eng.traineddata.gz',
} as const;

export interface OcrAssetUrls {
  workerPath: string;
  corePath: string;
  langPath: string;
}
