// pdf.js's Node build requires @napi-rs/canvas as it loads, also for text PDFs: the native
// library and what its package pulls in cost a fresh thread 20-25 ms before its first page.
// Reading text needs only DOMMatrix, which the package ships as plain JavaScript (geometry.js);
// drawing a page for OCR needs the canvas itself. So before pdf.js loads, the package is put in
// require's cache as a stand-in that hands out that DOMMatrix and loads the real package on first
// use (Node documents that require.cache entries may be added or replaced).
// Not done: pdf.js also touches the global Response as it loads, which makes Node load its fetch
// implementation (about 40 ms). On Node 22 that global cannot be looked at, let alone restored,
// without loading it, so it stays.
import Module, { createRequire } from 'node:module';

type CanvasPackage = Record<PropertyKey, unknown>;
type Constructor = new (...args: unknown[]) => object;

/** Puts the stand-in in the cache `requireFromPdfjs` (a require made at pdf.js's own file)
 * uses, unless the package is loaded already or not installed (pdf.js then warns itself).
 * Call once per thread, before pdf.js is loaded. */
export function installCanvasOnDemand(requireFromPdfjs: NodeJS.Require): void {
  let canvasFile: string;
  try {
    canvasFile = requireFromPdfjs.resolve('@napi-rs/canvas');
  } catch {
    return;
  }
  const cache = requireFromPdfjs.cache;
  if (cache[canvasFile]) return;

  const requireCanvas = createRequire(canvasFile);
  let geometry: CanvasPackage;
  try {
    geometry = requireCanvas('./geometry.js') as CanvasPackage;
  } catch {
    // Another version of the package, laid out otherwise: pdf.js loads the real one as before.
    return;
  }
  const standIn = new Module(canvasFile);
  let real: CanvasPackage | undefined;
  const loadReal = (): CanvasPackage => {
    if (!real) {
      // The real package replaces the stand-in, so later requires get it directly.
      delete cache[canvasFile];
      real = requireCanvas(canvasFile) as CanvasPackage;
    }
    return real;
  };
  // pdf.js installs these two as globals when it loads; they are only used for drawing.
  const onDemand = { ImageData: classOnDemand(() => loadReal()['ImageData']), Path2D: classOnDemand(() => loadReal()['Path2D']) };
  standIn.filename = canvasFile;
  standIn.loaded = true;
  standIn.exports = new Proxy({} as CanvasPackage, {
    get: (_target, key) => {
      if (key === 'DOMMatrix' || key === 'DOMPoint' || key === 'DOMRect') return geometry[key];
      if (key === 'ImageData' || key === 'Path2D') return onDemand[key];
      return loadReal()[key];
    },
    has: (_target, key) => key in loadReal(),
  });
  cache[canvasFile] = standIn;
}

/** A class whose instances come from the real one, loaded at the first `new` or `instanceof`. */
function classOnDemand(load: () => unknown): Constructor {
  const real = (): Constructor => load() as Constructor;
  return class {
    constructor(...args: unknown[]) {
      // A constructor that returns an object gives that object to `new`.
      return new (real())(...args);
    }
    static [Symbol.hasInstance](value: unknown): boolean {
      return value instanceof real();
    }
  };
}
