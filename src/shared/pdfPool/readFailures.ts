// The one place that turns a file the engine did not finish into its Dutch error document, for
// every host (the pools, main's job queue, the CLI). Same shape and tone as the engine's own
// error documents, so the UI and the workbook treat them alike: the file name, a colon, what
// happened to the reading.
import type { DocumentError, ExtractedDocument } from '../../engine/model';

/** What limited a worker's memory: a known budget per file (Node's worker threads), or whatever
 * the browser gives a Web Worker (the page cannot know it). */
export type MemoryLimit = { kind: 'per-file'; megabytes: number } | { kind: 'browser' };

export type ReadFailure =
  | { kind: 'cancelled' }
  /** `limitMs`: the whole time the file had, extra time for OCR pages included. */
  | { kind: 'timed-out'; limitMs: number }
  /** Most likely a compression bomb (a few MB that inflate to gigabytes) or a page of absurd size. */
  | { kind: 'out-of-memory'; limit: MemoryLimit }
  /** A worker that crashed or whose engine threw, in the worker's own words. */
  | { kind: 'failed'; reason: string }
  /** The pool was closed before the file was done. */
  | { kind: 'stopped' }
  /** The host would not hand the file over (the CLI: unreadable or too large on disk). */
  | { kind: 'refused'; reason: string };

export function failureError(file: string, failure: ReadFailure): DocumentError {
  switch (failure.kind) {
    case 'cancelled':
      return { code: 'cancelled', message: `${file}: het lezen is geannuleerd.` };
    case 'timed-out': {
      const seconds = (failure.limitMs / 1000).toLocaleString('nl-NL', { maximumFractionDigits: 3 });
      return { code: 'timeout', message: `${file}: het lezen duurde langer dan ${seconds} s en is afgebroken.` };
    }
    case 'out-of-memory': {
      const limit = failure.limit.kind === 'per-file' ? `de grens van ${failure.limit.megabytes} MB per bestand` : 'de browser dit werkproces geeft';
      return {
        code: 'read-failed',
        message: `${file}: het lezen is afgebroken omdat het bestand meer geheugen vraagt dan ${limit} (bijvoorbeeld een pdf die bij het uitpakken gigabytes groot wordt).`,
      };
    }
    case 'failed':
      return { code: 'read-failed', message: `${file}: het lezen is mislukt (${failure.reason}).` };
    case 'stopped':
      return { code: 'read-failed', message: `${file}: het lezen is mislukt (de verwerking werd gestopt).` };
    case 'refused':
      return { code: 'read-failed', message: `${file}: ${failure.reason}.` };
  }
}

export function failureDocument(file: string, failure: ReadFailure): ExtractedDocument {
  return { file, pageCount: 0, tables: [], warnings: [], error: failureError(file, failure) };
}

/** A worker's reason when it stopped without saying why (Node knows its exit code). */
export function unexpectedStopReason(exitCode?: number): string {
  return exitCode === undefined ? 'de verwerking stopte onverwacht' : `de verwerking stopte onverwacht met code ${exitCode}`;
}
