// The analyst's working state, without React: the documents as extracted (never changed), the
// same documents with every edit applied and the checks re-run, and the undo/redo history.
// Every function returns a new Session and leaves its input alone, so React can compare by
// identity and undo is just a step back. Tables that an edit does not touch keep their object
// identity, which lets the grid skip them. After every change the cross-table checks run and
// the analyst's acceptances are put on their flags (settle.ts; acceptances.ts for their lifetime).
import { checkTable } from '@engine/checks';
import { COUNT_COLUMNS, type ExtractedDocument, type ExtractedTable, type Flag } from '@engine/model';
import { acceptanceIdentity, acceptanceOf, documentKey, flagIdentity, isAcceptable, type Acceptance } from './acceptances';
import { isEditable, placeKey, readCell, sameValue, writeCell, type CellRef, type CellValue } from './cells';
import { displayValue } from './display';
import { parseInput } from './parseInput';
import { settleDocuments } from './settle';

/** When a cell was last changed; `seq` orders edits made within the same millisecond. */
export interface EditMark {
  cell: CellRef;
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
  | { kind: 'cell'; cell: CellRef; before: CellValue; after: CellValue; markBefore: EditMark | null; markAfter: EditMark; dropped: readonly Acceptance[] }
  | { kind: 'rename'; before: ColumnNames; after: ColumnNames; dropped: readonly Acceptance[] }
  | { kind: 'accept'; changes: readonly AcceptanceChange[] };

/** One name per count column; null: as printed. */
export type ColumnNames = readonly (string | null)[];

export interface Session {
  /** As extracted, in load order. */
  readonly originals: readonly ExtractedDocument[];
  /** With the edits and column names applied and the checks re-run; same order. */
  readonly documents: readonly ExtractedDocument[];
  /** Names the analyst gave the four count columns (null: as printed). One grid shows every
   * table, so a name applies to all tables, also those loaded later. */
  readonly columnNames: ColumnNames;
  /** Latest edit per cell ({@link placeKey}), for the corrections list. */
  readonly marks: ReadonlyMap<string, EditMark>;
  /** Flags the analyst accepted, by flag identity ({@link flagIdentity}); each is also stamped on
   * its flag in `documents` (`flag.accepted`), which is what the grid, counts and workbook read. */
  readonly acceptances: ReadonlyMap<string, Acceptance>;
  readonly undoStack: readonly Step[];
  readonly redoStack: readonly Step[];
  readonly nextSeq: number;
}

export function createSession(): Session {
  return {
    originals: [],
    documents: [],
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
  const originals = documents.map((document) => structuredClone(document));
  // New tables can only add cross-table flags, never take one away: nothing is dropped here.
  const settled = settleDocuments(
    [...session.documents, ...originals.map((original) => documentWithColumnNames(original, session.columnNames))],
    session.acceptances,
  );
  return {
    ...session,
    originals: [...session.originals, ...originals],
    documents: settled.documents,
    acceptances: settled.acceptances,
  };
}

// ---------------------------------------------------------------- edits

/** Sets one cell and re-runs the checks of its table. No-op (same session) when the value is
 * already there. Throws for a cell that does not exist or cannot be edited. */
export function applyEdit(session: Session, cell: CellRef, value: CellValue, time: string): Session {
  const before = currentValue(session, cell);
  if (sameValue(before, value)) return session;
  const key = placeKey(cell);
  const markAfter: EditMark = { cell, time, seq: session.nextSeq };
  const settled = settleDocuments(withCell(session, cell, value), session.acceptances);
  const step: Step = { kind: 'cell', cell, before, after: value, markBefore: session.marks.get(key) ?? null, markAfter, dropped: settled.dropped };
  return {
    ...session,
    documents: settled.documents,
    acceptances: settled.acceptances,
    marks: withMark(session.marks, key, markAfter),
    undoStack: [...session.undoStack, step],
    redoStack: [],
    nextSeq: session.nextSeq + 1,
  };
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
  const renamed = sessionWithColumnNames(session, after);
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
  let current = session;
  const marks = new Map(session.marks);
  let nextSeq = session.nextSeq;
  for (const { cell, value, time, seq } of values) {
    current = { ...current, documents: withCell(current, cell, value) };
    marks.set(placeKey(cell), { cell, time, seq });
    nextSeq = Math.max(nextSeq, seq + 1);
  }
  const settled = settleDocuments(current.documents, session.acceptances);
  return { ...current, documents: settled.documents, acceptances: settled.acceptances, marks, nextSeq };
}

/** Puts saved acceptances back without an undo step; those whose flag is not there (the file
 * reads differently now) are returned instead of being kept. */
export function restoreAcceptances(session: Session, acceptances: readonly Acceptance[]): { session: Session; missing: Acceptance[] } {
  if (acceptances.length === 0) return { session, missing: [] };
  const settled = settleDocuments(session.documents, withAcceptances(session.acceptances, acceptances));
  const missing = settled.dropped.filter((acceptance) => acceptances.includes(acceptance));
  return { session: { ...session, documents: settled.documents, acceptances: settled.acceptances }, missing };
}

/** Sets the column names without undo steps (a restored session). */
export function restoreColumnNames(session: Session, names: readonly (string | null)[]): Session {
  const columnNames = Array.from({ length: COUNT_COLUMNS }, (_, column) => names[column]?.trim() || null);
  if (columnNames.every((name, column) => name === session.columnNames[column])) return session;
  return sessionWithColumnNames(session, columnNames).session;
}

// ---------------------------------------------------------------- reading cells

/** The value now in the cell. Throws for a cell that does not exist or cannot be edited. */
export function currentValue(session: Session, cell: CellRef): CellValue {
  const value = readCell(tableAt(session.documents, cell), cell);
  if (value === undefined || !isEditable(cell.row, cell.column)) throw new Error(`Cell ${placeKey(cell)} cannot be edited`);
  return value;
}

/** The value as extracted. */
export function originalValue(session: Session, cell: CellRef): CellValue {
  return readCell(tableAt(session.originals, cell), cell) ?? null;
}

export function isEdited(session: Session, cell: CellRef): boolean {
  return !sameValue(currentValue(session, cell), originalValue(session, cell));
}

// ---------------------------------------------------------------- internals

function tableAt(documents: readonly ExtractedDocument[], at: { doc: number; table: number }): ExtractedTable {
  const document = documents[at.doc];
  const table = document && !document.error ? document.tables[at.table] : undefined;
  if (!table) throw new Error(`No table ${at.table} in document ${at.doc}`);
  return table;
}

function withCell(session: Session, cell: CellRef, value: CellValue): ExtractedDocument[] {
  const written = writeCell(tableAt(session.documents, cell), tableAt(session.originals, cell), cell, value, displayValue(value));
  const checked: ExtractedTable = { ...written, flags: checkTable(written) };
  return session.documents.map((document, doc) =>
    doc === cell.doc ? { ...document, tables: document.tables.map((table, t) => (t === cell.table ? checked : table)) } : document,
  );
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
    const settled = settleDocuments(session.documents, acceptances);
    return { ...session, documents: settled.documents, acceptances: settled.acceptances };
  }
  // Undo: the flags the step removed come back, and with them the acceptances it dropped.
  const acceptances = side === 'before' ? withAcceptances(session.acceptances, step.dropped) : session.acceptances;
  if (step.kind === 'rename') return sessionWithColumnNames({ ...session, acceptances }, step[side]).session;
  const mark = side === 'before' ? step.markBefore : step.markAfter;
  const settled = settleDocuments(withCell(session, step.cell, step[side]), acceptances);
  return { ...session, documents: settled.documents, acceptances: settled.acceptances, marks: withMark(session.marks, placeKey(step.cell), mark) };
}

function withAcceptances(acceptances: ReadonlyMap<string, Acceptance>, added: readonly Acceptance[]): ReadonlyMap<string, Acceptance> {
  if (added.length === 0) return acceptances;
  const next = new Map(acceptances);
  for (const acceptance of added) next.set(acceptanceIdentity(acceptance), acceptance);
  return next;
}

function sessionWithColumnNames(session: Session, columnNames: ColumnNames): { session: Session; dropped: Acceptance[] } {
  // Every table's headers change, and the check messages quote them: rebuild from the originals
  // but keep the edited values.
  const documents = session.documents.map((document, doc) => {
    const original = session.originals[doc];
    if (document.error || !original) return document;
    return {
      ...document,
      tables: document.tables.map((table, t) => {
        const headers = headersWith(original.tables[t]?.headers ?? table.headers, columnNames);
        const renamed = { ...table, headers };
        return { ...renamed, flags: checkTable(renamed) };
      }),
    };
  });
  const settled = settleDocuments(documents, session.acceptances);
  return { session: { ...session, columnNames, documents: settled.documents, acceptances: settled.acceptances }, dropped: settled.dropped };
}

function documentWithColumnNames(document: ExtractedDocument, names: readonly (string | null)[]): ExtractedDocument {
  if (document.error) return document;
  return {
    ...document,
    tables: document.tables.map((table) => {
      const named = { ...table, headers: headersWith(table.headers, names) };
      return { ...named, flags: checkTable(named) };
    }),
  };
}

/** Printed headers with the analyst's names over the count columns. */
function headersWith(printed: readonly string[], names: readonly (string | null)[]): string[] {
  return Array.from({ length: Math.max(printed.length, COUNT_COLUMNS + 1) }, (_, c) => names[c] ?? printed[c] ?? '');
}
