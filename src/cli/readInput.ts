// Reads one input file for the CLI, refusing what would hang or exhaust memory: only a regular
// file (after following links) is opened, its size is capped while reading, and the read ends
// at the file's deadline even if the disk (a dead network share) never answers.
import { constants } from 'node:fs';
import { lstat, open, stat, type FileHandle } from 'node:fs/promises';
import { MAX_PDF_BYTES } from '../shared/fileLimits';
import { notRegularReason, unreachableReason } from '../node/fileKinds';

const CHUNK_BYTES = 1024 * 1024;

export type ReadOutcome =
  | { status: 'read'; bytes: Uint8Array }
  /** `reason`: Dutch, without the file name (the caller puts it in front). */
  | { status: 'refused'; reason: string }
  | { status: 'timeout' }
  | { status: 'cancelled' };

export interface ReadLimits {
  maxBytes?: number;
  /** Date.now() value at which the read is given up. */
  deadline: number;
  /** Ctrl+C: gives the read up at once. */
  signal?: AbortSignal;
}

/** Reads given up at their deadline but still pending in Node's file-I/O threads. */
let abandoned = 0;

/** True while a read given up at its deadline is still pending: it keeps the process alive,
 * so the CLI has to exit explicitly. */
export function hasAbandonedReads(): boolean {
  return abandoned > 0;
}

export async function readInputFile(file: string, { maxBytes = MAX_PDF_BYTES, deadline, signal }: ReadLimits): Promise<ReadOutcome> {
  if (signal?.aborted) return { status: 'cancelled' };
  if (Date.now() >= deadline) return { status: 'timeout' };
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const givenUp = new Promise<ReadOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ status: 'timeout' }), deadline - Date.now());
    onAbort = () => resolve({ status: 'cancelled' });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  let done = false;
  const reading = readChecked(file, maxBytes).finally(() => (done = true));
  try {
    const outcome = await Promise.race([reading, givenUp]);
    if (!done) {
      // A read stuck in the kernel cannot be cancelled: it is left behind (its handle is
      // closed when it ends) and the file gets its time-limit error.
      abandoned++;
      void reading.finally(() => abandoned--);
    }
    return outcome;
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }
}

async function readChecked(file: string, maxBytes: number): Promise<ReadOutcome> {
  // stat() before open(): opening a FIFO for reading waits for a writer, possibly forever.
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    const isLink = (await lstat(file).catch(() => undefined))?.isSymbolicLink() ?? false;
    return { status: 'refused', reason: unreachableReason(error, isLink) };
  }
  if (!info.isFile()) return { status: 'refused', reason: notRegularReason(info) };
  if (info.size > maxBytes) return tooLarge(maxBytes);

  let handle: FileHandle;
  try {
    // O_NONBLOCK: if the path was swapped for a FIFO after stat(), open() still returns.
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { status: 'refused', reason: unreachableReason(error, false) };
  }
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) return { status: 'refused', reason: notRegularReason(opened) };
    return await readAtMost(handle, maxBytes);
  } catch (error) {
    return { status: 'refused', reason: unreachableReason(error, false) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Reads to the end, but never more than `maxBytes` (the file may grow while it is read). */
async function readAtMost(handle: FileHandle, maxBytes: number): Promise<ReadOutcome> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const chunk = new Uint8Array(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.byteLength, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) return tooLarge(maxBytes);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { status: 'read', bytes };
}

function tooLarge(maxBytes: number): ReadOutcome {
  const megabytes = maxBytes / (1024 * 1024);
  const limit = Number.isInteger(megabytes) ? `${megabytes} MB` : `${maxBytes} bytes`;
  return { status: 'refused', reason: `het bestand is groter dan ${limit} en wordt niet gelezen` };
}
