// Saving the session and bringing it back: the snapshot (files by SHA-256 and path, edits,
// acceptances, column names), the 'restore' action and the documents read again, and work that
// does not fit or whose file is missing, which stays listed and saved instead of being dropped.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../src/engine/model';
import {
  correctionsOf,
  emptyWorkspace,
  hasUnsavedEdits,
  municipalityRows,
  pendingFile,
  regionRows,
  snapshotOf,
  workspaceReducer,
  type CellRef,
  type SessionSnapshot,
  type Workspace,
  type WorkspaceAction,
} from '../../src/renderer/session';
import { parseProject, serializeProject } from '../../src/shared/savedWork/projectFile';
import { countFlags } from '../../src/renderer/summary';
import { loaded, MIDDEN_UTRECHT, TRUNCATED, WEST_BRABANT, ZUID_LIMBURG } from './loaded';

const T1 = '2024-05-01T09:00:00.000Z';
const T2 = '2024-05-01T09:01:00.000Z';
const T3 = '2024-05-01T09:02:00.000Z';
const NOTE = 'Zo gedrukt in de publicatie';

let zuidLimburg: ExtractedDocument;
let middenUtrecht: ExtractedDocument;
let westBrabant: ExtractedDocument;
let truncated: ExtractedDocument;

beforeAll(async () => {
  [zuidLimburg, middenUtrecht, westBrabant, truncated] = await Promise.all([
    loaded(ZUID_LIMBURG),
    loaded(MIDDEN_UTRECHT),
    loaded(WEST_BRABANT),
    loaded(TRUNCATED),
  ]);
});

const run = (state: Workspace, ...actions: WorkspaceAction[]) => actions.reduce(workspaceReducer, state);

/** Reads the documents as the app does: queued (with a path where the host knows it), finished. */
function read(state: Workspace, documents: ExtractedDocument[], paths: (string | undefined)[] = []): Workspace {
  const base = 100 + state.session.documents.length * 10;
  return run(
    state,
    { type: 'queue', files: documents.map((document, i) => ({ id: base + i, name: document.file, ...(paths[i] ? { path: paths[i] } : {}) })), skipped: [] },
    ...documents.map((document, i): WorkspaceAction => ({ type: 'finished', id: base + i, document })),
  );
}

const heerlenC1: CellRef = { doc: 0, table: 0, row: 4, column: 'c1' };
const westBrabantPercent: CellRef = { doc: 2, table: 0, row: 'region', column: 'percent' };

/** Three files; an edit in two of them, an accepted flag, a column name, and the paths. */
function worked(): Workspace {
  let state = read(emptyWorkspace(), [zuidLimburg, middenUtrecht, westBrabant], ['/data/uwv/zuid.pdf', '/data/uwv/midden.pdf', undefined]);
  state = run(
    state,
    { type: 'edit', cell: heerlenC1, text: '330', time: T1 },
    { type: 'rename', names: { 1: 'Beperkt' } },
    { type: 'edit', cell: westBrabantPercent, text: '75', time: T2 },
  );
  const rowTotal = state.session.documents[1]!.tables[0]!.flags.find((flag) => flag.code === 'row-total-mismatch')!;
  return run(state, { type: 'accept', flags: [{ doc: 1, table: 0, flag: rowTotal }], note: NOTE, time: T3 });
}

/** Restores `snapshot` in a fresh window, every file found and read again. */
function restored(snapshot: SessionSnapshot, documents: ExtractedDocument[]): Workspace {
  const state = run(emptyWorkspace(), {
    type: 'restore',
    files: snapshot.files.map((file) => pendingFile(file, 'reading')),
    columnNames: snapshot.columnNames,
  });
  return read(
    state,
    documents,
    snapshot.files.map((file) => file.path),
  );
}

describe('the session snapshot', () => {
  it('has every file by name, SHA-256 and path, with its edits and acceptances, and the column names', () => {
    const snapshot = snapshotOf(worked());
    expect(snapshot.columnNames).toEqual([null, 'Beperkt', null, null]);
    expect(snapshot.files.map((file) => [file.name, file.sha256, file.path])).toEqual([
      [zuidLimburg.file, zuidLimburg.sha256, '/data/uwv/zuid.pdf'],
      [middenUtrecht.file, middenUtrecht.sha256, '/data/uwv/midden.pdf'],
      [westBrabant.file, westBrabant.sha256, undefined],
    ]);
    expect(snapshot.files[0]?.edits).toEqual([{ table: 0, row: 4, column: 'c1', rowName: 'Heerlen', original: 320, value: 330, time: T1, seq: 1 }]);
    expect(snapshot.files[2]?.edits).toEqual([
      { table: 0, row: 'region', column: 'percent', rowName: 'West-Brabant', original: 79, value: 75, time: T2, seq: 2 },
    ]);
    expect(snapshot.files[1]?.acceptances).toEqual([
      {
        table: 0,
        code: 'row-total-mismatch',
        rowIndex: 9,
        row: 'Utrecht',
        column: 4,
        note: NOTE,
        time: T3,
        message: '554 + 1.304 + 2.786 + 849 = 5.493, gedrukt totaal 5.503',
      },
    ]);
    // JSON round trip loses nothing.
    expect(JSON.parse(JSON.stringify(snapshot))).toEqual(snapshot);
  });

  it('leaves out a cell typed back to what was printed', () => {
    const state = run(worked(), { type: 'edit', cell: heerlenC1, text: '320', time: T3 });
    expect(snapshotOf(state).files[0]?.edits).toEqual([]);
  });
});

