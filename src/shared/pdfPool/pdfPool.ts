// Reads PDFs in workers, at most `size` at a time, for every host: the host says how to start a
// worker (a worker thread in Node, a Web Worker in the browser) and the pool does the rest. A file
// that hangs, crashes its worker or runs it out of memory costs only that file: it is answered
// with a Dutch error document and its worker is replaced. Stopping a running file means stopping
// its worker, the only way to stop pdf.js mid-page. extract() never rejects for a bad file.
import type { ExtractedDocument } from '../../engine/model';
import type { OcrMode } from '../../engine/ocr/ocrEngine';
import type { ExtractProgressInfo, PdfFile } from '../ipc';
import { createProgressBatches, nextProgress, NO_PROGRESS } from './progress';
import { sha256Hex } from '../../engine/hash';
import { asFile, readCacheKey, type ReadCacheStore } from './readCache';
import { failureDocument, type MemoryLimit, type ReadFailure } from './readFailures';
import type { PageReport, WorkerReply, WorkerRequest } from './workerProtocol';

/** Time limit per file unless the host or the file asks for another. */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** Extra time a file gets for each page it sends through OCR: tesseract.js takes a few seconds
 * per page, a browser's first page also loads the WebAssembly core and the language data, and
 * machines may be slow or busy. */
export const DEFAULT_OCR_PAGE_TIMEOUT_MS = 60_000;

/** A running worker, as the host wraps it. */
export interface PoolWorker {
  /** Hands the worker one file. */
  post(request: WorkerRequest): void;
  terminate(): void | Promise<unknown>;
  /** The worker takes a file or is idle again (Node: an idle thread must not keep the process alive). */
  setBusy?(busy: boolean): void;
}

/** A worker that died or can no longer be trusted (an uncaught error, a script that failed to load). */
export interface WorkerCrash {
  reason: string;
  outOfMemory: boolean;
}

/** What the host reports of a worker it started. */
export interface PoolWorkerEvents {
  reply(reply: WorkerReply): void;
  crashed(crash: WorkerCrash): void;
}

export interface PdfPoolOptions {
  /** Workers at most (files read at once). */
  size: number;
  startWorker: (events: PoolWorkerEvents) => PoolWorker;
  /** Time limit per file, counted from the moment a worker is given it (a new worker's start-up included). */
  timeoutMs?: number;
  /** Added to a file's time limit for each page it sends through OCR. */
  ocrPageTimeoutMs?: number;
  /** Scanned pages; default 'auto' (pages without a usable text layer). */
  ocr?: OcrMode;
  /** Named in the error of a file that ran its worker out of memory. */
  memoryLimit: MemoryLimit;
  /** Gives every answer, error documents included, the file's SHA-256 (hosts that can hash at once). */
  fingerprint?: (bytes: Uint8Array) => string;
  /** Documents read before (same bytes, OCR mode and engine) are answered from here (readCache.ts). */
  readCache?: ReadCacheStore;
  /** Progress goes out at most this often, all files' latest together; default at once. */
  progressIntervalMs?: number;
}

export interface PdfPoolFileOptions {
  /** Overrides the pool's time limit for this file. */
  timeoutMs?: number;
  /** Cancels this file: it resolves with a 'cancelled' error (a running file's worker is replaced). */
  signal?: AbortSignal;
  /** Overrides the pool's OCR mode for this file. */
  ocr?: OcrMode;
  /** Every page report, as the worker sends it. */
  onPageReport?: (report: PageReport) => void;
  /** Pages read and the page in OCR (progress.ts), at most every progressIntervalMs. */
  onProgress?: (progress: ExtractProgressInfo) => void;
}

export interface PdfPool {
  extract(file: PdfFile, options?: PdfPoolFileOptions): Promise<ExtractedDocument>;
  /** Starts up to `count` workers ahead of the first file (loading pdf.js into a Web Worker takes
   * longer than reading a small PDF). */
  warmUp(count?: number): void;
  /** Stops all workers; files not finished yet resolve with a 'read-failed' error. */
  close(): Promise<void>;
}

