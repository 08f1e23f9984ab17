// Reads PDFs in engine Web Workers, at most `size` at a time, so a batch uses every core while
// the page stays responsive. Cancelling or timing out a running file terminates its worker
// (the only way to stop pdf.js mid-page); a crashed worker costs only its file. Each worker reads
// one PDF and is then replaced, so what a file left in a worker's memory (a compression bomb's
// buffers, a broken pdf.js state) never meets the next file. extract() never rejects: every
// outcome is a document, with `error` set when it is not a result.
import type { ExtractedDocument } from '@engine/model';
import type { OcrMode } from '@engine/ocr/ocrEngine';
import type { ExtractProgressInfo } from '../types';
import { cancelled, errorDocument, timedOut, workerFailed } from './errorDocuments';
import type { OcrAssetUrls } from '@shared/ocrAssets';
import type { ExtractMessage, WorkerReply } from './workerProtocol';

export const DEFAULT_TIMEOUT_MS = 60_000;
/** Extra time a file gets for each page it sends through OCR: tesseract.js in a browser takes
 * a few seconds per page, and the first page also loads the WebAssembly core and the
 * language data. */
export const DEFAULT_OCR_PAGE_TIMEOUT_MS = 60_000;
/** Progress reaches the page at most this often. Every report re-renders the UI, and the
 * workers scale with the cores while the page has one thread: with 8 workers reading small
 * pages, per-page reports would arrive by the hundred per second. */
export const PROGRESS_INTERVAL_MS = 100;

/** The part of a Web Worker the pool uses (tests pass fakes). */
export type EngineWorker = Pick<Worker, 'postMessage' | 'terminate' | 'addEventListener'>;

export interface WorkerPoolOptions {
  size: number;
  startWorker: () => EngineWorker;
  standardFontDataUrl: string;
  /** Time limit per file, counted from the moment a worker is given it. */
  timeoutMs?: number;
  /** Scanned pages; default 'auto' (pages without a usable text layer). */
  ocr?: OcrMode;
  ocrAssets: OcrAssetUrls;
  /** Added to a file's time limit for each page it sends through OCR. */
  ocrPageTimeoutMs?: number;
}

export interface PoolFile {
  name: string;
  bytes: Uint8Array;
}

export interface PoolExtractOptions {
  /** Pages read so far and the page in OCR, at most every PROGRESS_INTERVAL_MS (the latest
   * state then). */
  onProgress?: (progress: ExtractProgressInfo) => void;
  signal?: AbortSignal;
  /** Overrides the pool's OCR mode for this file. */
  ocr?: OcrMode;
}

export interface WorkerPool {
  extract(file: PoolFile, options?: PoolExtractOptions): Promise<ExtractedDocument>;
  /** Starts up to `count` workers ahead of the first file: loading pdf.js into a worker takes
   * longer than reading a small PDF, and the user is still choosing files. */
  warmUp(count?: number): void;
}

interface Job {
  id: number;
  file: PoolFile;
  options: PoolExtractOptions;
  progress: ExtractProgressInfo;
  /** Grows by ocrPageTimeoutMs per page sent through OCR. */
  timeoutMs: number;
  deadline: number;
  resolve: (doc: ExtractedDocument) => void;
  stopListening: () => void;
}

interface Slot {
  worker: EngineWorker;
  job?: Job;
  timer?: ReturnType<typeof setTimeout>;
}

