// Messages between the page and an engine worker. One file at a time per worker: the pool
// sends the next request only after the previous one is answered.
import type { ExtractedDocument } from '@engine/model';

export interface ExtractMessage {
  type: 'extract';
  id: number;
  name: string;
  /** A copy made for the worker and transferred to it: the caller keeps its own bytes. */
  bytes: Uint8Array;
  /** Absolute URL (trailing slash) of the standard fonts the page serves. */
  standardFontDataUrl: string;
}

export type WorkerReply =
  | { type: 'progress'; id: number; pagesDone: number; pageCount: number }
  | { type: 'done'; id: number; doc: ExtractedDocument }
  /** The engine threw although it should not; the pool answers with a 'read-failed' document. */
  | { type: 'failed'; id: number; reason: string };
