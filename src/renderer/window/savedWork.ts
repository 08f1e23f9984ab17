// Never losing work, and projects: at start the saved session is loaded and, when it has files,
// offered for restoring ("Vorige sessie herstellen?"); from then on every change that matters is
// saved (persistence/autosave.ts); restoring and opening a project look each file up again
// through the Backend and read it, and its edits follow once it is loaded (session/restore).
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
//
// Part of the window's controller (windowController.ts); no React, no DOM.
import { version } from '../../../package.json';
import type { LoadedSession, PdfFile, SavedSessionInfo, SaveProjectResult } from '@shared/ipc';
import { safeProjectName } from '@shared/safeFileName';
import { parseProject, serializeProject } from '@shared/savedWork/projectFile';
import { isEmptySnapshot, problemsText, readSession, withOfferedSession } from '@shared/savedWork/sessionFile';
import type { Backend } from '../backend/types';
import type { Confirm } from '../components/ConfirmDialog';
import { createAutosaver, type Autosaver } from '../persistence/autosave';
import { decideRecovery } from '../persistence/recovery';
import { countAcceptances, countEdits, pendingFile, snapshotOf, type PendingFile, type SessionSnapshot, type Workspace } from '../session';
import { countLabel, suggestedWorkbookName } from '../summary';
import type { RestoreOffer, SavedWorkView, WindowStore } from './windowState';

export interface SavedWorkContext {
  backend: Backend;
  store: WindowStore;
  confirm: Confirm;
  /** Ends a cell edit in progress, so a project includes what was typed. */
  commitEdits(): Promise<void>;
  /** Reads PDFs the Backend handed over (with their paths). */
  readPdfs(files: readonly PdfFile[]): void;
  /** Closes everything (asks first when there is unsaved work); true when closed. */
  closeAll(): Promise<boolean>;
  /** The SHA-256 of every PDF read in this window, also one whose document has not reached the
   * session yet (its batch is still waiting). */
  pdfsInWindow(): readonly string[];
}

