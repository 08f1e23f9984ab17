// Saving the workbook: ask where (the dialog is passed in, so this runs in Node tests), build
// the bytes with the engine on a worker thread (seconds of SheetJS for a large result must not
// freeze main and with it every window), write them atomically. Every failure becomes a Dutch message in
// the result instead of a rejection: the renderer keeps its tables and the user can try again
// (close the file in Excel, pick another folder). No Electron import.
import type { SaveWorkbookRequest, SaveWorkbookResult } from '@shared/ipc';
import { buildWorkbookInWorker } from '../node/workbookThread';
import { writeFileAtomic } from '../node/writeFileAtomic';
import { safeWorkbookName, WORKBOOK_EXTENSION } from '@shared/safeFileName';
import { saveTarget } from './saveTarget';

/** Shows the save dialog with `fileName` proposed; the chosen path, or undefined when cancelled. */
export type ChooseSaveTarget = (fileName: string) => Promise<string | undefined>;

export interface SaveDependencies {
  chooseTarget: ChooseSaveTarget;
  /** Default writeFileAtomic. */
  write?: (target: string, bytes: Uint8Array) => Promise<void>;
}

export async function saveWorkbook(request: SaveWorkbookRequest, dependencies: SaveDependencies): Promise<SaveWorkbookResult> {
  const { chooseTarget, write = writeFileAtomic } = dependencies;
  const chosen = await chooseTarget(safeWorkbookName(request.suggestedName));
  if (!chosen) return { saved: false };

  const place = await saveTarget(chosen, WORKBOOK_EXTENSION);
  if (!place.ok) return { saved: false, error: place.error };
  const { target } = place;

  let bytes: Uint8Array;
  try {
    bytes = await buildWorkbookInWorker(request.result);
  } catch (error) {
    return { saved: false, error: `De Excel-werkmap kon niet worden gemaakt: ${message(error)}` };
  }
  try {
    await write(target, bytes);
  } catch (error) {
    // writeFileAtomic's messages are Dutch and name the file and the likely cause.
    return { saved: false, error: message(error) };
  }
  return { saved: true, path: target };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
