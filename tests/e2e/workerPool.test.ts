// The browser edition's worker pool without a browser: fake workers stand in for the engine
// workers, so cancelling, time limits and crashes can be driven exactly. (The e2e files in
// this folder run the real workers in Chromium.)
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExtractedDocument } from '../../src/engine/model';
import { createWorkerPool, PROGRESS_INTERVAL_MS, type EngineWorker } from '../../src/renderer/backend/web/workerPool';
import type { ExtractMessage, WorkerReply } from '../../src/renderer/backend/web/workerProtocol';

class FakeWorker extends EventTarget {
  readonly received: ExtractMessage[] = [];
  terminated = false;

  postMessage(message: ExtractMessage, transfer: Transferable[] = []): void {
    // A real postMessage detaches what it transfers; the pool must transfer only its own copy.
    structuredClone(message, { transfer });
    this.received.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  reply(data: WorkerReply): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }

  crash(message: string): void {
    this.dispatchEvent(Object.assign(new Event('error'), { message }));
  }

  get current(): ExtractMessage {
    const last = this.received.at(-1);
    if (!last) throw new Error('this worker was given no file');
    return last;
  }
}

const OCR_ASSETS = {
  workerPath: 'http://127.0.0.1/tesseract/worker.min.js',
  corePath: 'http://127.0.0.1/tesseract/core/',
  langPath: 'http://127.0.0.1/tesseract/lang/',
};

function setUp(size: number, timeoutMs?: number, extra: { ocrPageTimeoutMs?: number; ocr?: 'auto' | 'always' | 'never' } = {}) {
  const workers: FakeWorker[] = [];
  const pool = createWorkerPool({
    size,
    timeoutMs,
    ...extra,
    standardFontDataUrl: 'http://127.0.0.1/standard_fonts/',
    ocrAssets: OCR_ASSETS,
    startWorker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker as unknown as EngineWorker;
    },
  });
  return { pool, workers };
}

const file = (name: string) => ({ name, bytes: new Uint8Array([37, 80, 68, 70]) });
const doc = (name: string): ExtractedDocument => ({ file: name, pageCount: 1, tables: [], warnings: [] });
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.useRealTimers();
});

