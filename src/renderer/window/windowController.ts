// The window's controller: its state (windowState.ts) and everything done to it from outside a
// render: reading files through the Backend with progress and cancel, closing, edits and undo,
// saving the workbook, the menu, and the saved session and projects (savedWork.ts). Plain
// TypeScript, no React and no DOM: tested in Node with an in-memory Backend
// (tests/renderer/windowController.test.ts). React binds it in useWindow.ts.
//
// Every operation reads the store at the moment it runs, so nothing mirrors the state: a save
// right after an edit saves that edit.
import type { ExtractedDocument } from '@engine/model';
import type { OcrMode } from '@engine/ocr/ocrEngine';
import type { MenuCommand, PdfFile, SaveChartResult } from '@shared/ipc';
import type { Backend } from '../backend/types';
import type { Confirm } from '../components/ConfirmDialog';
import { createPdfByteStore } from '../components/source/pdfByteStore';
import { isPdf } from '../pdfFiles';
import {
  fileHasWork,
  hasUnsavedEdits,
  resultForSave,
  type CellRef,
  type CellValue,
  type FlagRef,
  type Notice,
  type Workspace,
  type WorkspaceAction,
} from '../session';
import { suggestedWorkbookName } from '../summary';
import { createSavedWork, reason } from './savedWork';
import { createWindowStore } from './windowState';

/** How long a finished file waits for others before they join the session together. */
const FINISHED_BATCH_MS = 60;

export interface WindowControllerOptions {
  /** Fixed for the window's life. */
  backend: Backend;
  /** Asks before work is let go ("Alles sluiten", "Nieuw beginnen", …): the app's confirm dialog. */
  confirm: Confirm;
  /** Ends any cell edit in progress and resolves once that edit is in the store, so a save
   * (Ctrl+S, the menu, a project) includes what was typed. */
  commitEdits?(): void | Promise<void>;
  /** The menu's undo or redo for a focused text field (a cell being edited, the search box);
   * false when none has the focus, and then the session's last edit is undone. */
  undoTyping?(command: 'undo' | 'redo'): boolean;
  /** How scanned pages of files read from now on are read; the host's default when absent. */
  ocrMode?: OcrMode;
}

