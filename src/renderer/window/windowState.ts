// What the window shows, in one store: the workspace (session, files being read, notices, saving;
// the pure workspaceReducer) and what is said about saved work (the restore offer, "Vorige
// sessies…", a session kept aside). Reduced at dispatch time, so the controller always reads
// what was just done; React follows it with useSyncExternalStore.
import type { SavedSessionInfo } from '@shared/ipc';
import { createStore, emptyWorkspace, workspaceReducer, type SessionSnapshot, type Store, type Workspace, type WorkspaceAction } from '../session';

/** The session found at start, offered back ("Vorige sessie herstellen?") until answered. */
export interface RestoreOffer {
  snapshot: SessionSnapshot;
  savedAt: string | null;
  files: number;
  corrections: number;
  acceptances: number;
}

/** "Vorige sessies…": closed (null), being looked up, or the list. */
export type SessionHistory = { state: 'loading' } | { state: 'shown'; sessions: SavedSessionInfo[] } | null;

export interface SavedWorkView {
  readonly offer: RestoreOffer | null;
  readonly history: SessionHistory;
  /** The session found at start could not be read (wholly or in part): kept aside there. */
  readonly keptAside: SavedSessionInfo | null;
  /** The saved session has been looked for (and offered when there was one): until then an offer
   * may still appear. Shown on the window as data-saved-work, so a test can wait for it. */
  readonly savedWorkChecked: boolean;
}

export interface WindowState extends SavedWorkView {
  readonly workspace: Workspace;
}

/** A workspace action, or a change of what is said about saved work. */
export type WindowAction = WorkspaceAction | { type: 'saved-work'; change: Partial<SavedWorkView> };

export type WindowStore = Store<WindowState, WindowAction>;

export function createWindowStore(): WindowStore {
  return createStore(windowReducer, { workspace: emptyWorkspace(), offer: null, history: null, keptAside: null, savedWorkChecked: false });
}

function windowReducer(state: WindowState, action: WindowAction): WindowState {
  if (action.type === 'saved-work') {
    const change = action.change;
    const changed = (Object.keys(change) as (keyof SavedWorkView)[]).some((key) => change[key] !== state[key]);
    return changed ? { ...state, ...change } : state;
  }
  const workspace = workspaceReducer(state.workspace, action);
  return workspace === state.workspace ? state : { ...state, workspace };
}