export function createWorkerPool(options: WorkerPoolOptions): WorkerPool {
  const size = Math.max(1, Math.floor(options.size));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const ocr = options.ocr ?? 'auto';
  const ocrPageTimeoutMs = options.ocrPageTimeoutMs ?? DEFAULT_OCR_PAGE_TIMEOUT_MS;
  const queue: Job[] = [];
  const slots = new Set<Slot>();
  let nextId = 1;
  // The latest progress of each file since the last report; all are reported in one task, so
  // React renders once for all of them.
  const unreported = new Map<Job, ExtractProgressInfo>();
  let progressTimer: ReturnType<typeof setTimeout> | undefined;

  function reportProgress(job: Job, progress: ExtractProgressInfo): void {
    job.progress = progress;
    if (!job.options.onProgress) return;
    unreported.set(job, progress);
    progressTimer ??= setTimeout(() => {
      progressTimer = undefined;
      const due = [...unreported];
      unreported.clear();
      for (const [dueJob, latest] of due) dueJob.options.onProgress?.(latest);
    }, PROGRESS_INTERVAL_MS);
  }

  function settle(job: Job, doc: ExtractedDocument): void {
    unreported.delete(job); // the result says more than the last page count
    job.stopListening();
    job.resolve(doc);
  }

  function release(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.job = undefined;
  }

  function retire(slot: Slot): void {
    release(slot);
    slots.delete(slot);
    slot.worker.terminate();
  }

  /** Ends a running file early: its worker goes, a fresh one takes the next file. */
  function stopRunning(slot: Slot, job: Job, doc: ExtractedDocument): void {
    retire(slot);
    settle(job, doc);
    pump();
  }

  function startSlot(): Slot {
    const slot: Slot = { worker: options.startWorker() };
    slot.worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      const job = slot.job;
      const reply = event.data;
      if (!job || reply.id !== job.id) return; // late answer for a file already settled
      if (reply.type === 'progress') {
        const { recognizing } = job.progress;
        // A page's progress comes after its OCR ended: only a page still in OCR stays named.
        const stillRecognizing = recognizing !== undefined && recognizing > reply.pagesDone;
        reportProgress(job, { pagesDone: reply.pagesDone, pageCount: reply.pageCount, ...(stillRecognizing ? { recognizing } : {}) });
        return;
      }
      if (reply.type === 'ocr-page') {
        const { page, pageCount, state } = reply.progress;
        if (state === 'recognizing') extendTimeLimit(slot, job);
        const { pagesDone } = job.progress;
        reportProgress(job, { pagesDone, pageCount, ...(state === 'recognizing' ? { recognizing: page } : {}) });
        return;
      }
      // One PDF per worker: this one goes, a fresh one takes the next file.
      stopRunning(slot, job, reply.type === 'done' ? reply.doc : errorDocument(job.file.name, workerFailed(job.file.name, reply.reason)));
    });
    // An uncaught error or a script that fails to load: this worker cannot be trusted again.
    slot.worker.addEventListener('error', (event: ErrorEvent) => {
      const job = slot.job;
      const reason = event.message || 'de verwerking stopte onverwacht';
      if (job) stopRunning(slot, job, errorDocument(job.file.name, workerFailed(job.file.name, reason)));
      else retire(slot);
    });
    slots.add(slot);
    return slot;
  }

  function startTimer(slot: Slot, job: Job): void {
    clearTimeout(slot.timer);
    slot.timer = setTimeout(
      () => stopRunning(slot, job, errorDocument(job.file.name, timedOut(job.file.name, job.timeoutMs))),
      Math.max(0, job.deadline - Date.now()),
    );
  }

  /** A page going through OCR earns the file extra time (its limit message says the total). */
  function extendTimeLimit(slot: Slot, job: Job): void {
    job.timeoutMs += ocrPageTimeoutMs;
    job.deadline += ocrPageTimeoutMs;
    startTimer(slot, job);
  }

  function idleSlot(): Slot | undefined {
    for (const slot of slots) if (!slot.job) return slot;
    return slots.size < size ? startSlot() : undefined;
  }

  function pump(): void {
    while (queue.length > 0) {
      const slot = idleSlot();
      if (!slot) return;
      const job = queue.shift()!;
      slot.job = job;
      job.deadline = Date.now() + job.timeoutMs;
      startTimer(slot, job);
      // A copy is transferred: the caller's bytes stay usable (and are not detached).
      const bytes = job.file.bytes.slice();
      const message: ExtractMessage = {
        type: 'extract',
        id: job.id,
        name: job.file.name,
        bytes,
        standardFontDataUrl: options.standardFontDataUrl,
        ocr: job.options.ocr ?? ocr,
        ocrAssets: options.ocrAssets,
      };
      slot.worker.postMessage(message, [bytes.buffer]);
    }
  }

  function cancel(job: Job): void {
    const waiting = queue.indexOf(job);
    const doc = errorDocument(job.file.name, cancelled(job.file.name));
    if (waiting >= 0) {
      queue.splice(waiting, 1);
      settle(job, doc);
      return;
    }
    for (const slot of slots) if (slot.job === job) return stopRunning(slot, job, doc);
  }

  return {
    warmUp(count = size) {
      while (slots.size < Math.min(count, size)) startSlot();
    },
    extract(file, extractOptions = {}) {
      const { signal } = extractOptions;
      if (signal?.aborted) return Promise.resolve(errorDocument(file.name, cancelled(file.name)));
      return new Promise((resolve) => {
        const job: Job = {
          id: nextId++, file, options: extractOptions, resolve, stopListening: () => {},
          progress: { pagesDone: 0, pageCount: 0 }, timeoutMs, deadline: 0,
        };
        if (signal) {
          const onAbort = (): void => cancel(job);
          signal.addEventListener('abort', onAbort, { once: true });
          job.stopListening = () => signal.removeEventListener('abort', onAbort);
        }
        queue.push(job);
        pump();
      });
    },
  };
}