export function createSavedWork({ backend, store, confirm: ask, commitEdits, readPdfs, closeAll, pdfsInWindow }: SavedWorkContext) {
  /** Writes the session; there once the saved session was looked at. */
  let saver: Autosaver | null = null;

  const workspace = (): Workspace => store.get().workspace;
  const show = (change: Partial<SavedWorkView>): void => store.dispatch({ type: 'saved-work', change });
  const notify = (kind: 'info' | 'error', text: string): void => store.dispatch({ type: 'notice', notice: { kind, text } });
  /** What is saved: the open work, and the offered session's files while the offer stands. */
  const toSave = (): SessionSnapshot => {
    const { workspace, offer } = store.get();
    return withOfferedSession(snapshotOf(workspace), offer?.snapshot ?? null);
  };

  /** Looks at the session saved last (offering it back), then saves every change that matters.
   * Returns what stops it; a stop before the saved session arrives ignores it. */
  function start(): () => void {
    let live = true;
    let stopSaving: (() => void) | undefined;
    backend.loadSession().then(
      (loaded) => {
        if (!live) return;
        offerLoaded(loaded);
        show({ savedWorkChecked: true });
        stopSaving = startAutosave();
      },
      () => {
        if (!live) return;
        show({ savedWorkChecked: true });
        stopSaving = startAutosave();
      },
    );
    return () => {
      live = false;
      stopSaving?.();
    };
  }

  function offerLoaded({ text, keptAside }: LoadedSession): void {
    const found = text ? readSaved(text) : null;
    if (keptAside) {
      show({ keptAside });
      notify('error', keptAsideText(keptAside));
    } else if (typeof found === 'string') {
      notify('error', `De vorige sessie kon niet worden hersteld: ${found}`);
    }
    if (found && typeof found !== 'string' && !isEmptySnapshot(found.snapshot)) {
      const { snapshot, savedAt } = found;
      show({ offer: { snapshot, savedAt, files: snapshot.files.length, corrections: countEdits(snapshot), acceptances: countAcceptances(snapshot) } });
    }
  }

  function startAutosave(): () => void {
    const autosaver = createAutosaver({
      // The browser forgets the bytes of PDFs a save does not name. A file read a moment ago may be
      // missing from the session being written (its batch still waiting) while its bytes are kept
      // already: without this its PDF would be gone at the next start.
      write: (text, keep) => backend.saveSession(text, [...new Set([...keep, ...pdfsInWindow()])]),
      // Unused: every change is scheduled as urgent (see the subscription below).
      delayMs: 0,
      onError: (message) => notify('error', message),
    });
    saver = autosaver;
    let last = workspace();
    autosaver.schedule(toSave(), true);
    const stop = store.subscribe(() => {
      const now = workspace();
      if (!mattersForSaving(last, now)) return;
      last = now;
      // Every change at once, cell edits too: a page closed or reloaded right after an edit must
      // not lose it (a write waiting for a 300 ms pause did, in the e2e reload tests on CI). The autosaver writes one
      // session at a time and then only the newest, so fast typing costs no more writes.
      autosaver.schedule(toSave(), true);
    });
    return () => {
      stop();
      if (saver === autosaver) saver = null;
      void autosaver.flush().then(() => autosaver.stop());
    };
  }

  /** Writes now whatever is waiting (the page is being hidden or closed). */
  const flushSession = async (): Promise<void> => saver?.flush();

  /** Closes what is open before other work replaces it (closeAll asks first when there is
   * unsaved work); false when the analyst kept it. */
  async function closeOpenWork(): Promise<boolean> {
    const open = workspace();
    if (open.session.documents.length === 0 && open.pending.length === 0 && open.jobs.queue.length === 0) return true;
    return closeAll();
  }

  /** Puts saved work back and looks every file up again. */
  async function bringBack(snapshot: SessionSnapshot, notice: string): Promise<void> {
    store.dispatch({
      type: 'restore',
      files: snapshot.files.map((file) => pendingFile(file, 'reading')),
      columnNames: snapshot.columnNames,
      notice: { kind: 'info', text: notice },
    });
    const found: PdfFile[] = [];
    for (const file of snapshot.files) {
      // Already loaded (and applied) meanwhile: nothing to look for.
      if (!workspace().pending.some((pending) => pending.saved.sha256 === file.sha256)) continue;
      const lookup = await backend.findPdf(file).catch((): { status: 'missing' } => ({ status: 'missing' }));
      const decision = decideRecovery(file, lookup, backend.locatePdf === undefined);
      if (decision.file) found.push({ ...decision.file, ...(decision.file.path || file.path ? { path: decision.file.path ?? file.path } : {}) });
      else store.dispatch({ type: 'pending-state', sha256: file.sha256, state: decision.state, ...(decision.detail ? { detail: decision.detail } : {}) });
    }
    if (found.length > 0) readPdfs(found);
  }

  /** "Herstellen": the offered session comes back. */
  function restore(): void {
    const { offer } = store.get();
    if (!offer) return;
    show({ offer: null });
    void bringBack(offer.snapshot, `Vorige sessie wordt hersteld: ${offer.files} ${offer.files === 1 ? 'bestand' : 'bestanden'}`);
  }

  /** "Nieuw beginnen": the offered session is let go (after asking, when it has work). */
  async function startFresh(): Promise<void> {
    const { offer } = store.get();
    const work = offer ? offer.corrections + offer.acceptances : 0;
    if (offer && work > 0 && !(await ask(discardQuestion(offer), { title: 'Nieuw beginnen', confirmLabel: 'Weggooien en nieuw beginnen' }))) return;
    show({ offer: null });
    // The saved session becomes what is open now; the storage kept a copy of the old one.
    saver?.schedule(toSave(), true);
  }

  async function saveProject(): Promise<void> {
    await commitEdits();
    const state = workspace();
    const snapshot = snapshotOf(state);
    if (snapshot.files.length === 0) {
      notify('info', "Er is nog niets om als project op te slaan: lees eerst PDF's in.");
      return;
    }
    const text = serializeProject(snapshot, { savedAt: new Date().toISOString(), app: `Klantprofielen ${version}` });
    const outcome = await backend
      .saveProject({ text, suggestedName: safeProjectName(suggestedWorkbookName(state.session.documents)) })
      .catch((error: unknown): SaveProjectResult => ({ saved: false, error: `Het project kon niet worden opgeslagen: ${reason(error)}` }));
    if (outcome.saved) notify('info', `Project opgeslagen: ${outcome.path ?? ''}`.trim());
    else if (outcome.error) notify('error', outcome.error);
  }

  async function openProject(): Promise<void> {
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
      notify('error', `Project '${name}' kon niet worden geopend: ${reason(error)}`);
      return;
    }
    // A project replaces what is open (after asking, when there is unsaved work).
    if (!(await closeOpenWork())) return;
    show({ offer: null });
    const corrections = countEdits(snapshot);
    await bringBack(
      snapshot,
      `Project geopend: ${name} (${snapshot.files.length} ${snapshot.files.length === 1 ? 'bestand' : 'bestanden'}, ${corrections} ${corrections === 1 ? 'correctie' : 'correcties'})`,
    );
  }

  /** Desktop: "Zoeken…" for a file that moved; read when it is the same file. */
  async function locate(file: PendingFile): Promise<void> {
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
    readPdfs([found.file]);
  }

  /** Gives up a pending file's work (after asking, when it has any). */
  async function forget(file: PendingFile): Promise<void> {
    const work = file.saved.edits.length + file.saved.acceptances.length;
    const question = `De ${work} niet toegepaste wijzigingen van '${file.saved.name}' weggooien?`;
    if (work > 0 && !(await ask(question, { title: 'Wijzigingen weggooien', confirmLabel: 'Weggooien' }))) return;
    store.dispatch({ type: 'pending-forget', sha256: file.saved.sha256 });
  }

  /** "Vorige sessies…": the kept sessions, newest first. */
  async function showHistory(): Promise<void> {
    show({ history: { state: 'loading' } });
    try {
      show({ history: { state: 'shown', sessions: await backend.sessionHistory() } });
    } catch (error) {
      show({ history: null });
      notify('error', `De vorige sessies konden niet worden opgezocht: ${reason(error)}`);
    }
  }

  /** Puts a kept session back in place of what is open (asking first when that has work). */
  async function restoreKept(kept: SavedSessionInfo): Promise<void> {
    const text = await backend.readKeptSession(kept.id).catch(() => null);
    if (text === null) {
      notify('error', 'Die bewaarde sessie kon niet worden gelezen.');
      return;
    }
    let read: ReturnType<typeof readSession>;
    try {
      read = readSession(text);
    } catch (error) {
      notify('error', `Die sessie kan niet worden hersteld: ${reason(error)}`);
      return;
    }
    if (!(await closeOpenWork())) return;
    show({ history: null, offer: null, ...(store.get().keptAside?.id === kept.id ? { keptAside: null } : {}) });
    const { snapshot, problems } = read;
    const corrections = countEdits(snapshot);
    const left = problems.length > 0 ? ` ${problemsText(problems)}` : '';
    await bringBack(
      snapshot,
      `Sessie wordt hersteld: ${countLabel(snapshot.files.length, 'bestand', 'bestanden')}, ${countLabel(corrections, 'correctie', 'correcties')}.${left}`,
    );
  }

  async function exportKept(kept: SavedSessionInfo): Promise<void> {
    const outcome = await backend.exportKeptSession(kept.id).catch((error: unknown) => ({ saved: false, error: String(error) }) as const);
    if (outcome.saved) notify('info', `Sessie geëxporteerd: ${outcome.path ?? ''}`.trim());
    else if ('error' in outcome && outcome.error) notify('error', outcome.error);
  }

  return {
    start,
    flushSession,
    restore,
    startFresh,
    saveProject,
    openProject,
    locate,
    forget,
    showHistory,
    closeHistory: (): void => show({ history: null }),
    restoreKept,
    exportKept,
    dismissKeptAside: (): void => show({ keptAside: null }),
  };
}

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
    return reason(error);
  }
}

/** The status bar's short word on a session kept aside (the start screen says more). */
function keptAsideText(kept: SavedSessionInfo): string {
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

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

export function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
