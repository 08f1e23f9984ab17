// pdf.js asks its BinaryDataFactory for standard fonts (and, for some files, CMaps or wasm).
// This one works inside a Web Worker and fetches each file once per worker: without it,
// every PDF of a batch downloads the same fonts again.
type Kind = 'cMapUrl' | 'standardFontDataUrl' | 'wasmUrl';

const loaded = new Map<string, Promise<Uint8Array>>();

export class CachedBinaryDataFactory {
  private readonly baseUrls: Record<Kind, string | null>;

  constructor({ cMapUrl = null, standardFontDataUrl = null, wasmUrl = null }: Partial<Record<Kind, string | null>>) {
    this.baseUrls = { cMapUrl, standardFontDataUrl, wasmUrl };
  }

  async fetch({ kind, filename }: { kind: Kind; filename: string }): Promise<Uint8Array> {
    const base = this.baseUrls[kind];
    if (!base) throw new Error(`pdf.js needs ${kind}, which the browser edition does not provide.`);
    const url = `${base}${filename}`;
    let data = loaded.get(url);
    if (!data) {
      data = fetchBytes(url);
      loaded.set(url, data);
      data.catch(() => loaded.delete(url)); // a failed fetch may be retried by the next file
    }
    // pdf.js may hand the bytes on to its parser; each caller gets its own copy.
    return (await data).slice();
  }
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
