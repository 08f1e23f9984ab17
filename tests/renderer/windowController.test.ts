// The window's controller without React: real documents read through an in-memory Backend, the
// confirm question answered yes or no, the menu driven through the Backend's one subscription,
// and what reaches the Backend (workbooks, projects, the saved session) read back.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GridApi } from 'ag-grid-community';
import type { ExtractedDocument } from '../../src/engine/model';
import type { Backend } from '../../src/renderer/backend/types';
import { commitGridEdits } from '../../src/renderer/components/grid/commitEdits';
import { correctionsOf, emptyWorkspace, hasUnsavedEdits, snapshotOf, workspaceReducer, type CellRef, type SessionSnapshot } from '../../src/renderer/session';
import { createWindowController, type WindowControllerOptions } from '../../src/renderer/window/windowController';
import type { MenuCommand, OpenedPdfs, PdfFile, SavedSessionInfo, SaveProjectRequest, SaveWorkbookRequest } from '../../src/shared/ipc';
import { serializeProject } from '../../src/shared/savedWork/projectFile';
import { parseSession, serializeSession } from '../../src/shared/savedWork/sessionFile';
import { loaded, MIDDEN_UTRECHT, ZUID_LIMBURG } from './loaded';

let zuidLimburg: ExtractedDocument;
let middenUtrecht: ExtractedDocument;

beforeAll(async () => {
  [zuidLimburg, middenUtrecht] = await Promise.all([loaded(ZUID_LIMBURG), loaded(MIDDEN_UTRECHT)]);
});
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** Heerlen's second count in Zuid-Limburg (printed 320), when Zuid-Limburg is read first. */
const heerlenC1: CellRef = { doc: 0, table: 0, row: 4, column: 'c1' };
const heerlenTotal: CellRef = { doc: 0, table: 0, row: 4, column: 'total' };
/** A file whose reading only ends when it is cancelled. */
const SLOW = 'traag.pdf';
const KEPT: SavedSessionInfo = {
  id: 'sessie-1',
  keptAt: '2024-05-01T09:00:00.000Z',
  savedAt: null,
  files: ['a.pdf'],
  corrections: 0,
  acceptances: 0,
  unreadable: false,
};

interface FakeOptions {
  /** The session saved last, as the host stores it. */
  session?: string;
  /** What "Project openen…" opens. */
  project?: string;
  /** What the host finds again, by SHA-256. */
  found?: Record<string, PdfFile>;
}

/** An in-memory Backend: extracting hands out the documents by file name, and everything the
 * window sends is kept to be looked at. */
function fakeBackend(documents: readonly ExtractedDocument[], options: FakeOptions = {}) {
  const menuListeners = new Set<(command: MenuCommand) => void>();
  const openedListeners = new Set<(opened: OpenedPdfs) => void>();
  const workbooks: SaveWorkbookRequest[] = [];
  const charts: { png: Uint8Array; suggestedName: string }[] = [];
  const projects: SaveProjectRequest[] = [];
  const sessions: string[] = [];
  /** The PDFs each session save said to keep (the browser forgets the others' bytes). */
  const keeps: string[][] = [];
  const keptPdfs: string[] = [];
  const signals: AbortSignal[] = [];
  let projectsOpened = 0;
  const backend: Backend = {
    async extract(file, { signal, onProgress } = {}) {
      if (signal) signals.push(signal);
      onProgress?.({ pagesDone: 1, pageCount: 1 });
      if (file.name === SLOW) {
        return new Promise((resolve) =>
          signal?.addEventListener('abort', () =>
            resolve({ file: SLOW, pageCount: 0, tables: [], warnings: [], error: { code: 'cancelled', message: 'Geannuleerd' } }),
          ),
        );
      }
      const document = documents.find((candidate) => candidate.file === file.name);
      if (!document) throw new Error(`onbekend bestand ${file.name}`);
      return structuredClone(document);
    },
    async saveWorkbook(request) {
      workbooks.push(request);
      return { saved: true, path: '/data/klantprofielen.xlsx' };
    },
    async saveChart(request) {
      charts.push(request);
      return { saved: true, path: `/data/${request.suggestedName}.png` };
    },
    appVersion: async () => '0.0.0',
    onMenuCommand(listener) {
      menuListeners.add(listener);
      return () => menuListeners.delete(listener);
    },
    onPdfsOpened(listener) {
      openedListeners.add(listener);
      return () => openedListeners.delete(listener);
    },
    loadSession: async () => ({ text: options.session ?? null }),
    async saveSession(text, keep) {
      sessions.push(text);
      keeps.push([...keep]);
    },
    sessionHistory: async () => [KEPT],
    readKeptSession: async () => null,
    exportKeptSession: async () => ({ saved: false }),
    async keepPdf(sha256) {
      keptPdfs.push(sha256);
    },
    async findPdf(file) {
      const found = options.found?.[file.sha256];
      return found ? { status: 'found', file: found, sha256: file.sha256 } : { status: 'missing' };
    },
    pathOf: () => undefined,
    async saveProject(request) {
      projects.push(request);
      return { saved: true, path: '/data/project.klantprofielen' };
    },
    async openProject() {
      projectsOpened++;
      return options.project ? { opened: true, text: options.project, path: '/data/project.klantprofielen' } : { opened: false };
    },
  };
  return {
    backend,
    menuListeners,
    openedListeners,
    workbooks,
    charts,
    projects,
    sessions,
    keptPdfs,
    signals,
    keeps,
    projectsOpened: () => projectsOpened,
    /** The host's menu sends a command. */
    menu: (command: MenuCommand) => menuListeners.forEach((listener) => listener(command)),
    /** The host hands over PDFs it opened. */
    open: (opened: OpenedPdfs) => openedListeners.forEach((listener) => listener(opened)),
    /** The session as written last. */
    lastSession: (): SessionSnapshot => parseSession(sessions.at(-1)!).snapshot,
  };
}

