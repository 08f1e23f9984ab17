// Copies pdf.js's standard fonts into the browser build, so pdf.js fetches them from the
// app's own origin (the CSP allows nothing else and files must never leave the machine).
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

/** Folder of the fonts in the build, relative to index.html (the page passes it to the engine). */
export const STANDARD_FONTS_DIR = 'standard_fonts';

function pdfjsStandardFontsDir(): string {
  const requireHere = createRequire(import.meta.url);
  return path.join(path.dirname(requireHere.resolve('pdfjs-dist/package.json')), 'standard_fonts');
}

export function standardFontsPlugin(): Plugin {
  return {
    name: 'klantprofielen:pdfjs-standard-fonts',
    apply: 'build',
    async generateBundle() {
      const source = pdfjsStandardFontsDir();
      for (const name of await readdir(source)) {
        this.emitFile({ type: 'asset', fileName: `${STANDARD_FONTS_DIR}/${name}`, source: await readFile(path.join(source, name)) });
      }
    },
  };
}
