// Saving the workbook: the bytes are built with the engine on a worker thread (seconds of SheetJS
// for a large result must not freeze main and with it every window), once the analyst has chosen
// where (saveFile.ts).
import type { SaveWorkbookRequest, SaveWorkbookResult } from '@shared/ipc';
import { buildWorkbookInWorker } from '../node/workbookThread';
import { safeWorkbookName, WORKBOOK_EXTENSION } from '@shared/safeFileName';
import { saveFile, type SaveDependencies } from './saveFile';

export function saveWorkbook(request: SaveWorkbookRequest, dependencies: SaveDependencies): Promise<SaveWorkbookResult> {
  return saveFile(
    safeWorkbookName(request.suggestedName),
    WORKBOOK_EXTENSION,
    () => buildWorkbookInWorker(request.result),
    (reason) => `De Excel-werkmap kon niet worden gemaakt: ${reason}`,
    dependencies,
  );
}
