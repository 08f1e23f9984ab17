// Reads a list of PDF files through the worker pool. Every file gets a document (an
// unreadable file one with an error), in the order the files were given. The caller owns the
// pool: the CLI starts it before it even looks for the files, so a thread has pdf.js loaded by
// the time the first file is read.
import os from 'node:os';
import type { ExtractedDocument } from '../engine/index';
import type { OcrPageProgress } from '../engine/ocr/ocrEngine';
import { DEFAULT_OCR_PAGE_TIMEOUT_MS, DEFAULT_TIMEOUT_MS, type ExtractPool } from '../node/extractPool';
import { documentNames } from '../node/findPdfs';
import { failureDocument, failureError } from '../shared/pdfPool/readFailures';
import { readInputFile } from './readInput';

export interface ExtractFilesOptions {
  /** The whole file's time limit (the pool's own starts when a thread takes the file). */
  timeoutMs?: number;
  /** Called as each file is done, in completion order. */
  onDocument?: (doc: ExtractedDocument, done: number, total: number) => void;
  /** A scanned page of a file starts or finishes OCR (seconds per page: worth saying). */
  onOcrPage?: (file: string, progress: OcrPageProgress) => void;
  /** Stops reading: files not done yet resolve with a 'cancelled' error. */
  signal?: AbortSignal;
}

export async function extractFiles(pool: ExtractPool, files: readonly string[], options: ExtractFilesOptions = {}): Promise<ExtractedDocument[]> {
  const names = documentNames(files);
  const docs: ExtractedDocument[] = new Array(files.length);
  let done = 0;
  // Keep only a few files in memory at once: the pool queues their bytes.
  const inFlight = 2 * os.availableParallelism();
  let next = 0;
  async function readNext(): Promise<void> {
    while (next < files.length) {
      const index = next++;
      const doc = await readOne(files[index]!, names[index]!, pool, options);
      docs[index] = doc;
      options.onDocument?.(doc, ++done, files.length);
    }
  }
  await Promise.all(Array.from({ length: Math.min(inFlight, files.length) }, readNext));
  return docs;
}

/** One file: the time limit runs from before the file is opened, so a file that cannot be
 * read from disk in time ends the same way as one that cannot be parsed in time. */
async function readOne(
  file: string,
  name: string,
  pool: ExtractPool,
  { onOcrPage, signal, timeoutMs = DEFAULT_TIMEOUT_MS }: ExtractFilesOptions,
): Promise<ExtractedDocument> {
  const deadline = Date.now() + timeoutMs;
  const outcome = await readInputFile(file, { deadline, ...(signal ? { signal } : {}) });
  if (outcome.status === 'refused') return failureDocument(name, { kind: 'refused', reason: outcome.reason });
  if (outcome.status === 'timeout') return failureDocument(name, { kind: 'timed-out', limitMs: timeoutMs });
  if (outcome.status === 'cancelled' || signal?.aborted) return failureDocument(name, { kind: 'cancelled' });

  // The pool starts its own clock when a worker takes the file: give it what is left.
  const remainingMs = deadline - Date.now();
  if (remainingMs <= 0) return failureDocument(name, { kind: 'timed-out', limitMs: timeoutMs });
  let ocrPages = 0;
  const doc = await pool.extract({ name, bytes: outcome.bytes }, undefined, {
    timeoutMs: remainingMs,
    ...(signal ? { signal } : {}),
    onOcrPage: (progress: OcrPageProgress) => {
      if (progress.state === 'recognizing') ocrPages++;
      onOcrPage?.(name, progress);
    },
  });
  // The pool names the time it was given; the user set the limit for the whole file (plus
  // the pool's extra time per OCR page).
  if (doc.error?.code !== 'timeout') return doc;
  return { ...doc, error: failureError(name, { kind: 'timed-out', limitMs: timeoutMs + ocrPages * DEFAULT_OCR_PAGE_TIMEOUT_MS }) };
}
