// What main answers on each invoke channel. Sender checks and request parsing live in
// handle(); the dialogs and the worker pool do the real work.
import { app, BrowserWindow } from 'electron';
import { workbookBytes } from '@engine/export/workbook';
import type { ExtractPool } from '../node/extractPool';
import { writeFileAtomic } from '../node/writeFileAtomic';
import { chooseWorkbookPath } from './dialogs';
import { handle } from './ipc';
import { parseNothing, parsePdfFile, parseSaveWorkbookRequest } from './requests';

export function registerIpcHandlers(pool: ExtractPool): void {
  handle('app:version', parseNothing, () => app.getVersion());

  // Parsing runs on the pool's worker threads, never on main's event loop.
  handle('pdf:extract', parsePdfFile, (file) => pool.extract(file));

  handle('workbook:save', parseSaveWorkbookRequest, async ({ result, suggestedName }, event) => {
    const target = await chooseWorkbookPath(BrowserWindow.fromWebContents(event.sender), suggestedName);
    if (!target) return { saved: false };
    try {
      await writeFileAtomic(target, workbookBytes(result));
      return { saved: true, path: target };
    } catch (error) {
      return { saved: false, error: error instanceof Error ? error.message : String(error) };
    }
  });
}
