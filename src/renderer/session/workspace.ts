// Everything the window shows, as one pure reducer: the session, the files being read, files
// that were skipped, the one-line notice and the save state. The React hook around it only
// starts the reading and saving; every change of state happens here and is tested in Node.
import type { ExtractedDocument } from '@engine/model';
import type { SaveWorkbookResult } from '@shared/ipc';
import type { CellRef, CellValue } from './cells';
import { finishJob, noJobs, reportProgress, startJobs, type Jobs } from './jobs';
import {
  acceptFlags,
  addDocuments,
  applyEdit,
  applyInput,
  createSession,
  lastStep,
  nextRedoStep,
  redo,
  renameColumn,
  undo,
  withdrawAcceptance,
  type FlagRef,
  type Session,
} from './session';
import { stepText } from './stepText';

export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

export interface Workspace {
  readonly session: Session;
  readonly jobs: Jobs;
  /** Dutch, one per file that never reached the reader (not a PDF, unreadable from disk). */
  readonly skipped: readonly string[];
  readonly notice: Notice | null;
  readonly saving: boolean;
  /** The session as last saved, to tell whether there is unsaved work. */
  readonly saved: Session | null;
}

export type WorkspaceAction =
  | { type: 'queue'; files: readonly { id: number; name: string }[]; skipped: readonly string[] }
  | { type: 'progress'; id: number; pagesDone: number; pageCount: number }
  | { type: 'finished'; id: number; document: ExtractedDocument }
  | { type: 'edit'; cell: CellRef; text: string; time: string }
  | { type: 'set'; cell: CellRef; value: CellValue; time: string }
  | { type: 'rename'; column: number; name: string }
  | { type: 'accept'; flags: readonly FlagRef[]; note: string; time: string }
  | { type: 'withdraw'; flags: readonly FlagRef[] }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'close-all' }
  | { type: 'save-started' }
  | { type: 'save-finished'; saved: Session; outcome: SaveWorkbookResult }
  | { type: 'notice'; notice: Notice | null };

export function emptyWorkspace(): Workspace {
  return { session: createSession(), jobs: noJobs(), skipped: [], notice: null, saving: false, saved: null };
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
      return { ...state, jobs: reportProgress(state.jobs, action.id, action.pagesDone, action.pageCount) };
    case 'finished': {
      const { jobs, finished } = finishJob(state.jobs, action.id, action.document);
      // A cancelled file is not a finding about the file: it is left out, not listed as failed.
      // A file already loaded (same bytes) is left out too: its rows would count twice.
      const cancelled: string[] = [];
      const duplicates: string[] = [];
      const added: ExtractedDocument[] = [];
      for (const document of finished) {
        if (document.error?.code === 'cancelled') cancelled.push(document.file);
        else if (isLoadedAlready(document, [...state.session.documents, ...added])) duplicates.push(document.file);
        else added.push(document);
      }
      const notices = [
        cancelled.length > 0 ? `Niet ingelezen (geannuleerd): ${cancelled.join(', ')}` : '',
        duplicates.length > 0 ? `Al ingelezen, overgeslagen: ${duplicates.join(', ')}` : '',
      ].filter(Boolean);
      // Files of one batch finish one by one: what earlier ones reported stays in the line.
      const earlier = state.notice?.kind === 'info' ? [state.notice.text] : [];
      const notice: Notice | null = notices.length > 0 ? { kind: 'info', text: [...earlier, ...notices].join(' · ') } : state.notice;
      return { ...state, jobs, session: addDocuments(state.session, added), notice };
    }
    case 'edit': {
      const { session, error } = applyInput(state.session, action.cell, action.text, action.time);
      if (error) return { ...state, notice: { kind: 'error', text: `${error}; de cel is niet gewijzigd.` } };
      return session === state.session ? state : { ...state, session, notice: null };
    }
    case 'set': {
      // A value from the checks' suggestion: already a model value, no parsing.
      const session = applyEdit(state.session, action.cell, action.value, action.time);
      return session === state.session ? state : { ...state, session, notice: null };
    }
    case 'rename': {
      const session = renameColumn(state.session, action.column, action.name);
      return session === state.session ? state : { ...state, session, notice: null };
    }
    case 'accept': {
      const session = acceptFlags(state.session, action.flags, action.note, action.time);
      return session === state.session ? state : { ...state, session, notice: null };
    }
    case 'withdraw': {
      const session = withdrawAcceptance(state.session, action.flags);
      return session === state.session ? state : { ...state, session, notice: null };
    }
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

/** True when there are edits the last save does not contain. */
export function hasUnsavedEdits(state: Workspace): boolean {
  const { session, saved } = state;
  if (session.undoStack.length === 0 && session.redoStack.length === 0) return false;
  return saved === null ? session.undoStack.length > 0 : saved.documents !== session.documents;
}

/** The same file (by its SHA-256) is already among the readable documents. */
function isLoadedAlready(document: ExtractedDocument, loaded: readonly ExtractedDocument[]): boolean {
  if (document.error || document.sha256 === undefined) return false;
  return loaded.some((other) => !other.error && other.sha256 === document.sha256);
}