describe('restoring', () => {
  it('brings back every value, correction (with its time), acceptance and column name', () => {
    const before = worked();
    const after = restored(snapshotOf(before), [zuidLimburg, middenUtrecht, westBrabant]);
    expect(after.pending).toEqual([]);
    // Three files: counted in the line, each with its work in the details.
    expect(after.notice?.text).toBe('3 bestanden hersteld, 2 met correcties, 1 met acceptaties');
    expect(after.notice?.details).toEqual([
      {
        kind: 'restored',
        items: [
          { file: zuidLimburg.file, edits: 1, acceptances: 0 },
          { file: middenUtrecht.file, edits: 0, acceptances: 1 },
          { file: westBrabant.file, edits: 1, acceptances: 0 },
        ],
      },
    ]);
    const values = (state: Workspace) =>
      municipalityRows(state.session).map(({ id, name, c0, c1, c2, c3, total, check }) => ({ id, name, c0, c1, c2, c3, total, check }));
    expect(values(after)).toEqual(values(before));
    expect(regionRows(after.session).map((row) => [row.percent, row.check])).toEqual(regionRows(before.session).map((row) => [row.percent, row.check]));
    expect(correctionsOf(after.session)).toEqual(correctionsOf(before.session));
    expect(countFlags(after.session.documents)).toBe(countFlags(before.session.documents));
    expect(after.session.acceptances).toEqual(before.session.acceptances);
    expect(after.session.columnNames).toEqual([null, 'Beperkt', null, null]);
    expect(snapshotOf(after)).toEqual(snapshotOf(before));
    // A restored session starts a new history, but its work counts as not saved to Excel.
    expect(after.session.undoStack).toEqual([]);
    expect(hasUnsavedEdits(after)).toBe(true);
  });

  it('matches files by SHA-256, whatever their name and order now', () => {
    const snapshot = snapshotOf(worked());
    const renamed = { ...westBrabant, file: 'west-brabant-kopie.pdf' };
    const after = restored(snapshot, [renamed, middenUtrecht, zuidLimburg]);
    expect(after.pending).toEqual([]);
    expect(correctionsOf(after.session).map((correction) => [correction.file, correction.row, correction.value])).toEqual([
      [zuidLimburg.file, 'Heerlen', '330'],
      ['west-brabant-kopie.pdf', 'Doelgroepregister', '75'],
    ]);
  });

  it('applies the work at once to a file that is already loaded', () => {
    const snapshot = snapshotOf(worked());
    const opened = read(emptyWorkspace(), [middenUtrecht]);
    const after = run(opened, { type: 'restore', files: snapshot.files.map((file) => pendingFile(file, 'reading')), columnNames: snapshot.columnNames });
    expect(after.session.acceptances.size).toBe(1);
    expect(after.pending.map((file) => file.saved.name)).toEqual([zuidLimburg.file, westBrabant.file]);
  });

  it('keeps the work of a missing or changed file: listed, saved again, applied once the file is there', () => {
    const snapshot = snapshotOf(worked());
    let state = run(
      emptyWorkspace(),
      { type: 'restore', files: snapshot.files.map((file) => pendingFile(file, 'reading')), columnNames: snapshot.columnNames },
      { type: 'pending-state', sha256: zuidLimburg.sha256!, state: 'missing' },
    );
    state = read(state, [middenUtrecht, westBrabant]);
    expect(state.pending.map((file) => [file.saved.name, file.state, file.saved.edits.length])).toEqual([[zuidLimburg.file, 'missing', 1]]);
    // Saved again with its edit, as long as it waits.
    expect(snapshotOf(state).files.map((file) => [file.name, file.edits.length, file.acceptances.length])).toEqual([
      [middenUtrecht.file, 0, 1],
      [westBrabant.file, 1, 0],
      [zuidLimburg.file, 1, 0],
    ]);
    expect(hasUnsavedEdits(state)).toBe(true);
    // Found later (dropped in, located): applied.
    state = read(state, [zuidLimburg]);
    expect(state.pending).toEqual([]);
    expect(correctionsOf(state.session)).toHaveLength(2);
  });

  it('hands back edits and acceptances that no longer fit the table as read, and saves them again', () => {
    const snapshot = snapshotOf(worked());
    const zuid = snapshot.files[0]!;
    // As if the reader now read Heerlen's Kolom 2 differently, and a flag is no longer found.
    zuid.edits[0] = { ...zuid.edits[0]!, original: 321 };
    zuid.acceptances.push({ table: 0, code: 'row-total-mismatch', rowIndex: 4, row: 'Heerlen', column: 4, note: 'x', time: T1, message: 'm' });
    const after = restored(snapshot, [zuidLimburg, middenUtrecht, westBrabant]);
    expect(after.pending.map((file) => [file.saved.name, file.state, file.saved.edits.length, file.saved.acceptances.length])).toEqual([
      [zuidLimburg.file, 'mismatch', 1, 1],
    ]);
    expect(correctionsOf(after.session)).toHaveLength(1); // West-Brabant's only
    const again = snapshotOf(after).files.find((file) => file.sha256 === zuidLimburg.sha256)!;
    expect(again.edits).toEqual(zuid.edits);
    expect(again.acceptances).toEqual(zuid.acceptances);
    expect(again.path).toBe('/data/uwv/zuid.pdf');
  });

  it('drops pending work only when asked to', () => {
    const snapshot = snapshotOf(worked());
    const state = run(
      emptyWorkspace(),
      { type: 'restore', files: [pendingFile(snapshot.files[0]!, 'missing')], columnNames: [] },
      { type: 'pending-forget', sha256: snapshot.files[0]!.sha256 },
    );
    expect(state.pending).toEqual([]);
    expect(hasUnsavedEdits(state)).toBe(false);
  });
});

