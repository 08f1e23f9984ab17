// Saved work waiting for its file: after a restore or an opened project, each file's edits and
// acceptances stay here until a document with the same SHA-256 is loaded; then they are applied.
// A file that cannot be found, has changed, or now reads differently keeps its work here, listed
// as "niet toegepast" and saved again with the session, never silently dropped.
import type { SavedFile } from '@shared/savedWork/saved';

export type PendingState =
  /** Its bytes are being fetched or read. */
  | 'reading'
  /** Not found where it was (desktop path) or not kept (browser storage). */
  | 'missing'
  /** Found, but its bytes differ from the saved SHA-256. */
  | 'changed'
  /** The user has to provide it (a project opened in the browser edition). */
  | 'choose'
  /** Found and read, but the reader failed on it. */
  | 'failed'
  /** Loaded, but some edits or acceptances no longer fit the table as it is read now. */
  | 'mismatch';

export interface PendingFile {
  saved: SavedFile;
  state: PendingState;
  /** Dutch, e.g. where it was looked for. */
  detail?: string;
}

/** Dutch, one line: why the file's work is not applied (yet). */
export function pendingStateText(file: PendingFile): string {
  return STATE_TEXTS[file.state](file);
}

const STATE_TEXTS: Readonly<Record<PendingState, (file: PendingFile) => string>> = {
  reading: () => 'wordt ingelezen…',
  missing: (file) => (file.saved.path ? `niet gevonden op ${file.saved.path}` : 'niet gevonden'),
  changed: () => 'het bestand is gewijzigd sinds het opslaan (andere SHA-256)',
  choose: () => 'kies of sleep dit bestand',
  failed: () => 'het bestand kon niet worden gelezen',
  mismatch: () => 'past niet meer op de tabel zoals die nu wordt ingelezen',
};

/** True while the file's work is not applied and nothing is being done about it. */
export function isUnapplied(file: PendingFile): boolean {
  return file.state !== 'reading';
}
