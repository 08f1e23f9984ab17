// The window's state (session, files being read, notices, saving) and the actions on it. The
// state changes are the pure workspaceReducer; this hook only does the side effects: reading
// files through the Backend with progress and cancel, saving, and listening to the menu.
import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { ExtractedDocument } from '@engine/model';
import type { OcrMode } from '@engine/ocr/ocrEngine';
import type { MenuCommand, OpenedPdfs, PdfFile } from '@shared/ipc';
import type { Backend } from './backend/types';
import type { Confirm } from './components/ConfirmDialog';
import { createPdfByteStore } from './components/source/pdfByteStore';
import { isPdf } from './pdfFiles';
import { createStore, emptyWorkspace, hasUnsavedEdits, resultForSave, workspaceReducer, type CellRef, type CellValue, type Notice } from './session';
import { suggestedWorkbookName } from './summary';

export type { Notice };

/** How long a finished file waits for others before they join the session together. */
const FINISHED_BATCH_MS = 60;

export interface DocumentOptions {
  /** Ends any cell edit in progress, so a save (Ctrl+S, the menu) includes what was typed. */
  commitEdits?(): void;
  /** How scanned pages of files read from now on are read; the host's default when absent. */
  ocrMode?: OcrMode;
  /** Asks before unsaved corrections are let go ("Alles sluiten"): the app's confirm dialog. */
  confirm: Confirm;
}

