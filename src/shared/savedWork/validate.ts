// Checks the body every saved session and project file shares (files with their edits and
// acceptances, column names) and turns it into a SessionSnapshot. Anything off is a FormatError
// that says in Dutch where ("bestand 2 (x.pdf), correctie 3: ..."). A project file is refused as a
// whole instead of being half applied (it stays where it is, the analyst can fix it). The session
// saved continuously is read leniently (`problems` given): a bad edit, acceptance or file loses
// only itself, with the reason in `problems`; the whole original file is kept aside by the host.
import { flagLabels } from '@engine/checks';
import { COUNT_COLUMNS, type DocumentErrorCode, type FlagCode } from '@engine/model';
import type { SavedAcceptance, SavedEdit, SavedError, SavedFile, SessionSnapshot } from './saved';
import type { CellValue, RegisterColumnId, RowColumnId } from './vocabulary';
import { FormatError, isRecord } from './versioning';

const SHA256 = /^[0-9a-f]{64}$/;
const ROW_COLUMNS: readonly string[] = ['name', 'c0', 'c1', 'c2', 'c3', 'total'];
const REGISTER_COLUMNS: readonly string[] = ['register', 'percent'];
const MAX_TEXT = 10_000;
/** Why a saved file could not be read; a cancelled file is never saved. */
const ERROR_CODES: readonly DocumentErrorCode[] = ['not-a-pdf', 'damaged-pdf', 'password-protected', 'no-table', 'needs-ocr', 'timeout', 'read-failed'];

export function snapshotFromBody(body: Record<string, unknown>, noun: string, problems?: string[]): SessionSnapshot {
  const damaged = (where: string, what: string): never => {
    throw new FormatError(`Dit ${noun} is beschadigd: ${where}${what}.`);
  };
  if (!Array.isArray(body.files)) damaged('', 'de lijst met bestanden ontbreekt');
  /** Strict: every item or a FormatError. Lenient: the items that are sound, the others noted. */
  const each = <T>(items: unknown[], read: (raw: unknown, index: number) => T): T[] => {
    if (!problems) return items.map(read);
    const kept: T[] = [];
    items.forEach((raw, index) => {
      try {
        kept.push(read(raw, index));
      } catch (error) {
        if (!(error instanceof FormatError)) throw error;
        problems.push(error.message.replace(`Dit ${noun} is beschadigd: `, '').replace(/\.$/, ''));
      }
    });
    return kept;
  };
  const files = each(body.files as unknown[], (raw, index) => fileFrom(raw, `bestand ${index + 1}`, damaged, each));
  let columnNames: (string | null)[];
  try {
    columnNames = columnNamesFrom(body.columnNames, damaged);
  } catch (error) {
    if (!problems || !(error instanceof FormatError)) throw error;
    problems.push('de kolomnamen zijn ongeldig');
    columnNames = columnNamesFrom(undefined, damaged);
  }
  return { files: mergeSameFiles(files), columnNames };
}

type Damaged = (where: string, what: string) => never;
type Each = <T>(items: unknown[], read: (raw: unknown, index: number) => T) => T[];

function fileFrom(raw: unknown, where: string, damaged: Damaged, each: Each): SavedFile {
  if (!isRecord(raw)) return damaged(where, ' is geen bestand');
  const name = text(raw.name);
  if (!name) return damaged(where, ' heeft geen naam');
  const at = `${where} (${name})`;
  if (typeof raw.sha256 !== 'string' || !SHA256.test(raw.sha256)) return damaged(at, ' heeft geen geldige SHA-256');
  if (raw.path !== undefined && !text(raw.path)) return damaged(at, ' heeft een ongeldig pad');
  if (!Array.isArray(raw.edits)) return damaged(at, ': de lijst met correcties ontbreekt');
  if (!Array.isArray(raw.acceptances)) return damaged(at, ': de lijst met acceptaties ontbreekt');
  return {
    name,
    sha256: raw.sha256,
    ...(typeof raw.path === 'string' ? { path: raw.path } : {}),
    edits: each(raw.edits, (edit, index) => editFrom(edit, `${at}, correctie ${index + 1}`, damaged)),
    acceptances: each(raw.acceptances, (acceptance, index) => acceptanceFrom(acceptance, `${at}, acceptatie ${index + 1}`, damaged)),
    ...(raw.error !== undefined ? { error: errorFrom(raw.error, at, damaged) } : {}),
  };
}