const pdf = (name: string, path?: string): PdfFile => ({ name, bytes: new TextEncoder().encode(name), ...(path ? { path } : {}) });

/** A confirm that answers `answer` and keeps the questions. */
function asking(answer: boolean) {
  const questions: string[] = [];
  const confirm = async (question: string): Promise<boolean> => {
    questions.push(question);
    return answer;
  };
  return { questions, confirm };
}

/** Files that finish together join the session after a short wait; this lets it pass. */
const settle = async (ms = 100): Promise<void> => {
  await vi.advanceTimersByTimeAsync(ms);
};

/** Lets the timers run while a save waits for the grid. */
async function saved(saving: Promise<void>): Promise<void> {
  await settle(0);
  await saving;
}

/** A started window with Zuid-Limburg and Midden-Utrecht read. */
async function withFiles(answer: boolean, options: Partial<WindowControllerOptions> = {}, fakeOptions: FakeOptions = {}) {
  const fake = fakeBackend([zuidLimburg, middenUtrecht], fakeOptions);
  const { questions, confirm } = asking(answer);
  const controller = createWindowController({ backend: fake.backend, confirm, ...options });
  const stop = controller.start();
  await settle(0);
  fake.open({ files: [pdf(zuidLimburg.file, '/data/zuid.pdf'), pdf(middenUtrecht.file)], errors: [] });
  await settle();
  return { fake, controller, questions, stop };
}

/** A saved session (or project) with Heerlen corrected to 330, from `/data/zuid.pdf`. */
function savedWork(): SessionSnapshot {
  let state = workspaceReducer(emptyWorkspace(), { type: 'queue', files: [{ id: 1, name: zuidLimburg.file, path: '/data/zuid.pdf' }], skipped: [] });
  state = workspaceReducer(state, { type: 'finished', id: 1, document: structuredClone(zuidLimburg) });
  state = workspaceReducer(state, { type: 'edit', cell: heerlenC1, text: '330', time: '2024-05-01T09:00:00.000Z' });
  return snapshotOf(state);
}

/** The corrections a workbook request carries. */
const corrections = (request: SaveWorkbookRequest | undefined) => request?.result.corrections ?? [];
const values = (request: SaveWorkbookRequest | undefined): string[] => corrections(request).map((correction) => correction.value);

const heerlenValue = (snapshot: SessionSnapshot): unknown[] =>
  snapshot.files.find((file) => file.sha256 === zuidLimburg.sha256)?.edits.map((edit) => edit.value) ?? [];

