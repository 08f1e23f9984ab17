// Never losing work, and projects, wired to the window: at start the saved session is loaded and,
// when it has files, offered for restoring ("Vorige sessie herstellen?"); from then on every
// change that matters is saved (autosave.ts); restoring and opening a project look each file up
// again through the Backend and read it, and its edits follow once it is loaded (session/restore).
//
// While the offer is not answered, what is saved is the new work together with the offered
// session's files, so neither is lost by a crash or a restart before the answer. PDFs added
// meanwhile (dropped, chosen, or opened by main) leave the offer standing, as a line above the
// files: only "Nieuw beginnen" lets the old work go, and it asks first when that work has
// corrections or acceptances.
//
// A saved session this version cannot read (wholly or in part) is kept aside by the host under
// its own name; the analyst is told where, the readable part (if any) is offered, and "Vorige
// sessies…" lists it with the other kept sessions to restore or export.
import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import { version } from '../../../package.json';
import type { MenuCommand, PdfFile, SavedSessionInfo, SaveProjectResult } from '@shared/ipc';
import type { Backend } from '../backend/types';
import type { Confirm } from '../components/ConfirmDialog';
import {
  countAcceptances,
  countEdits,
  pendingFile,
  snapshotOf,
  type PendingFile,
  type SessionSnapshot,
  type Store,
  type Workspace,
  type WorkspaceAction,
} from '../session';
import { countLabel, suggestedWorkbookName } from '../summary';
import { createAutosaver } from './autosave';
import { safeProjectName } from '@shared/safeFileName';
import { parseProject, serializeProject } from '@shared/savedWork/projectFile';
import { decideRecovery } from './recovery';
import { isEmptySnapshot, problemsText, readSession, withOfferedSession } from '@shared/savedWork/sessionFile';

/** Pause after a cell edit before the session is written. */
const EDIT_SAVE_DELAY_MS = 300;

export interface RestoreOffer {
  snapshot: SessionSnapshot;
  savedAt: string | null;
  files: number;
  corrections: number;
  acceptances: number;
}

/** "Vorige sessies…": closed (null), being looked up, or the list. */
export type SessionHistory = { state: 'loading' } | { state: 'shown'; sessions: SavedSessionInfo[] } | null;

export interface PersistenceActions {
  /** Reads PDFs the Backend handed over (with their paths). */
  readPdfs(files: readonly PdfFile[]): void;
  /** Reads PDFs dropped or chosen in the page. */
  addFiles(files: readonly File[]): void;
  /** Closes everything (asks first when there is unsaved work); true when closed. */
  closeAll(): Promise<boolean>;
  /** Ends a cell edit in progress, so a project includes what was typed. */
  commitEdits?(): void;
  /** Asks before saved work is let go: the app's confirm dialog. */
  confirm: Confirm;
}

