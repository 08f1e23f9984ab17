// What main answers on each invoke channel. Sender checks and request parsing live in
// handle(); the work is done by plain modules (extract jobs, save flow, outbox).
import { app, BrowserWindow } from 'electron';
import { chooseOnePdf, chooseProjectPath, chooseProjectSavePath, chooseWorkbookPath } from './dialogs';
import type { ExtractJobs } from './extractJobs';
import type { KnownPdfPaths } from './knownPdfPaths';
import { handle, send } from './ipc';
import type { OpenedFilesOutbox } from './openedFilesOutbox';
import { createSavedWorkAccess } from './savedWorkAccess';
import { saveProject } from './projectFiles';
import {
  parseCancelExtractRequest,
  parseExtractRequest,
  parseLocatePdfRequest,
  parseNothing,
  parseReadPdfPathRequest,
  parseSaveProjectRequest,
  parseSaveSessionRequest,
  parseSaveWorkbookRequest,
} from './requests';
import { saveWorkbook } from './saveWorkbook';
import type { SessionStorage } from './sessionStorage';

export interface HandlerDependencies {
  jobs: ExtractJobs;
  outbox: OpenedFilesOutbox;
  sessions: SessionStorage;
  /** What 'pdf:read-path' may read; filled from the session, projects and located files here,
   * and from opened files where they are read (index.ts). */
  knownPaths: KnownPdfPaths;
}

export function registerIpcHandlers({ jobs, outbox, sessions, knownPaths }: HandlerDependencies): void {
  handle('app:version', parseNothing, () => app.getVersion());

  // Parsing runs on the pool's worker threads, never on main's event loop.
  handle('pdf:extract', parseExtractRequest, (request, { sender }) =>
    jobs.run(sender.id, request, (progress) => send(sender, 'pdf:progress', progress)),
  );

  handle('pdf:cancel', parseCancelExtractRequest, ({ jobId }, { sender }) => jobs.cancel(sender.id, jobId));

  handle('workbook:save', parseSaveWorkbookRequest, (request, { sender }) =>
    saveWorkbook(request, {
      chooseTarget: (fileName) => chooseWorkbookPath(BrowserWindow.fromWebContents(sender), fileName),
    }),
  );

  handle('files:ready', parseNothing, (_request, { sender }) => outbox.ready(sender.id));

  const savedWork = createSavedWorkAccess(sessions, knownPaths);
  handle('session:load', parseNothing, () => savedWork.loadSession());
  handle('session:save', parseSaveSessionRequest, ({ text }) => sessions.save(text));

  handle('project:save', parseSaveProjectRequest, (request, { sender }) =>
    saveProject(request, { chooseSaveTarget: (fileName) => chooseProjectSavePath(BrowserWindow.fromWebContents(sender), fileName) }),
  );
  handle('project:open', parseNothing, (_request, { sender }) =>
    savedWork.openProject(() => chooseProjectPath(BrowserWindow.fromWebContents(sender))),
  );

  handle('pdf:read-path', parseReadPdfPathRequest, ({ path }) => savedWork.readPath(path));
  handle('pdf:locate', parseLocatePdfRequest, ({ name }, { sender }) =>
    savedWork.locate(() => chooseOnePdf(BrowserWindow.fromWebContents(sender), name)),
  );
}
