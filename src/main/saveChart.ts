// "Grafiek opslaan": ask where (the dialog is passed in, so this runs in Node tests), then write
// the PNG the renderer drew atomically. The request was checked before (a PNG of bounded size,
// shared/ipcRequests.ts); the name is made safe again here, main trusts nothing the renderer
// claims. Failures become a Dutch message, never a rejection. No Electron import.
import type { SaveChartRequest, SaveChartResult } from '@shared/ipc';
import { CHART_EXTENSION, safeChartName } from '@shared/safeFileName';
import { writeFileAtomic } from '../node/writeFileAtomic';
import type { SaveDependencies } from './saveWorkbook';
import { saveTarget } from './saveTarget';

export async function saveChart(request: SaveChartRequest, dependencies: SaveDependencies): Promise<SaveChartResult> {
  const { chooseTarget, write = writeFileAtomic } = dependencies;
  const chosen = await chooseTarget(safeChartName(request.suggestedName));
  if (!chosen) return { saved: false };
  const place = await saveTarget(chosen, CHART_EXTENSION);
  if (!place.ok) return { saved: false, error: place.error };
  try {
    await write(place.target, request.png);
  } catch (error) {
    // writeFileAtomic's messages are Dutch and name the file and the likely cause.
    return { saved: false, error: error instanceof Error ? error.message : String(error) };
  }
  return { saved: true, path: place.target };
}
