// Everything the window shows, as one pure reducer: the session, the files being read, files
// that were skipped, the one-line notice and the save state. The React hook around it only
// starts the reading and saving; every change of state happens here and is tested in Node.
import type { ExtractedDocument } from '@engine/model';
import type { SaveWorkbookResult } from '@shared/ipc';
import type { CellRef, CellValue } from './cells';
import { documentKey } from './acceptances';
import { finishJob, noJobs, reportProgress, startJobs, type Jobs } from './jobs';
import { addToNotice, type Notice, type NoticeItem } from './notices';
import type { PendingFile, PendingState } from './pending';
import { applyPending } from './restore';
import type { SavedFile } from '@shared/savedWork/saved';
import {
  acceptFlags,
  addDocuments,
  applyEdit,
  applyInput,
  closeDocument,
  createSession,
  lastStep,
  nextRedoStep,
  redo,
  renameColumns,
  replaceDocument,
  restoreColumnNames,
  undo,
  withdrawAcceptance,
  type FlagRef,
  type Session,
} from './session';
import { stepText } from './stepText';

export type { Notice };

export interface Workspace {
  readonly session: Session;
  readonly jobs: Jobs;
  /** Dutch, one per file that never reached the reader (not a PDF, unreadable from disk). */
  readonly skipped: readonly string[];
  readonly notice: Notice | null;
  readonly saving: boolean;
  /** The session as last saved, to tell whether there is unsaved work. */
  readonly saved: Session | null;
  /** Where each file is on disk, by SHA-256 (desktop only), for restoring and projects. */
  readonly paths: ReadonlyMap<string, string>;
  /** Saved work (restored session, opened project) whose file is not loaded or did not fit. */
  readonly pending: readonly PendingFile[];
}

export type WorkspaceAction =
  | { type: 'queue'; files: readonly { id: number; name: string; path?: string }[]; skipped: readonly string[] }
  | { type: 'progress'; id: number; pagesDone: number; pageCount: number; recognizing?: number }
  | { type: 'finished'; id: number; document: ExtractedDocument }
  /** Several files finished at about the same time: one state change for all (one check of
   * every table, one grid update, one save), as when a folder is read. */
  | { type: 'finished-batch'; results: readonly { id: number; document: ExtractedDocument }[] }
  | { type: 'edit'; cell: CellRef; text: string; time: string }
  | { type: 'set'; cell: CellRef; value: CellValue; time: string }
  | { type: 'rename'; names: Readonly<Record<number, string>> }
  | { type: 'accept'; flags: readonly FlagRef[]; note: string; time: string }
  | { type: 'withdraw'; flags: readonly FlagRef[] }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'close-all' }
  /** One file closed (the window asked first when it had work): its tables, work and history go. */
  | { type: 'close-file'; doc: number }
  | { type: 'save-started' }
  | { type: 'save-finished'; saved: Session; outcome: SaveWorkbookResult }
  | { type: 'notice'; notice: Notice | null }
  /** Saved work comes back: column names now, each file's work once its document is loaded. */
  | { type: 'restore'; files: readonly PendingFile[]; columnNames: readonly (string | null)[]; notice?: Notice }
  /** What became of a pending file's search: found and being read, missing, changed. */
  | { type: 'pending-state'; sha256: string; state: PendingState; detail?: string }
  /** The analyst chose to give up a pending file's work (asked to confirm first). */
  | { type: 'pending-forget'; sha256: string };

export function emptyWorkspace(): Workspace {
  return { session: createSession(), jobs: noJobs(), skipped: [], notice: null, saving: false, saved: null, paths: new Map(), pending: [] };
}

