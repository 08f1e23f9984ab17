// Pages of the loaded PDFs, drawn for the source panel. Keeps a few documents open in pdf.js
// and the last few rendered pages as canvases, so moving through the cells of one table (one
// page) never renders again; a render nobody waits for any more is cancelled. pdf.js is
// passed in (pdfjsPage.ts in the app, a fake in the tests), so this logic runs in Node.
import type { PdfByteStore } from './pdfByteStore';
import type { Size } from './pageView';

/** Documents kept open in pdf.js: each holds its own copy of the file in the pdf.js worker. */
export const OPEN_DOCUMENTS = 2;
/** Rendered pages kept, by count and by device pixels (4 bytes each). */
export const CACHED_PAGES = 6;
export const CACHED_PIXELS = 24_000_000;

/** A drawn page: what the panel copies onto its canvas. */
export interface PageBitmap {
  readonly width: number;
  readonly height: number;
}

/** What the pages need from pdf.js: open a document, size a page, render it. */
export interface PdfPages<B extends PageBitmap = PageBitmap> {
  open(bytes: Uint8Array): Promise<PdfDocument<B>>;
}

export interface PdfDocument<B extends PageBitmap = PageBitmap> {
  pageCount: number;
  /** Page size in points at scale 1, as displayed (after /Rotate). */
  pageSize(page: number): Promise<Size>;
  /** Renders at `pixelScale` device pixels per point; cancel() makes `promise` reject. */
  render(page: number, pixelScale: number): { promise: Promise<B>; cancel(): void };
  /** Frees a bitmap this document rendered (the cache evicted it). */
  release?(bitmap: B): void;
  destroy(): void;
}

export interface PageRef {
  sha256: string;
  page: number;
}

export interface PageRender<B> {
  promise: Promise<B>;
  cancel(): void;
}

export interface SourcePages<B extends PageBitmap = PageBitmap> {
  pageSize(ref: PageRef): Promise<Size>;
  /** A rendered page at this resolution, if it is still in the cache. */
  cached(ref: PageRef, pixelScale: number): B | undefined;
  render(ref: PageRef, pixelScale: number): PageRender<B>;
  /** Closes every document and drops every rendered page. */
  clear(): void;
}

/** Rejection of a render that was cancelled: the caller moved on, nothing to report. */
export class RenderCancelled extends Error {
  constructor() {
    super('Render cancelled');
    this.name = 'RenderCancelled';
  }
}

export function createSourcePages<B extends PageBitmap>(bytes: PdfByteStore, pdf: () => Promise<PdfPages<B>>): SourcePages<B> {
  // Insertion order is use order: a hit moves the entry to the end, the first one goes first.
  const documents = new Map<string, Promise<PdfDocument<B>>>();
  const bitmaps = new Map<string, { bitmap: B; document: PdfDocument<B> }>();
  // Bumped by clear(): work started before it must not fill the emptied caches.
  let generation = 0;

  function documentOf(sha256: string): Promise<PdfDocument<B>> {
    let document = documents.get(sha256);
    if (document) {
      documents.delete(sha256);
      documents.set(sha256, document);
      return document;
    }
    const file = bytes.get(sha256);
    if (!file) return Promise.reject(new Error('De PDF van dit bestand is niet meer in het geheugen.'));
    document = pdf().then((pages) => pages.open(file));
    documents.set(sha256, document);
    document.catch(() => documents.get(sha256) === document && documents.delete(sha256));
    while (documents.size > OPEN_DOCUMENTS) {
      const [oldest, closing] = documents.entries().next().value as [string, Promise<PdfDocument<B>>];
      documents.delete(oldest);
      dropBitmapsOf(oldest);
      closing.then((open) => open.destroy()).catch(() => undefined);
    }
    return document;
  }

  function keyOf(ref: PageRef, pixelScale: number): string {
    return `${ref.sha256}|${ref.page}|${pixelScale}`;
  }

  function remember(key: string, bitmap: B, document: PdfDocument<B>): void {
    bitmaps.set(key, { bitmap, document });
    let pixels = 0;
    for (const { bitmap: kept } of bitmaps.values()) pixels += kept.width * kept.height;
    // Evict the least recently used, but never the page just drawn.
    for (const [oldKey, old] of bitmaps) {
      if (bitmaps.size <= 1 || (bitmaps.size <= CACHED_PAGES && pixels <= CACHED_PIXELS)) break;
      if (oldKey === key) continue;
      bitmaps.delete(oldKey);
      pixels -= old.bitmap.width * old.bitmap.height;
      old.document.release?.(old.bitmap);
    }
  }

  function dropBitmapsOf(sha256: string): void {
    for (const [key, { bitmap, document }] of bitmaps) {
      if (key.startsWith(`${sha256}|`)) {
        bitmaps.delete(key);
        document.release?.(bitmap);
      }
    }
  }

  const pages: SourcePages<B> = {
    async pageSize(ref) {
      return (await documentOf(ref.sha256)).pageSize(ref.page);
    },

    cached(ref, pixelScale) {
      const key = keyOf(ref, pixelScale);
      const entry = bitmaps.get(key);
      if (!entry) return undefined;
      bitmaps.delete(key);
      bitmaps.set(key, entry);
      return entry.bitmap;
    },

    render(ref, pixelScale) {
      const key = keyOf(ref, pixelScale);
      const started = generation;
      let cancelled = false;
      let cancelTask: (() => void) | undefined;
      const promise = documentOf(ref.sha256).then(async (document) => {
        if (cancelled) throw new RenderCancelled();
        const task = document.render(ref.page, pixelScale);
        cancelTask = task.cancel;
        let bitmap: B;
        try {
          bitmap = await task.promise;
        } catch (error) {
          throw cancelled ? new RenderCancelled() : error;
        }
        if (cancelled || started !== generation) {
          document.release?.(bitmap);
          throw new RenderCancelled();
        }
        remember(key, bitmap, document);
        return bitmap;
      });
      return {
        promise,
        cancel() {
          cancelled = true;
          cancelTask?.();
        },
      };
    },

    clear() {
      generation++;
      for (const [, { bitmap, document }] of bitmaps) document.release?.(bitmap);
      bitmaps.clear();
      for (const document of documents.values()) document.then((open) => open.destroy()).catch(() => undefined);
      documents.clear();
    },
  };
  // Closing all files also closes their pages.
  bytes.onClear(() => pages.clear());
  return pages;
}
