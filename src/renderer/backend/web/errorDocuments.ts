// Documents for files the engine did not finish: same shape and tone as the engine's own
// error documents, so the UI and the workbook treat them alike.
import type { DocumentError, ExtractedDocument } from '@engine/model';

export function errorDocument(file: string, error: DocumentError): ExtractedDocument {
  return { file, pageCount: 0, tables: [], warnings: [], error };
}

export function cancelled(file: string): DocumentError {
  return { code: 'cancelled', message: `'${file}': het lezen is geannuleerd.` };
}

export function timedOut(file: string, timeoutMs: number): DocumentError {
  const seconds = (timeoutMs / 1000).toLocaleString('nl-NL', { maximumFractionDigits: 3 });
  return { code: 'timeout', message: `${file}: het lezen duurde langer dan ${seconds} s en is afgebroken.` };
}

export function readFailed(file: string, reason: string): DocumentError {
  return { code: 'read-failed', message: `${file}: het lezen is mislukt (${reason}).` };
}

/** What a browser says when a worker runs out of memory (V8 and Chromium wordings). */
const OUT_OF_MEMORY = /out of memory|allocation failed|invalid array (buffer )?length/i;

/** A worker that crashed or failed: out of memory gets its own message (a compression bomb,
 * most likely); anything else says what went wrong. */
export function workerFailed(file: string, reason: string): DocumentError {
  if (!OUT_OF_MEMORY.test(reason)) return readFailed(file, reason);
  return {
    code: 'read-failed',
    message: `${file}: het lezen is afgebroken omdat het bestand meer geheugen vraagt dan de browser dit werkproces geeft (bijvoorbeeld een pdf die bij het uitpakken gigabytes groot wordt).`,
  };
}
