// The IPC contract between the main process and the renderer: one map from channel name
// ('domain:action') to what travels over it. Main registers handlers and the preload builds
// its bridge from these same maps, so a channel cannot exist on one side only and its types
// flow from main through the preload into the renderer.
import type { ExtractedDocument, ExtractionResult } from '@engine/model';
import type { OcrMode } from '@engine/ocr/ocrEngine';

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

export interface SaveSessionRequest {
  /** The session file (src/renderer/persistence/sessionFile.ts), JSON. */
  text: string;
}

export interface SaveProjectRequest {
  /** The project file with absolute PDF paths; main makes them relative to where it is saved. */
  text: string;
  /** File name offered in the save dialog; main keeps only a safe base name of it. */
  suggestedName: string;
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

export interface ReadPdfPathRequest {
  /** Absolute path of a PDF named in a saved session or project. */
  path: string;
}

export interface LocatePdfRequest {
  /** The file name looked for, shown in the dialog's title. */
  name: string;
}

/** PDFs main read for the renderer: picked in its open dialog, named on the command line,
 * or opened with the app from the file manager. Large selections come in several batches. */
export interface OpenedPdfs {
  files: PdfFile[];
  /** Dutch, one per picked file that could not be read. */
  errors: string[];
}

/** One file to read; the job id ties progress events and a cancel to it. */
export interface ExtractRequest {
  jobId: string;
  file: PdfFile;
  /** Scanned pages: main's default ('auto') when absent. */
  ocr?: OcrMode;
}

export interface CancelExtractRequest {
  jobId: string;
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

export interface SaveWorkbookRequest {
  /** Tables as corrected in the grid, with `corrections` for the "Correcties" sheet. */
  result: ExtractionResult;
  /** File name offered in the save dialog; main keeps only a safe base name of it. */
  suggestedName: string;
}

export interface SaveWorkbookResult {
  saved: boolean;
  path?: string;
  /** Dutch, for the status bar. */
  error?: string;
}

/** Menu items whose work is done by the renderer, which owns the loaded tables. */
export type MenuCommand = 'save-xlsx' | 'close-all' | 'undo' | 'redo' | 'open-project' | 'save-project';

/** Renderer → main, answered once (ipcRenderer.invoke / ipcMain.handle). */
export interface InvokeChannels {
  'app:version': { request: void; response: string };
  /** Resolves with `error.code === 'cancelled'` when cancelled through 'pdf:cancel'. */
  'pdf:extract': { request: ExtractRequest; response: ExtractedDocument };
  'pdf:cancel': { request: CancelExtractRequest; response: void };
  'workbook:save': { request: SaveWorkbookRequest; response: SaveWorkbookResult };
  /** The page listens for 'files:opened' now; main holds files opened before this (at start-up
   * or while the page reloads) and sends them once it arrives. */
  'files:ready': { request: void; response: void };
  /** The session saved in the app's data folder (session.json), or null when there is none. */
  'session:load': { request: void; response: string | null };
  /** Replaces the saved session, atomically. */
  'session:save': { request: SaveSessionRequest; response: void };
  /** Save dialog, then the project file with paths relative to it. */
  'project:save': { request: SaveProjectRequest; response: SaveProjectResult };
  /** Open dialog, then the project file's text with absolute paths. */
  'project:open': { request: void; response: OpenProjectResult };
  /** Reads a PDF named in a saved session or project (a PDF only: checked in main). */
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

// Runtime lists of the channel names. `satisfies Record<…, true>` makes the compiler reject a
// channel missing here or one that the maps above do not declare.
const invokeChannelSet = {
  'app:version': true,
  'pdf:extract': true,
  'pdf:cancel': true,
  'workbook:save': true,
  'files:ready': true,
  'session:load': true,
  'session:save': true,
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
