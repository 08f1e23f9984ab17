// The session saved continuously (desktop: session.json in the app's data folder; browser:
// IndexedDB), to offer restoring it after a crash, a restart or a reload. Same body as a project
// file (validate.ts), its own format name so neither is mistaken for the other.
import type { SessionSnapshot } from '../session/saved';
import { snapshotFromBody } from './validate';
import { parseJson, upgrade, type FormatSpec } from './versioning';

export const SESSION_FORMAT = 'klantprofielen-session';
export const SESSION_VERSION = 1;

const sessionSpec: FormatSpec = { format: SESSION_FORMAT, current: SESSION_VERSION, migrations: {}, noun: 'sessiebestand' };

export interface ParsedSession {
  snapshot: SessionSnapshot;
  savedAt: string | null;
}

export function serializeSession(snapshot: SessionSnapshot, savedAt: string): string {
  return JSON.stringify({ format: SESSION_FORMAT, version: SESSION_VERSION, savedAt, columnNames: snapshot.columnNames, files: snapshot.files });
}

/** The saved session, or a FormatError with a Dutch message. */
export function parseSession(text: string): ParsedSession {
  const body = upgrade(parseJson(text, sessionSpec), sessionSpec, { 'klantprofielen-project': 'projectbestand' });
  return { snapshot: snapshotFromBody(body, sessionSpec.noun), savedAt: typeof body.savedAt === 'string' ? body.savedAt : null };
}

/** Nothing worth offering to restore: no files. */
export function isEmptySnapshot(snapshot: SessionSnapshot): boolean {
  return snapshot.files.length === 0;
}

/** What to save while a restore offer is not answered: the work now open, and the offered
 * session's files that are not open (its column names when nothing is open yet). */
export function withOfferedSession(current: SessionSnapshot, offered: SessionSnapshot | null): SessionSnapshot {
  if (!offered) return current;
  const open = new Set(current.files.map((file) => file.sha256));
  return {
    files: [...current.files, ...offered.files.filter((file) => !open.has(file.sha256))],
    columnNames: current.files.length > 0 ? current.columnNames : offered.columnNames,
  };
}
