// What main answers on each invoke channel. Sender checks and request parsing live in
// handle(); the work is done by plain modules (extract jobs, save flow, outbox).
import path from 'node:path';
import { app, BrowserWindow } from 'electron';
import { chooseChartPath, chooseOnePdf, chooseProjectPath, chooseProjectSavePath, chooseSessionExportPath, chooseWorkbookPath } from './dialogs';
import type { ExtractJobs } from './extractJobs';
import type { KnownPdfPaths } from './knownPdfPaths';
import { handle, send } from './ipc';
import type { OpenedFilesOutbox } from './openedFilesOutbox';
import { createSavedWorkAccess } from './savedWorkAccess';
import { saveProject } from './projectFiles';
import { saveChart } from './saveChart';
import { saveWorkbook } from './saveWorkbook';
import type { SessionStorage } from './sessionStorage';

/** Main's own record of what 'pdf:read-path' may read, in the data folder (see knownPdfPaths.ts). */
export const PDF_ACCESS_FILE_NAME = 'pdf-access.json';

export interface HandlerDependencies {
  jobs: ExtractJobs;
  outbox: OpenedFilesOutbox;
  sessions: SessionStorage;
  /** What 'pdf:read-path' may read: located files and accepted projects here, bytes read for
   * the renderer here, opened files where they are read (index.ts); never the session's paths. */
  knownPaths: KnownPdfPaths;
}

export function registerIpcHandlers({ jobs, outbox, sessions, knownPaths }: HandlerDependencies): void {
  handle('app:version', () => app.getVersion());
  // Grants outlive the run (a restart restores the session's PDFs), in main's own file.
  knownPaths
    .keepIn(() => path.join(app.getPath('userData'), PDF_ACCESS_FILE_NAME))
    .catch((error: unknown) => console.error("Toegang tot PDF's kon niet worden gelezen:", error));

  // Parsing runs on the pool's worker threads, never on main's event loop. The bytes' SHA-256
  // lets the renderer read the same file back by path later (a dropped file), nothing else.
  handle('pdf:extract', async (request, { sender }) => {
    const document = await jobs.run(sender.id, request, (progress) => send(sender, 'pdf:progress', progress));
    if (document.sha256 && !document.error) knownPaths.addContent(document.sha256);
    return document;
  });

  handle('pdf:cancel', ({ jobId }, { sender }) => jobs.cancel(sender.id, jobId));

  handle('workbook:save', (request, { sender }) =>
    saveWorkbook(request, {
      chooseTarget: (fileName) => chooseWorkbookPath(BrowserWindow.fromWebContents(sender), fileName),
    }),
  );

  handle('chart:save', (request, { sender }) =>
    saveChart(request, { chooseTarget: (fileName) => chooseChartPath(BrowserWindow.fromWebContents(sender), fileName) }),
  );

  handle('files:ready', (_request, { sender }) => outbox.ready(sender.id));

  const savedWork = createSavedWorkAccess(sessions, knownPaths);
  handle('session:load', () => savedWork.loadSession());
  handle('session:save', ({ text }) => sessions.save(text));
  handle('session:history', () => sessions.history());
  handle('session:read-kept', ({ id }) => sessions.readKept(id));
  handle('session:export-kept', ({ id }, { sender }) =>
    sessions.exportKept(id, (fileName) => chooseSessionExportPath(BrowserWindow.fromWebContents(sender), fileName)),
  );

  handle('project:save', (request, { sender }) =>
    saveProject(request, { chooseSaveTarget: (fileName) => chooseProjectSavePath(BrowserWindow.fromWebContents(sender), fileName) }),
  );
  handle('project:open', (_request, { sender }) => savedWork.openProject(() => chooseProjectPath(BrowserWindow.fromWebContents(sender))));

  handle('pdf:read-path', ({ path }) => savedWork.readPath(path));
  handle('pdf:locate', ({ name }, { sender }) => savedWork.locate(() => chooseOnePdf(BrowserWindow.fromWebContents(sender), name)));
}
