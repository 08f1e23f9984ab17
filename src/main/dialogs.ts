// Native file dialogs. Paths are chosen here, in main, by the user: the renderer never names a
// path to read or write.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { OpenedPdfs } from '@shared/ipc';
import { MAX_PDF_BYTES, safeWorkbookName } from './requests';

/** Asks for PDFs and reads them; empty when the user cancels. */
export async function choosePdfs(window: BrowserWindow): Promise<OpenedPdfs> {
  const choice = await dialog.showOpenDialog(window, {
    title: "PDF's openen",
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: "PDF's", extensions: ['pdf'] }],
  });
  const opened: OpenedPdfs = { files: [], errors: [] };
  if (choice.canceled) return opened;
  for (const filePath of choice.filePaths) {
    const name = path.basename(filePath);
    try {
      if ((await stat(filePath)).size > MAX_PDF_BYTES) throw new Error('groter dan 100 MB');
      opened.files.push({ name, bytes: new Uint8Array(await readFile(filePath)) });
    } catch (error) {
      opened.errors.push(`${name}: kon niet worden geopend (${error instanceof Error ? error.message : error}).`);
    }
  }
  return opened;
}

/** Asks where to save the workbook; undefined when the user cancels. */
export async function chooseWorkbookPath(window: BrowserWindow | null, suggestedName: string): Promise<string | undefined> {
  const options: Electron.SaveDialogOptions = {
    title: 'Opslaan als Excel',
    defaultPath: path.join(app.getPath('documents'), safeWorkbookName(suggestedName)),
    filters: [{ name: 'Excel-werkmap', extensions: ['xlsx'] }],
  };
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return choice.canceled ? undefined : choice.filePath;
}