export function workspaceReducer(state: Workspace, action: WorkspaceAction): Workspace {
  switch (action.type) {
    case 'queue':
      return {
        ...state,
        jobs: startJobs(state.jobs, action.files),
        skipped: [...state.skipped, ...action.skipped],
        notice: null,
      };
    case 'progress':
      return { ...state, jobs: reportProgress(state.jobs, action.id, action.pagesDone, action.pageCount, action.recognizing) };
    case 'finished':
    case 'finished-batch': {
      const results = action.type === 'finished' ? [action] : action.results;
      let jobs = state.jobs;
      const finished: ExtractedDocument[] = [];
      const finishedPaths: (string | undefined)[] = [];
      for (const { id, document } of results) {
        const step = finishJob(jobs, id, document);
        jobs = step.jobs;
        finished.push(...step.finished);
        finishedPaths.push(...step.paths);
      }
      // A cancelled file is not a finding about the file: it is left out, not listed as failed.
      // A file already loaded (same bytes) is left out too: its rows would count twice.
      const cancelled: NoticeItem[] = [];
      const duplicates: NoticeItem[] = [];
      const added: ExtractedDocument[] = [];
      const paths = new Map(state.paths);
      let session = state.session;
      const replaced: number[] = [];
      finished.forEach((document, i) => {
        const failedBefore = failedIndexOf(document, session.documents);
        const failedInBatch = failedIndexOf(document, added);
        if (document.error?.code === 'cancelled') cancelled.push({ file: document.file });
        else if (isLoadedAlready(document, [...session.documents, ...added])) duplicates.push({ file: document.file });
        // A file listed as not read fails again: listed once, with its reason of now.
        else if (failedBefore >= 0) {
          session = replaceDocument(session, failedBefore, document);
          replaced.push(failedBefore);
        } else if (failedInBatch >= 0) added[failedInBatch] = document;
        else {
          added.push(document);
          const path = finishedPaths[i];
          if (path && document.sha256) paths.set(document.sha256, path);
        }
      });
      // Saved work waiting for one of these files is applied now.
      const newDocs = added.map((_, i) => session.documents.length + i);
      const restored = applyPending(addDocuments(session, added), state.pending, [...replaced, ...newDocs], paths);
      // Files of one batch finish one by one: what earlier ones reported stays in the notice.
      const notice = addToNotice(state.notice, [
        { kind: 'restored', items: restored.applied },
        { kind: 'cancelled', items: cancelled },
        { kind: 'duplicate', items: duplicates },
      ]);
      return { ...state, jobs, session: restored.session, pending: restored.pending, paths, notice };
    }
    case 'restore': {
      // A file that could not be read (and has no work waiting) comes back as not read, with its
      // reason: there is nothing to look for or to ask the analyst for.
      const failed = action.files.filter((file) => isFailedWithoutWork(file.saved));
      const waiting = action.files.filter((file) => !isFailedWithoutWork(file.saved));
      const incoming = new Set(waiting.map((file) => file.saved.sha256));
      const pending = [...state.pending.filter((file) => !incoming.has(file.saved.sha256)), ...waiting];
      const paths = new Map(state.paths);
      for (const file of action.files) if (file.saved.path && !paths.has(file.saved.sha256)) paths.set(file.saved.sha256, file.saved.path);
      const listed = new Set(state.session.documents.map((document) => document.sha256));
      const notRead = failed.filter((file) => !listed.has(file.saved.sha256)).map((file) => failedDocument(file.saved));
      // Files already loaded (opened at start-up, say) get their work at once.
      const session = addDocuments(restoreColumnNames(state.session, action.columnNames), notRead);
      const restored = applyPending(
        session,
        pending,
        session.documents.map((_, doc) => doc),
        paths,
      );
      return { ...state, session: restored.session, pending: restored.pending, paths, notice: action.notice ?? state.notice };
    }
    case 'pending-state':
      return {
        ...state,
        pending: state.pending.map((file) =>
          file.saved.sha256 === action.sha256 ? { ...file, state: action.state, ...(action.detail ? { detail: action.detail } : {}) } : file,
        ),
      };
    case 'pending-forget':
      return { ...state, pending: state.pending.filter((file) => file.saved.sha256 !== action.sha256) };
    case 'edit': {
      const { session, error } = applyInput(state.session, action.cell, action.text, action.time);
      if (error) return { ...state, notice: { kind: 'error', text: `${error}; de cel is niet gewijzigd.` } };
      return withSession(state, session);
    }
    // A value from the checks' suggestion: already a model value, no parsing.
    case 'set':
      return withSession(state, applyEdit(state.session, action.cell, action.value, action.time));
    case 'rename':
      return withSession(state, renameColumns(state.session, action.names));
    case 'accept':
      return withSession(state, acceptFlags(state.session, action.flags, action.note, action.time));
    case 'withdraw':
      return withSession(state, withdrawAcceptance(state.session, action.flags));
    case 'undo': {
      const step = lastStep(state.session);
      if (!step) return { ...state, notice: { kind: 'info', text: 'Er is niets om ongedaan te maken.' } };
      const session = undo(state.session);
      return { ...state, session, notice: { kind: 'info', text: `Ongedaan gemaakt: ${stepText(session, step, true)}` } };
    }
    case 'redo': {
      const step = nextRedoStep(state.session);
      if (!step) return { ...state, notice: { kind: 'info', text: 'Er is niets om opnieuw te doen.' } };
      const session = redo(state.session);
      return { ...state, session, notice: { kind: 'info', text: `Opnieuw gedaan: ${stepText(session, step, false)}` } };
    }
    case 'close-all':
      return emptyWorkspace();
    case 'close-file': {
      const document = state.session.documents[action.doc];
      if (!document) return state;
      const sha256 = document.sha256;
      const paths = new Map(state.paths);
      if (sha256) paths.delete(sha256);
      return {
        ...state,
        session: closeDocument(state.session, action.doc),
        // Work of this file that did not fit goes with it.
        pending: state.pending.filter((file) => file.saved.sha256 !== sha256),
        paths,
        notice: { kind: 'info', text: `Gesloten: ${document.file}` },
      };
    }
    case 'save-started':
      return { ...state, saving: true, notice: null };
    case 'save-finished': {
      const { outcome } = action;
      if (outcome.saved) {
        return { ...state, saving: false, saved: action.saved, notice: { kind: 'info', text: `Opgeslagen: ${outcome.path ?? ''}`.trim() } };
      }
      // A failed save changes nothing but the notice: the tables and edits are all still here.
      if (outcome.error) return { ...state, saving: false, notice: { kind: 'error', text: outcome.error } };
      return { ...state, saving: false };
    }
    case 'notice':
      return { ...state, notice: action.notice };
  }
}

