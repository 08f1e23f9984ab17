// Reads a list of PDF files through the worker pool. Every file gets a document (an
// unreadable file one with an error), in the order the files were given.
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import type { ExtractedDocument } from '../engine/index';
import type { OcrMode, OcrPageProgress } from '../engine/ocr/ocrEngine';
import { createExtractPool, type ExtractPool } from '../node/extractPool';
import { documentNames } from './findPdfs';

export interface ExtractFilesOptions {
  timeoutMs?: number;
  /** OCR of scanned pages; the pool's default ('auto') when absent. */
  ocr?: OcrMode;
  /** Called as each file is done, in completion order. */
  onDocument?: (doc: ExtractedDocument, done: number, total: number) => void;
  /** A scanned page of a file starts or finishes OCR (seconds per page: worth saying). */
  onOcrPage?: (file: string, progress: OcrPageProgress) => void;
  /** Stops reading: files not done yet resolve with a 'cancelled' error. */
  signal?: AbortSignal;
}

export async function extractFiles(files: readonly string[], options: ExtractFilesOptions = {}): Promise<ExtractedDocument[]> {
  const pool = createExtractPool({ timeoutMs: options.timeoutMs, ocr: options.ocr });
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
  try {
    await Promise.all(Array.from({ length: Math.min(inFlight, files.length) }, readNext));
  } finally {
    await pool.close();
  }
  return docs;
}

async function readOne(
  file: string,
  name: string,
  pool: ExtractPool,
  { onOcrPage, signal }: ExtractFilesOptions,
): Promise<ExtractedDocument> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      file: name,
      pageCount: 0,
      tables: [],
      warnings: [],
      error: { code: 'read-failed', message: `${name}: het bestand kon niet worden geopend (${reason}).` },
    };
  }
  return pool.extract({ name, bytes }, undefined, {
    ...(signal ? { signal } : {}),
    ...(onOcrPage ? { onOcrPage: (progress: OcrPageProgress) => onOcrPage(name, progress) } : {}),
  });
}
