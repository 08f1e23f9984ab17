// The bytes of every PDF that was read, kept in the renderer so the source panel can draw its
// pages. Keyed by the document's SHA-256 (the engine reports it), so a file loaded twice is
// kept once, and the key survives anything that renumbers documents. One copy per file: the
// engine gets its own copies (transferred to a worker, or cloned over IPC) and drops them.
export interface PdfByteStore {
  /** Keeps `bytes` under `sha256` unless that file is kept already. */
  keep(sha256: string, bytes: Uint8Array): void;
  get(sha256: string | undefined): Uint8Array | undefined;
  /** Forgets every file (closing all documents). */
  clear(): void;
  /** Forgets one file ("Bestand sluiten"). */
  forget(sha256: string): void;
  /** Called after clear() or forget(), so pages drawn from the files can go too. */
  onClear(listener: () => void): () => void;
  readonly size: number;
  /** The SHA-256 of every file kept. */
  keys(): string[];
}

export function createPdfByteStore(): PdfByteStore {
  const files = new Map<string, Uint8Array>();
  const clearListeners = new Set<() => void>();
  return {
    keep(sha256, bytes) {
      if (!files.has(sha256)) files.set(sha256, bytes);
    },
    get: (sha256) => (sha256 === undefined ? undefined : files.get(sha256)),
    clear() {
      files.clear();
      for (const listener of clearListeners) listener();
    },
    forget(sha256) {
      if (!files.delete(sha256)) return;
      for (const listener of clearListeners) listener();
    },
    onClear(listener) {
      clearListeners.add(listener);
      return () => clearListeners.delete(listener);
    },
    get size() {
      return files.size;
    },
    keys: () => [...files.keys()],
  };
}