/** The state after an analyst's change; the same state when nothing changed. A change clears
 * the notice: it was about what came before. */
function withSession(state: Workspace, session: Session): Workspace {
  return session === state.session ? state : { ...state, session, notice: null };
}

/** True when there is work (edits, acceptances, restored or pending work) the last save does
 * not contain. */
export function hasUnsavedEdits(state: Workspace): boolean {
  const { session, saved } = state;
  // Pending work is in no workbook: closing would lose it.
  if (state.pending.length > 0) return true;
  return saved === null ? hasWork(state) : saved.documents !== session.documents;
}

/** The file at `doc` has edits or acceptances (or work that did not fit) that closing it would
 * throw away. */
export function fileHasWork(state: Pick<Workspace, 'session' | 'pending'>, doc: number): boolean {
  const { session } = state;
  const document = session.documents[doc];
  if (!document) return false;
  const key = documentKey(document);
  return (
    [...session.marks.values()].some((mark) => mark.cell.document === key) ||
    [...session.acceptances.values()].some((acceptance) => acceptance.document === key) ||
    state.pending.some((file) => file.saved.sha256 === document.sha256)
  );
}

/** Anything the analyst did or brought back that closing would throw away. */
export function hasWork(state: Pick<Workspace, 'session' | 'pending'>): boolean {
  const { session } = state;
  return session.undoStack.length > 0 || session.marks.size > 0 || session.acceptances.size > 0 || state.pending.length > 0;
}

/** Saved work of a file, for the 'restore' action. */
export function pendingFile(saved: SavedFile, state: PendingState, detail?: string): PendingFile {
  return { saved, state, ...(detail ? { detail } : {}) };
}

/** The same file (by its SHA-256) is already among the readable documents. */
function isLoadedAlready(document: ExtractedDocument, loaded: readonly ExtractedDocument[]): boolean {
  if (document.error || document.sha256 === undefined) return false;
  return loaded.some((other) => !other.error && other.sha256 === document.sha256);
}

/** Where the same file (by its SHA-256) is listed as not read, when `document` failed too; -1 otherwise. */
function failedIndexOf(document: ExtractedDocument, listed: readonly ExtractedDocument[]): number {
  if (!document.error || document.sha256 === undefined) return -1;
  return listed.findIndex((other) => other.error && other.sha256 === document.sha256);
}

/** A saved file that could not be read and has no edits or acceptances waiting for it. */
function isFailedWithoutWork(saved: SavedFile): boolean {
  return saved.error !== undefined && saved.edits.length === 0 && saved.acceptances.length === 0;
}

/** The not-read entry of a saved file, as the reader gave it then. */
function failedDocument(saved: SavedFile): ExtractedDocument {
  return { file: saved.name, pageCount: 0, tables: [], warnings: [], sha256: saved.sha256, ...(saved.error ? { error: { ...saved.error } } : {}) };
}