describe('web worker pool', () => {
  it('reads at most `size` files at once and hands each worker the next file when it is done', async () => {
    const { pool, workers } = setUp(2);
    const progress: string[] = [];
    const results = ['a.pdf', 'b.pdf', 'c.pdf'].map((name) =>
      pool.extract(file(name), { onProgress: ({ pagesDone, pageCount }) => progress.push(`${name} ${pagesDone}/${pageCount}`) }),
    );
    expect(workers).toHaveLength(2);
    expect(workers.map((worker) => worker.current.name)).toEqual(['a.pdf', 'b.pdf']);
    expect(workers[0]!.current.standardFontDataUrl).toBe('http://127.0.0.1/standard_fonts/');

    workers[1]!.reply({ type: 'progress', id: workers[1]!.current.id, pagesDone: 1, pageCount: 2 });
    await new Promise((resolve) => setTimeout(resolve, PROGRESS_INTERVAL_MS + 20));
    workers[1]!.reply({ type: 'done', id: workers[1]!.current.id, doc: doc('b.pdf') });
    expect(await results[1]).toEqual(doc('b.pdf'));
    // A worker that read its file takes the next one: no second start of pdf.js.
    expect(workers[1]!.terminated).toBe(false);
    expect(workers[1]!.current.name).toBe('c.pdf');
    workers[0]!.reply({ type: 'done', id: workers[0]!.current.id, doc: doc('a.pdf') });
    workers[1]!.reply({ type: 'done', id: workers[1]!.current.id, doc: doc('c.pdf') });

    expect(await Promise.all(results)).toEqual([doc('a.pdf'), doc('b.pdf'), doc('c.pdf')]);
    expect(progress).toEqual(['b.pdf 1/2']);
    expect(workers).toHaveLength(2);
  });

  it('replaces a worker after a file it could not read: what that file left behind never meets the next', async () => {
    const { pool, workers } = setUp(1);
    const bad = pool.extract(file('a.pdf'));
    const next = pool.extract(file('b.pdf'));
    const unreadable = { ...doc('a.pdf'), error: { code: 'damaged-pdf' as const, message: "'a.pdf' is beschadigd of onvolledig." } };
    workers[0]!.reply({ type: 'done', id: workers[0]!.current.id, doc: unreadable });
    expect((await bad).error?.code).toBe('damaged-pdf');
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.current.name).toBe('b.pdf');
    workers[1]!.reply({ type: 'done', id: workers[1]!.current.id, doc: doc('b.pdf') });
    expect(await next).toEqual(doc('b.pdf'));
  });

  it("keeps the caller's bytes usable (it transfers a copy)", async () => {
    const { pool, workers } = setUp(1);
    const mine = file('a.pdf');
    const result = pool.extract(mine);
    expect(mine.bytes.byteLength).toBe(4);
    workers[0]!.reply({ type: 'done', id: workers[0]!.current.id, doc: doc('a.pdf') });
    await result;
  });

  it('cancels a waiting file without reading it', async () => {
    const { pool, workers } = setUp(1);
    const first = pool.extract(file('a.pdf'));
    const controller = new AbortController();
    const waiting = pool.extract(file('b.pdf'), { signal: controller.signal });
    controller.abort();
    expect((await waiting).error).toEqual({ code: 'cancelled', message: 'b.pdf: het lezen is geannuleerd.' });

    workers[0]!.reply({ type: 'done', id: workers[0]!.current.id, doc: doc('a.pdf') });
    expect(await first).toEqual(doc('a.pdf'));
    expect(workers[0]!.received.map((message) => message.name)).toEqual(['a.pdf']);
  });

  it('cancels a running file by replacing its worker; the next file gets a fresh one', async () => {
    const { pool, workers } = setUp(1);
    const controller = new AbortController();
    const running = pool.extract(file('a.pdf'), { signal: controller.signal });
    const next = pool.extract(file('b.pdf'));
    const staleId = workers[0]!.current.id;
    controller.abort();

    expect((await running).error?.code).toBe('cancelled');
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.current.name).toBe('b.pdf');
    workers[0]!.reply({ type: 'done', id: staleId, doc: doc('late') }); // ignored
    workers[1]!.reply({ type: 'done', id: workers[1]!.current.id, doc: doc('b.pdf') });
    expect(await next).toEqual(doc('b.pdf'));
  });

  it('answers an already aborted signal at once', async () => {
    const { pool, workers } = setUp(1);
    const result = await pool.extract(file('a.pdf'), { signal: AbortSignal.abort() });
    expect(result.error?.code).toBe('cancelled');
    expect(workers).toHaveLength(0);
  });

  it('stops a file that takes longer than the time limit', async () => {
    vi.useFakeTimers();
    const { pool, workers } = setUp(1, 1_500);
    const result = pool.extract(file('slow.pdf'));
    vi.advanceTimersByTime(1_500);
    expect(await result).toMatchObject({
      file: 'slow.pdf',
      tables: [],
      error: { code: 'timeout', message: 'slow.pdf: het lezen duurde langer dan 1,5 s en is afgebroken.' },
    });
    expect(workers[0]!.terminated).toBe(true);
  });

  it('gives a file extra time for every page it sends through OCR, and says the total when that runs out', async () => {
    vi.useFakeTimers();
    const { pool, workers } = setUp(1, 1_000, { ocrPageTimeoutMs: 2_000 });
    const result = pool.extract(file('scan.pdf'));
    const worker = workers[0]!;
    expect(worker.current).toMatchObject({ ocr: 'auto', ocrAssets: OCR_ASSETS });
    vi.advanceTimersByTime(900);
    worker.reply({ type: 'ocr-page', id: worker.current.id, progress: { page: 1, pageCount: 2, state: 'recognizing' } });
    vi.advanceTimersByTime(2_000); // 2.9 s in: past the plain limit, within limit + one page
    worker.reply({ type: 'ocr-page', id: worker.current.id, progress: { page: 1, pageCount: 2, state: 'done' } });
    worker.reply({ type: 'ocr-page', id: worker.current.id, progress: { page: 2, pageCount: 2, state: 'recognizing' } });
    vi.advanceTimersByTime(2_000); // 4.9 s: within 1 + 2 × 2 s
    expect(worker.terminated).toBe(false);
    vi.advanceTimersByTime(100);
    expect(await result).toMatchObject({
      error: { code: 'timeout', message: 'scan.pdf: het lezen duurde langer dan 5 s en is afgebroken.' },
    });
    expect(worker.terminated).toBe(true);
  });

  it('passes the OCR mode it was given to every worker', () => {
    const { pool, workers } = setUp(1, undefined, { ocr: 'never' });
    void pool.extract(file('a.pdf'));
    expect(workers[0]!.current.ocr).toBe('never');
  });

  it('reports which page is in OCR until that page is done', async () => {
    vi.useFakeTimers();
    const { pool, workers } = setUp(1);
    const reports: string[] = [];
    const result = pool.extract(file('scan.pdf'), {
      onProgress: ({ pagesDone, pageCount, recognizing }) => reports.push(`${pagesDone}/${pageCount}${recognizing ? ` ocr ${recognizing}` : ''}`),
    });
    const worker = workers[0]!;
    const id = worker.current.id;
    worker.reply({ type: 'ocr-page', id, progress: { page: 1, pageCount: 2, state: 'recognizing' } });
    vi.advanceTimersByTime(PROGRESS_INTERVAL_MS);
    worker.reply({ type: 'ocr-page', id, progress: { page: 1, pageCount: 2, state: 'done' } });
    worker.reply({ type: 'progress', id, pagesDone: 1, pageCount: 2 });
    vi.advanceTimersByTime(PROGRESS_INTERVAL_MS);
    worker.reply({ type: 'ocr-page', id, progress: { page: 2, pageCount: 2, state: 'recognizing' } });
    vi.advanceTimersByTime(PROGRESS_INTERVAL_MS);
    expect(reports).toEqual(['0/2 ocr 1', '1/2', '1/2 ocr 2']);
    worker.reply({ type: 'done', id, doc: doc('scan.pdf') });
    expect(await result).toEqual(doc('scan.pdf'));
  });

  it('turns a crashed worker or an engine exception into an error for that file only', async () => {
    const { pool, workers } = setUp(2);
    const crashed = pool.extract(file('a.pdf'));
    const failed = pool.extract(file('b.pdf'));
    workers[0]!.crash('Uncaught Error: script failed');
    workers[1]!.reply({ type: 'failed', id: workers[1]!.current.id, reason: 'boom' });

    expect((await crashed).error).toEqual({ code: 'read-failed', message: 'a.pdf: het lezen is mislukt (Uncaught Error: script failed).' });
    expect((await failed).error).toEqual({ code: 'read-failed', message: 'b.pdf: het lezen is mislukt (boom).' });
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.terminated).toBe(true);

    const after = pool.extract(file('c.pdf'));
    await settled();
    const reader = workers.find((worker) => !worker.terminated && worker.received.at(-1)?.name === 'c.pdf')!;
    reader.reply({ type: 'done', id: reader.current.id, doc: doc('c.pdf') });
    expect(await after).toEqual(doc('c.pdf'));
  });

  it('turns a worker out of memory (crash or allocation failure) into the Dutch memory error and replaces it', async () => {
    const { pool, workers } = setUp(2);
    const crashed = pool.extract(file('a.pdf'));
    const failed = pool.extract(file('b.pdf'));
    const next = pool.extract(file('c.pdf'));
    workers[0]!.crash('Uncaught RangeError: Out of memory');
    workers[1]!.reply({ type: 'failed', id: workers[1]!.current.id, reason: 'Array buffer allocation failed' });
    const memory = (name: string) => ({
      code: 'read-failed',
      message: `${name}: het lezen is afgebroken omdat het bestand meer geheugen vraagt dan de browser dit werkproces geeft (bijvoorbeeld een pdf die bij het uitpakken gigabytes groot wordt).`,
    });
    expect((await crashed).error).toEqual(memory('a.pdf'));
    expect((await failed).error).toEqual(memory('b.pdf'));
    expect(workers.slice(0, 2).every((worker) => worker.terminated)).toBe(true);
    const reader = workers.find((worker) => worker.received.at(-1)?.name === 'c.pdf')!;
    expect(workers.indexOf(reader)).toBeGreaterThanOrEqual(2);
    reader.reply({ type: 'done', id: reader.current.id, doc: doc('c.pdf') });
    expect(await next).toEqual(doc('c.pdf'));
  });

  it('can start its workers before the first file, never more than its size, and uses them', async () => {
    const { pool, workers } = setUp(2);
    pool.warmUp();
    pool.warmUp(5);
    expect(workers).toHaveLength(2);
    const result = pool.extract(file('a.pdf'));
    expect(workers).toHaveLength(2);
    expect(workers[0]!.current.name).toBe('a.pdf');
    workers[0]!.reply({ type: 'done', id: workers[0]!.current.id, doc: doc('a.pdf') });
    expect(await result).toEqual(doc('a.pdf'));
  });

  it('reports the latest page count of every file together, at most every PROGRESS_INTERVAL_MS', async () => {
    vi.useFakeTimers();
    const { pool, workers } = setUp(2);
    const reports: string[] = [];
    const track = (name: string) => ({
      onProgress: ({ pagesDone, pageCount }: { pagesDone: number; pageCount: number }) => reports.push(`${name} ${pagesDone}/${pageCount}`),
    });
    const a = pool.extract(file('a.pdf'), track('a'));
    const b = pool.extract(file('b.pdf'), track('b'));
    const [first, second] = workers as [FakeWorker, FakeWorker];
    for (const pagesDone of [1, 2, 3]) first.reply({ type: 'progress', id: first.current.id, pagesDone, pageCount: 12 });
    second.reply({ type: 'progress', id: second.current.id, pagesDone: 1, pageCount: 5 });
    expect(reports).toEqual([]);
    vi.advanceTimersByTime(PROGRESS_INTERVAL_MS);
    expect(reports).toEqual(['a 3/12', 'b 1/5']);

    // A count not yet reported when the file is done is dropped: the result says more.
    second.reply({ type: 'progress', id: second.current.id, pagesDone: 5, pageCount: 5 });
    second.reply({ type: 'done', id: second.current.id, doc: doc('b.pdf') });
    first.reply({ type: 'done', id: first.current.id, doc: doc('a.pdf') });
    vi.advanceTimersByTime(PROGRESS_INTERVAL_MS);
    expect(reports).toEqual(['a 3/12', 'b 1/5']);
    expect(await Promise.all([a, b])).toEqual([doc('a.pdf'), doc('b.pdf')]);
  });
});
