// Reads PDFs in engine Web Workers: the PDF pool (shared/pdfPool) on Web Workers, at most `size`
// at a time, so a batch uses every core while the page stays responsive. A worker reads file after
// file and is replaced after a file it could not read (the pool's rule), so what a bad file left
// in its memory never meets the next one. extract() never rejects: every outcome is a document,
// with `error` set when it is not a result.
import type { ExtractedDocument } from '@engine/model';
import type { OcrAssetUrls } from '@shared/ocrAssets';
import { createPdfPool, type PdfPoolFileOptions, type PdfPoolOptions, type PoolWorker, type PoolWorkerEvents } from '@shared/pdfPool/pdfPool';
import { unexpectedStopReason } from '@shared/pdfPool/readFailures';
import type { PdfFile } from '@shared/ipc';
import type { ExtractMessage, WorkerReply } from './workerProtocol';

/** Progress reaches the page at most this often. Every report re-renders the UI, and the
 * workers scale with the cores while the page has one thread: with 8 workers reading small
 * pages, per-page reports would arrive by the hundred per second. */
export const PROGRESS_INTERVAL_MS = 100;

/** The part of a Web Worker the pool uses (tests pass fakes). */
export type EngineWorker = Pick<Worker, 'postMessage' | 'terminate' | 'addEventListener'>;

/** Size, time limits and OCR mode as the PDF pool takes them, plus how to start an engine worker. */
export interface WorkerPoolOptions extends Pick<PdfPoolOptions, 'size' | 'timeoutMs' | 'ocrPageTimeoutMs' | 'ocr' | 'readCache'> {
  startWorker: () => EngineWorker;
  standardFontDataUrl: string;
  ocrAssets: OcrAssetUrls;
}

/** Per file: progress at most every PROGRESS_INTERVAL_MS (the latest state then), a signal that
 * cancels it, the pool's OCR mode overridden. */
export type PoolExtractOptions = Pick<PdfPoolFileOptions, 'onProgress' | 'signal' | 'ocr'>;

export interface WorkerPool {
  extract(file: PdfFile, options?: PoolExtractOptions): Promise<ExtractedDocument>;
  /** Starts up to `count` workers ahead of the first file: loading pdf.js into a worker takes
   * longer than reading a small PDF, and the user is still choosing files. */
  warmUp(count?: number): void;
}

export function createWorkerPool(options: WorkerPoolOptions): WorkerPool {
  const pool = createPdfPool({
    size: options.size,
    timeoutMs: options.timeoutMs,
    ocrPageTimeoutMs: options.ocrPageTimeoutMs,
    ocr: options.ocr,
    readCache: options.readCache,
    startWorker: (events) => engineWorker(options, events),
    memoryLimit: { kind: 'browser' },
    progressIntervalMs: PROGRESS_INTERVAL_MS,
  });
  return {
    extract: (file, { onProgress, signal, ocr } = {}) => pool.extract(file, { onProgress, signal, ocr }),
    warmUp: (count) => pool.warmUp(count),
  };
}

/** What a browser says when a worker runs out of memory (V8 and Chromium wordings). */
const OUT_OF_MEMORY = /out of memory|allocation failed|invalid array (buffer )?length/i;

/** A Web Worker as the PDF pool sees it. A browser gives no out-of-memory signal of its own, so
 * its wording, in an engine exception or an uncaught error, is taken as one. */
function engineWorker(options: WorkerPoolOptions, events: PoolWorkerEvents): PoolWorker {
  const worker = options.startWorker();
  worker.addEventListener('message', ({ data: reply }: MessageEvent<WorkerReply>) => {
    events.reply(reply.type === 'failed' && OUT_OF_MEMORY.test(reply.reason) ? { type: 'out-of-memory', id: reply.id } : reply);
  });
  // An uncaught error or a script that fails to load: this worker cannot be trusted again.
  worker.addEventListener('error', (event: ErrorEvent) => {
    const reason = event.message || unexpectedStopReason();
    events.crashed({ reason, outOfMemory: OUT_OF_MEMORY.test(reason) });
  });
  return {
    post(request) {
      // A copy is transferred: the caller's bytes stay usable (and are not detached).
      const bytes = request.bytes.slice();
      const message: ExtractMessage = { ...request, bytes, standardFontDataUrl: options.standardFontDataUrl, ocrAssets: options.ocrAssets };
      worker.postMessage(message, [bytes.buffer]);
    },
    terminate: () => worker.terminate(),
  };
}
