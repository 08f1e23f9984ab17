// The analyst's working state, without React: the documents as extracted (never changed), the
// analyst's values, column names and acceptances, and the undo/redo history. The checked
// documents the grid shows are derived from those in one place (derive.ts) that every change goes
// through. Every function returns a new Session and leaves its input alone, so React can compare
// by identity and undo is just a step back. Edits, marks and steps name their file by its key
// (SHA-256), not its place in the window, so a file can be closed on its own; the functions here
// take the grid's addresses (CellRef, by place) and translate.
import { COUNT_COLUMNS, type ExtractedDocument, type Flag } from '@engine/model';
import { acceptanceIdentity, acceptanceOf, documentKey, flagIdentity, isAcceptable, type Acceptance } from './acceptances';
import { fileCellKey, isEditable, readCell, sameValue, type CellRef, type CellValue, type FileCell } from './cells';
import { deriveDocuments, tableEditsKey, type ColumnNames, type Edits, type SessionInputs } from './derive';
import { parseInput } from './parseInput';

export type { ColumnNames } from './derive';

/** When a cell was last changed; `seq` orders edits made within the same millisecond. */
export interface EditMark {
  cell: FileCell;
  /** ISO 8601. */
  time: string;
  seq: number;
}

/** One acceptance given, changed or withdrawn. */
export interface AcceptanceChange {
  identity: string;
  before: Acceptance | null;
  after: Acceptance | null;
}

/** An undoable step. `dropped`: acceptances whose flag the step made go away; undo gives them back. */
export type Step =
  | { kind: 'cell'; cell: FileCell; before: CellValue; after: CellValue; markBefore: EditMark | null; markAfter: EditMark; dropped: readonly Acceptance[] }
  | { kind: 'rename'; before: ColumnNames; after: ColumnNames; dropped: readonly Acceptance[] }
  | { kind: 'accept'; changes: readonly AcceptanceChange[] };

export interface Session extends SessionInputs {
  /** As extracted, in load order (the window's order). */
  readonly originals: readonly ExtractedDocument[];
  /** Derived ({@link deriveDocuments}): the originals with the edits and column names applied,
   * the checks re-run and the acceptances stamped on their flags (`flag.accepted`, which is what
   * the grid, counts and workbook read); same order. Never set other than through derivation. */
  readonly documents: readonly ExtractedDocument[];
  /** The analyst's values that differ from what was read. */
  readonly edits: Edits;
  /** Names the analyst gave the four count columns (null: as printed). One grid shows every
   * table, so a name applies to all tables, also those loaded later. */
  readonly columnNames: ColumnNames;
  /** Latest edit per cell ({@link fileCellKey}), for the corrections list. */
  readonly marks: ReadonlyMap<string, EditMark>;
  /** Flags the analyst accepted, by flag identity ({@link flagIdentity}). */
  readonly acceptances: ReadonlyMap<string, Acceptance>;
  readonly undoStack: readonly Step[];
  readonly redoStack: readonly Step[];
  readonly nextSeq: number;
}

export function createSession(): Session {
  return {
    originals: [],
    documents: [],
    edits: new Map(),
    columnNames: Array.from({ length: COUNT_COLUMNS }, () => null),
    marks: new Map(),
    acceptances: new Map(),
    undoStack: [],
    redoStack: [],
    nextSeq: 1,
  };
}

/** Appends documents (readable or not). The checks run again on every table, so each flag has
 * its rowIndex even when the document came from JSON. */
export function addDocuments(session: Session, documents: readonly ExtractedDocument[]): Session {
  if (documents.length === 0) return session;
  // New tables can only add cross-table flags, never take one away: nothing is dropped here.
  return derived({ ...session, originals: [...session.originals, ...documents.map((document) => structuredClone(document))] }).session;
}

/** Puts `document` in place of the one at `doc` (a file listed as not read, read again and failing
 * again). Only for documents without tables: no edit, flag or acceptance refers to them. */
export function replaceDocument(session: Session, doc: number, document: ExtractedDocument): Session {
  const originals = session.originals.map((other, i) => (i === doc ? structuredClone(document) : other));
  return derived({ ...session, originals }).session;
}

/** Closes the file at `doc` (and any other listing of the same file): its values, marks and
 * acceptances go, and so do the undo and redo steps about it alone; the rest of the session,
 * other files' steps included, is untouched. */
