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

/** A save dialog offering `fileName` in `folder`, one filter, asking before replacing a file;
 * the chosen path, or undefined when cancelled. */
async function chooseSavePath(
  window: BrowserWindow | null,
  title: string,
  folder: string,
  fileName: string,
  filter: Electron.FileFilter,
): Promise<string | undefined> {
  const options: Electron.SaveDialogOptions = {
    title,
    defaultPath: path.join(folder, fileName),
    filters: [filter],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  return choice.canceled || !choice.filePath ? undefined : choice.filePath;
}

/** An open dialog for one file; its path, or undefined when cancelled. */
async function chooseOpenPath(window: BrowserWindow | null, options: Electron.OpenDialogOptions): Promise<string | undefined> {
  const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const [file] = choice.filePaths;
  return choice.canceled || !file ? undefined : file;
}

/** Where the last workbook went in this session: the next save starts there. */
let lastSaveFolder: string | undefined;

/** Asks where to save `fileName`; undefined when the user cancels. */
export async function chooseWorkbookPath(window: BrowserWindow | null, fileName: string): Promise<string | undefined> {
  const folder = lastSaveFolder ?? app.getPath('documents');
  const chosen = await chooseSavePath(window, 'Opslaan als Excel', folder, fileName, { name: 'Excel-werkmap', extensions: ['xlsx'] });
  if (chosen) lastSaveFolder = path.dirname(chosen);
  return chosen;
}

/** Asks where to save the chart `fileName`; undefined when the user cancels. Starts where the last
 * workbook went: a chart usually goes with it into a report. */
export function chooseChartPath(window: BrowserWindow | null, fileName: string): Promise<string | undefined> {
  return chooseSavePath(window, 'Grafiek opslaan', lastSaveFolder ?? app.getPath('documents'), fileName, { name: 'PNG-afbeelding', extensions: ['png'] });
}

/** Where the last project was saved or opened from in this session: the next dialog starts there. */
let lastProjectFolder: string | undefined;

/** Asks where to save the project `fileName`; undefined when the user cancels. */
export async function chooseProjectSavePath(window: BrowserWindow | null, fileName: string): Promise<string | undefined> {
  const folder = lastProjectFolder ?? lastSaveFolder ?? app.getPath('documents');
  const chosen = await chooseSavePath(window, 'Project opslaan', folder, fileName, { name: 'Klantprofielen-project', extensions: ['json'] });
  if (chosen) lastProjectFolder = path.dirname(chosen);
  return chosen;
}

/** Asks where to export a kept session `fileName`; undefined when the user cancels. */
export function chooseSessionExportPath(window: BrowserWindow | null, fileName: string): Promise<string | undefined> {
  return chooseSavePath(window, 'Sessie exporteren', app.getPath('documents'), fileName, { name: 'Klantprofielen-sessie', extensions: ['json'] });
}

/** Asks for a project file to open; undefined when the user cancels. */
export async function chooseProjectPath(window: BrowserWindow | null): Promise<string | undefined> {
  const file = await chooseOpenPath(window, {
    title: 'Project openen',
    properties: ['openFile'],
    ...(lastProjectFolder ? { defaultPath: lastProjectFolder } : {}),
    filters: [{ name: 'Klantprofielen-project', extensions: ['json'] }],
  });
  if (file) lastProjectFolder = path.dirname(file);
  return file;
}

/** "Where is x.pdf?": one PDF, for a file of a project or session that moved. */
export function chooseOnePdf(window: BrowserWindow | null, name: string): Promise<string | undefined> {
  return chooseOpenPath(window, { title: `Waar staat '${name}'?`, properties: ['openFile'], filters: [{ name: "PDF's", extensions: ['pdf'] }] });
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
