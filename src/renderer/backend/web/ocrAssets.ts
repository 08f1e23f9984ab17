// The absolute URLs of the OCR files on the page's own origin (names and folders in
// src/shared/ocrAssets.ts).
import { OCR_ASSET_FILES, OCR_ASSETS_PATH, type OcrAssetUrls } from '@shared/ocrAssets';

/** Absolute URLs (workers resolve relative ones against their own script, not the page). */
export function ocrAssetUrls(base: string = document.baseURI): OcrAssetUrls {
  const root = new URL(OCR_ASSETS_PATH, base);
  return {
    workerPath: new URL(OCR_ASSET_FILES.worker, root).href,
    corePath: new URL(OCR_ASSET_FILES.coreDir, root).href,
    langPath: new URL(OCR_ASSET_FILES.langDir, root).href,
  };
}