export function createWindowController(options: WindowControllerOptions) {
  // `ask`, not `confirm`: the app's own dialog, never the browser's window.confirm.
  const { backend, confirm: ask } = options;
  const store = createWindowStore();
  // Every read file's bytes, for the source panel to draw its pages (one copy per file).
  const pdfBytes = createPdfByteStore();
  const dispatch = (action: WorkspaceAction): void => store.dispatch(action);
  const workspace = (): Workspace => store.get().workspace;
  let ocrMode = options.ocrMode;
  let nextJobId = 1;
  // One AbortController per file being read, so "Annuleren" can stop them all.
  const reading = new Map<number, AbortController>();

  /** Files that finish within FINISHED_BATCH_MS of each other reach the session together: each
   * state change re-checks every table, redraws the grid and saves the session, and a batch of
   * files finishing one by one would do that once per file. */
  let finished: { id: number; document: ExtractedDocument }[] = [];
  function finishedSoon(id: number, document: ExtractedDocument): void {
    finished.push({ id, document });
    if (finished.length > 1) return; // a flush is already scheduled
    setTimeout(() => {
      const results = finished;
      finished = [];
      dispatch({ type: 'finished-batch', results });
    }, FINISHED_BATCH_MS);
  }

  /** Reads a PDF through the Backend; `bytes` may still be on its way (files from the drop
   * zone are queued at once, so "Bezig met lezen" shows before their bytes are read). */
  function extract(id: number, name: string, bytes: Promise<Uint8Array>): void {
    const controller = new AbortController();
    reading.set(id, controller);
    const ocr = ocrMode;
    bytes
      .then(async (data) => {
        const document = await backend.extract(
          { name, bytes: data },
          {
            signal: controller.signal,
            onProgress: (progress) => dispatch({ type: 'progress', id, ...progress }),
            ...(ocr ? { ocr } : {}),
          },
        );
        // Kept before the document reaches the session, so its pages can be shown at once.
        if (!document.error && document.sha256) pdfBytes.keep(document.sha256, data);
        // The browser edition keeps the bytes for restoring after a reload (the desktop reads
        // the file again from its path). A failure only means asking for the file then.
        if (document.sha256 && document.error?.code !== 'cancelled') backend.keepPdf(document.sha256, data).catch(() => undefined);
        return document;
      })
      .catch((error: unknown) => readFailed(name, error))
      .then((document) => {
        reading.delete(id);
        finishedSoon(id, document);
      });
  }

  /** PDFs already read into memory (the desktop menu's open dialog, files found again). */
  function readPdfs(files: readonly PdfFile[], skipped: readonly string[] = []): void {
    const queued = files.map((file) => ({ id: nextJobId++, name: file.name, file }));
    // With its path, where main read it: a restored session can read it again from there.
    dispatch({ type: 'queue', files: queued.map(({ id, name, file }) => ({ id, name, ...(file.path ? { path: file.path } : {}) })), skipped });
    for (const { id, name, file } of queued) extract(id, name, Promise.resolve(file.bytes));
  }

  /** Files from the drop zone or its file chooser; anything that is not a PDF is skipped. An
   * unanswered restore offer stays (and is saved along). */
  function addFiles(list: readonly File[]): void {
    const pdfs = list.filter(isPdf);
    const skipped = list.filter((file) => !isPdf(file)).map((file) => `${file.name} is geen PDF en is overgeslagen.`);
    const queued = pdfs.map((file) => ({ id: nextJobId++, name: file.name, file, path: backend.pathOf(file) }));
    dispatch({ type: 'queue', files: queued.map(({ id, name, path }) => ({ id, name, ...(path ? { path } : {}) })), skipped });
    for (const { id, name, file } of queued)
      extract(
        id,
        name,
        file.arrayBuffer().then((buffer) => new Uint8Array(buffer)),
      );
  }

  function cancelReading(): void {
    for (const controller of reading.values()) controller.abort();
  }

  /** Closes every file; with unsaved corrections only when the analyst says so. True when closed. */
  async function closeAll(): Promise<boolean> {
    if (hasUnsavedEdits(workspace())) {
      const close = await ask('Er zijn correcties die nog niet zijn opgeslagen. Toch alles sluiten?', {
        title: 'Alles sluiten',
        confirmLabel: 'Alles sluiten',
      });
      if (!close) return false;
    }
    cancelReading();
    reading.clear();
    dispatch({ type: 'close-all' });
    pdfBytes.clear();
    return true;
  }

  /** "Bestand sluiten": one file leaves the window with its tables and its work (asked first when
   * it has corrections or acceptances, which the session then no longer holds). */
  async function closeFile(doc: number): Promise<boolean> {
    const state = workspace();
    const document = state.session.documents[doc];
    if (!document) return false;
    if (fileHasWork(state, doc)) {
      const close = await ask(`'${document.file}' heeft correcties of acceptaties; die gaan met het bestand uit deze sessie. Toch sluiten?`, {
        title: 'Bestand sluiten',
        confirmLabel: 'Bestand sluiten',
      });
      // The list may have changed while the question was open: close the file asked about.
      if (!close || workspace().session.documents[doc] !== document) return false;
    }
    dispatch({ type: 'close-file', doc });
    const sha256 = document.sha256;
    if (sha256 && !workspace().session.documents.some((other) => other.sha256 === sha256)) pdfBytes.forget(sha256);
    return true;
  }

  async function commitEdits(): Promise<void> {
    await options.commitEdits?.();
  }

  /** "Opslaan als Excel": the workbook of the session as it is once any edit in progress is in. */
  async function save(): Promise<void> {
    await commitEdits();
    const { session, saving } = workspace();
    if (saving || !session.documents.some((document) => !document.error)) return;
    dispatch({ type: 'save-started' });
    const outcome = await backend
      .saveWorkbook({ result: resultForSave(session), suggestedName: suggestedWorkbookName(session.documents) })
      .catch((error: unknown) => ({ saved: false, error: `Opslaan is mislukt: ${reason(error)}` }));
    dispatch({ type: 'save-finished', saved: session, outcome });
  }

  /** "Grafiek opslaan" in the Tijdreeks view: the PNG where the analyst chooses, told in the status bar. */
  async function saveChart(png: Uint8Array, suggestedName: string): Promise<void> {
    const outcome = await backend
      .saveChart({ png, suggestedName })
      .catch((error: unknown): SaveChartResult => ({ saved: false, error: `De grafiek kon niet worden opgeslagen: ${reason(error)}` }));
    if (outcome.saved) dispatch({ type: 'notice', notice: { kind: 'info', text: `Grafiek opgeslagen: ${outcome.path ?? ''}`.trim() } });
    else if (outcome.error) dispatch({ type: 'notice', notice: { kind: 'error', text: outcome.error } });
  }

  const now = (): string => new Date().toISOString();

  const savedWork = createSavedWork({ backend, store, confirm: ask, commitEdits, readPdfs, closeAll, pdfsInWindow: () => pdfBytes.keys() });

  /** Every menu command, in one place (a host without a menu sends none). */
  function onMenuCommand(command: MenuCommand): void {
    switch (command) {
      case 'save-xlsx':
        void save();
        return;
      case 'close-all':
        void closeAll();
        return;
      case 'undo':
      case 'redo':
        // In a text field (a cell being edited, the search box) the menu undoes typing there.
        if (!options.undoTyping?.(command)) dispatch({ type: command });
        return;
      case 'open-project':
        void savedWork.openProject();
        return;
      case 'save-project':
        void savedWork.saveProject();
        return;
      case 'previous-sessions':
        void savedWork.showHistory();
        return;
    }
  }

  /** Listens to the menu and to PDFs opened outside the page, offers the saved session back
   * and keeps saving. Returns what stops it all, and the reading of files, when the window goes. */
  function start(): () => void {
    const stopCommands = backend.onMenuCommand(onMenuCommand);
    const stopOpened = backend.onPdfsOpened(({ files, errors }) => readPdfs(files, errors));
    const stopSavedWork = savedWork.start();
    return () => {
      stopCommands();
      stopOpened();
      stopSavedWork();
      cancelReading();
    };
  }

  return {
    getState: store.get,
    subscribe: store.subscribe,
    pdfBytes,
    start,
    setOcrMode(mode: OcrMode | undefined): void {
      ocrMode = mode;
    },
    addFiles,
    readPdfs,
    cancelReading,
    closeAll,
    closeFile,
    edit: (cell: CellRef, text: string): void => dispatch({ type: 'edit', cell, text, time: now() }),
    setValue: (cell: CellRef, value: CellValue): void => dispatch({ type: 'set', cell, value, time: now() }),
    rename: (names: Readonly<Record<number, string>>): void => dispatch({ type: 'rename', names }),
    accept: (flags: readonly FlagRef[], note: string): void => dispatch({ type: 'accept', flags, note, time: now() }),
    withdraw: (flags: readonly FlagRef[]): void => dispatch({ type: 'withdraw', flags }),
    undo: (): void => dispatch({ type: 'undo' }),
    redo: (): void => dispatch({ type: 'redo' }),
    showNotice: (notice: Notice | null): void => dispatch({ type: 'notice', notice }),
    save,
    saveChart,
    /** Desktop: a file that moved can be looked for ("Zoeken…"). */
    canLocate: backend.locatePdf !== undefined,
    flushSession: savedWork.flushSession,
    restore: savedWork.restore,
    startFresh: savedWork.startFresh,
    saveProject: savedWork.saveProject,
    openProject: savedWork.openProject,
    locate: savedWork.locate,
    forget: savedWork.forget,
    showHistory: savedWork.showHistory,
    closeHistory: savedWork.closeHistory,
    restoreKept: savedWork.restoreKept,
    exportKept: savedWork.exportKept,
    dismissKeptAside: savedWork.dismissKeptAside,
  };
}

export type WindowController = ReturnType<typeof createWindowController>;

/** The Backend never rejects for a bad file; a rejection is a broken connection. The file is
 * then listed as failed, like any unreadable file. */
function readFailed(file: string, error: unknown): ExtractedDocument {
  return {
    file,
    pageCount: 0,
    tables: [],
    warnings: [],
    error: { code: 'read-failed', message: `'${file}' kon niet worden gelezen (${reason(error)}).` },
  };
}
