// Reads PDFs on worker threads, at most one per core, so a batch uses the whole machine and
// a file that hangs or crashes its thread costs only that file: it is answered with an
// error document and its worker is replaced. extract() never rejects for a bad file.
// Each thread has a memory limit (JS heap through resourceLimits, ArrayBuffers through
// memoryGuard.ts): a file that needs more, such as a compression bomb, gets a Dutch error and
// its thread is replaced, while the other files go on. There are never more threads than the
// machine's memory holds at that limit.
import { createHash } from 'node:crypto';
import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { DocumentError, ExtractedDocument } from '../engine/index';
import type { OcrMode, OcrPageProgress } from '../engine/ocr/ocrEngine';
import type { ExtractReply, ExtractRequest, ExtractWorkerData } from './extractWorker';
import { findWorkerScript, startWorker } from './workerThreads';

export const DEFAULT_TIMEOUT_MS = 60_000;
/** Extra time a file gets for each page it sends through OCR (a few seconds per page with
 * tesseract.js; generous for slow or busy machines). */
export const DEFAULT_OCR_PAGE_TIMEOUT_MS = 60_000;
/** Memory per worker thread. A real publication needs well under 200 MB, an OCR page of the
 * largest allowed image (60 Mpx) about 450 MB; two threads plus the process stay below 1.5 GB
 * (measured: a CLI run over five bombs and two good files on 2 cores peaked at 1.25 GB).
 * KLANTPROFIELEN_WORKER_MEMORY_MB overrides it (tests use a lower limit). */
export const DEFAULT_WORKER_MEMORY_MB = 512;
/** Minimum that still reads an ordinary PDF with pdf.js. */
const MIN_WORKER_MEMORY_MB = 128;
/** Share of a thread's limit that is JS heap; the rest is ArrayBuffers (streams, pixels). */
const HEAP_SHARE = 0.4;

export interface ExtractPoolOptions {
  /** Worker threads; default and maximum os.availableParallelism(). */
  size?: number;
  /** Time limit per file, counted from the moment a worker is given it (a new worker's start-up included). */
  timeoutMs?: number;
  /** Path of the worker script; default found by resolveWorkerEntry(). */
  workerEntry?: string;
  /** OCR of scanned pages, on the same worker threads (one tesseract.js worker each,
   * started with the first scan); default 'auto'. */
  ocr?: OcrMode;
  /** Added to a file's time limit for each page it sends through OCR. */
  ocrPageTimeoutMs?: number;
  /** Memory limit per worker thread in MB; default workerMemoryMb(). */
  memoryLimitMb?: number;
}

export interface PdfFile {
  name: string;
  bytes: Uint8Array;
}

export type ProgressListener = (pagesDone: number, pageCount: number) => void;

export interface ExtractFileOptions {
  /** Overrides the pool's time limit for this file. */
  timeoutMs?: number;
  /** Cancels this file: it resolves with a 'cancelled' error (its worker is replaced). */
  signal?: AbortSignal;
  /** A scanned page of this file starts or finishes OCR. */
  onOcrPage?: (progress: OcrPageProgress) => void;
  /** Overrides the pool's OCR mode for this file. */
  ocr?: OcrMode;
}

export interface ExtractPool {
  extract(file: PdfFile, onProgress?: ProgressListener, options?: ExtractFileOptions): Promise<ExtractedDocument>;
  /** Stops all workers; files not finished yet resolve with a 'read-failed' error. */
  close(): Promise<void>;
}

interface Job {
  id: number;
  file: PdfFile;
  sha256: string;
  timeoutMs: number;
  onProgress?: ProgressListener;
  onOcrPage?: (progress: OcrPageProgress) => void;
  ocr: OcrMode;
  /** When the time limit runs out (ms since the epoch), set when a worker takes the file. */
  deadline?: number;
  resolve: (doc: ExtractedDocument) => void;
  /** Set once the file has its answer; later events for it are ignored. */
  settled?: boolean;
  /** Removes the abort listener, so one signal can serve a long batch without piling up. */
  detach?: () => void;
}

interface Slot {
  worker: Worker;
  job?: Job;
  timer?: NodeJS.Timeout;
  /** Last uncaught error of the worker, reported when it exits. */
  crash?: string;
  /** The worker died of its heap limit (ERR_WORKER_OUT_OF_MEMORY). */
  outOfMemory?: boolean;
}

