// Reads PDFs on worker threads, at most one per core, so a batch uses the whole machine: the
// PDF pool (src/shared/pdfPool) on threads from extractThread.ts. A file that hangs or crashes its
// thread costs only that file: it is answered with an error document and its worker is replaced.
// extract() never rejects for a bad file. Each thread has a memory limit: a file that needs more,
// such as a compression bomb, gets a Dutch error and its thread is replaced, while the other files
// go on. There are never more threads than the machine's memory holds at that limit.
import { createHash } from 'node:crypto';
import os from 'node:os';
import type { ExtractedDocument } from '../engine/index';
import type { OcrPageProgress } from '../engine/ocr/ocrEngine';
import type { PdfFile } from '../shared/ipc';
import { createPdfPool, type PdfPoolFileOptions, type PdfPoolOptions } from '../shared/pdfPool/pdfPool';
import { startExtractThread } from './extractThread';
import { findWorkerScript } from './workerThreads';

export { DEFAULT_OCR_PAGE_TIMEOUT_MS, DEFAULT_TIMEOUT_MS } from '../shared/pdfPool/pdfPool';

/** Memory per worker thread. A real publication needs well under 200 MB, an OCR page of the
 * largest allowed image (60 Mpx) about 450 MB; two threads plus the process stay below 1.5 GB
 * (measured: a CLI run over five bombs and two good files on 2 cores peaked at 1.25 GB).
 * KLANTPROFIELEN_WORKER_MEMORY_MB overrides it (tests use a lower limit). */
export const DEFAULT_WORKER_MEMORY_MB = 512;
/** Minimum that still reads an ordinary PDF with pdf.js. */
const MIN_WORKER_MEMORY_MB = 128;

/** Time limits and OCR mode as the PDF pool takes them (OCR runs on the same threads, one
 * tesseract.js worker each, started with the first scan). */
export interface ExtractPoolOptions extends Pick<PdfPoolOptions, 'timeoutMs' | 'ocrPageTimeoutMs' | 'ocr' | 'readCache'> {
  /** Worker threads; default and maximum os.availableParallelism(). */
  size?: number;
  /** Path of the worker script; default found by resolveWorkerEntry(). */
  workerEntry?: string;
  /** Memory limit per worker thread in MB; default workerMemoryMb(). */
  memoryLimitMb?: number;
}

export type ProgressListener = (pagesDone: number, pageCount: number) => void;

/** Per file: the pool's time limit or OCR mode overridden, a signal that cancels it (its worker is replaced). */
export interface ExtractFileOptions extends Pick<PdfPoolFileOptions, 'timeoutMs' | 'signal' | 'ocr'> {
  /** A scanned page of this file starts or finishes OCR. */
  onOcrPage?: (progress: OcrPageProgress) => void;
  /** Pages read and the page in OCR, as one report (the rule in shared/pdfPool/progress.ts). */
  onFileProgress?: PdfPoolFileOptions['onProgress'];
}

export interface ExtractPool {
  extract(file: PdfFile, onProgress?: ProgressListener, options?: ExtractFileOptions): Promise<ExtractedDocument>;
  /** Starts up to `count` threads now (each loads pdf.js at once) instead of with the first files. */
  warmUp(count?: number): void;
  /** Stops all workers; files not finished yet resolve with a 'read-failed' error. */
  close(): Promise<void>;
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
  const entry = options.workerEntry ?? resolveWorkerEntry();
  const pool = createPdfPool({
    size: poolSize(options.size, memoryMb),
    startWorker: (events) => startExtractThread(entry, memoryMb, events),
    timeoutMs: options.timeoutMs,
    ocrPageTimeoutMs: options.ocrPageTimeoutMs,
    ocr: options.ocr,
    readCache: options.readCache,
    memoryLimit: { kind: 'per-file', megabytes: memoryMb },
    fingerprint: (bytes) => createHash('sha256').update(bytes).digest('hex'),
  });
  return {
    extract: (file, onProgress, { onOcrPage, onFileProgress, ...fileOptions } = {}) =>
      pool.extract(file, {
        ...fileOptions,
        onProgress: onFileProgress,
        onPageReport: (report) => (report.type === 'progress' ? onProgress?.(report.pagesDone, report.pageCount) : onOcrPage?.(report.progress)),
      }),
    warmUp: (count) => pool.warmUp(count),
    close: () => pool.close(),
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