describe('reading files', () => {
  it('queues the PDFs the host opens at once and brings them into the session with their paths and bytes', async () => {
    const fake = fakeBackend([zuidLimburg, middenUtrecht]);
    const controller = createWindowController({ backend: fake.backend, confirm: asking(true).confirm });
    controller.start();
    fake.open({ files: [pdf(zuidLimburg.file, '/data/zuid.pdf'), pdf(middenUtrecht.file)], errors: ['x.pdf kon niet worden gelezen.'] });

    expect(controller.getState().workspace.jobs.queue.map((job) => job.name)).toEqual([zuidLimburg.file, middenUtrecht.file]);
    expect(controller.getState().workspace.skipped).toEqual(['x.pdf kon niet worden gelezen.']);
    await settle();
    const { workspace } = controller.getState();
    expect(workspace.jobs.queue).toEqual([]);
    expect(workspace.session.documents.map((document) => document.file)).toEqual([zuidLimburg.file, middenUtrecht.file]);
    expect(workspace.paths.get(zuidLimburg.sha256!)).toBe('/data/zuid.pdf');
    expect(controller.pdfBytes.get(zuidLimburg.sha256)).toEqual(new TextEncoder().encode(zuidLimburg.file));
    expect(fake.keptPdfs).toEqual([zuidLimburg.sha256, middenUtrecht.sha256]);
  });

  it('lists a file the Backend could not be asked about as not read, and skips what is no PDF', async () => {
    const fake = fakeBackend([]);
    const controller = createWindowController({ backend: fake.backend, confirm: asking(true).confirm });
    controller.addFiles([new File(['%PDF'], 'weg.pdf', { type: 'application/pdf' }), new File(['tekst'], 'notities.txt')]);
    await settle();
    const { workspace } = controller.getState();
    expect(workspace.skipped).toEqual(['notities.txt is geen PDF en is overgeslagen.']);
    expect(workspace.session.documents.map((document) => document.error?.message)).toEqual(["'weg.pdf' kon niet worden gelezen (onbekend bestand weg.pdf)."]);
  });
});

describe('Alles sluiten', () => {
  it('asks when there are unsaved corrections and keeps everything when the analyst cancels', async () => {
    const { controller, questions } = await withFiles(false);
    controller.edit(heerlenC1, '330');
    expect(await controller.closeAll()).toBe(false);
    expect(questions).toEqual(['Er zijn correcties die nog niet zijn opgeslagen. Toch alles sluiten?']);
    const { session } = controller.getState().workspace;
    expect(session.documents).toHaveLength(2);
    expect(correctionsOf(session).map((correction) => correction.value)).toEqual(['330']);
    expect(controller.pdfBytes.size).toBe(2);
  });

  it('closes every file and forgets their bytes when the analyst says so', async () => {
    const { controller, questions } = await withFiles(true);
    controller.edit(heerlenC1, '330');
    expect(await controller.closeAll()).toBe(true);
    expect(questions).toHaveLength(1);
    expect(controller.getState().workspace.session.documents).toEqual([]);
    expect(hasUnsavedEdits(controller.getState().workspace)).toBe(false);
    expect(controller.pdfBytes.size).toBe(0);
  });

  it('does not ask when nothing would be lost', async () => {
    const { controller, questions } = await withFiles(false);
    expect(await controller.closeAll()).toBe(true);
    expect(questions).toEqual([]);
    expect(controller.getState().workspace.session.documents).toEqual([]);
  });
});

describe('keeping the PDFs of the window', () => {
  it('keeps the bytes of a file read but not yet in the session when a save runs in between', async () => {
    const fake = fakeBackend([zuidLimburg]);
    const controller = createWindowController({ backend: fake.backend, confirm: asking(true).confirm });
    controller.start();
    await settle(0);
    fake.open({ files: [pdf(zuidLimburg.file)], errors: [] });
    await settle(0);
    // Read and its bytes kept, but still waiting for its batch to join the session.
    expect(controller.getState().workspace.session.documents).toEqual([]);
    expect(fake.keptPdfs).toEqual([zuidLimburg.sha256]);
    // A change that is saved at once, with a session that does not name the file yet.
    controller.rename({ 0: 'Geen' });
    await settle(0);
    expect(parseSession(fake.sessions.at(-1)!).snapshot.files).toEqual([]);
    expect(fake.keeps.at(-1)).toContain(zuidLimburg.sha256);
  });
});

describe('autosave', () => {
  it('writes a cell edit at once: a page closed right after it keeps it', async () => {
    const { fake, controller } = await withFiles(true);
    controller.edit(heerlenC1, '330');
    await settle(0);
    expect(heerlenValue(fake.lastSession())).toEqual([330]);
  });
});