export function closeDocument(session: Session, doc: number): Session {
  const closing = session.originals[doc];
  if (!closing) return session;
  const key = documentKey(closing);
  const ofOthers = <T extends { document: string }>(item: T) => item.document !== key;
  const keepSteps = (steps: readonly Step[]) => steps.flatMap((step) => stepWithout(step, key));
  return derived({
    ...session,
    originals: session.originals.filter((document) => documentKey(document) !== key),
    edits: new Map([...session.edits].filter(([, table]) => [...table.values()].every(({ cell }) => ofOthers(cell)))),
    marks: new Map([...session.marks].filter(([, mark]) => ofOthers(mark.cell))),
    acceptances: new Map([...session.acceptances].filter(([, acceptance]) => ofOthers(acceptance))),
    undoStack: keepSteps(session.undoStack),
    redoStack: keepSteps(session.redoStack),
  }).session;
}

/** The step with what it says about file `key` left out; none when nothing else is left. */
function stepWithout(step: Step, key: string): Step[] {
  const others = (acceptances: readonly Acceptance[]) => acceptances.filter((acceptance) => acceptance.document !== key);
  if (step.kind === 'cell') return step.cell.document === key ? [] : [{ ...step, dropped: others(step.dropped) }];
  if (step.kind === 'rename') return [{ ...step, dropped: others(step.dropped) }];
  const changes = step.changes.filter((change) => (change.after ?? change.before)?.document !== key);
  return changes.length > 0 ? [{ ...step, changes }] : [];
}

// ---------------------------------------------------------------- edits

/** Sets one cell and re-runs the checks of its table. No-op (same session) when the value is
 * already there. Throws for a cell that does not exist or cannot be edited. */
export function applyEdit(session: Session, cell: CellRef, value: CellValue, time: string): Session {
  const before = currentValue(session, cell);
  if (sameValue(before, value)) return session;
  const at = fileCellOf(session, cell);
  const key = fileCellKey(at);
  const markAfter: EditMark = { cell: at, time, seq: session.nextSeq };
  const { session: next, dropped } = derived({ ...session, edits: withValue(session, at, value) });
  const step: Step = { kind: 'cell', cell: at, before, after: value, markBefore: session.marks.get(key) ?? null, markAfter, dropped };
  return { ...next, marks: withMark(session.marks, key, markAfter), undoStack: [...session.undoStack, step], redoStack: [], nextSeq: session.nextSeq + 1 };
}

export interface InputOutcome {
  session: Session;
  /** Dutch, when the text was refused (the session is then unchanged). */
  error?: string;
}

/** Parses what the analyst typed for the cell's column and applies it. */
export function applyInput(session: Session, cell: CellRef, text: string, time: string): InputOutcome {
  const parsed = parseInput(cell.column, text);
  if (!parsed.ok) return { session, error: parsed.message };
  return { session: applyEdit(session, cell, parsed.value, time) };
}

/** Names count columns (0..3) in every table, as one undoable step however many change; an empty
 * name brings back the printed header. Same session when no name changes. */
export function renameColumns(session: Session, names: Readonly<Record<number, string>>): Session {
  const after = session.columnNames.map((current) => current);
  for (const [key, name] of Object.entries(names)) {
    const column = Number(key);
    if (!Number.isInteger(column) || column < 0 || column >= COUNT_COLUMNS) throw new Error(`No count column ${key}`);
    after[column] = name.trim().replace(/\s+/g, ' ') || null;
  }
  if (after.every((name, column) => name === session.columnNames[column])) return session;
  const renamed = derived({ ...session, columnNames: after });
  const step: Step = { kind: 'rename', before: session.columnNames, after, dropped: renamed.dropped };
  return { ...renamed.session, undoStack: [...session.undoStack, step], redoStack: [] };
}

// ---------------------------------------------------------------- acceptances

/** A flag of one table, as the grid knows it. */
export interface FlagRef {
  doc: number;
  table: number;
  flag: Flag;
}

/** Accepts the flags ("klopt met de bron") with one note, or changes the note of flags already
 * accepted; one undoable step. Hints are skipped; same session when nothing changes. */
