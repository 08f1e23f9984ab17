// The renderer's extract jobs in main: each 'pdf:extract' runs under the job id the page chose,
// so 'pdf:progress' can name it and 'pdf:cancel' can abort it. Jobs belong to the page that
// started them (its webContents id): a page can only cancel its own, and when it reloads or
// closes its unfinished jobs are cancelled so no worker keeps reading for nobody.
// Main hands the pool at most `maxRunning` files at once and keeps the rest in a first-come queue
// (bounded too): the pool hashes and holds every file it is given, so a page sending thousands
// of requests must not make main do all that at once. A waiting job cancelled never reaches it.
// No Electron import: tested in Node with the real pool.
import os from 'node:os';
import type { ExtractedDocument } from '@engine/model';
import type { ExtractProgress, ExtractRequest } from '@shared/ipc';
import { failureDocument } from '@shared/pdfPool/readFailures';
import type { ExtractPool } from '../node/extractPool';
import { InvalidRequestError } from './requests';

export interface ExtractJobs {
  /** Reads the file; resolves with error code 'cancelled' when cancelled. */
  run(owner: number, request: ExtractRequest, onProgress: (progress: ExtractProgress) => void): Promise<ExtractedDocument>;
  /** Cancels one job of `owner`; unknown or finished jobs are ignored (the answer may be on its way). */
  cancel(owner: number, jobId: string): void;
  /** Cancels every unfinished job of `owner`. */
  cancelAll(owner: number): void;
  /** Unfinished jobs, for tests and diagnostics. */
  readonly size: number;
}

export interface ExtractJobsOptions {
  /** Files in the pool at once; default os.availableParallelism() (the pool's worker count). */
  maxRunning?: number;
  /** Jobs waiting for a place; more are refused. Default 2000 (a folder of years of PDFs). */
  maxWaiting?: number;
}

export function createExtractJobs(pool: Pick<ExtractPool, 'extract'>, options: ExtractJobsOptions = {}): ExtractJobs {
  const maxRunning = Math.max(1, options.maxRunning ?? os.availableParallelism());
  const maxWaiting = Math.max(0, options.maxWaiting ?? 2000);
  const running = new Map<string, AbortController>();
  const key = (owner: number, jobId: string): string => `${owner}:${jobId}`;
  /** Jobs waiting for a place in the pool, oldest first. */
  const waiting: (() => void)[] = [];
  let inPool = 0;

  /** Resolves when the job may enter the pool, or at once (false) when it was cancelled meanwhile. */
  function place(signal: AbortSignal): Promise<boolean> {
    if (inPool < maxRunning) {
      inPool++;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const enter = (): void => {
        signal.removeEventListener('abort', leave);
        inPool++;
        resolve(true);
      };
      const leave = (): void => {
        waiting.splice(waiting.indexOf(enter), 1);
        resolve(false);
      };
      signal.addEventListener('abort', leave, { once: true });
      waiting.push(enter);
    });
  }

  function leavePool(): void {
    inPool--;
    waiting.shift()?.();
  }

  return {
    async run(owner, { jobId, file, ocr }, onProgress) {
      const id = key(owner, jobId);
      if (running.has(id)) throw new InvalidRequestError(`taak ${jobId} loopt al`);
      if (inPool >= maxRunning && waiting.length >= maxWaiting) {
        throw new InvalidRequestError(`te veel bestanden tegelijk (meer dan ${maxWaiting} wachten al); probeer het straks opnieuw`);
      }
      const controller = new AbortController();
      running.set(id, controller);
      if (!(await place(controller.signal))) {
        running.delete(id);
        // The pool's own answer to a cancelled file, for one that never reached it.
        return failureDocument(file.name, { kind: 'cancelled' });
      }
      try {
        return await pool.extract(file, undefined, {
          signal: controller.signal,
          ...(ocr ? { ocr } : {}),
          // Pages done and the page in OCR, as one report (OCR takes seconds per page).
          onFileProgress: (progress) => onProgress({ jobId, ...progress }),
        });
      } finally {
        running.delete(id);
        leavePool();
      }
    },
    cancel(owner, jobId) {
      running.get(key(owner, jobId))?.abort();
    },
    cancelAll(owner) {
      const prefix = `${owner}:`;
      for (const [id, controller] of running) if (id.startsWith(prefix)) controller.abort();
    },
    get size() {
      return running.size;
    },
  };
}
