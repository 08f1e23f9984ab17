// What the UI needs from "the rest of the app". The desktop edition implements it over IPC
// (ipcBackend.ts); a browser edition can implement it with the engine in a Web Worker. The UI
// only ever talks to this interface.
import type { ExtractedDocument } from '@engine/model';
import type { OcrMode } from '@engine/ocr/ocrEngine';
import type {
  ExportSessionResult,
  ExtractProgressInfo,
  LoadedSession,
  MenuCommand,
  OpenedPdfs,
  OpenProjectResult,
  PdfFile,
  PdfLookup,
  SavedSessionInfo,
  SaveChartRequest,
  SaveChartResult,
  SaveProjectRequest,
  SaveProjectResult,
  SaveWorkbookRequest,
  SaveWorkbookResult,
  Unsubscribe,
} from '@shared/ipc';

/** A saved file to look up again. */
export interface SavedPdfRef {
  name: string;
  sha256: string;
  path?: string;
}

export interface ExtractOptions {
  /** Pages read so far of this file, and the page in OCR now. */
  onProgress?: (progress: ExtractProgressInfo) => void;
  /** Aborting resolves the extraction with `error.code === 'cancelled'`. */
  signal?: AbortSignal;
  /** Scanned pages: 'auto' (pages without a usable text layer), 'always' (also scanner PDFs
   * with a text layer of their own), 'never'. The host's default ('auto') when absent. */
  ocr?: OcrMode;
}

export interface Backend {
  /** Reads one PDF into tables with checks. Resolves with `error` set for unreadable files;
   * never rejects for bad input. */
  extract(file: PdfFile, options?: ExtractOptions): Promise<ExtractedDocument>;
  /** Writes the workbook where the user chooses (desktop: save dialog; browser: download). */
  saveWorkbook(request: SaveWorkbookRequest): Promise<SaveWorkbookResult>;
  /** "Grafiek opslaan": the chart's PNG where the user chooses (desktop: save dialog; browser: download). */
  saveChart(request: SaveChartRequest): Promise<SaveChartResult>;
  appVersion(): Promise<string>;
  /** Menu items handled by the UI. A host without a menu never calls the listener. */
  onMenuCommand(listener: (command: MenuCommand) => void): Unsubscribe;
  /** PDFs opened outside the page (desktop: the menu's open dialog). */
  onPdfsOpened(listener: (opened: OpenedPdfs) => void): Unsubscribe;

  // ------------------------------------------------------------ never losing work

  /** The session saved last (desktop: session.json in the app's data folder; browser: IndexedDB),
   * text null when there is none; one that could not be read is kept aside and named. */
  loadSession(): Promise<LoadedSession>;
  /** Replaces the saved session. `keep`: SHA-256 of every file in it (the browser edition keeps
   * those PDFs' bytes and forgets the others). */
  saveSession(text: string, keep: readonly string[]): Promise<void>;
  /** "Vorige sessies…": the kept sessions, newest first. */
  sessionHistory(): Promise<SavedSessionInfo[]>;
  /** A kept session's text; null when it is gone. */
  readKeptSession(id: string): Promise<string | null>;
  /** A copy of a kept session where the analyst chooses (desktop: save dialog; browser: download). */
  exportKeptSession(id: string): Promise<ExportSessionResult>;
  /** Keeps a PDF's bytes for restoring without asking for the file again (browser edition);
   * the desktop reads files again from their path and keeps nothing. */
  keepPdf(sha256: string, bytes: Uint8Array): Promise<void>;
  /** Looks a saved file up again: desktop at its path, browser among the kept PDFs. */
  findPdf(file: SavedPdfRef): Promise<PdfLookup>;
  /** Asks the user where a file went (desktop: an open dialog for one PDF); null when cancelled.
   * Absent in the browser edition: there the user drops or chooses the PDFs. */
  locatePdf?(name: string): Promise<PdfLookup | null>;
  /** Where a dropped or chosen file is on disk (desktop); undefined when unknown. */
  pathOf(file: File): string | undefined;

  // ------------------------------------------------------------ projects

  /** Writes the project where the user chooses (desktop: save dialog; browser: download). */
  saveProject(request: SaveProjectRequest): Promise<SaveProjectResult>;
  /** Reads a project the user chooses (desktop: open dialog; browser: file chooser). */
  openProject(): Promise<OpenProjectResult>;
}