export function acceptFlags(session: Session, flags: readonly FlagRef[], note: string, time: string): Session {
  const changes = flags.flatMap(({ doc, table, flag }): AcceptanceChange[] => {
    const document = session.documents[doc];
    if (!document || document.error || !isAcceptable(flag)) return [];
    const after = acceptanceOf(documentKey(document), table, flag, note, time);
    const identity = acceptanceIdentity(after);
    const before = session.acceptances.get(identity) ?? null;
    return before?.note === after.note ? [] : [{ identity, before, after }];
  });
  return withAcceptanceStep(session, changes);
}

/** Withdraws the acceptance of these flags; they are open again. One undoable step. */
export function withdrawAcceptance(session: Session, flags: readonly FlagRef[]): Session {
  const changes = flags.flatMap(({ doc, table, flag }): AcceptanceChange[] => {
    const document = session.documents[doc];
    if (!document) return [];
    const identity = flagIdentity(documentKey(document), table, flag);
    const before = session.acceptances.get(identity);
    return before ? [{ identity, before, after: null }] : [];
  });
  return withAcceptanceStep(session, changes);
}

function withAcceptanceStep(session: Session, changes: readonly AcceptanceChange[]): Session {
  // Two flags with one identity (rare: the same check twice on a cell) are one change.
  const distinct = [...new Map(changes.map((change) => [change.identity, change])).values()];
  if (distinct.length === 0) return session;
  const step: Step = { kind: 'accept', changes: distinct };
  return { ...replay(session, step, 'after'), undoStack: [...session.undoStack, step], redoStack: [] };
}

export function canUndo(session: Session): boolean {
  return session.undoStack.length > 0;
}

export function canRedo(session: Session): boolean {
  return session.redoStack.length > 0;
}

/** Takes back the latest step; same session when there is none. */
export function undo(session: Session): Session {
  const step = session.undoStack.at(-1);
  if (!step) return session;
  const undone = replay(session, step, 'before');
  return { ...undone, undoStack: session.undoStack.slice(0, -1), redoStack: [...session.redoStack, step] };
}

/** Does the latest undone step again; same session when there is none. */
export function redo(session: Session): Session {
  const step = session.redoStack.at(-1);
  if (!step) return session;
  const redone = replay(session, step, 'after');
  return { ...redone, undoStack: [...session.undoStack, step], redoStack: session.redoStack.slice(0, -1) };
}

/** The step that {@link undo} would take back, for telling the analyst what changed. */
export function lastStep(session: Session): Step | undefined {
  return session.undoStack.at(-1);
}

/** The step that {@link redo} would do again. */
export function nextRedoStep(session: Session): Step | undefined {
  return session.redoStack.at(-1);
}

// ---------------------------------------------------------------- restoring saved work

/** A value put back from a saved session or project. */
export interface RestoredValue {
  cell: CellRef;
  value: CellValue;
  time: string;
  seq: number;
}

/** Puts saved values back, marks and times included, without undo steps: a restored session
 * starts a new history (the saved one is not kept). Cells are assumed valid (restore.ts checks). */
export function restoreValues(session: Session, values: readonly RestoredValue[]): Session {
  if (values.length === 0) return session;
  let edits = session.edits;
  const marks = new Map(session.marks);
  let nextSeq = session.nextSeq;
  for (const { cell, value, time, seq } of values) {
    const at = fileCellOf(session, cell);
    edits = withValue({ ...session, edits }, at, value);
    marks.set(fileCellKey(at), { cell: at, time, seq });
    nextSeq = Math.max(nextSeq, seq + 1);
  }
  return { ...derived({ ...session, edits }).session, marks, nextSeq };
}

/** Puts saved acceptances back without an undo step; those whose flag is not there (the file
 * reads differently now) are returned instead of being kept. */
export function restoreAcceptances(session: Session, acceptances: readonly Acceptance[]): { session: Session; missing: Acceptance[] } {
  if (acceptances.length === 0) return { session, missing: [] };
  const restored = derived({ ...session, acceptances: withAcceptances(session.acceptances, acceptances) });
  const missing = restored.dropped.filter((acceptance) => acceptances.includes(acceptance));
  return { session: restored.session, missing };
}

/** Sets the column names without undo steps (a restored session). */
export function restoreColumnNames(session: Session, names: readonly (string | null)[]): Session {
  const columnNames = Array.from({ length: COUNT_COLUMNS }, (_, column) => names[column]?.trim() || null);
  if (columnNames.every((name, column) => name === session.columnNames[column])) return session;
  return derived({ ...session, columnNames }).session;
}

