// The window's state transitions: reading files in order, cancelled and duplicate files, edits
// refused with a notice, undo/redo notices, and saves that fail without losing anything.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../src/engine/model';
import { emptyWorkspace, hasUnsavedEdits, resultForSave, workspaceReducer, type Workspace, type WorkspaceAction } from '../../src/renderer/session';
import { countFlags, countRows } from '../../src/renderer/summary';
import { loaded, MIDDEN_UTRECHT, TRUNCATED, ZUID_LIMBURG } from './loaded';

const T = '2024-05-01T09:00:00.000Z';
const utrechtTotal = { doc: 1, table: 0, row: 9, column: 'total' } as const;
let zuidLimburg: ExtractedDocument;
let middenUtrecht: ExtractedDocument;
let truncated: ExtractedDocument;

beforeAll(async () => {
  [zuidLimburg, middenUtrecht, truncated] = await Promise.all([loaded(ZUID_LIMBURG), loaded(MIDDEN_UTRECHT), loaded(TRUNCATED)]);
});

function run(...actions: WorkspaceAction[]): Workspace {
  return actions.reduce(workspaceReducer, emptyWorkspace());
}

const queue = (...names: string[]): WorkspaceAction => ({ type: 'queue', files: names.map((name, i) => ({ id: i + 1, name })), skipped: [] });

function loadedWorkspace(): Workspace {
  return run(
    queue('zuid.pdf', 'midden.pdf', 'truncated.pdf'),
    { type: 'finished', id: 1, document: zuidLimburg },
    { type: 'finished', id: 2, document: middenUtrecht },
    { type: 'finished', id: 3, document: truncated },
  );
}

describe('reading files', () => {
  it('adds documents in the order given once all before them are done, and keeps failed ones', () => {
    let state = run(queue('zuid.pdf', 'midden.pdf', 'truncated.pdf'), { type: 'progress', id: 2, pagesDone: 1, pageCount: 1 });
    state = workspaceReducer(state, { type: 'finished', id: 3, document: truncated });
    state = workspaceReducer(state, { type: 'finished', id: 2, document: middenUtrecht });
    expect(state.session.documents).toEqual([]);
    expect(state.jobs.queue).toHaveLength(3);
    state = workspaceReducer(state, { type: 'finished', id: 1, document: zuidLimburg });
    expect(state.session.documents.map((document) => document.file)).toEqual([zuidLimburg.file, middenUtrecht.file, truncated.file]);
    expect(state.jobs.queue).toEqual([]);
    expect(countRows(state.session.documents)).toBe(32);
  });

  it('takes files that finished together in one step, with the same outcome as one by one', () => {
    const copy = { ...zuidLimburg, file: 'zuid-kopie.pdf' };
    const oneByOne = run(
      queue('zuid.pdf', 'midden.pdf', 'truncated.pdf', 'zuid-kopie.pdf'),
      { type: 'finished', id: 3, document: truncated },
      { type: 'finished', id: 1, document: zuidLimburg },
      { type: 'finished', id: 4, document: copy },
      { type: 'finished', id: 2, document: middenUtrecht },
    );
    const together = run(queue('zuid.pdf', 'midden.pdf', 'truncated.pdf', 'zuid-kopie.pdf'), {
      type: 'finished-batch',
      results: [
        { id: 3, document: truncated },
        { id: 1, document: zuidLimburg },
        { id: 4, document: copy },
        { id: 2, document: middenUtrecht },
      ],
    });
    expect(together.session.documents.map((document) => document.file)).toEqual([zuidLimburg.file, middenUtrecht.file, truncated.file]);
    expect(together.session.documents).toEqual(oneByOne.session.documents);
    expect(together.jobs.queue).toEqual([]);
    expect(together.notice).toEqual(oneByOne.notice);
    expect(together.notice?.text).toBe('Al ingelezen, overgeslagen: zuid-kopie.pdf');
  });

  it('leaves out cancelled files and files already loaded, and says so', () => {
    const cancelled: ExtractedDocument = {
      file: 'national.pdf',
      pageCount: 0,
      tables: [],
      warnings: [],
      error: { code: 'cancelled', message: "'national.pdf': het lezen is geannuleerd." },
    };
    const state = run(
      queue('zuid.pdf', 'national.pdf', 'zuid-kopie.pdf'),
      { type: 'finished', id: 1, document: zuidLimburg },
      { type: 'finished', id: 2, document: cancelled },
      { type: 'finished', id: 3, document: { ...zuidLimburg, file: 'zuid-kopie.pdf' } },
    );
    expect(state.session.documents.map((document) => document.file)).toEqual([zuidLimburg.file]);
    expect(state.notice?.text).toBe('Niet ingelezen (geannuleerd): national.pdf · Al ingelezen, overgeslagen: zuid-kopie.pdf');
    expect(state.notice?.details).toEqual([
      { kind: 'cancelled', items: [{ file: 'national.pdf' }] },
      { kind: 'duplicate', items: [{ file: 'zuid-kopie.pdf' }] },
    ]);
  });

  it('lists skipped files until everything is closed', () => {
    const state = run({ type: 'queue', files: [], skipped: ['notities.docx is geen PDF en is overgeslagen.'] });
    expect(state.skipped).toEqual(['notities.docx is geen PDF en is overgeslagen.']);
    expect(workspaceReducer(state, { type: 'close-all' })).toEqual(emptyWorkspace());
  });
});

