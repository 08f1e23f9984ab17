// Reading files main did not create (PDFs named by saved work, given on the command line or
// by the OS) without ever stalling main. Node's file calls run on libuv's four threads, and a
// call that blocks (open() of a FIFO, any call on a dead network share) holds its thread until
// the kernel lets go, which can be never; four such calls used to stop every session.json
// write. So: only regular files are opened (the type is looked at first, links resolved, and
// looked at again on the open handle, opened non-blocking), at most MAX_CONCURRENT_READS file
// operations of these reads run at once (the other threads stay free for saving), and a read
// is answered after its time limit even when its thread is still stuck. No Electron.
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';

/** Of libuv's four threads (UV_THREADPOOL_SIZE), at most this many serve these reads. */
export const MAX_CONCURRENT_READS = 2;
/** A PDF of 100 MB reads in well under a second from a local disk; a network share gets room. */
export const READ_TIMEOUT_MS = 20_000;

export type BoundedRead<T> = { ok: true; value: T } | { ok: false; reason: string };

let running = 0;
const waiting: (() => void)[] = [];

/** Runs `read` when a place is free and answers within `timeoutMs` (waiting included). A read
 * that overruns keeps its place until it really ends: its thread is still taken. */
export function boundedFileRead<T>(file: string, read: () => Promise<T>, { timeoutMs = READ_TIMEOUT_MS } = {}): Promise<BoundedRead<T>> {
  return new Promise((resolve) => {
    let answered = false;
    const answer = (outcome: BoundedRead<T>): void => {
      if (answered) return;
      answered = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const seconds = (timeoutMs / 1000).toLocaleString('nl-NL', { maximumFractionDigits: 3 });
    const timer = setTimeout(() => {
      const queued = waiting.indexOf(start);
      if (queued >= 0) waiting.splice(queued, 1);
      answer({ ok: false, reason: `het lezen van ${file} duurde langer dan ${seconds} s (een netwerkmap die niet antwoordt?)` });
    }, timeoutMs);
    function start(): void {
      running++;
      read()
        .then(
          (value) => answer({ ok: true, value }),
          (error: unknown) => answer({ ok: false, reason: error instanceof Error ? error.message : String(error) }),
        )
        .finally(() => {
          running--;
          waiting.shift()?.();
        });
    }
    if (running < MAX_CONCURRENT_READS) start();
    else waiting.push(start);
  });
}

/** Thrown for anything but a regular file; `message` is Dutch. */
export class NotARegularFileError extends Error {
  constructor() {
    super('het is geen gewoon bestand (maar bijvoorbeeld een pipe of apparaat)');
    this.name = 'NotARegularFileError';
  }
}

/** Thrown for a file over the size limit; `message` is Dutch. */
export class TooLargeError extends Error {
  constructor(maxBytes: number) {
    super(`het is groter dan ${Math.round(maxBytes / 2 ** 20)} MB`);
    this.name = 'TooLargeError';
  }
}

// O_NONBLOCK: should the file become a FIFO between stat and open, open() returns at once.
// Windows has no such flag and no FIFOs in the file system.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** The bytes of the regular file `file` (links followed), at most `maxBytes`: the type and size
 * are checked before opening and on the open handle, and the size again while reading (a file
 * that grows is not read past the limit). Call it inside boundedFileRead. */
export async function readRegularFile(file: string, maxBytes: number): Promise<Uint8Array> {
  const info = await stat(file);
  if (info.isDirectory()) throw Object.assign(new Error('het is een map'), { code: 'EISDIR' });
  if (!info.isFile()) throw new NotARegularFileError();
  if (info.size > maxBytes) throw new TooLargeError(maxBytes);
  const handle = await open(file, OPEN_FLAGS);
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw new NotARegularFileError();
    if (opened.size > maxBytes) throw new TooLargeError(maxBytes);
    const bytes = new Uint8Array(opened.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break; // shrank meanwhile: what is there
      filled += bytesRead;
    }
    // One byte more than the size seen means it grew past what was checked.
    const { bytesRead: extra } = await handle.read(new Uint8Array(1), 0, 1, filled);
    if (extra > 0 && filled + extra > maxBytes) throw new TooLargeError(maxBytes);
    return filled === bytes.length ? bytes : bytes.subarray(0, filled);
  } finally {
    await handle.close();
  }
}
