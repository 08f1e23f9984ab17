// What main answers on each invoke channel. Sender checks and request parsing live in
// handle(); the work is done by plain modules (extract jobs, save flow, outbox).
import { app, BrowserWindow } from 'electron';
import { chooseWorkbookPath } from './dialogs';
import type { ExtractJobs } from './extractJobs';
import { handle, send } from './ipc';
import type { OpenedFilesOutbox } from './openedFilesOutbox';
import { parseCancelExtractRequest, parseExtractRequest, parseNothing, parseSaveWorkbookRequest } from './requests';
import { saveWorkbook } from './saveWorkbook';

export interface HandlerDependencies {
  jobs: ExtractJobs;
  outbox: OpenedFilesOutbox;
}

export function registerIpcHandlers({ jobs, outbox }: HandlerDependencies): void {
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
}