/** The memory limit per worker: KLANTPROFIELEN_WORKER_MEMORY_MB or the default. */
export function workerMemoryMb(env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number(env['KLANTPROFIELEN_WORKER_MEMORY_MB']);
  return Number.isFinite(configured) && configured > 0 ? Math.max(MIN_WORKER_MEMORY_MB, Math.round(configured)) : DEFAULT_WORKER_MEMORY_MB;
}

/** Threads that fit: one per core, but never more than half the machine's memory holds. */
function poolSize(requested: number | undefined, memoryMb: number): number {
  const cores = os.availableParallelism();
  const fitting = Math.floor(os.totalmem() / 2 ** 20 / 2 / memoryMb);
  return Math.max(1, Math.min(requested ?? cores, cores, fitting));
}

export function createExtractPool(options: ExtractPoolOptions = {}): ExtractPool {
  const memoryMb = options.memoryLimitMb ?? workerMemoryMb();
  const size = poolSize(options.size, memoryMb);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const entry = options.workerEntry ?? resolveWorkerEntry();
  const ocr = options.ocr ?? 'auto';
  const ocrPageTimeoutMs = options.ocrPageTimeoutMs ?? DEFAULT_OCR_PAGE_TIMEOUT_MS;
  const queue: Job[] = [];
  const slots = new Set<Slot>();
  let nextId = 1;
  let closed = false;

  function finish(slot: Slot | undefined, job: Job, doc: ExtractedDocument): void {
    if (slot) {
      clearTimeout(slot.timer);
      slot.job = undefined;
      slot.timer = undefined;
      // An idle worker must not keep the process alive (a CLI that forgot close()).
      slot.worker.unref();
    }
    job.settled = true;
    job.detach?.();
    job.resolve({ ...doc, sha256: doc.sha256 ?? job.sha256 });
  }

  /** Answers a file with `error` now: waiting, it leaves the queue; running, its worker
   * is stopped, as terminate() is the only way to stop a thread stuck inside pdf.js. */
  function abandon(job: Job, error: DocumentError): void {
    if (job.settled) return;
    const queued = queue.indexOf(job);
    if (queued >= 0) queue.splice(queued, 1);
    const slot = [...slots].find((candidate) => candidate.job === job);
    if (slot) retire(slot);
    finish(undefined, job, errorDocument(job, error));
    pump();
  }

  function retire(slot: Slot): void {
    slots.delete(slot);
    clearTimeout(slot.timer);
    void slot.worker.terminate();
  }

  function startWorker(): Slot {
    const worker = startWorkerThread(entry, memoryMb);
    const slot: Slot = { worker };
    worker.on('message', (reply: ExtractReply) => {
      const job = slot.job;
      // A late answer for a file already settled, e.g. from a worker being retired after a
      // cancel: its progress must not follow the 'cancelled' answer.
      if (!job || job.settled || reply.id !== job.id) return;
      if (reply.type === 'progress') job.onProgress?.(reply.pagesDone, reply.pageCount);
      else if (reply.type === 'out-of-memory') abandon(job, outOfMemory(job.file.name, memoryMb));
      else if (reply.type === 'ocr-page') {
        if (reply.progress.state === 'recognizing') extendTimeLimit(slot, job, ocrPageTimeoutMs);
        job.onOcrPage?.(reply.progress);
      } else {
        const doc =
          reply.type === 'done' ? reply.doc : errorDocument(job, readFailed(job.file.name, reply.reason));
        finish(slot, job, doc);
        pump();
      }
    });
    worker.on('error', (error) => {
      slot.crash = error.message;
      if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') slot.outOfMemory = true;
    });
    worker.on('exit', (exitCode) => {
      if (!slots.has(slot)) return; // retired on purpose
      slots.delete(slot);
      const job = slot.job;
      if (job) {
        const reason = slot.crash ?? `de verwerking stopte onverwacht met code ${exitCode}`;
        const error = slot.outOfMemory ? outOfMemory(job.file.name, memoryMb) : readFailed(job.file.name, reason);
        finish(slot, job, errorDocument(job, error));
      }
      pump();
    });
    slots.add(slot);
    return slot;
  }

  /** A page going through OCR earns the file extra time (its limit message says the total). */
  function extendTimeLimit(slot: Slot, job: Job, extraMs: number): void {
    job.timeoutMs += extraMs;
    job.deadline = (job.deadline ?? Date.now()) + extraMs;
    clearTimeout(slot.timer);
    slot.timer = setTimeout(() => abandon(job, timedOut(job.file.name, job.timeoutMs)), Math.max(0, job.deadline - Date.now()));
  }

  function idleSlot(): Slot | undefined {
    for (const slot of slots) if (!slot.job) return slot;
    return slots.size < size ? startWorker() : undefined;
  }

  function pump(): void {
    while (!closed && queue.length > 0) {
      const slot = idleSlot();
      if (!slot) return;
      const job = queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      job.deadline = Date.now() + job.timeoutMs;
      slot.timer = setTimeout(() => abandon(job, timedOut(job.file.name, job.timeoutMs)), job.timeoutMs);
      const request: ExtractRequest = { type: 'extract', id: job.id, name: job.file.name, bytes: job.file.bytes, ocr: job.ocr };
      slot.worker.postMessage(request);
    }
  }

  return {
    extract(file, onProgress, fileOptions = {}) {
      if (closed) return Promise.reject(new Error('extract pool is closed'));
      const sha256 = createHash('sha256').update(file.bytes).digest('hex');
      return new Promise((resolve) => {
        const job: Job = {
          id: nextId++, file, sha256, timeoutMs: fileOptions.timeoutMs ?? timeoutMs, onProgress, onOcrPage: fileOptions.onOcrPage,
          ocr: fileOptions.ocr ?? ocr, resolve,
        };
        const { signal } = fileOptions;
        if (signal?.aborted) return finish(undefined, job, errorDocument(job, cancelled(file.name)));
        if (signal) {
          const onAbort = () => abandon(job, cancelled(file.name));
          signal.addEventListener('abort', onAbort, { once: true });
          job.detach = () => signal.removeEventListener('abort', onAbort);
        }
        queue.push(job);
        pump();
      });
    },
    async close() {
      closed = true;
      const stopped = (job: Job) => errorDocument(job, readFailed(job.file.name, 'de verwerking werd gestopt'));
      for (const job of queue.splice(0)) finish(undefined, job, stopped(job));
      const running = [...slots];
      slots.clear();
      for (const slot of running) if (slot.job) finish(slot, slot.job, stopped(slot.job));
      await Promise.all(running.map((slot) => slot.worker.terminate()));
    },
  };
}