describe('a file that could not be read', () => {
  it('is saved with its reason, and comes back as not read: never looked for or asked for', () => {
    const before = read(emptyWorkspace(), [zuidLimburg, truncated]);
    const snapshot = snapshotOf(before);
    expect(snapshot.files.map((file) => [file.name, file.error?.code])).toEqual([
      [zuidLimburg.file, undefined],
      [truncated.file, 'damaged-pdf'],
    ]);
    // Also in a project a colleague opens.
    const project = parseProject(serializeProject(snapshot, { savedAt: T1, app: 'test' })).snapshot;
    expect(project.files[1]?.error).toEqual({ code: 'damaged-pdf', message: truncated.error?.message });

    const state = run(emptyWorkspace(), {
      type: 'restore',
      files: project.files.map((file) => pendingFile(file, 'reading')),
      columnNames: project.columnNames,
    });
    expect(state.pending.map((file) => file.saved.name)).toEqual([zuidLimburg.file]);
    expect(state.session.documents.map((document) => [document.file, document.sha256, document.error?.message])).toEqual([
      [truncated.file, truncated.sha256, truncated.error?.message],
    ]);
    // Saved again as it was.
    expect(snapshotOf(state).files.find((file) => file.name === truncated.file)?.error).toEqual(snapshot.files[1]?.error);
  });

  it('is listed once when given again and failing again; once read, only as read', () => {
    const snapshot = snapshotOf(read(emptyWorkspace(), [truncated]));
    let state = run(emptyWorkspace(), { type: 'restore', files: snapshot.files.map((file) => pendingFile(file, 'reading')), columnNames: [] });
    state = read(state, [{ ...truncated, file: 'kopie-kapot.pdf' }]);
    expect(state.session.documents.map((document) => document.file)).toEqual(['kopie-kapot.pdf']);
    expect(state.notice).toBeNull();
    // Read after all (as with OCR turned on): saved as read, not as failed.
    state = read(state, [{ ...zuidLimburg, sha256: truncated.sha256 }]);
    expect(snapshotOf(state).files.map((file) => [file.name, file.error])).toEqual([[zuidLimburg.file, undefined]]);
  });

  it('with work waiting for it, is looked for again as before', () => {
    const snapshot = snapshotOf(worked());
    const zuid = { ...snapshot.files[0]!, error: { code: 'timeout' as const, message: 'te lang' } };
    const state = run(emptyWorkspace(), { type: 'restore', files: [pendingFile(zuid, 'reading')], columnNames: [] });
    expect(state.pending.map((file) => file.saved.name)).toEqual([zuidLimburg.file]);
    expect(state.session.documents).toEqual([]);
  });
});
