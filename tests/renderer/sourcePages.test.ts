// The source panel's page cache with a fake pdf.js: pages rendered once are reused, stale
// renders are cancelled, few documents stay open, memory stays bounded, close-all frees all.
import { describe, expect, it } from 'vitest';
import { createPdfByteStore } from '../../src/renderer/components/source/pdfByteStore';
import {
  CACHED_PAGES,
  createSourcePages,
  OPEN_DOCUMENTS,
  RenderCancelled,
  type PdfDocument,
  type PdfPages,
} from '../../src/renderer/components/source/sourcePages';

interface FakeBitmap {
  width: number;
  height: number;
  label: string;
  released: boolean;
}

/** A fake pdf.js: A4 pages; renders finish when the test says so (or at once). */
function fakePdfjs(options: { manual?: boolean } = {}) {
  const log = { opened: [] as string[], destroyed: [] as string[], rendered: [] as string[], cancelled: [] as string[] };
  const pending: (() => void)[] = [];
  const pages: PdfPages<FakeBitmap> = {
    async open(bytes) {
      const name = new TextDecoder().decode(bytes);
      log.opened.push(name);
      const document: PdfDocument<FakeBitmap> = {
        pageCount: 3,
        pageSize: async () => ({ width: 600, height: 800 }),
        render(page, pixelScale) {
          const label = `${name}:${page}@${pixelScale}`;
          let settle!: (bitmap: FakeBitmap) => void;
          let fail!: (error: Error) => void;
          const promise = new Promise<FakeBitmap>((resolve, reject) => {
            settle = resolve;
            fail = reject;
          });
          const finish = () => {
            log.rendered.push(label);
            settle({ width: Math.round(600 * pixelScale), height: Math.round(800 * pixelScale), label, released: false });
          };
          if (options.manual) pending.push(finish);
          else finish();
          return {
            promise,
            cancel() {
              log.cancelled.push(label);
              fail(new Error('Rendering cancelled'));
            },
          };
        },
        release: (bitmap) => void (bitmap.released = true),
        destroy: () => void log.destroyed.push(name),
      };
      return document;
    },
  };
  return { pages, log, finishAll: () => pending.splice(0).forEach((finish) => finish()) };
}

function setup(manual = false) {
  const bytes = createPdfByteStore();
  for (const name of ['a', 'b', 'c']) bytes.keep(`sha-${name}`, new TextEncoder().encode(name));
  const fake = fakePdfjs({ manual });
  const pages = createSourcePages(bytes, async () => fake.pages);
  return { bytes, pages, log: fake.log, finishAll: fake.finishAll };
}

describe('source pages', () => {
  it('renders a page once per resolution and then serves it from the cache', async () => {
    const { pages, log } = setup();
    const ref = { sha256: 'sha-a', page: 1 };
    expect(await pages.pageSize(ref)).toEqual({ width: 600, height: 800 });
    expect(pages.cached(ref, 1)).toBeUndefined();
    const bitmap = await pages.render(ref, 1).promise;
    expect(pages.cached(ref, 1)).toBe(bitmap);
    expect(pages.cached(ref, 2)).toBeUndefined();
    expect(log.rendered).toEqual(['a:1@1']);
    expect(log.opened).toEqual(['a']); // the document was opened once for size and render
  });

  it('cancels a render nobody waits for, and does not cache it', async () => {
    const { pages, log, finishAll } = setup(true);
    const ref = { sha256: 'sha-a', page: 2 };
    const render = pages.render(ref, 1);
    await new Promise((resolve) => setTimeout(resolve, 0)); // the document opens, the render starts
    render.cancel();
    await expect(render.promise).rejects.toBeInstanceOf(RenderCancelled);
    expect(log.cancelled).toEqual(['a:2@1']);
    finishAll();
    expect(pages.cached(ref, 1)).toBeUndefined();
  });

  it('cancels before the document has even opened', async () => {
    const { pages, log } = setup(true);
    const render = pages.render({ sha256: 'sha-b', page: 1 }, 1);
    render.cancel();
    await expect(render.promise).rejects.toBeInstanceOf(RenderCancelled);
    expect(log.rendered).toEqual([]);
  });

  it(`keeps ${OPEN_DOCUMENTS} documents open, closing the least recently used with its pages`, async () => {
    const { pages, log } = setup();
    const first = await pages.render({ sha256: 'sha-a', page: 1 }, 1).promise;
    await pages.render({ sha256: 'sha-b', page: 1 }, 1).promise;
    await pages.render({ sha256: 'sha-c', page: 1 }, 1).promise;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log.destroyed).toEqual(['a']);
    expect(first.released).toBe(true);
    expect(pages.cached({ sha256: 'sha-a', page: 1 }, 1)).toBeUndefined();
    expect(pages.cached({ sha256: 'sha-c', page: 1 }, 1)).toBeDefined();
  });

  it(`keeps at most ${CACHED_PAGES} rendered pages and a bounded number of pixels`, async () => {
    const { pages } = setup();
    const bitmaps: FakeBitmap[] = [];
    for (let page = 1; page <= CACHED_PAGES + 2; page++) bitmaps.push(await pages.render({ sha256: 'sha-a', page }, 1).promise);
    expect(bitmaps.filter((bitmap) => !bitmap.released)).toHaveLength(CACHED_PAGES);
    expect(bitmaps[0]!.released && bitmaps[1]!.released).toBe(true);
    // Two huge renders (4 × 600 × 8 × 800 × 8 = 30 M pixels each): only the newest stays.
    const huge1 = await pages.render({ sha256: 'sha-a', page: 1 }, 8).promise;
    const huge2 = await pages.render({ sha256: 'sha-a', page: 2 }, 8).promise;
    expect(huge1.released).toBe(true);
    expect(huge2.released).toBe(false);
    expect(pages.cached({ sha256: 'sha-a', page: 2 }, 8)).toBe(huge2);
  });

  it('closes everything when the files are closed, and reports files no longer in memory', async () => {
    const { bytes, pages, log } = setup();
    const bitmap = await pages.render({ sha256: 'sha-a', page: 1 }, 1).promise;
    bytes.clear();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(bitmap.released).toBe(true);
    expect(log.destroyed).toEqual(['a']);
    expect(pages.cached({ sha256: 'sha-a', page: 1 }, 1)).toBeUndefined();
    await expect(pages.pageSize({ sha256: 'sha-a', page: 1 })).rejects.toThrow(/niet meer in het geheugen/);
  });
});

describe('PDF byte store', () => {
  it('keeps one copy per file', () => {
    const store = createPdfByteStore();
    const first = new Uint8Array([1]);
    store.keep('x', first);
    store.keep('x', new Uint8Array([1]));
    expect(store.get('x')).toBe(first);
    expect(store.size).toBe(1);
    expect(store.get(undefined)).toBeUndefined();
  });
});
