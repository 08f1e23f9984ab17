// "Bestand sluiten": one file leaves the window with its tables, edits, acceptances and undo
// steps; every other file keeps its values, acceptances and history, now at its new place.
// Real documents from the fixture PDFs.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../src/engine/model';
import {
  acceptFlags,
  addDocuments,
  applyEdit,
  closeDocument,
  correctionsOf,
  createSession,
  currentValue,
  emptyWorkspace,
  fileHasWork,
  municipalityRows,
  regionRows,
  pendingFile,
  redo,
  snapshotOf,
  undo,
  workspaceReducer,
  type CellRef,
  type Session,
  type Workspace,
} from '../../src/renderer/session';
import { loaded, MIDDEN_UTRECHT, TRUNCATED, ZUID_LIMBURG } from './loaded';

const T1 = '2024-05-01T09:00:00.000Z';
const T2 = '2024-05-01T09:01:00.000Z';
let zuid: ExtractedDocument;
let midden: ExtractedDocument;
let truncated: ExtractedDocument;

beforeAll(async () => {
  [zuid, midden, truncated] = await Promise.all([loaded(ZUID_LIMBURG), loaded(MIDDEN_UTRECHT), loaded(TRUNCATED)]);
});

// 0 = Zuid-Limburg, 1 = Midden-Utrecht (Utrecht's total printed 5.503 instead of 5.493), 2 = unreadable.
const heerlenC1: CellRef = { doc: 0, table: 0, row: 4, column: 'c1' };
const utrechtTotal = (doc: number): CellRef => ({ doc, table: 0, row: 9, column: 'total' });

/** Heerlen edited in file 0, Utrecht's total edited and a flag of file 1 accepted. */
function worked(): Session {
  let session = addDocuments(createSession(), [zuid, midden, truncated]);
  session = applyEdit(session, heerlenC1, 999, T1);
  session = applyEdit(session, { doc: 1, table: 0, row: 0, column: 'c0' }, 7, T2);
  return acceptFlags(session, [{ doc: 1, table: 0, flag: utrechtFlag(session, 1)! }], 'zo gedrukt', T2);
}

/** The finding on Utrecht's printed total. */
function utrechtFlag(session: Session, doc: number) {
  return session.documents[doc]?.tables[0]?.flags.find((f) => f.code === 'row-total-mismatch' && f.rowIndex === 9);
}

