// pdf.js inflates every compressed stream of a PDF (page contents, fonts, images) through the
// web's DecompressionStream when the platform has one. In Node that is web streams over zlib:
// a chain of promises and chunk copies for each stream, and loading web streams costs a fresh
// thread time before its first page. Measured on 20 copies of the national file through the CLI:
// about 5 % of the whole run. A thread that reads PDFs therefore gets a DecompressionStream of the
// shape pdf.js uses (pdf.worker.mjs, asyncGetBytesFromDecompressionStream and
// decompressSignature) that inflates in one synchronous zlib call.
//
// It fails where the native one fails (corrupt or truncated data, an unknown format), and also
// when the output would pass MAX_OUTPUT_BYTES: pdf.js then inflates that stream with its own
// JavaScript decoder, as it does on a platform without DecompressionStream, where the thread's
// memory guard watches every large allocation (memoryGuard.ts). A synchronous zlib call is not
// watched, hence the cap.
import zlib from 'node:zlib';

/** Larger outputs go to pdf.js's own decoder: no real report has a stream near this size (a
 * 300 dpi A4 grey page is 9 MB), a compression bomb does. */
export const MAX_OUTPUT_BYTES = 64 * 2 ** 20;

type Format = 'deflate' | 'deflate-raw' | 'gzip' | 'brotli';

const INFLATE: Record<Format, (input: Uint8Array) => Buffer> = {
  deflate: (input) => zlib.inflateSync(input, { maxOutputLength: MAX_OUTPUT_BYTES }),
  'deflate-raw': (input) => zlib.inflateRawSync(input, { maxOutputLength: MAX_OUTPUT_BYTES }),
  gzip: (input) => zlib.gunzipSync(input, { maxOutputLength: MAX_OUTPUT_BYTES }),
  brotli: (input) => zlib.brotliDecompressSync(input, { maxOutputLength: MAX_OUTPUT_BYTES }),
};

/** The part of a DecompressionStream pdf.js uses: write the bytes, close, iterate the output. */
export class OneShotDecompressionStream {
  readonly writable: { getWriter(): OneShotWriter };
  readonly readable: AsyncIterable<Uint8Array>;

  constructor(format: string) {
    if (!Object.hasOwn(INFLATE, format)) throw new TypeError(`Unsupported compression format: '${format}'`);
    const inflate = INFLATE[format as Format];
    const chunks: Uint8Array[] = [];
    const writer: OneShotWriter = {
      ready: Promise.resolve(),
      write: (chunk) => {
        chunks.push(chunk);
        return Promise.resolve();
      },
      close: () => Promise.resolve(),
    };
    this.writable = { getWriter: () => writer };
    this.readable = {
      // pdf.js writes everything before it reads: the whole input is there by the first read.
      async *[Symbol.asyncIterator]() {
        const output = inflate(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
        // A plain Uint8Array over a buffer of its own, as the native stream yields: pdf.js reads
        // `chunk.buffer` from offset 0, and a small Buffer may be a slice of Node's shared pool.
        const own = output.byteOffset === 0 && output.byteLength === output.buffer.byteLength;
        yield own ? new Uint8Array(output.buffer) : new Uint8Array(output);
      },
    };
  }
}

interface OneShotWriter {
  ready: Promise<void>;
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/** Makes this thread's DecompressionStream the one-shot one (once per thread, before pdf.js reads). */
export function installOneShotDecompression(): void {
  (globalThis as { DecompressionStream?: unknown }).DecompressionStream = OneShotDecompressionStream;
}
