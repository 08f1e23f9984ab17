// The session saved continuously (desktop: session.json in the app's data folder; browser:
// IndexedDB), to offer restoring it after a crash, a restart or a reload. Same body as a project
// file (validate.ts), its own format name so neither is mistaken for the other.
import type { SavedSessionInfo } from '@shared/ipc';
import { countAcceptances, countEdits, type SessionSnapshot } from './saved';
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

export interface ReadSession extends ParsedSession {
  /** Dutch, one per part that could not be read and was left out ("bestand 1 (x.pdf), correctie
   * 2: ongeldig volgnummer"); empty when the file was read whole. */
  problems: string[];
}

/** The saved session read leniently: a bad edit, acceptance or file loses only itself (listed in
 * `problems`). What cannot be read at all (no JSON, a newer version, another kind of file) is a
 * FormatError with a Dutch message. */
export function readSession(text: string): ReadSession {
  const body = upgrade(parseJson(text, sessionSpec), sessionSpec, { 'klantprofielen-project': 'projectbestand' });
  const problems: string[] = [];
  const snapshot = snapshotFromBody(body, sessionSpec.noun, problems);
  return { snapshot, savedAt: typeof body.savedAt === 'string' ? body.savedAt : null, problems };
}

/** What a list of kept sessions shows of one (desktop main and the browser edition alike). */
export type SessionDescription = Pick<SavedSessionInfo, 'savedAt' | 'files' | 'corrections' | 'acceptances' | 'unreadable' | 'problem'>;

export function describeSession(text: string): SessionDescription {
  try {
    const { snapshot, savedAt, problems } = readSession(text);
    const described: SessionDescription = {
      savedAt,
      files: snapshot.files.map((file) => file.name),
      corrections: countEdits(snapshot),
      acceptances: countAcceptances(snapshot),
      unreadable: false,
    };
    if (problems.length > 0) described.problem = problemsText(problems);
    return described;
  } catch (error) {
    return { savedAt: null, files: [], corrections: 0, acceptances: 0, unreadable: true, problem: error instanceof Error ? error.message : String(error) };
  }
}

/** "1 onderdeel kon niet worden gelezen en is weggelaten: bestand 1 (x.pdf), correctie 2: …". */
export function problemsText(problems: readonly string[]): string {
  const shown = problems.slice(0, 3).join('; ');
  const more = problems.length > 3 ? `; en nog ${problems.length - 3}` : '';
  const count = problems.length === 1 ? '1 onderdeel kon' : `${problems.length} onderdelen konden`;
  return `${count} niet worden gelezen en ${problems.length === 1 ? 'is' : 'zijn'} weggelaten: ${shown}${more}.`;
}

/** Every SHA-256 a saved session's text names, even when it is not valid JSON (a truncated file
 * still names its PDFs): the browser edition keeps those PDFs while the session is kept. */
export function sha256sIn(text: string): string[] {
  return [...new Set(text.match(/(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])/g) ?? [])];
}

/** The files (by SHA-256) of a session text that is valid JSON; null when it is not. */
export function fileShasOf(text: string): Set<string> | null {
  try {
    const parsed = JSON.parse(text) as { files?: unknown };
    if (!Array.isArray(parsed.files)) return null;
    return new Set(
      parsed.files.flatMap((file: unknown) =>
        typeof file === 'object' && file !== null && typeof (file as { sha256?: unknown }).sha256 === 'string' ? [(file as { sha256: string }).sha256] : [],
      ),
    );
  } catch {
    return null;
  }
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