describe('Bestand sluiten', () => {
  it('closes a file without work at once, forgets its bytes and keeps the other file', async () => {
    const { controller, questions } = await withFiles(false);
    expect(await controller.closeFile(1)).toBe(true);
    expect(questions).toEqual([]);
    expect(controller.getState().workspace.session.documents.map((document) => document.file)).toEqual([zuidLimburg.file]);
    expect(controller.pdfBytes.get(middenUtrecht.sha256)).toBeUndefined();
    expect(controller.pdfBytes.get(zuidLimburg.sha256)).toBeDefined();
  });

  it('asks before a file with corrections goes, keeps it on no and closes only that file on yes', async () => {
    const refused = await withFiles(false);
    refused.controller.edit(heerlenC1, '330');
    expect(await refused.controller.closeFile(0)).toBe(false);
    expect(refused.questions).toEqual([`'${zuidLimburg.file}' heeft correcties of acceptaties; die gaan met het bestand uit deze sessie. Toch sluiten?`]);
    expect(refused.controller.getState().workspace.session.documents).toHaveLength(2);

    const agreed = await withFiles(true);
    agreed.controller.edit(heerlenC1, '330');
    agreed.controller.edit({ doc: 1, table: 0, row: 0, column: 'c0' }, '7');
    expect(await agreed.controller.closeFile(0)).toBe(true);
    const { session } = agreed.controller.getState().workspace;
    expect(session.documents.map((document) => document.file)).toEqual([middenUtrecht.file]);
    expect(correctionsOf(session).map((correction) => correction.value)).toEqual(['7']);
    // Autosave writes the session without the closed file and its work.
    await settle(1_000);
    expect(agreed.fake.lastSession().files.map((file) => file.name)).toEqual([middenUtrecht.file]);
  });
});

describe('saving the workbook', () => {
  it('saves the session as it is when asked: an edit made just before is in the workbook', async () => {
    const { controller, fake } = await withFiles(true);
    controller.edit(heerlenC1, '330');
    await controller.save();
    expect(fake.workbooks).toHaveLength(1);
    expect(corrections(fake.workbooks[0]).map(({ row, original, value }) => ({ row, original, value }))).toEqual([
      { row: 'Heerlen', original: '320', value: '330' },
    ]);
    expect(controller.getState().workspace.notice).toEqual({ kind: 'info', text: 'Opgeslagen: /data/klantprofielen.xlsx' });
    expect(hasUnsavedEdits(controller.getState().workspace)).toBe(false);
  });

  it('includes the cell edit the grid hands over from its zero-delay event queue, also one ended before the save', async () => {
    const committed: (() => void)[] = [];
    // AG Grid hands an ended edit to onCellEditRequest from a zero-delay timer, not at once.
    const grid = {
      stopEditing: () => {
        const edit = committed.shift();
        if (edit) setTimeout(edit, 0);
      },
    } as unknown as GridApi;
    const { controller, fake } = await withFiles(true, { commitEdits: () => commitGridEdits([grid]) });
    committed.push(() => controller.edit(heerlenC1, '330'));
    await saved(controller.save());
    expect(values(fake.workbooks[0])).toEqual(['330']);

    // The cell lost the focus to the save button first: its edit is queued already.
    setTimeout(() => controller.edit(heerlenTotal, '1600'), 0);
    await saved(controller.save());
    expect(values(fake.workbooks[1])).toEqual(['330', '1.600']);
    expect(hasUnsavedEdits(controller.getState().workspace)).toBe(false);
  });
});

describe('the menu', () => {
  it('is one subscription, and each command reaches its operation', async () => {
    let typing = false;
    const { controller, fake, questions, stop } = await withFiles(
      false,
      { undoTyping: () => typing },
      { project: serializeProject(savedWork(), { savedAt: 'T', app: 'test' }) },
    );
    expect(fake.menuListeners.size).toBe(1);
    const edited = (): string[] => correctionsOf(controller.getState().workspace.session).map((correction) => correction.value);

    controller.edit(heerlenC1, '330');
    fake.menu('undo');
    expect(edited()).toEqual([]);
    fake.menu('redo');
    expect(edited()).toEqual(['330']);
    // Typing in a text field: the menu's undo is the field's, the session keeps its edit.
    typing = true;
    fake.menu('undo');
    expect(edited()).toEqual(['330']);

    fake.menu('save-xlsx');
    await settle(0);
    expect(fake.workbooks.map(values)).toEqual([['330']]);

    fake.menu('save-project');
    await settle(0);
    expect(fake.projects).toHaveLength(1);
    expect(heerlenValue(JSON.parse(fake.projects[0]!.text) as SessionSnapshot)).toEqual([330]);

    fake.menu('previous-sessions');
    await settle(0);
    expect(controller.getState().history).toEqual({ state: 'shown', sessions: [KEPT] });

    // Unsaved again: "Alles sluiten" and "Project openen…" ask first; the answer is no.
    controller.edit(heerlenTotal, '1600');
    fake.menu('close-all');
    await settle(0);
    fake.menu('open-project');
    await settle(0);
    expect(fake.projectsOpened()).toBe(1);
    expect(questions).toEqual([
      'Er zijn correcties die nog niet zijn opgeslagen. Toch alles sluiten?',
      'Er zijn correcties die nog niet zijn opgeslagen. Toch alles sluiten?',
    ]);
    expect(controller.getState().workspace.session.documents).toHaveLength(2);

    stop();
    expect(fake.menuListeners.size).toBe(0);
    expect(fake.openedListeners.size).toBe(0);
  });
});

