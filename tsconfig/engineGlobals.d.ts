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
}
declare var crypto: {
  readonly subtle: { digest(algorithm: 'SHA-256', data: ArrayBuffer): Promise<ArrayBuffer> };
};
