// Finding a saved file again, decided per file: the host looks (desktop: the saved path;
// browser: the PDFs kept in IndexedDB) and reports what it found; this decides whether to read
// it or to keep its work pending, and why. A file is the same only when its SHA-256 is.
import type { PdfFile, PdfLookup } from '@shared/ipc';
import type { PendingState } from '../session/pending';
import type { SavedFile } from '@shared/savedWork/saved';

/** What the host found for a saved file. */
export type Recovered = PdfLookup;

export interface RecoveryDecision {
  state: PendingState;
  detail?: string;
  /** The file to read, when it is the same file. */
  file?: PdfFile;
}

export function decideRecovery(saved: SavedFile, recovered: Recovered, canAskForFile: boolean): RecoveryDecision {
  if (recovered.status === 'found') {
    if (recovered.sha256 === saved.sha256) return { state: 'reading', file: recovered.file };
    return { state: 'changed', detail: `${recovered.file.name} is gewijzigd sinds het opslaan` };
  }
  // The browser edition cannot look on disk: the analyst has to give the file.
  if (!saved.path && canAskForFile) return { state: 'choose' };
  return { state: 'missing', ...(recovered.detail ? { detail: recovered.detail } : {}) };
}
