// The IPC contract between the main process and the renderer: one map from channel name
// ('domain:action') to what travels over it. Main registers handlers and the preload builds
// its bridge from these same maps, so a channel cannot exist on one side only and its types
// flow from main through the preload into the renderer.
import type * as v from 'valibot';
import type { ExtractedDocument } from '@engine/model';
import type {
  cancelExtractRequest,
  extractRequest,
  keptSessionRequest,
  locatePdfRequest,
  readPdfPathRequest,
  saveChartRequest,
  saveProjectRequest,
  saveSessionRequest,
  saveWorkbookRequest,
} from './ipcRequests';

// Requests are typed by their schemas (ipcRequests.ts), which main also checks them with.
export type ExtractRequest = v.InferOutput<typeof extractRequest>;
export type CancelExtractRequest = v.InferOutput<typeof cancelExtractRequest>;
export type SaveWorkbookRequest = v.InferOutput<typeof saveWorkbookRequest>;
export type SaveChartRequest = v.InferOutput<typeof saveChartRequest>;
export type SaveSessionRequest = v.InferOutput<typeof saveSessionRequest>;
export type KeptSessionRequest = v.InferOutput<typeof keptSessionRequest>;
export type SaveProjectRequest = v.InferOutput<typeof saveProjectRequest>;
export type ReadPdfPathRequest = v.InferOutput<typeof readPdfPathRequest>;
export type LocatePdfRequest = v.InferOutput<typeof locatePdfRequest>;

/** A PDF as the renderer hands it over: file name and raw bytes. */
export interface PdfFile {
  name: string;
  bytes: Uint8Array;
  /** Where main read it (desktop: dialogs, command line, a saved session or project); kept so a
   * restored session or project can read it again. Ignored when the renderer sends it back. */
  path?: string;
}

/** A PDF looked up for a restored session or project: found (with its SHA-256, so the renderer
 * can tell whether it changed) or not. */
export type PdfLookup = { status: 'found'; file: PdfFile; sha256: string } | { status: 'missing'; detail?: string };

/** A session kept in the data folder (desktop) or IndexedDB (browser), for "Vorige sessies…": the
 * session found at each start, one that was replaced by work on other files, and every session
 * this version could not read (kept aside under its own name, never deleted automatically). */
export interface SavedSessionInfo {
  /** The desktop's file name in the sessions folder; the browser edition's key. */
  id: string;
  /** ISO 8601: when it was kept. */
  keptAt: string;
  /** ISO 8601 from the file itself, when it says. */
  savedAt: string | null;
  /** The PDFs' names. */
  files: string[];
  corrections: number;
  acceptances: number;
  /** Nothing of it can be restored by this version (a newer format version, not JSON): it can
   * only be exported, or restored after updating. */
  unreadable: boolean;
  /** Dutch: what could not be read (all of it, or the parts left out when restoring). */
  problem?: string;
  /** Desktop: the file's full path. */
  location?: string;
}

/** The session found at start-up. */
export interface LoadedSession {
  /** The session's text to offer (null when there is none, or nothing of it can be read). */
  text: string | null;
  /** It could not be read (whole or in part) and was kept aside: where, and why. */
  keptAside?: SavedSessionInfo;
}

export interface ExportSessionResult {
  saved: boolean;
  path?: string;
  /** Dutch, for the status bar. */
  error?: string;
}

export interface SaveProjectResult {
  saved: boolean;
  path?: string;
  /** Dutch, for the status bar. */
  error?: string;
}

export interface OpenProjectResult {
  /** False when the dialog was cancelled or the file could not be read (then `error`). */
  opened: boolean;
  /** The project file with its PDF paths made absolute. */
  text?: string;
  path?: string;
  error?: string;
}

/** PDFs main read for the renderer: picked in its open dialog, named on the command line,
 * or opened with the app from the file manager. Large selections come in several batches. */
export interface OpenedPdfs {
  files: PdfFile[];
  /** Dutch, one per picked file that could not be read. */
  errors: string[];
}

/** How far one file is. */
export interface ExtractProgressInfo {
  pagesDone: number;
  pageCount: number;
  /** The page being read by OCR now (tesseract takes seconds per page). */
  recognizing?: number;
}

export interface ExtractProgress extends ExtractProgressInfo {
  jobId: string;
}

/** "Grafiek opslaan" answers like a workbook save. */
export type SaveChartResult = SaveWorkbookResult;

export interface SaveWorkbookResult {
  saved: boolean;
  path?: string;
  /** Dutch, for the status bar. */
  error?: string;
}

/** Menu items whose work is done by the renderer, which owns the loaded tables. */
export type MenuCommand = 'save-xlsx' | 'close-all' | 'undo' | 'redo' | 'open-project' | 'save-project' | 'previous-sessions';

