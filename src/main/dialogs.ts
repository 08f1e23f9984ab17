// Native dialogs. Paths are chosen here, in main, by the user: the renderer never names a path
// to read or write. Reading the chosen PDFs is pdfBatches.ts's job, saving saveWorkbook.ts's.
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';

export type OpenKind = 'files' | 'folders';

/**
 * Asks for PDFs ('files') or folders to search ('folders'); empty when cancelled. Windows and
 * Linux cannot offer files and folders in one dialog (they would show a folder picker only),
 * so the menu has an item for each; the macOS file dialog accepts folders too.
 */
export async function choosePdfPaths(window: BrowserWindow, kind: OpenKind): Promise<string[]> {
  const properties: Electron.OpenDialogOptions['properties'] =
    kind === 'folders'
      ? ['openDirectory', 'multiSelections']
      : ['openFile', 'multiSelections', ...(process.platform === 'darwin' ? (['openDirectory'] as const) : [])];
  const choice = await dialog.showOpenDialog(window, {
    title: kind === 'folders' ? "Mappen met PDF's openen" : "PDF's openen",
    properties,
    ...(kind === 'files' ? { filters: [{ name: "PDF's", extensions: ['pdf'] }] } : {}),
  });
  return choice.canceled ? [] : choice.filePaths;
}

/** Where the last workbook went in this session: the next save starts there. */
let lastSaveFolder: string | undefined;

/** Asks where to save `fileName`; undefined when the user cancels. */
export async function chooseWorkbookPath(window: BrowserWindow | null, fileName: string): Promise<string | undefined> {
  const options: Electron.SaveDialogOptions = {
    title: 'Opslaan als Excel',
    defaultPath: path.join(lastSaveFolder ?? app.getPath('documents'), fileName),
    filters: [{ name: 'Excel-werkmap', extensions: ['xlsx'] }],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return undefined;
  lastSaveFolder = path.dirname(choice.filePath);
  return choice.filePath;
}

/** Where the last project was saved or opened from in this session: the next dialog starts there. */
let lastProjectFolder: string | undefined;

/** Asks where to save the project `fileName`; undefined when the user cancels. */
export async function chooseProjectSavePath(window: BrowserWindow | null, fileName: string): Promise<string | undefined> {
  const options: Electron.SaveDialogOptions = {
    title: 'Project opslaan',
    defaultPath: path.join(lastProjectFolder ?? lastSaveFolder ?? app.getPath('documents'), fileName),
    filters: [{ name: 'Klantprofielen-project', extensions: ['json'] }],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return undefined;
  lastProjectFolder = path.dirname(choice.filePath);
  return choice.filePath;
}

/** Asks for a project file to open; undefined when the user cancels. */
export async function chooseProjectPath(window: BrowserWindow | null): Promise<string | undefined> {
  const options: Electron.OpenDialogOptions = {
    title: 'Project openen',
    properties: ['openFile'],
    ...(lastProjectFolder ? { defaultPath: lastProjectFolder } : {}),
    filters: [{ name: 'Klantprofielen-project', extensions: ['json'] }],
  };
  const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const [file] = choice.filePaths;
  if (choice.canceled || !file) return undefined;
  lastProjectFolder = path.dirname(file);
  return file;
}

/** "Where is x.pdf?": one PDF, for a file of a project or session that moved. */
export async function chooseOnePdf(window: BrowserWindow | null, name: string): Promise<string | undefined> {
  const options: Electron.OpenDialogOptions = {
    title: `Waar staat '${name}'?`,
    properties: ['openFile'],
    filters: [{ name: "PDF's", extensions: ['pdf'] }],
  };
  const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const [file] = choice.filePaths;
  return choice.canceled || !file ? undefined : file;
}

/** The Help menu's "Over Klantprofielen". */
export async function showAbout(window: BrowserWindow | null): Promise<void> {
  const options: Electron.MessageBoxOptions = {
    type: 'info',
    title: 'Over Klantprofielen',
    message: `Klantprofielen ${app.getVersion()}`,
    detail:
      "Leest de PDF's 'Transparantie van klantprofielen' van UWV in als gecontroleerde tabellen " +
      'en bewaart ze als Excel-werkmap. De bestanden blijven op deze computer.',
    buttons: ['OK'],
    noLink: true,
  };
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}