describe('editing', () => {
  it('refuses text that is no number with a notice, leaving the session as it was', () => {
    const before = loadedWorkspace();
    const after = workspaceReducer(before, { type: 'edit', cell: utrechtTotal, text: '5.49x', time: T });
    expect(after.session).toBe(before.session);
    expect(after.notice).toEqual({ kind: 'error', text: "'5.49x' is geen getal; de cel is niet gewijzigd." });
  });

  it('tells what undo and redo changed', () => {
    let state = workspaceReducer(loadedWorkspace(), { type: 'edit', cell: utrechtTotal, text: '5.493', time: T });
    expect(countFlags(state.session.documents)).toBe(0);
    state = workspaceReducer(state, { type: 'undo' });
    expect(state.notice?.text).toBe('Ongedaan gemaakt: Utrecht, Totaal: 5.493 → 5.503');
    expect(countFlags(state.session.documents)).toBe(2);
    state = workspaceReducer(state, { type: 'redo' });
    expect(state.notice?.text).toBe('Opnieuw gedaan: Utrecht, Totaal: 5.503 → 5.493');
    state = workspaceReducer(state, { type: 'redo' });
    expect(state.notice?.text).toBe('Er is niets om opnieuw te doen.');
    state = workspaceReducer(state, { type: 'rename', names: { 0: 'Geen' } });
    state = workspaceReducer(state, { type: 'undo' });
    expect(state.notice?.text).toBe("Ongedaan gemaakt: kolomnaam 'Geen' → 'Kolom 1'");
    state = workspaceReducer(state, { type: 'rename', names: { 0: 'Geen', 2: 'Volledig' } });
    state = workspaceReducer(state, { type: 'undo' });
    expect(state.notice?.text).toBe("Ongedaan gemaakt: kolomnamen 'Geen' → 'Kolom 1', 'Volledig' → 'Kolom 3'");
    state = workspaceReducer(state, { type: 'redo' });
    expect(state.notice?.text).toBe("Opnieuw gedaan: kolomnamen 'Kolom 1' → 'Geen', 'Kolom 3' → 'Volledig'");
  });
});

describe('saving', () => {
  it('a failed save keeps every edit and says why; a good one marks the work saved', () => {
    const edited = workspaceReducer(loadedWorkspace(), { type: 'edit', cell: utrechtTotal, text: '5.493', time: T });
    expect(hasUnsavedEdits(edited)).toBe(true);
    const saving = workspaceReducer(edited, { type: 'save-started' });
    expect(saving.saving).toBe(true);

    const failed = workspaceReducer(saving, {
      type: 'save-finished',
      saved: saving.session,
      outcome: { saved: false, error: 'Kan klantprofielen-2020-Q3.xlsx niet schrijven: geen toegang.' },
    });
    expect(failed.saving).toBe(false);
    expect(failed.session).toBe(edited.session);
    expect(failed.notice).toEqual({ kind: 'error', text: 'Kan klantprofielen-2020-Q3.xlsx niet schrijven: geen toegang.' });
    expect(hasUnsavedEdits(failed)).toBe(true);
    expect(resultForSave(failed.session).corrections).toHaveLength(1);

    const cancelledDialog = workspaceReducer(saving, { type: 'save-finished', saved: saving.session, outcome: { saved: false } });
    expect(cancelledDialog.notice).toBeNull();
    expect(hasUnsavedEdits(cancelledDialog)).toBe(true);

    const saved = workspaceReducer(saving, { type: 'save-finished', saved: saving.session, outcome: { saved: true, path: '/data/k.xlsx' } });
    expect(saved.notice).toEqual({ kind: 'info', text: 'Opgeslagen: /data/k.xlsx' });
    expect(hasUnsavedEdits(saved)).toBe(false);
    const editedAgain = workspaceReducer(saved, { type: 'edit', cell: utrechtTotal, text: '5.494', time: T });
    expect(hasUnsavedEdits(editedAgain)).toBe(true);
  });
});

describe('store', () => {
  it('reduces at dispatch time and tells listeners only about real changes', async () => {
    const { createStore } = await import('../../src/renderer/session');
    const store = createStore(workspaceReducer, loadedWorkspace());
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    store.dispatch({ type: 'edit', cell: utrechtTotal, text: '5.493', time: T });
    // Readable at once, before any render: what a save right after an edit relies on.
    expect(resultForSave(store.get().session).corrections).toHaveLength(1);
    store.dispatch({ type: 'edit', cell: utrechtTotal, text: '5.493', time: T });
    expect(calls).toBe(1);
    stop();
    store.dispatch({ type: 'undo' });
    expect(calls).toBe(1);
    expect(countFlags(store.get().session.documents)).toBe(2);
  });
});
