// Files being read: per-file progress, and the order results join the session. Files finish in
// any order, but documents are added in the order the files were given (a slow first file holds
// back later ones), so document indices and row ids do not depend on timing.
import type { ExtractedDocument } from '@engine/model';

export interface Job {
  id: number;
  name: string;
  /** Where the file is on disk, when the host knows it (desktop): kept for restoring the session. */
  path?: string;
  pagesDone: number;
  /** Unknown until the reader reports the first page. */
  pageCount: number | null;
  /** The page being read by OCR (text recognition) now: seconds per page, so the UI says so. */
  recognizing?: number;
  /** Set once the file is read (or failed, or was cancelled). */
  result: ExtractedDocument | null;
}

export interface Jobs {
  /** Started, not yet handed to the session; in the order the files were given. */
  readonly queue: readonly Job[];
}

export function noJobs(): Jobs {
  return { queue: [] };
}

/** Queues files under ids the caller chose (it needs them to route progress and results). */
export function startJobs(jobs: Jobs, files: readonly { id: number; name: string; path?: string }[]): Jobs {
  const added = files.map(({ id, name, path }): Job => ({ id, name, ...(path ? { path } : {}), pagesDone: 0, pageCount: null, result: null }));
  return { queue: [...jobs.queue, ...added] };
}

/** `recognizing`: the page being read by OCR now, if any. */
export function reportProgress(jobs: Jobs, id: number, pagesDone: number, pageCount: number, recognizing?: number): Jobs {
  return mapJob(jobs, id, ({ recognizing: _previous, ...job }) => ({
    ...job,
    pagesDone: Math.min(pagesDone, pageCount),
    pageCount,
    ...(recognizing !== undefined ? { recognizing } : {}),
  }));
}

/** Records a job's result and takes every finished job off the front of the queue; `paths` is
 * parallel to `finished`. */
export function finishJob(jobs: Jobs, id: number, result: ExtractedDocument): { jobs: Jobs; finished: ExtractedDocument[]; paths: (string | undefined)[] } {
  const queue = mapJob(jobs, id, ({ recognizing: _ended, ...job }) => ({
    ...job,
    result,
    pagesDone: result.pageCount || job.pagesDone,
    pageCount: result.pageCount || job.pageCount,
  })).queue;
  const waiting = queue.findIndex((job) => job.result === null);
  const done = waiting === -1 ? queue.length : waiting;
  const finishedJobs = queue.slice(0, done).filter((job) => job.result !== null);
  return {
    jobs: { queue: queue.slice(done) },
    finished: finishedJobs.map((job) => job.result as ExtractedDocument),
    paths: finishedJobs.map((job) => job.path),
  };
}

export interface Progress {
  files: number;
  filesDone: number;
  pagesDone: number;
  /** Pages of the files whose size is known. */
  pageCount: number;
  /** True while a file has not reported its size yet. */
  pageCountPending: boolean;
}

export function progressOf(jobs: Jobs): Progress {
  return jobs.queue.reduce<Progress>(
    (sum, job) => ({
      files: sum.files + 1,
      filesDone: sum.filesDone + (job.result ? 1 : 0),
      pagesDone: sum.pagesDone + job.pagesDone,
      pageCount: sum.pageCount + (job.pageCount ?? 0),
      pageCountPending: sum.pageCountPending || (job.pageCount === null && !job.result),
    }),
    { files: 0, filesDone: 0, pagesDone: 0, pageCount: 0, pageCountPending: false },
  );
}

function mapJob(jobs: Jobs, id: number, change: (job: Job) => Job): Jobs {
  return { queue: jobs.queue.map((job) => (job.id === id ? change(job) : job)) };
}
