// What the UI needs from "the rest of the app". The desktop edition implements it over IPC
// (ipcBackend.ts); a browser edition can implement it with the engine in a Web Worker. The UI
// only ever talks to this interface.
import type { ExtractedDocument } from '@engine/model';
import type {
  MenuCommand,
  OpenedPdfs,
  PdfFile,
  SaveWorkbookRequest,
  SaveWorkbookResult,
  Unsubscribe,
} from '@shared/ipc';

export type { MenuCommand, OpenedPdfs, PdfFile, SaveWorkbookRequest, SaveWorkbookResult, Unsubscribe };

export interface ExtractOptions {
  /** Pages read so far of this file. */
  onProgress?: (progress: { pagesDone: number; pageCount: number }) => void;
  /** Aborting resolves the extraction with `error.code === 'cancelled'`. */
  signal?: AbortSignal;
}

export interface Backend {
  /** Reads one PDF into tables with checks. Resolves with `error` set for unreadable files;
   * never rejects for bad input. */
  extract(file: PdfFile, options?: ExtractOptions): Promise<ExtractedDocument>;
  /** Writes the workbook where the user chooses (desktop: save dialog; browser: download). */
  saveWorkbook(request: SaveWorkbookRequest): Promise<SaveWorkbookResult>;
  appVersion(): Promise<string>;
  /** Menu items handled by the UI. A host without a menu never calls the listener. */
  onMenuCommand(listener: (command: MenuCommand) => void): Unsubscribe;
  /** PDFs opened outside the page (desktop: the menu's open dialog). */
  onPdfsOpened(listener: (opened: OpenedPdfs) => void): Unsubscribe;
}
