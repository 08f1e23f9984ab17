// Files read before are not read again: a document read from the same bytes (SHA-256), with the
// same OCR mode, by the same engine is answered from a store the host keeps (a folder on the
// desktop, IndexedDB in the browser edition). The engine version is part of the store's identity,
// so a new engine never answers with an old engine's reading. Only documents that were read are
// kept: a failure (a time limit on a busy machine, a cancel) is tried again next time.
import type { ExtractedDocument } from '../../engine/model';
import type { OcrMode } from '../../engine/ocr/ocrEngine';

/** Where read documents are kept. Both calls may fail (a full disk, a private window): the pool
 * then reads the file as if nothing were kept. */
export interface ReadCacheStore {
  get(key: string): Promise<ExtractedDocument | undefined>;
  put(key: string, document: ExtractedDocument): Promise<void>;
}

/** Documents a store keeps at most; the oldest go first. A national publication of 12 pages is
 * about 0.4 MB as JSON, so this stays well under 100 MB. */
export const READ_CACHE_MAX_ENTRIES = 200;

export function readCacheKey(sha256: string, ocr: OcrMode): string {
  return `${sha256}.${ocr}`;
}

/** The kept document as this file: its own name (the same bytes may come under another). */
export function asFile(kept: ExtractedDocument, name: string, sha256: string): ExtractedDocument {
  return { ...kept, file: name, sha256 };
}
