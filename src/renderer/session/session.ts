// The analyst's working state, without React: the documents as extracted (never changed), the
// same documents with every edit applied and the checks re-run, and the undo/redo history.
// Every function returns a new Session and leaves its input alone, so React can compare by
// identity and undo is just a step back. Tables that an edit does not touch keep their object
// identity, which lets the grid skip them.
import { checkTable } from '@engine/checks';
import { COUNT_COLUMNS, type ExtractedDocument, type ExtractedTable } from '@engine/model';
import { isEditable, placeKey, readCell, sameValue, writeCell, type CellRef, type CellValue } from './cells';
import { displayValue } from './display';
import { parseInput } from './parseInput';

/** When a cell was last changed; `seq` orders edits made within the same millisecond. */
export interface EditMark {
  cell: CellRef;
  /** ISO 8601. */
  time: string;
  seq: number;
}

export type Step =
  | { kind: 'cell'; cell: CellRef; before: CellValue; after: CellValue; markBefore: EditMark | null; markAfter: EditMark }
  | { kind: 'rename'; column: number; before: string | null; after: string | null };

export interface Session {
  /** As extracted, in load order. */
  readonly originals: readonly ExtractedDocument[];
  /** With the edits and column names applied and the checks re-run; same order. */
  readonly documents: readonly ExtractedDocument[];
  /** Names the analyst gave the four count columns (null: as printed). One grid shows every
   * table, so a name applies to all tables, also those loaded later. */
  readonly columnNames: readonly (string | null)[];
  /** Latest edit per cell ({@link placeKey}), for the corrections list. */
  readonly marks: ReadonlyMap<string, EditMark>;
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
  return {
    ...session,
    originals: [...session.originals, ...originals],
    documents: [...session.documents, ...originals.map((original) => withColumnNames(original, session.columnNames))],
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
  const step: Step = { kind: 'cell', cell, before, after: value, markBefore: session.marks.get(key) ?? null, markAfter };
  return {
    ...session,
    documents: withCell(session, cell, value),
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

/** Names a count column (0..3) in every table; an empty name brings back the printed header. */
export function renameColumn(session: Session, column: number, name: string): Session {
  if (!Number.isInteger(column) || column < 0 || column >= COUNT_COLUMNS) throw new Error(`No count column ${column}`);
  const after = name.trim().replace(/\s+/g, ' ') || null;
  const before = session.columnNames[column] ?? null;
  if (after === before) return session;
  const step: Step = { kind: 'rename', column, before, after };
  return { ...withColumnName(session, column, after), undoStack: [...session.undoStack, step], redoStack: [] };
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
  if (step.kind === 'rename') return withColumnName(session, step.column, step[side]);
  const mark = side === 'before' ? step.markBefore : step.markAfter;
  return { ...session, documents: withCell(session, step.cell, step[side]), marks: withMark(session.marks, placeKey(step.cell), mark) };
}

function withColumnName(session: Session, column: number, name: string | null): Session {
  const columnNames = session.columnNames.map((current, c) => (c === column ? name : current));
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
  return { ...session, columnNames, documents };
}

function withColumnNames(document: ExtractedDocument, names: readonly (string | null)[]): ExtractedDocument {
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
