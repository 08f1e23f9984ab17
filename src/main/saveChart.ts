// "Grafiek opslaan": the PNG the renderer drew, written where the analyst chooses (saveFile.ts).
// The request was checked before (a PNG of bounded size, shared/ipcRequests.ts); the name is made
// safe again here: main trusts nothing the renderer claims.
import type { SaveChartRequest, SaveChartResult } from '@shared/ipc';
import { CHART_EXTENSION, safeChartName } from '@shared/safeFileName';
import { saveFile, type SaveDependencies } from './saveFile';

export function saveChart(request: SaveChartRequest, dependencies: SaveDependencies): Promise<SaveChartResult> {
  return saveFile(
    safeChartName(request.suggestedName),
    CHART_EXTENSION,
    () => request.png,
    (reason) => `De grafiek kon niet worden opgeslagen: ${reason}`,
    dependencies,
  );
}
