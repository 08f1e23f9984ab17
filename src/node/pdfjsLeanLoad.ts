// pdf.js's Node build, as it loads, touches two things that reading text never uses, and each
// costs a fresh thread tens of milliseconds before its first page (Node 22, measured per thread):
// - it requires @napi-rs/canvas: the native library and what the package pulls in, 20-25 ms;
// - it checks Node's global Response for a method to polyfill, and that first touch loads
//   Node's whole fetch implementation (undici, http, tls), about 40 ms.
// Drawing a page for OCR needs the canvas, so the canvas package is put in require's cache as a
// stand-in that loads the real one on first use (Node documents that require.cache entries may
// be added or replaced). Response is shadowed only while pdf.js's modules load; pdf.js uses it
// only to fetch URLs and to save, and the Node host hands it bytes and never saves.
import Module, { createRequire } from 'node:module';

type CanvasPackage = Record<PropertyKey, unknown>;
type Constructor = new (...args: unknown[]) => object;

/** Loads pdf.js's modules (`load`) without the two costs above. Call once per thread, before
 * pdf.js is loaded; `requireFromPdfjs` is a require made at pdf.js's own file. */
export async function loadPdfjsLean<T>(requireFromPdfjs: NodeJS.Require, load: () => Promise<T>): Promise<T> {
  installCanvasOnDemand(requireFromPdfjs);
  return withResponseShadowed(load);
}

/** Puts the stand-in in the cache `requireFromPdfjs` (a require made at pdf.js's own file)
 * uses, unless the package is loaded already or not installed (pdf.js then warns itself). */
function installCanvasOnDemand(requireFromPdfjs: NodeJS.Require): void {
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

/** Runs `load` while the global Response is a stub with the one method pdf.js checks for. Only
 * while Node still has Response as its lazy getter: once loaded there is nothing to save. */
async function withResponseShadowed<T>(load: () => Promise<T>): Promise<T> {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'Response');
  if (!descriptor?.get || !descriptor.configurable) return load();
  // Has the method pdf.js checks for; `new Response(…)` meanwhile (no code of ours does) still
  // makes a real one.
  const realResponse = descriptor.get;
  const stub = function Response(...args: unknown[]): object {
    return Reflect.construct(realResponse.call(globalThis) as new (...args: unknown[]) => object, args);
  };
  stub.prototype = { bytes: () => undefined };
  Object.defineProperty(globalThis, 'Response', { configurable: true, writable: true, value: stub });
  try {
    return await load();
  } finally {
    Object.defineProperty(globalThis, 'Response', descriptor);
  }
}
