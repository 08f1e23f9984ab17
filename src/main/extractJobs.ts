// The renderer's extract jobs in main: each 'pdf:extract' runs under the job id the page chose,
// so 'pdf:progress' can name it and 'pdf:cancel' can abort it. Jobs belong to the page that
// started them (its webContents id): a page can only cancel its own, and when it reloads or
// closes its unfinished jobs are cancelled so no worker keeps reading for nobody.
// No Electron import: tested in Node with the real pool.
import type { ExtractedDocument } from '@engine/model';
import type { ExtractProgress, ExtractRequest } from '@shared/ipc';
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

export function createExtractJobs(pool: Pick<ExtractPool, 'extract'>): ExtractJobs {
  const running = new Map<string, AbortController>();
  const key = (owner: number, jobId: string): string => `${owner}:${jobId}`;

  return {
    async run(owner, { jobId, file, ocr }, onProgress) {
      const id = key(owner, jobId);
      if (running.has(id)) throw new InvalidRequestError(`taak ${jobId} loopt al`);
      const controller = new AbortController();
      running.set(id, controller);
      try {
        // Pages done and the page in OCR, as one report (OCR takes seconds per page).
        let latest: ExtractProgress = { jobId, pagesDone: 0, pageCount: 0 };
        const report = (next: ExtractProgress): void => onProgress((latest = next));
        return await pool.extract(file, (pagesDone, pageCount) => {
          const { recognizing } = latest;
          report({ jobId, pagesDone, pageCount, ...(recognizing !== undefined && recognizing > pagesDone ? { recognizing } : {}) });
        }, {
          signal: controller.signal,
          ...(ocr ? { ocr } : {}),
          onOcrPage: ({ page, pageCount, state }) =>
            report({ jobId, pagesDone: latest.pagesDone, pageCount, ...(state === 'recognizing' ? { recognizing: page } : {}) }),
        });
      } finally {
        running.delete(id);
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