export function useSessionPersistence(backend: Backend, store: Store<Workspace, WorkspaceAction>, actions: PersistenceActions) {
  const [offer, setOffer] = useState<RestoreOffer | null>(null);
  const [history, setHistory] = useState<SessionHistory>(null);
  /** The session found at start could not be read (wholly or in part): kept aside there. */
  const [keptAside, setKeptAside] = useState<SavedSessionInfo | null>(null);
  /** Autosave starts once the saved session was looked at. */
  const [saving, setSaving] = useState(false);
  // Read at save time: the offered session is saved along until the offer is answered.
  const offered = useRef<SessionSnapshot | null>(null);
  offered.current = offer?.snapshot ?? null;
  /** Saves now (the offer was answered); set by the autosave effect. */
  const saveNow = useRef<() => void>(() => undefined);
  const notify = useCallback((kind: 'info' | 'error', text: string) => store.dispatch({ type: 'notice', notice: { kind, text } }), [store]);

  useEffect(() => {
    let current = true;
    backend.loadSession().then(
      ({ text, keptAside: aside }) => {
        if (!current) return;
        const found = text ? readSaved(text) : null;
        if (aside) {
          setKeptAside(aside);
          notify('error', keptAsideText(aside));
        } else if (typeof found === 'string') {
          notify('error', `De vorige sessie kon niet worden hersteld: ${found}`);
        }
        if (found && typeof found !== 'string' && !isEmptySnapshot(found.snapshot)) {
          const { snapshot, savedAt } = found;
          offered.current = snapshot;
          setOffer({ snapshot, savedAt, files: snapshot.files.length, corrections: countEdits(snapshot), acceptances: countAcceptances(snapshot) });
        }
        setSaving(true);
      },
      () => current && setSaving(true),
    );
    return () => {
      current = false;
    };
  }, [backend, notify]);

  useEffect(() => {
    if (!saving) return;
    const saver = createAutosaver({
      write: (text, keep) => backend.saveSession(text, keep),
      delayMs: EDIT_SAVE_DELAY_MS,
      onError: (message) => notify('error', message),
    });
    const toSave = (state: Workspace): SessionSnapshot => withOfferedSession(snapshotOf(state), offered.current);
    let last = store.get();
    saver.schedule(toSave(last), true);
    saveNow.current = () => saver.schedule(toSave(store.get()), true);
    const stop = store.subscribe(() => {
      const state = store.get();
      if (!mattersForSaving(last, state)) return;
      const urgent = isUrgent(last, state);
      last = state;
      saver.schedule(toSave(state), urgent);
    });
    // Hidden or closed: write now whatever is waiting.
    const flush = (): void => void saver.flush();
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      stop();
      void saver.flush().then(() => saver.stop());
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [saving, backend, store, notify]);

  /** Puts saved work back and looks every file up again. */
  /** Closes what is open before other work replaces it (closeAll asks first when there is
   * unsaved work); false when the analyst kept it. */
  const closeOpenWork = useCallback(async (): Promise<boolean> => {
    const open = store.get();
    if (open.session.documents.length === 0 && open.pending.length === 0 && open.jobs.queue.length === 0) return true;
    return actions.closeAll();
  }, [store, actions]);

  const bringBack = useCallback(
    async (snapshot: SessionSnapshot, notice: string) => {
      store.dispatch({
        type: 'restore',
        files: snapshot.files.map((file) => pendingFile(file, 'reading')),
        columnNames: snapshot.columnNames,
        notice: { kind: 'info', text: notice },
      });
      const found: PdfFile[] = [];
      for (const file of snapshot.files) {
        // Already loaded (and applied) meanwhile: nothing to look for.
        if (!store.get().pending.some((pending) => pending.saved.sha256 === file.sha256)) continue;
        const lookup = await backend.findPdf(file).catch((): { status: 'missing' } => ({ status: 'missing' }));
        const decision = decideRecovery(file, lookup, backend.locatePdf === undefined);
        if (decision.file) found.push({ ...decision.file, ...(decision.file.path || file.path ? { path: decision.file.path ?? file.path } : {}) });
        else store.dispatch({ type: 'pending-state', sha256: file.sha256, state: decision.state, ...(decision.detail ? { detail: decision.detail } : {}) });
      }
      if (found.length > 0) actions.readPdfs(found);
    },
    [backend, store, actions],
  );

  const restore = useCallback(() => {
    if (!offer) return;
    setOffer(null);
    offered.current = null;
    void bringBack(offer.snapshot, `Vorige sessie wordt hersteld: ${offer.files} ${offer.files === 1 ? 'bestand' : 'bestanden'}`);
  }, [offer, bringBack]);

  const startFresh = useCallback(async () => {
    const work = offer ? offer.corrections + offer.acceptances : 0;
    if (work > 0 && !(await actions.confirm(discardQuestion(offer!), { title: 'Nieuw beginnen', confirmLabel: 'Weggooien en nieuw beginnen' }))) return;
    setOffer(null);
    offered.current = null;
    // The saved session becomes what is open now; the storage kept a copy of the old one.
    saveNow.current();
  }, [offer, actions]);

  /** PDFs dropped or chosen in the page; an unanswered offer stays (and is saved along). */
  const addFiles = useCallback((files: readonly File[]) => actions.addFiles(files), [actions]);

  const saveProject = useCallback(async () => {
    actions.commitEdits?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const state = store.get();
    const snapshot = snapshotOf(state);
    if (snapshot.files.length === 0) {
      notify('info', "Er is nog niets om als project op te slaan: lees eerst PDF's in.");
      return;
    }
    const text = serializeProject(snapshot, { savedAt: new Date().toISOString(), app: `Klantprofielen ${version}` });
    const outcome = await backend
      .saveProject({ text, suggestedName: safeProjectName(suggestedWorkbookName(state.session.documents)) })
      .catch((error: unknown): SaveProjectResult => ({
        saved: false,
        error: `Het project kon niet worden opgeslagen: ${error instanceof Error ? error.message : String(error)}`,
      }));
    if (outcome.saved) notify('info', `Project opgeslagen: ${outcome.path ?? ''}`.trim());
    else if (outcome.error) notify('error', outcome.error);
  }, [backend, store, actions, notify]);

  const openProject = useCallback(async () => {
    const result = await backend.openProject().catch((error: unknown) => ({ opened: false, error: String(error) }) as const);
    if (!result.opened || result.text === undefined) {
      if ('error' in result && result.error) notify('error', result.error);
      return;
    }
    const name = baseName(result.path ?? 'project');
    let snapshot: SessionSnapshot;
    try {
      snapshot = parseProject(result.text).snapshot;
    } catch (error) {
      notify('error', `Project '${name}' kon niet worden geopend: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    // A project replaces what is open (after asking, when there is unsaved work).
    if (!(await closeOpenWork())) return;
    setOffer(null);
    offered.current = null;
    const corrections = countEdits(snapshot);
    await bringBack(
      snapshot,
      `Project geopend: ${name} (${snapshot.files.length} ${snapshot.files.length === 1 ? 'bestand' : 'bestanden'}, ${corrections} ${corrections === 1 ? 'correctie' : 'correcties'})`,
    );
  }, [backend, notify, bringBack, closeOpenWork]);

  /** Desktop: "Zoeken…" for a file that moved; read when it is the same file. */
  const locate = useCallback(
    async (file: PendingFile) => {
      if (!backend.locatePdf) return;
      const found = await backend.locatePdf(file.saved.name);
      if (!found) return;
      if (found.status !== 'found') {
        notify('error', found.detail ?? `'${file.saved.name}' kon niet worden gelezen.`);
        return;
      }
      if (found.sha256 !== file.saved.sha256) {
        notify(
          'error',
          `Het gekozen bestand is niet hetzelfde als '${file.saved.name}' uit de sessie (de inhoud verschilt, SHA-256); de correcties zijn niet toegepast.`,
        );
        return;
      }
      store.dispatch({ type: 'pending-state', sha256: file.saved.sha256, state: 'reading' });
      actions.readPdfs([found.file]);
    },
    [backend, store, actions, notify],
  );

  const forget = useCallback(
    async (file: PendingFile) => {
      const work = file.saved.edits.length + file.saved.acceptances.length;
      const question = `De ${work} niet toegepaste wijzigingen van '${file.saved.name}' weggooien?`;
      if (work > 0 && !(await actions.confirm(question, { title: 'Wijzigingen weggooien', confirmLabel: 'Weggooien' }))) return;
      store.dispatch({ type: 'pending-forget', sha256: file.saved.sha256 });
    },
    [store, actions],
  );

  /** "Vorige sessies…": the kept sessions, newest first. */
  const showHistory = useCallback(async () => {
    setHistory({ state: 'loading' });
    try {
      setHistory({ state: 'shown', sessions: await backend.sessionHistory() });
    } catch (error) {
      setHistory(null);
      notify('error', `De vorige sessies konden niet worden opgezocht: ${error instanceof Error ? error.message : String(error)}`);
    }
  }, [backend, notify]);
  const closeHistory = useCallback(() => setHistory(null), []);

  /** Puts a kept session back in place of what is open (asking first when that has work). */
  const restoreKept = useCallback(
    async (kept: SavedSessionInfo) => {
      const text = await backend.readKeptSession(kept.id).catch(() => null);
      if (text === null) {
        notify('error', 'Die bewaarde sessie kon niet worden gelezen.');
        return;
      }
      let read: ReturnType<typeof readSession>;
      try {
        read = readSession(text);
      } catch (error) {
        notify('error', `Die sessie kan niet worden hersteld: ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
      if (!(await closeOpenWork())) return;
      setHistory(null);
      setOffer(null);
      offered.current = null;
      if (keptAside?.id === kept.id) setKeptAside(null);
      const { snapshot, problems } = read;
      const corrections = countEdits(snapshot);
      const left = problems.length > 0 ? ` ${problemsText(problems)}` : '';
      await bringBack(
        snapshot,
        `Sessie wordt hersteld: ${countLabel(snapshot.files.length, 'bestand', 'bestanden')}, ${countLabel(corrections, 'correctie', 'correcties')}.${left}`,
      );
    },
    [backend, notify, bringBack, keptAside, closeOpenWork],
  );

  const exportKept = useCallback(
    async (kept: SavedSessionInfo) => {
      const outcome = await backend.exportKeptSession(kept.id).catch((error: unknown) => ({ saved: false, error: String(error) }) as const);
      if (outcome.saved) notify('info', `Sessie geëxporteerd: ${outcome.path ?? ''}`.trim());
      else if ('error' in outcome && outcome.error) notify('error', outcome.error);
    },
    [backend, notify],
  );

  const onMenuCommand = useEffectEvent((command: MenuCommand) => {
    if (command === 'open-project') void openProject();
    else if (command === 'save-project') void saveProject();
    else if (command === 'previous-sessions') void showHistory();
  });
  useEffect(() => backend.onMenuCommand((command) => onMenuCommand(command)), [backend]);

  return {
    offer,
    restore,
    startFresh,
    addFiles,
    saveProject,
    openProject,
    locate,
    forget,
    canLocate: backend.locatePdf !== undefined,
    history,
    showHistory,
    closeHistory,
    restoreKept,
    exportKept,
    keptAside,
    dismissKeptAside: () => setKeptAside(null),
  };
}

export type SessionPersistence = ReturnType<typeof useSessionPersistence>;

/** "De vorige sessie heeft 2 correcties en 1 geaccepteerde melding. Die weggooien en nieuw beginnen?" */
function discardQuestion(offer: RestoreOffer): string {
  const parts = [countLabel(offer.corrections, 'correctie', 'correcties')];
  if (offer.acceptances > 0) parts.push(countLabel(offer.acceptances, 'geaccepteerde melding', 'geaccepteerde meldingen'));
  return `De vorige sessie heeft ${parts.join(' en ')}. Die weggooien en nieuw beginnen?`;
}

/** The saved session (what of it can be read), or a Dutch reason it cannot be read at all. */
function readSaved(text: string): ReturnType<typeof readSession> | string {
  try {
    return readSession(text);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The status bar's short word on a session kept aside (the start screen says more). */
export function keptAsideText(kept: SavedSessionInfo): string {
  const what = kept.unreadable ? 'De vorige sessie kon niet worden gelezen' : 'De vorige sessie kon niet helemaal worden gelezen';
  return `${what} en is apart bewaard: zie 'Vorige sessies…'.`;
}

/** The parts of the window a saved session holds. */
function mattersForSaving(before: Workspace, after: Workspace): boolean {
  return (
    before.session.documents !== after.session.documents ||
    before.session.marks !== after.session.marks ||
    before.session.acceptances !== after.session.acceptances ||
    before.session.columnNames !== after.session.columnNames ||
    before.pending !== after.pending ||
    before.paths !== after.paths
  );
}

/** Files, acceptances, names, pending work: written at once. Cell edits wait a moment. */
function isUrgent(before: Workspace, after: Workspace): boolean {
  return (
    before.session.documents.length !== after.session.documents.length ||
    before.session.acceptances !== after.session.acceptances ||
    before.session.columnNames !== after.session.columnNames ||
    before.pending !== after.pending
  );
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
