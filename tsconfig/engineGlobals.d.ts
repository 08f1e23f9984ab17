// The few web-standard globals the engine uses, which Node, browsers and workers all provide.
// Declared here (for tsconfig/engine.json only) so the engine cannot reach for anything else:
// the renderer's DOM lib and @types/node declare the same names for their own layers.
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
declare class TextDecoder {
  constructor(label?: string);
  decode(input?: Uint8Array): string;
}
interface AbortSignal {
  readonly aborted: boolean;
  readonly reason: unknown;
  // The PDF pool (src/shared/pdfPool) answers a file the moment its signal aborts.
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}
// Timers, for the PDF pool's time limit per file and its progress batches; every host has them.
// The handle is opaque: Node's is an object, a browser's a number.
declare function setTimeout(callback: () => void, ms?: number): unknown;
declare function clearTimeout(handle: unknown): void;
declare const crypto: {
  readonly subtle: { digest(algorithm: 'SHA-256', data: ArrayBuffer): Promise<ArrayBuffer> };
};
