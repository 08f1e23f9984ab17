// The DecompressionStream a PDF-reading thread gets (src/node/oneShotDecompression.ts): it gives
// what zlib gives, fails where it must so that pdf.js falls back to its own decoder, and pdf.js
// reads real files with it exactly as with that decoder.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MAX_OUTPUT_BYTES, OneShotDecompressionStream } from '../../src/node/oneShotDecompression';
import { loadPdfjs } from '../../src/node/pdfjsNode';
import { extractBytes } from '../helpers/extract';
import { FIXTURES_DIR } from '../helpers/fixtures';

/** Reads a stream the way pdf.js does: write, close without waiting, collect the chunks. */
async function decompress(format: string, input: Uint8Array): Promise<Uint8Array[]> {
  const { readable, writable } = new OneShotDecompressionStream(format);
  const writer = writable.getWriter();
  await writer.ready;
  void writer.write(input).then(() => writer.close());
  const chunks: Uint8Array[] = [];
  for await (const chunk of readable) chunks.push(chunk);
  return chunks;
}

/** Bytes that compress a little, the same every run. */
function sample(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[i] = i % 7 === 0 ? state >>> 24 : 0x41 + (i % 13);
  }
  return bytes;
}

describe('one-shot DecompressionStream', () => {
  const compressors = {
    deflate: zlib.deflateSync,
    'deflate-raw': zlib.deflateRawSync,
    gzip: zlib.gzipSync,
    brotli: zlib.brotliCompressSync,
  };

  for (const [format, compress] of Object.entries(compressors)) {
    it(`gives back what was compressed (${format}), small and large`, async () => {
      for (const [length, seed] of [
        [0, 1],
        [37, 2],
        [70_000, 3],
      ] as const) {
        const original = sample(length, seed);
        const chunks = await decompress(format, compress(original));
        expect(chunks).toHaveLength(1);
        expect(Buffer.from(chunks[0]!).equals(Buffer.from(original))).toBe(true);
      }
    });
  }

  it('yields a plain Uint8Array that owns its buffer, also for a small output', async () => {
    // pdf.js reads a signature's length from `chunk.buffer` at offset 0; a small Buffer from zlib
    // may be a slice of Node's shared pool.
    const [chunk] = await decompress('deflate-raw', zlib.deflateRawSync(Uint8Array.of(9, 0, 0, 0, 1, 2, 3, 4, 5)));
    expect(Object.getPrototypeOf(chunk)).toBe(Uint8Array.prototype);
    expect(chunk!.byteOffset).toBe(0);
    expect(chunk!.buffer.byteLength).toBe(9);
    expect(new Uint32Array(chunk!.buffer, 0, 1)[0]).toBe(9);
  });

  it('fails on corrupt and truncated data, as the native stream does', async () => {
    const good = zlib.deflateSync(sample(5000, 4));
    const corrupt = Uint8Array.from(good);
    corrupt.fill(0xff, 10, 30);
    await expect(decompress('deflate', corrupt)).rejects.toThrow();
    await expect(decompress('deflate', good.subarray(0, good.length - 40))).rejects.toThrow();
  });

  it('refuses an output past its cap, so that pdf.js decodes it under the memory guard', async () => {
    const bomb = zlib.deflateSync(new Uint8Array(MAX_OUTPUT_BYTES + 1));
    expect(bomb.length).toBeLessThan(200_000);
    await expect(decompress('deflate', bomb)).rejects.toThrow(RangeError);
  });

  it('refuses a format it does not know when it is made, as the native one does', () => {
    expect(() => new OneShotDecompressionStream('lzma')).toThrow(TypeError);
    expect(() => new OneShotDecompressionStream('toString')).toThrow(TypeError);
  });
});

describe('pdf.js with the one-shot DecompressionStream', () => {
  const globals = globalThis as { DecompressionStream?: unknown };
  beforeAll(async () => {
    await loadPdfjs();
  });
  afterEach(() => {
    globals.DecompressionStream = OneShotDecompressionStream;
  });

  it('is what a thread that loaded pdf.js has', () => {
    expect(globals.DecompressionStream).toBe(OneShotDecompressionStream);
  });

  /** The document read with the thread's DecompressionStream and with pdf.js's own decoder. */
  async function bothWays(bytes: Uint8Array, name: string) {
    const ours = await extractBytes(bytes, name);
    delete globals.DecompressionStream;
    const pdfjsOwn = await extractBytes(bytes, name);
    globals.DecompressionStream = OneShotDecompressionStream;
    return { ours, pdfjsOwn };
  }

  it('reads every text fixture exactly as pdf.js does with its own decoder', async () => {
    for (const file of ['text/p1_2017q4_groningen.pdf', 'text/p3_2019q2_rijnmond_gs.pdf', 'national/p5_2019q2_national_10regions.pdf']) {
      const { ours, pdfjsOwn } = await bothWays(new Uint8Array(readFileSync(path.join(FIXTURES_DIR, file))), path.basename(file));
      expect(ours.tables.length).toBeGreaterThan(0);
      expect(ours).toEqual(pdfjsOwn);
    }
  });

  it('reads a file whose compressed streams are damaged as pdf.js does with its own decoder', async () => {
    const bytes = new Uint8Array(readFileSync(path.join(FIXTURES_DIR, 'text/p1_2017q4_groningen.pdf')));
    // The end of every stream (page content, fonts) zeroed: zlib refuses them all, and pdf.js's
    // decoder reads what it can, on both ways.
    const text = Buffer.from(bytes).toString('latin1');
    const damaged = Uint8Array.from(bytes);
    for (const match of text.matchAll(/(?<!end)stream\r?\n/g)) {
      const end = text.indexOf('endstream', match.index);
      damaged.fill(0x00, Math.max(match.index + match[0].length, end - 40), end - 2);
    }
    const { ours, pdfjsOwn } = await bothWays(damaged, 'beschadigd.pdf');
    expect(ours).toEqual(pdfjsOwn);
  });
});