interface Job {
  id: number;
  file: PdfFile;
  options: PdfPoolFileOptions;
  sha256?: string;
  ocr: OcrMode;
  /** Grows by ocrPageTimeoutMs per page sent through OCR (its limit message says the total). */
  timeoutMs: number;
  /** When the time limit runs out (ms since the epoch), set when a worker takes the file. */
  deadline: number;
  timer?: ReturnType<typeof setTimeout>;
  progress: ExtractProgressInfo;
  resolve: (doc: ExtractedDocument) => void;
  /** Set once the file has its answer. */
  settled: boolean;
  /** Removes the abort listener, so one signal can serve a long batch without piling up. */
  detach: () => void;
}

interface Slot {
  worker: PoolWorker;
  job?: Job;
  /** Stopped by the pool or dead: whatever it still sends is ignored (a cancelled file's late progress). */
  retired: boolean;
}

export function createPdfPool(options: PdfPoolOptions): PdfPool {
  const size = Math.max(1, Math.floor(options.size));
  const queue: Job[] = [];
  const slots = new Set<Slot>();
  const progressBatches = createProgressBatches<Job>(options.progressIntervalMs);
  const outOfMemory: ReadFailure = { kind: 'out-of-memory', limit: options.memoryLimit };
  const { timeoutMs = DEFAULT_TIMEOUT_MS, ocrPageTimeoutMs = DEFAULT_OCR_PAGE_TIMEOUT_MS, ocr = 'auto' } = options;
  let nextId = 1;
  let closed = false;

  function settle(job: Job, doc: ExtractedDocument): void {
    job.settled = true;
    clearTimeout(job.timer);
    progressBatches.forget(job);
    job.detach();
    job.resolve(job.sha256 === undefined ? doc : { ...doc, sha256: doc.sha256 ?? job.sha256 });
  }

  function retire(slot: Slot): void {
    slot.retired = true;
    slot.job = undefined;
    slots.delete(slot);
    void slot.worker.terminate();
  }

  /** The worker answered its file: after a file it read, it takes the next one (a new worker must
   * load pdf.js again: measured in the browser, replacing it after every file doubled the time for
   * 20 files); after a file it could not read it is replaced, so whatever that file left in its
   * memory (a broken pdf.js state, a bomb's buffers) never meets the next file. */
  function release(slot: Slot, clean: boolean): void {
    if (!clean) return retire(slot);
    slot.job = undefined;
    slot.worker.setBusy?.(false);
  }

  /** Answers a file with `failure` now: waiting, it leaves the queue; running, its worker is stopped. */
  function abandon(job: Job, failure: ReadFailure): void {
    if (job.settled) return;
    const waiting = queue.indexOf(job);
    if (waiting >= 0) queue.splice(waiting, 1);
    for (const slot of slots) if (slot.job === job) retire(slot);
    settle(job, failureDocument(job.file.name, failure));
    pump();
  }

  function onReply(slot: Slot, reply: WorkerReply): void {
    const job = slot.job;
    if (slot.retired || !job || reply.id !== job.id) return;
    switch (reply.type) {
      case 'progress':
      case 'ocr-page':
        if (reply.type === 'ocr-page' && reply.progress.state === 'recognizing') extendTimeLimit(job);
        return reportProgress(job, reply);
      case 'out-of-memory':
        return abandon(job, outOfMemory);
      case 'done':
      case 'failed':
        release(slot, reply.type === 'done' && !reply.doc.error);
        settle(job, reply.type === 'done' ? reply.doc : failureDocument(job.file.name, { kind: 'failed', reason: reply.reason }));
        return pump();
    }
  }

  function onCrash(slot: Slot, crash: WorkerCrash): void {
    if (slot.retired) return;
    if (slot.job) return abandon(slot.job, crash.outOfMemory ? outOfMemory : { kind: 'failed', reason: crash.reason });
    retire(slot);
    pump();
  }

  function reportProgress(job: Job, report: PageReport): void {
    job.options.onPageReport?.(report);
    job.progress = nextProgress(job.progress, report);
    const { onProgress } = job.options;
    if (onProgress) progressBatches.report(job, job.progress, onProgress);
  }

  function startTimer(job: Job): void {
    clearTimeout(job.timer);
    job.timer = setTimeout(() => abandon(job, { kind: 'timed-out', limitMs: job.timeoutMs }), Math.max(0, job.deadline - Date.now()));
  }

  /** A page going through OCR earns the file extra time. */
  function extendTimeLimit(job: Job): void {
    job.timeoutMs += ocrPageTimeoutMs;
    job.deadline += ocrPageTimeoutMs;
    startTimer(job);
  }

  function startSlot(): Slot {
    // A worker's events come later, from its host's event loop, never while it is being started.
    const events: PoolWorkerEvents = { reply: (reply) => onReply(slot, reply), crashed: (crash) => onCrash(slot, crash) };
    const slot: Slot = { worker: options.startWorker(events), retired: false };
    slots.add(slot);
    return slot;
  }

  function idleSlot(): Slot | undefined {
    for (const slot of slots) if (!slot.job) return slot;
    return slots.size < size ? startSlot() : undefined;
  }

  function pump(): void {
    while (!closed && queue.length > 0) {
      const slot = idleSlot();
      if (!slot) return;
      const job = queue.shift()!;
      slot.job = job;
      slot.worker.setBusy?.(true);
      job.deadline = Date.now() + job.timeoutMs;
      startTimer(job);
      slot.worker.post({
        type: 'extract',
        id: job.id,
        name: job.file.name,
        bytes: job.file.bytes,
        ocr: job.ocr,
        ...(job.sha256 ? { sha256: job.sha256 } : {}),
      });
    }
  }

  /** Queues the file for a worker. */
  function read(file: PdfFile, fileOptions: PdfPoolFileOptions, sha256: string | undefined): Promise<ExtractedDocument> {
    const { signal } = fileOptions;
    return new Promise((resolve) => {
      const job: Job = {
        id: nextId++,
        file,
        options: fileOptions,
        sha256,
        ocr: fileOptions.ocr ?? ocr,
        timeoutMs: fileOptions.timeoutMs ?? timeoutMs,
        deadline: 0,
        progress: NO_PROGRESS,
        resolve,
        settled: false,
        detach: () => {},
      };
      if (signal?.aborted) return settle(job, failureDocument(file.name, { kind: 'cancelled' }));
      if (closed) return settle(job, failureDocument(file.name, { kind: 'stopped' }));
      if (signal) {
        const onAbort = (): void => abandon(job, { kind: 'cancelled' });
        signal.addEventListener('abort', onAbort, { once: true });
        job.detach = () => signal.removeEventListener('abort', onAbort);
      }
      queue.push(job);
      pump();
    });
  }

  /** The kept document when there is one; otherwise read, and kept when it was read. */
  async function readOrRecall(store: ReadCacheStore, file: PdfFile, fileOptions: PdfPoolFileOptions): Promise<ExtractedDocument> {
    const sha256 = options.fingerprint?.(file.bytes) ?? (await sha256Hex(file.bytes));
    const key = readCacheKey(sha256, fileOptions.ocr ?? ocr);
    const kept = await store.get(key).catch(() => undefined);
    if (kept && !fileOptions.signal?.aborted) return asFile(kept, file.name, sha256);
    const document = await read(file, fileOptions, sha256);
    if (!document.error) await store.put(key, document).catch(() => undefined);
    return document;
  }

  return {
    extract(file, fileOptions = {}) {
      if (closed) return Promise.reject(new Error('extract pool is closed'));
      if (options.readCache) return readOrRecall(options.readCache, file, fileOptions);
      return read(file, fileOptions, options.fingerprint?.(file.bytes));
    },
    warmUp(count = size) {
      while (!closed && slots.size < Math.min(count, size)) startSlot();
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) settle(job, failureDocument(job.file.name, { kind: 'stopped' }));
      const running = [...slots];
      for (const slot of running) {
        const job = slot.job;
        slot.retired = true;
        if (job) settle(job, failureDocument(job.file.name, { kind: 'stopped' }));
      }
      slots.clear();
      await Promise.all(running.map((slot) => slot.worker.terminate()));
    },
  };
}