// ---------------------------------------------------------------- reading cells

/** The value now in the cell. Throws for a cell that does not exist or cannot be edited. */
export function currentValue(session: Session, cell: CellRef): CellValue {
  const value = readCell(tableAt(session.documents, cell), cell);
  if (value === undefined || !isEditable(cell.row, cell.column)) throw new Error(`Cell ${cell.doc}-${cell.table}-${cell.row}:${cell.column} cannot be edited`);
  return value;
}

/** The value as extracted. */
export function originalValue(session: Session, cell: CellRef): CellValue {
  return readCell(tableAt(session.originals, cell), cell) ?? null;
}

export function isEdited(session: Session, cell: CellRef): boolean {
  return !sameValue(currentValue(session, cell), originalValue(session, cell));
}

/** Where a file's cell is in the window now; null when the file is not loaded (closed). */
export function cellRefOf(session: Session, cell: FileCell): CellRef | null {
  const doc = session.originals.findIndex((document) => !document.error && documentKey(document) === cell.document);
  if (doc < 0) return null;
  const { document: _document, ...place } = cell;
  return { ...place, doc } as CellRef;
}

// ---------------------------------------------------------------- internals

/** The one way a session's documents change: derived anew from its inputs. */
function derived(session: Session): { session: Session; dropped: Acceptance[] } {
  const settled = deriveDocuments(session, session.documents);
  return { session: { ...session, documents: settled.documents, acceptances: settled.acceptances }, dropped: settled.dropped };
}

function tableAt(documents: readonly ExtractedDocument[], at: { doc: number; table: number }) {
  const document = documents[at.doc];
  const table = document && !document.error ? document.tables[at.table] : undefined;
  if (!table) throw new Error(`No table ${at.table} in document ${at.doc}`);
  return table;
}

function fileCellOf(session: Session, cell: CellRef): FileCell {
  const document = session.originals[cell.doc];
  if (!document) throw new Error(`No document ${cell.doc}`);
  const { doc: _doc, ...place } = cell;
  return { ...place, document: documentKey(document) };
}

/** The edits with the cell set to `value`; a value back to what was read is no edit. */
function withValue(session: Session, cell: FileCell, value: CellValue): Edits {
  const doc = session.originals.findIndex((document) => documentKey(document) === cell.document && !document.error);
  const original = session.originals[doc]?.tables[cell.table];
  const tableKey = tableEditsKey(cell.document, cell.table);
  const table = new Map(session.edits.get(tableKey));
  if (original && sameValue(readCell(original, cell) ?? null, value)) table.delete(fileCellKey(cell));
  else table.set(fileCellKey(cell), { cell, value });
  const edits = new Map(session.edits);
  if (table.size > 0) edits.set(tableKey, table);
  else edits.delete(tableKey);
  return edits;
}

function withMark(marks: ReadonlyMap<string, EditMark>, key: string, mark: EditMark | null): Map<string, EditMark> {
  const next = new Map(marks);
  if (mark) next.set(key, mark);
  else next.delete(key);
  return next;
}

function replay(session: Session, step: Step, side: 'before' | 'after'): Session {
  if (step.kind === 'accept') {
    const acceptances = new Map(session.acceptances);
    for (const change of step.changes) {
      const acceptance = change[side];
      if (acceptance) acceptances.set(change.identity, acceptance);
      else acceptances.delete(change.identity);
    }
    return derived({ ...session, acceptances }).session;
  }
  // Undo: the flags the step removed come back, and with them the acceptances it dropped.
  const acceptances = side === 'before' ? withAcceptances(session.acceptances, step.dropped) : session.acceptances;
  if (step.kind === 'rename') return derived({ ...session, acceptances, columnNames: step[side] }).session;
  const mark = side === 'before' ? step.markBefore : step.markAfter;
  const edits = withValue(session, step.cell, step[side]);
  return { ...derived({ ...session, acceptances, edits }).session, marks: withMark(session.marks, fileCellKey(step.cell), mark) };
}

function withAcceptances(acceptances: ReadonlyMap<string, Acceptance>, added: readonly Acceptance[]): ReadonlyMap<string, Acceptance> {
  if (added.length === 0) return acceptances;
  const next = new Map(acceptances);
  for (const acceptance of added) next.set(acceptanceIdentity(acceptance), acceptance);
  return next;
}
