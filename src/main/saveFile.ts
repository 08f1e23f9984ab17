// Saving a file the analyst asked for (workbook, chart): ask where (the dialog is passed in, so
// this runs in Node tests), make the bytes, write them atomically. Every failure becomes a Dutch
// message in the result instead of a rejection: the renderer keeps its work and the analyst can
// try again (close the file in Excel, pick another folder). No Electron import.
import { writeFileAtomic } from '../node/writeFileAtomic';
import { saveTarget } from './saveTarget';

/** Shows the save dialog with `fileName` proposed; the chosen path, or undefined when cancelled. */
export type ChooseSaveTarget = (fileName: string) => Promise<string | undefined>;

export interface SaveDependencies {
  chooseTarget: ChooseSaveTarget;
  /** Default writeFileAtomic. */
  write?: (target: string, bytes: Uint8Array) => Promise<void>;
}

export interface SaveOutcome {
  saved: boolean;
  path?: string;
  /** Dutch, for the status bar. */
  error?: string;
}

/** `fileName` is proposed as it is (already made safe) and `extension` added to a name typed
 * without one; `bytesOf` runs only once a place is chosen, and its failure is told with `failedTo`. */
export async function saveFile(
  fileName: string,
  extension: string,
  bytesOf: () => Uint8Array | Promise<Uint8Array>,
  failedTo: (reason: string) => string,
  dependencies: SaveDependencies,
): Promise<SaveOutcome> {
  const { chooseTarget, write = writeFileAtomic } = dependencies;
  const chosen = await chooseTarget(fileName);
  if (!chosen) return { saved: false };

  const place = await saveTarget(chosen, extension);
  if (!place.ok) return { saved: false, error: place.error };
  const { target } = place;

  let bytes: Uint8Array;
  try {
    bytes = await bytesOf();
  } catch (error) {
    return { saved: false, error: failedTo(message(error)) };
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
