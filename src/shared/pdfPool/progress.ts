// A file's progress as the UI shows it: pages read and the page in OCR now. One rule for every
// host (the browser's pool and main's 'pdf:progress' both report it), and the batching the
// browser needs.
import type { ExtractProgressInfo } from '../ipc';
import type { PageReport } from './workerProtocol';

export const NO_PROGRESS: ExtractProgressInfo = { pagesDone: 0, pageCount: 0 };

/** `latest` after one report. A page's 'progress' comes after its OCR ended, so only a page
 * beyond the pages done stays named as in OCR. */
export function nextProgress(latest: ExtractProgressInfo, report: PageReport): ExtractProgressInfo {
  if (report.type === 'progress') {
    const { pagesDone, pageCount } = report;
    const { recognizing } = latest;
    return { pagesDone, pageCount, ...(recognizing !== undefined && recognizing > pagesDone ? { recognizing } : {}) };
  }
  const { page, pageCount, state } = report.progress;
  return { pagesDone: latest.pagesDone, pageCount, ...(state === 'recognizing' ? { recognizing: page } : {}) };
}

export interface ProgressBatches<Key> {
  /** Passes `progress` on, at once or with the next batch (then only the latest per key). */
  report(key: Key, progress: ExtractProgressInfo, listener: (progress: ExtractProgressInfo) => void): void;
  /** Drops what `key` has waiting: a finished file's result says more than its last page count. */
  forget(key: Key): void;
}

/** Reports at most every `intervalMs`, every key's latest in one go (so a UI renders once for
 * all files); without an interval, each report at once. */
export function createProgressBatches<Key>(intervalMs: number | undefined): ProgressBatches<Key> {
  const waiting = new Map<Key, { progress: ExtractProgressInfo; listener: (progress: ExtractProgressInfo) => void }>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  function flush(): void {
    timer = undefined;
    const due = [...waiting.values()];
    waiting.clear();
    for (const { progress, listener } of due) listener(progress);
  }

  return {
    report(key, progress, listener) {
      if (intervalMs === undefined) return listener(progress);
      waiting.set(key, { progress, listener });
      timer ??= setTimeout(flush, intervalMs);
    },
    forget(key) {
      waiting.delete(key);
    },
  };
}
