// The browser edition's Backend: the engine runs in Web Workers of this page, files are read
// from memory and never leave the machine, and saving is a download. There is no menu.
import { version } from '../../../package.json';
import type { Unsubscribe } from '@shared/ipc';
import type { Backend } from './types';
import { buildWorkbookInWorker } from './web/buildWorkbook';
import { safeChartName, safeWorkbookName } from '@shared/safeFileName';
import { downloadBlob, downloadWorkbook } from './web/download';
import { ocrAssetUrls } from './web/ocrAssets';
import { engineVersionOfBuild, openReadCacheDb } from './web/readCacheDb';
import { createWebPersistence } from './web/webPersistence';
import { standardFontsUrl } from './web/standardFonts';
import { createWorkerPool } from './web/workerPool';

const noSubscription = (): Unsubscribe => () => {};

function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 2_000 });
  else setTimeout(work, 500);
}

export function createWebBackend(): Backend {
  const engineVersion = engineVersionOfBuild(import.meta.url);
  const pool = createWorkerPool({
    size: navigator.hardwareConcurrency || 2,
    startWorker: () => new Worker(new URL('./web/engineWorker.ts', import.meta.url), { type: 'module' }),
    // Files read before (same bytes, OCR mode and engine) come from this origin's IndexedDB.
    ...(engineVersion ? { readCache: openReadCacheDb(engineVersion) } : {}),
    standardFontDataUrl: standardFontsUrl(),
    // Scanned pages are read by tesseract.js in the same workers, from files on this origin.
    ocrAssets: ocrAssetUrls(),
  });
  // Once the page itself has loaded, so the workers' start-up does not delay the first paint.
  whenIdle(() => pool.warmUp());

  return {
    extract: (file, options) => pool.extract(file, options),
    async saveWorkbook(request) {
      const name = safeWorkbookName(request.suggestedName);
      try {
        downloadWorkbook(await buildWorkbookInWorker(request.result), name);
        return { saved: true, path: name };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return { saved: false, error: `De werkmap kon niet worden gemaakt: ${reason}` };
      }
    },
    async saveChart(request) {
      const name = safeChartName(request.suggestedName);
      downloadBlob(new Blob([request.png as Uint8Array<ArrayBuffer>], { type: 'image/png' }), name);
      return { saved: true, path: name };
    },
    appVersion: async () => version,
    onMenuCommand: noSubscription,
    onPdfsOpened: noSubscription,
    // Session and PDFs in IndexedDB, projects as downloads and through the file chooser.
    ...createWebPersistence(),
  };
}
