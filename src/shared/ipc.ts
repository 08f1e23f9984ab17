// The IPC contract between the main process and the renderer: one map from channel name
// ('domain:action') to what travels over it. Main registers handlers and the preload builds
// its bridge from these same maps, so a channel cannot exist on one side only and its types
// flow from main through the preload into the renderer.
import type { ExtractedDocument, ExtractionResult } from '@engine/model';

/** A PDF as the renderer hands it over: file name and raw bytes. */
export interface PdfFile {
  name: string;
  bytes: Uint8Array;
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
}

export interface CancelExtractRequest {
  jobId: string;
}

export interface ExtractProgress {
  jobId: string;
  pagesDone: number;
  pageCount: number;
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
export type MenuCommand = 'save-xlsx' | 'close-all' | 'undo' | 'redo';

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
} as const satisfies Record<InvokeChannel, true>;

const eventChannelSet = {
  'menu:command': true,
  'files:opened': true,
  'pdf:progress': true,
} as const satisfies Record<EventChannel, true>;

export const INVOKE_CHANNELS = Object.freeze(Object.keys(invokeChannelSet) as InvokeChannel[]);
export const EVENT_CHANNELS = Object.freeze(Object.keys(eventChannelSet) as EventChannel[]);