describe('the saved session', () => {
  const session = (): string => serializeSession(savedWork(), '2024-05-01T10:00:00.000Z');

  it('offers the saved session back, saves it along with new work until answered, and restores its edits once the file is found', async () => {
    const fake = fakeBackend([zuidLimburg, middenUtrecht], { session: session(), found: { [zuidLimburg.sha256!]: pdf(zuidLimburg.file, '/data/zuid.pdf') } });
    const controller = createWindowController({ backend: fake.backend, confirm: asking(true).confirm });
    controller.start();
    await settle(0);
    expect(controller.getState().offer).toMatchObject({ files: 1, corrections: 1, acceptances: 0, savedAt: '2024-05-01T10:00:00.000Z' });
    fake.open({ files: [pdf(middenUtrecht.file)], errors: [] });
    await settle();
    // The new file and the offered one, with its edit: neither is lost before the answer.
    expect(fake.lastSession().files.map((file) => file.name)).toEqual([middenUtrecht.file, zuidLimburg.file]);
    expect(heerlenValue(fake.lastSession())).toEqual([330]);

    controller.restore();
    expect(controller.getState().offer).toBeNull();
    await settle();
    const { workspace } = controller.getState();
    expect(workspace.pending).toEqual([]);
    expect(workspace.session.documents.map((document) => document.file)).toEqual([middenUtrecht.file, zuidLimburg.file]);
    expect(correctionsOf(workspace.session).map((correction) => correction.value)).toEqual(['330']);
    expect(workspace.paths.get(zuidLimburg.sha256!)).toBe('/data/zuid.pdf');
  });

  it('"Nieuw beginnen" asks before the offered corrections go, and keeps the offer when the analyst cancels', async () => {
    const keep = await withFiles(false, {}, { session: session() });
    await keep.controller.startFresh();
    expect(keep.questions).toEqual(['De vorige sessie heeft 1 correctie. Die weggooien en nieuw beginnen?']);
    expect(keep.controller.getState().offer).not.toBeNull();

    const fresh = await withFiles(true, {}, { session: session() });
    await fresh.controller.closeAll();
    await fresh.controller.startFresh();
    await settle(0);
    expect(fresh.controller.getState().offer).toBeNull();
    // The saved session is what is open now: nothing.
    expect(fresh.fake.lastSession().files).toEqual([]);
  });

  it('lets go of the host when the window goes: no menu, no opened files, reading cancelled, nothing saved after', async () => {
    const { controller, fake, stop } = await withFiles(true);
    fake.open({ files: [pdf(SLOW)], errors: [] });
    await settle(0);
    const written = fake.sessions.length;
    stop();
    expect(fake.menuListeners.size).toBe(0);
    expect(fake.openedListeners.size).toBe(0);
    expect(fake.signals.at(-1)?.aborted).toBe(true);
    controller.edit(heerlenC1, '330');
    controller.rename({ 1: 'Beperkt' });
    await settle(1000);
    expect(fake.sessions).toHaveLength(written);
  });

  it('ignores the saved session when stopped before it arrived, as in React strict mode (start, stop, start)', async () => {
    const fake = fakeBackend([zuidLimburg]);
    const controller = createWindowController({ backend: fake.backend, confirm: asking(true).confirm });
    controller.start()();
    controller.start();
    await settle(0);
    expect(fake.sessions).toHaveLength(1);
    expect(fake.menuListeners.size).toBe(1);
    fake.open({ files: [pdf(zuidLimburg.file)], errors: [] });
    await settle();
    // One autosave: the new file is written once.
    expect(fake.sessions).toHaveLength(2);
  });
});