function errorDocument(job: Job, error: DocumentError): ExtractedDocument {
  return { file: job.file.name, pageCount: 0, tables: [], warnings: [], error, sha256: job.sha256 };
}

function readFailed(fileName: string, reason: string): DocumentError {
  return { code: 'read-failed', message: `${fileName}: het lezen is mislukt (${reason}).` };
}

/** A file that takes its thread past the memory limit: most likely a compression bomb (a few
 * MB that inflate to gigabytes) or a page of absurd size. */
function outOfMemory(fileName: string, memoryMb: number): DocumentError {
  return {
    code: 'read-failed',
    message: `${fileName}: het lezen is afgebroken omdat het bestand meer geheugen vraagt dan de grens van ${memoryMb} MB per bestand (bijvoorbeeld een pdf die bij het uitpakken gigabytes groot wordt).`,
  };
}

function cancelled(fileName: string): DocumentError {
  return { code: 'cancelled', message: `${fileName}: het lezen is geannuleerd.` };
}

function timedOut(fileName: string, timeoutMs: number): DocumentError {
  const seconds = (timeoutMs / 1000).toLocaleString('nl-NL', { maximumFractionDigits: 3 });
  return {
    code: 'timeout',
    message: `${fileName}: het lezen duurde langer dan ${seconds} s en is afgebroken.`,
  };
}

/**
 * Finds the worker script next to this module. In the Electron main bundle that is the
 * compiled `extractWorker.js` (the main build must emit src/node/extractWorker.ts as its own
 * entry); under tsx or vitest it is the TypeScript source.
 */
export function resolveWorkerEntry(moduleUrl: string = import.meta.url): string {
  return findWorkerScript('extractWorker', moduleUrl);
}

function startWorkerThread(entry: string, memoryMb: number): Worker {
  const heapMb = Math.round(memoryMb * HEAP_SHARE);
  const workerData: ExtractWorkerData = { arrayBufferLimitBytes: (memoryMb - heapMb) * 2 ** 20 };
  const worker = startWorker(entry, {
    // The worker's console output goes to stderr: stdout belongs to the CLI's result.
    stdout: true,
    stderr: false,
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
    workerData,
  });
  worker.stdout.pipe(process.stderr, { end: false });
  return worker;
}
