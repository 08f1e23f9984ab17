// Bounds the ArrayBuffer memory of one extract worker thread. The pool's resourceLimits cap the
// JS heap, but not ArrayBuffers, and that is where a compression bomb goes: pdf.js inflates a
// content stream into one growing Uint8Array (synchronously, so no timer runs meanwhile), or
// collects DecompressionStream chunks (asynchronously). So every typed-array allocation of 1 MB
// or more is checked against this thread's ArrayBuffer total, and a timer checks it between
// tasks. Past the limit `onExceeded` is called once per file and the allocation throws; the pool
// then stops the thread, as pdf.js may catch the error and carry on. Node only (worker threads).

/** Allocations below this are not checked: too small to matter, too many to count. */
const CHECK_FROM_BYTES = 1024 * 1024;
const CHECK_EVERY_MS = 50;

/** The constructors pdf.js and the OCR code allocate pixels and streams with. */
const GUARDED = [
  'ArrayBuffer',
  'Uint8Array',
  'Uint8ClampedArray',
  'Int8Array',
  'Uint16Array',
  'Int16Array',
  'Uint32Array',
  'Int32Array',
  'Float32Array',
  'Float64Array',
] as const;

export interface MemoryGuard {
  /** A new file starts: it may trip the guard again. */
  reset(): void;
  readonly tripped: boolean;
}

export class MemoryLimitError extends RangeError {
  constructor(readonly limitBytes: number) {
    super(`memory limit of ${Math.round(limitBytes / 2 ** 20)} MB reached`);
    this.name = 'MemoryLimitError';
  }
}

/** Installs the guard on this thread's globals (once per thread). */
export function installMemoryGuard(limitBytes: number, onExceeded: (usedBytes: number) => void): MemoryGuard {
  let tripped = false;
  const used = (): number => process.memoryUsage().arrayBuffers;
  const trip = (usedBytes: number): void => {
    if (tripped) return;
    tripped = true;
    onExceeded(usedBytes);
  };
  const check = (extraBytes: number): void => {
    if (extraBytes < CHECK_FROM_BYTES) return;
    const total = used() + extraBytes;
    if (total <= limitBytes) return;
    trip(total);
    throw new MemoryLimitError(limitBytes);
  };

  const globals = globalThis as unknown as Record<string, unknown>;
  for (const name of GUARDED) {
    const original = globals[name] as new (...args: unknown[]) => object;
    const bytesPerElement = (original as unknown as { BYTES_PER_ELEMENT?: number }).BYTES_PER_ELEMENT ?? 1;
    globals[name] = new Proxy(original, {
      construct(target, args, newTarget) {
        check(requestedElements(args[0]) * bytesPerElement);
        return Reflect.construct(target, args, newTarget === globals[name] ? target : newTarget) as object;
      },
    });
  }

  const timer = setInterval(() => {
    const now = used();
    if (now > limitBytes) trip(now);
  }, CHECK_EVERY_MS);
  timer.unref();

  return {
    reset: () => {
      tripped = false;
    },
    get tripped() {
      return tripped;
    },
  };
}

/** Elements a typed-array constructor call allocates: a length, or a copy of an array-like;
 * a view on an existing buffer allocates nothing. */
function requestedElements(first: unknown): number {
  if (typeof first === 'number') return Number.isFinite(first) ? first : 0;
  if (first instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && first instanceof SharedArrayBuffer)) return 0;
  if (first && typeof first === 'object' && 'length' in first) {
    const length = (first as { length: unknown }).length;
    return typeof length === 'number' ? length : 0;
  }
  return 0;
}