describe('closing one file', () => {
  it('keeps the other files with their values, acceptances and corrections at their new place', () => {
    const closed = closeDocument(worked(), 0);
    expect(closed.documents.map((document) => document.file)).toEqual([midden.file, truncated.file]);
    expect(currentValue(closed, { doc: 0, table: 0, row: 0, column: 'c0' })).toBe(7);
    expect(utrechtFlag(closed, 0)?.accepted?.note).toBe('zo gedrukt');
    expect(correctionsOf(closed).map(({ file, value }) => ({ file, value }))).toEqual([{ file: midden.file, value: '7' }]);
    expect(closed.marks.size).toBe(1);
  });

  it('drops the undo steps about the closed file and keeps the others', () => {
    const closed = closeDocument(worked(), 0);
    expect(closed.undoStack.map((step) => step.kind)).toEqual(['cell', 'accept']);
    const once = undo(closed);
    expect(utrechtFlag(once, 0)?.accepted).toBeUndefined();
    const twice = undo(once);
    expect(currentValue(twice, { doc: 0, table: 0, row: 0, column: 'c0' })).not.toBe(7);
    expect(undo(twice)).toBe(twice);
    const again = redo(redo(twice));
    expect(currentValue(again, { doc: 0, table: 0, row: 0, column: 'c0' })).toBe(7);
    expect(utrechtFlag(again, 0)?.accepted?.note).toBe('zo gedrukt');
  });

  it('saves nothing of the closed file', () => {
    const snapshot = snapshotOf({ session: closeDocument(worked(), 1), paths: new Map(), pending: [] });
    expect(snapshot.files.map((file) => file.name)).toEqual([zuid.file, truncated.file]);
    expect(snapshot.files[0]!.edits.map((edit) => edit.value)).toEqual([999]);
    expect(snapshot.files[0]!.acceptances).toEqual([]);
  });

  it('takes its cross-table findings along: the copy it duplicated is no longer flagged', () => {
    const copy = { ...structuredClone(zuid), file: 'kopie.pdf', sha256: 'kopie' };
    const session = addDocuments(createSession(), [zuid, copy]);
    expect(session.documents[0]!.tables[0]!.flags.map((f) => f.code)).toContain('duplicate-table');
    expect(closeDocument(session, 1).documents[0]!.tables[0]!.flags.map((f) => f.code)).not.toContain('duplicate-table');
  });

  it('gives the rows of the files after it their new place in both grids', () => {
    const session = worked();
    expect(municipalityRows(session).filter((row) => row.file === midden.file)[0]?.id).toBe('1-0-0');
    const closed = closeDocument(session, 0);
    const rows = municipalityRows(closed);
    expect(rows[0]).toMatchObject({ id: '0-0-0', doc: 0, file: midden.file, c0: 7 });
    expect(regionRows(closed).map((row) => row.id)).toEqual(['0-0']);
  });

  it('keeps the findings on the rows of the files after it, at their new place', () => {
    const rowOf = (session: Session, id: string) => municipalityRows(session).find((row) => row.id === id);
    const session = addDocuments(createSession(), [zuid, midden]);
    expect(rowOf(session, '1-0-9')!.rowFlags.map((flag) => flag.code)).toContain('row-total-mismatch');
    const closed = closeDocument(session, 0);
    expect(rowOf(closed, '0-0-9')!.rowFlags.map((flag) => flag.code)).toContain('row-total-mismatch');
    expect(rowOf(closed, '0-0-9')!.flags.total?.map((flag) => flag.code)).toContain('row-total-mismatch');
    expect(rowOf(closed, '0-0-9')!.check).not.toBe('OK');
  });

  it('a file opened again after closing starts clean', () => {
    const reopened = addDocuments(closeDocument(worked(), 0), [zuid]);
    expect(currentValue(reopened, utrechtTotal(0))).toBe(5503);
    expect(currentValue(reopened, { doc: 2, table: 0, row: 4, column: 'c1' })).not.toBe(999);
  });
});

describe('the workspace', () => {
  function state(): Workspace {
    const pending = pendingFile({ name: midden.file, sha256: midden.sha256!, edits: [], acceptances: [] }, 'mismatch');
    return { ...emptyWorkspace(), session: worked(), paths: new Map([[zuid.sha256!, '/data/zuid.pdf']]), pending: [pending] };
  }

  it('tells which files have work that closing would lose', () => {
    const fresh = { session: addDocuments(createSession(), [zuid, midden]), pending: [] };
    expect([fileHasWork(fresh, 0), fileHasWork(fresh, 1)]).toEqual([false, false]);
    expect([fileHasWork(state(), 0), fileHasWork(state(), 1), fileHasWork(state(), 2)]).toEqual([true, true, false]);
  });

  it('closes one file with its path and its work that did not fit, and says so', () => {
    const closed = workspaceReducer(state(), { type: 'close-file', doc: 1 });
    expect(closed.session.documents.map((document) => document.file)).toEqual([zuid.file, truncated.file]);
    expect(closed.pending).toEqual([]);
    expect(closed.paths.get(zuid.sha256!)).toBe('/data/zuid.pdf');
    expect(closed.notice).toEqual({ kind: 'info', text: `Gesloten: ${midden.file}` });
    const zuidClosed = workspaceReducer(state(), { type: 'close-file', doc: 0 });
    expect(zuidClosed.paths.size).toBe(0);
    expect(zuidClosed.pending).toHaveLength(1);
  });

  it('ignores a file that is not there', () => {
    const before = state();
    expect(workspaceReducer(before, { type: 'close-file', doc: 7 })).toBe(before);
  });
});