export function useDocuments(backend: Backend, options: DocumentOptions) {
  const [store] = useState(() => createStore(workspaceReducer, emptyWorkspace()));
  // Every read file's bytes, for the source panel to draw its pages (one copy per file).
  const [pdfBytes] = useState(() => createPdfByteStore());
  const state = useSyncExternalStore(store.subscribe, store.get);
  const dispatch = store.dispatch;
  const nextJobId = useRef(1);
  // One controller per file being read, so "Annuleren" can stop them all.
  const controllers = useRef(new Map<number, AbortController>());
  // Read when a file starts, so a changed choice applies to the next file without new callbacks.
  const ocrMode = useRef(options.ocrMode);
  ocrMode.current = options.ocrMode;

  /** Files that finish within FINISHED_BATCH_MS of each other reach the session together: each
   * state change re-checks every table, redraws the grid and saves the session, and a batch of
   * files finishing one by one would do that once per file. */
  const finishedQueue = useRef<{ id: number; document: ExtractedDocument }[]>([]);
  const finishedSoon = useCallback(
    (id: number, document: ExtractedDocument) => {
      finishedQueue.current.push({ id, document });
      if (finishedQueue.current.length > 1) return; // a flush is already scheduled
      setTimeout(() => {
        const results = finishedQueue.current;
        finishedQueue.current = [];
        dispatch({ type: 'finished-batch', results });
      }, FINISHED_BATCH_MS);
    },
    [dispatch],
  );

  /** Reads PDFs through the Backend; `bytes` may still be on its way (files from the drop
   * zone are queued at once, so "Bezig met lezen" shows before their bytes are read). */
  const extract = useCallback(
    (id: number, name: string, bytes: Promise<Uint8Array>) => {
      const controller = new AbortController();
      controllers.current.set(id, controller);
      const ocr = ocrMode.current;
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
          controllers.current.delete(id);
          finishedSoon(id, document);
        });
    },
    [backend, pdfBytes, finishedSoon, dispatch],
  );

  /** PDFs already read into memory (the desktop menu's open dialog). */
  const readPdfs = useCallback(
    (files: readonly PdfFile[], skipped: readonly string[] = []) => {
      const queued = files.map((file) => ({ id: nextJobId.current++, name: file.name, file }));
      // With its path, where main read it: a restored session can read it again from there.
      dispatch({ type: 'queue', files: queued.map(({ id, name, file }) => ({ id, name, ...(file.path ? { path: file.path } : {}) })), skipped });
      for (const { id, name, file } of queued) extract(id, name, Promise.resolve(file.bytes));
    },
    [extract, dispatch],
  );

  /** Files from the drop zone or its file chooser; anything that is not a PDF is skipped. */
  const addFiles = useCallback(
    (list: readonly File[]) => {
      const pdfs = list.filter(isPdf);
      const skipped = list.filter((file) => !isPdf(file)).map((file) => `${file.name} is geen PDF en is overgeslagen.`);
      const queued = pdfs.map((file) => ({ id: nextJobId.current++, name: file.name, file, path: backend.pathOf(file) }));
      dispatch({ type: 'queue', files: queued.map(({ id, name, path }) => ({ id, name, ...(path ? { path } : {}) })), skipped });
      for (const { id, name, file } of queued)
        extract(
          id,
          name,
          file.arrayBuffer().then((buffer) => new Uint8Array(buffer)),
        );
    },
    [extract, backend, dispatch],
  );

  const cancelReading = useCallback(() => {
    for (const controller of controllers.current.values()) controller.abort();
  }, []);

  const confirm = useRef(options.confirm);
  confirm.current = options.confirm;

  /** Closes every file; with unsaved corrections only when the analyst says so. True when closed. */
  const closeAll = useCallback(async (): Promise<boolean> => {
    if (hasUnsavedEdits(store.get())) {
      const close = await confirm.current('Er zijn correcties die nog niet zijn opgeslagen. Toch alles sluiten?', {
        title: 'Alles sluiten',
        confirmLabel: 'Alles sluiten',
      });
      if (!close) return false;
    }
    cancelReading();
    controllers.current.clear();
    dispatch({ type: 'close-all' });
    pdfBytes.clear();
    return true;
  }, [cancelReading, pdfBytes, store, dispatch]);

  const edit = useCallback(
    (cell: CellRef, text: string) => {
      dispatch({ type: 'edit', cell, text, time: new Date().toISOString() });
    },
    [dispatch],
  );
  const setValue = useCallback(
    (cell: CellRef, value: CellValue) => {
      dispatch({ type: 'set', cell, value, time: new Date().toISOString() });
    },
    [dispatch],
  );
  const rename = useCallback((names: Readonly<Record<number, string>>) => dispatch({ type: 'rename', names }), [dispatch]);
  const undo = useCallback(() => dispatch({ type: 'undo' }), [dispatch]);
  const redo = useCallback(() => dispatch({ type: 'redo' }), [dispatch]);
  const showNotice = useCallback((notice: Notice | null) => dispatch({ type: 'notice', notice }), [dispatch]);

  const commitEdits = useRef(options.commitEdits);
  commitEdits.current = options.commitEdits;

  const save = useCallback(async () => {
    commitEdits.current?.();
    // The grid reports a committed edit from a zero-delay timer; let it arrive first.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const { session, saving } = store.get();
    if (saving || !session.documents.some((document) => !document.error)) return;
    dispatch({ type: 'save-started' });
    const outcome = await backend
      .saveWorkbook({ result: resultForSave(session), suggestedName: suggestedWorkbookName(session.documents) })
      .catch((error: unknown) => ({ saved: false, error: `Opslaan is mislukt: ${reason(error)}` }));
    dispatch({ type: 'save-finished', saved: session, outcome });
  }, [backend, store, dispatch]);

  // Menu events arrive outside React; useEffectEvent lets them reach the latest actions
  // without re-subscribing on every render.
  const onMenuCommand = useEffectEvent((command: MenuCommand) => {
    if (command === 'save-xlsx') void save();
    else if (command === 'close-all') void closeAll();
    else if (command === 'undo' || command === 'redo') {
      // In a text field (a cell being edited, the search box) the menu undoes typing there.
      if (isTextField(document.activeElement)) document.execCommand(command);
      else if (command === 'undo') undo();
      else redo();
    }
  });
  const onPdfsOpened = useEffectEvent(({ files, errors }: OpenedPdfs) => readPdfs(files, errors));
  useEffect(() => {
    const stopCommands = backend.onMenuCommand((command) => onMenuCommand(command));
    const stopOpened = backend.onPdfsOpened((opened) => onPdfsOpened(opened));
    return () => {
      stopCommands();
      stopOpened();
    };
  }, [backend]);

  // Reading stops when the window goes away.
  useEffect(() => () => cancelReading(), [cancelReading]);

  const actions = useMemo(
    () => ({ addFiles, readPdfs, cancelReading, closeAll, edit, setValue, rename, undo, redo, save, showNotice }),
    [addFiles, readPdfs, cancelReading, closeAll, edit, setValue, rename, undo, redo, save, showNotice],
  );
  return { state, actions, pdfBytes, store };
}

export type DocumentActions = ReturnType<typeof useDocuments>['actions'];

/** True for elements where typing (and the browser's own undo) happens. */
export function isTextField(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'file', 'range'].includes(element.type);
  return element instanceof HTMLElement && element.isContentEditable;
}

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

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
