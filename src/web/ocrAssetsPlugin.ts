// Copies tesseract.js's worker script, its LSTM WebAssembly cores and the English language data
// into the browser build, so OCR in the browser edition loads everything from the app's own
// origin (the CSP allows nothing else, and a scan must never leave the machine). Licences go
// along with the files.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';
import { OCR_ASSET_FILES, OCR_ASSETS_PATH } from '../shared/ocrAssets';

const requireHere = createRequire(import.meta.url);

function packageDir(name: string): string {
  return path.dirname(requireHere.resolve(`${name}/package.json`));
}

/** [file in the build (under OCR_ASSETS_PATH), file on disk]. */
export function ocrAssetSources(): [string, string][] {
  const tesseract = packageDir('tesseract.js');
  // tesseract.js-core as tesseract.js itself resolves it.
  const core = path.dirname(createRequire(path.join(tesseract, 'package.json')).resolve('tesseract.js-core/package.json'));
  const eng = packageDir('@tesseract.js-data/eng');
  return [
    [OCR_ASSET_FILES.worker, path.join(tesseract, 'dist', OCR_ASSET_FILES.worker)],
    ['LICENSE-tesseract.js.txt', path.join(tesseract, 'LICENSE.md')],
    ...OCR_ASSET_FILES.cores.map((name): [string, string] => [`${OCR_ASSET_FILES.coreDir}${name}`, path.join(core, name)]),
    [`${OCR_ASSET_FILES.coreDir}LICENSE.txt`, path.join(core, 'LICENSE')],
    [`${OCR_ASSET_FILES.langDir}${OCR_ASSET_FILES.language}`, path.join(eng, '4.0.0_best_int', OCR_ASSET_FILES.language)],
  ];
}

/** The language package ships no licence file; its terms, stated with the data. */
const LANGUAGE_NOTICE = `${OCR_ASSET_FILES.language}: @tesseract.js-data/eng 1.0.0, folder 4.0.0_best_int
(MIT licence, https://github.com/naptha/tessdata), an integer version of the Tesseract OCR project's
tessdata_best (Apache License 2.0, https://github.com/tesseract-ocr/tessdata_best).
`;

export function ocrAssetsPlugin(): Plugin {
  return {
    name: 'klantprofielen:tesseract-assets',
    apply: 'build',
    async generateBundle() {
      for (const [fileName, source] of ocrAssetSources()) {
        this.emitFile({ type: 'asset', fileName: `${OCR_ASSETS_PATH}${fileName}`, source: await readFile(source) });
      }
      this.emitFile({ type: 'asset', fileName: `${OCR_ASSETS_PATH}${OCR_ASSET_FILES.langDir}NOTICE.txt`, source: LANGUAGE_NOTICE });
    },
  };
}