/** Renderer → main, answered once (ipcRenderer.invoke / ipcMain.handle). */
export interface InvokeChannels {
  'app:version': { request: void; response: string };
  /** Resolves with `error.code === 'cancelled'` when cancelled through 'pdf:cancel'. */
  'pdf:extract': { request: ExtractRequest; response: ExtractedDocument };
  'pdf:cancel': { request: CancelExtractRequest; response: void };
  'workbook:save': { request: SaveWorkbookRequest; response: SaveWorkbookResult };
  /** "Grafiek opslaan": a save dialog, then the PNG written atomically. */
  'chart:save': { request: SaveChartRequest; response: SaveChartResult };
  /** The page listens for 'files:opened' now; main holds files opened before this (at start-up
   * or while the page reloads) and sends them once it arrives. */
  'files:ready': { request: void; response: void };
  /** The session found in the app's data folder (session.json) at start-up; read from disk once
   * per run (a reloaded page gets the session this run saved). Grants no PDF path. */
  'session:load': { request: void; response: LoadedSession };
  /** Replaces the saved session, atomically (a session it replaces that had other files is kept
   * in the history first). */
  'session:save': { request: SaveSessionRequest; response: void };
  /** "Vorige sessies…": the kept sessions, newest first. */
  'session:history': { request: void; response: SavedSessionInfo[] };
  /** A kept session's text, to restore it; null when it is gone. */
  'session:read-kept': { request: KeptSessionRequest; response: string | null };
  /** Save dialog, then a copy of a kept session where the analyst chose. */
  'session:export-kept': { request: KeptSessionRequest; response: ExportSessionResult };
  /** Save dialog, then the project file with paths relative to it. */
  'project:save': { request: SaveProjectRequest; response: SaveProjectResult };
  /** Open dialog, then the project file's text with absolute paths. */
  'project:open': { request: void; response: OpenProjectResult };
  /** Reads a PDF named in a saved session or project (a PDF only: checked in main): only a path
   * main obtained from the analyst, or a file whose bytes main already read for the renderer. */
  'pdf:read-path': { request: ReadPdfPathRequest; response: PdfLookup };
  /** "Where is x.pdf?": an open dialog for one PDF; null when cancelled. */
  'pdf:locate': { request: LocatePdfRequest; response: PdfLookup | null };
}

/** Main → renderer notifications (webContents.send / ipcRenderer.on). */
export interface EventChannels {
  'menu:command': MenuCommand;
  'files:opened': OpenedPdfs;
  'pdf:progress': ExtractProgress;
}

export type InvokeChannel = keyof InvokeChannels;
export type InvokeRequest<C extends InvokeChannel> = InvokeChannels[C]['request'];
export type InvokeResponse<C extends InvokeChannel> = InvokeChannels[C]['response'];
export type EventChannel = keyof EventChannels;
export type EventPayload<C extends EventChannel> = EventChannels[C];

/** Removes the listener it was returned for. */
export type Unsubscribe = () => void;

/** One function per invoke channel, as the preload exposes them. */
export type Invokers = {
  [C in InvokeChannel]: (request: InvokeRequest<C>) => Promise<InvokeResponse<C>>;
};

/** One subscribe function per event channel, as the preload exposes them. */
export type Subscribers = {
  [C in EventChannel]: (listener: (payload: EventPayload<C>) => void) => Unsubscribe;
};

/** What the preload exposes to the page as `window.klantprofielen`. `PageFile` is the DOM's
 * File (this module is also compiled without the DOM). */
export interface BridgeApi<PageFile> {
  invoke: Invokers;
  on: Subscribers;
  /** Where a dropped or chosen file is on disk (Electron's documented way since File.path went),
   * so a restored session can read it again; empty for a file that is not on disk. */
  pathForFile(file: PageFile): string;
}

// Runtime lists of the channel names. `satisfies Record<…, true>` makes the compiler reject a
// channel missing here or one that the maps above do not declare.
const invokeChannelSet = {
  'app:version': true,
  'pdf:extract': true,
  'pdf:cancel': true,
  'workbook:save': true,
  'chart:save': true,
  'files:ready': true,
  'session:load': true,
  'session:save': true,
  'session:history': true,
  'session:read-kept': true,
  'session:export-kept': true,
  'project:save': true,
  'project:open': true,
  'pdf:read-path': true,
  'pdf:locate': true,
} as const satisfies Record<InvokeChannel, true>;

const eventChannelSet = {
  'menu:command': true,
  'files:opened': true,
  'pdf:progress': true,
} as const satisfies Record<EventChannel, true>;

export const INVOKE_CHANNELS = Object.freeze(Object.keys(invokeChannelSet) as InvokeChannel[]);
export const EVENT_CHANNELS = Object.freeze(Object.keys(eventChannelSet) as EventChannel[]);
