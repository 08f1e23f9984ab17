// pdf.js for Node hosts (CLI, Electron main, worker threads). Only the legacy build runs on
// Node 20 (the modern one needs DOMMatrix), and its asset folders must be plain filesystem
// paths: in Node, pdf.js reads them with fs.readFile(`${base}${file}`).
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PdfjsModule } from '../engine/index';
import { installCanvasOnDemand } from './canvasOnDemand';
import { installOneShotDecompression } from './oneShotDecompression';

let pdfjsLoading: Promise<PdfjsModule> | undefined;

/** Loads `pdfjs-dist/legacy/build/pdf.mjs` once per thread; later calls share the module. */
export function loadPdfjs(): Promise<PdfjsModule> {
  pdfjsLoading ??= loadLegacyBuild().then(
    // The legacy build has the same API as the typed main entry.
    (module) => module as unknown as PdfjsModule,
  );
  return pdfjsLoading;
}

/** The legacy build and its worker module, loaded together: pdf.js then reads on this thread
 * with the worker module given (`globalThis.pdfjsWorker`) instead of importing it with the
 * first document. Streams are inflated in one zlib call each (oneShotDecompression.ts). */
async function loadLegacyBuild(): Promise<unknown> {
  installCanvasOnDemand(createRequire(path.join(pdfjsPackageDir(), 'legacy/build/pdf.mjs')));
  installOneShotDecompression();
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  return pdfjs;
}

/** Folder of the installed pdfjs-dist package, found the way Node resolves it from here. */
export function pdfjsPackageDir(): string {
  const requireHere = createRequire(import.meta.url);
  return path.dirname(requireHere.resolve('pdfjs-dist/package.json'));
}

/** A pdfjs-dist asset folder as pdf.js wants it: a path ending in "/" (it rejects others,
 * also on Windows, and appends file names to it). */
export function pdfjsAssetDir(folder: 'standard_fonts' | 'cmaps' | 'wasm'): string {
  return `${path.join(pdfjsPackageDir(), folder)}/`;
}

/** Value for `standardFontDataUrl` in Node. */
export function standardFontDataPath(): string {
  return pdfjsAssetDir('standard_fonts');
}