function errorFrom(raw: unknown, where: string, damaged: Damaged): SavedError {
  if (!isRecord(raw) || typeof raw.code !== 'string' || !(ERROR_CODES as readonly string[]).includes(raw.code)) {
    return damaged(where, ': ongeldige leesfout');
  }
  const message = text(raw.message);
  if (!message) return damaged(where, ': de leesfout heeft geen melding');
  return { code: raw.code as DocumentErrorCode, message };
}

function editFrom(raw: unknown, where: string, damaged: Damaged): SavedEdit {
  if (!isRecord(raw)) return damaged(where, ' is geen correctie');
  const table = index(raw.table);
  if (table === null) return damaged(where, ': ongeldige tabel');
  const row = raw.row === 'total' || raw.row === 'region' ? raw.row : index(raw.row);
  if (row === null) return damaged(where, ': ongeldige rij');
  const columns = row === 'region' ? REGISTER_COLUMNS : ROW_COLUMNS;
  if (typeof raw.column !== 'string' || !columns.includes(raw.column) || (row === 'total' && raw.column === 'name')) {
    return damaged(where, ': ongeldige kolom');
  }
  const original = cellValue(raw.original);
  const value = cellValue(raw.value);
  if (original === undefined || value === undefined) return damaged(where, ': ongeldige waarde');
  if (typeof raw.rowName !== 'string') return damaged(where, ': de rijnaam ontbreekt');
  const seq = index(raw.seq);
  if (seq === null) return damaged(where, ': ongeldig volgnummer');
  return {
    table,
    row,
    column: raw.column as RowColumnId | RegisterColumnId,
    rowName: raw.rowName,
    original,
    value,
    time: timeFrom(raw.time, where, damaged),
    seq,
  };
}

function acceptanceFrom(raw: unknown, where: string, damaged: Damaged): SavedAcceptance {
  if (!isRecord(raw)) return damaged(where, ' is geen acceptatie');
  const table = index(raw.table);
  if (table === null) return damaged(where, ': ongeldige tabel');
  if (typeof raw.code !== 'string' || !(raw.code in flagLabels)) return damaged(where, ': onbekende controle');
  if (typeof raw.note !== 'string' || raw.note.length > MAX_TEXT) return damaged(where, ': ongeldige notitie');
  const acceptance: SavedAcceptance = {
    table,
    code: raw.code as FlagCode,
    note: raw.note,
    time: timeFrom(raw.time, where, damaged),
    message: typeof raw.message === 'string' ? raw.message : '',
  };
  if (raw.rowIndex !== undefined) {
    const rowIndex = index(raw.rowIndex);
    if (rowIndex === null) return damaged(where, ': ongeldige rij');
    acceptance.rowIndex = rowIndex;
  }
  if (raw.row !== undefined) {
    if (typeof raw.row !== 'string') return damaged(where, ': ongeldige rijnaam');
    acceptance.row = raw.row;
  }
  if (raw.column !== undefined) {
    const column = index(raw.column);
    if (column === null || column > COUNT_COLUMNS) return damaged(where, ': ongeldige kolom');
    acceptance.column = column;
  }
  if (raw.field !== undefined) {
    if (raw.field !== 'name') return damaged(where, ': ongeldig veld');
    acceptance.field = 'name';
  }
  return acceptance;
}

function columnNamesFrom(raw: unknown, damaged: Damaged): (string | null)[] {
  if (raw === undefined) return Array.from({ length: COUNT_COLUMNS }, () => null);
  if (!Array.isArray(raw) || raw.length > COUNT_COLUMNS || !raw.every((name) => name === null || typeof name === 'string')) {
    return damaged('', 'de kolomnamen zijn ongeldig');
  }
  return Array.from({ length: COUNT_COLUMNS }, (_, column) => (raw[column] as string | null | undefined) || null);
}

/** One entry per file: a hand-merged file may list one twice; nothing of either is lost. */
function mergeSameFiles(files: SavedFile[]): SavedFile[] {
  const bySha = new Map<string, SavedFile>();
  for (const file of files) {
    const known = bySha.get(file.sha256);
    if (known) bySha.set(file.sha256, { ...known, edits: [...known.edits, ...file.edits], acceptances: [...known.acceptances, ...file.acceptances] });
    else bySha.set(file.sha256, file);
  }
  return [...bySha.values()];
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' && value.length <= MAX_TEXT ? value : null;
}

function index(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

function cellValue(value: unknown): CellValue | undefined {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') return value.length <= MAX_TEXT ? value : undefined;
  return undefined;
}

function timeFrom(value: unknown, where: string, damaged: Damaged): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return damaged(where, ': ongeldig tijdstip');
  return value;
}
