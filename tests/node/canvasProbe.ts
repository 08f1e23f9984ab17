// Child process for canvasOnDemand.test.ts: reads PDFs with the Node host's pdf.js and reports,
// after each, whether @napi-rs/canvas's native library is loaded in this process. Prints one JSON
// line per file: { file, tables, regions, nativeCanvas }.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractDocument } from '../../src/engine/index';
import { createNodeOcrEngine } from '../../src/node/ocrNode';
import { loadPdfjs, standardFontDataPath } from '../../src/node/pdfjsNode';

/** Shared libraries of this process, as Node's diagnostic report lists them. */
function nativeCanvasLoaded(): boolean {
  const report = process.report.getReport() as { sharedObjects?: string[] };
  return (report.sharedObjects ?? []).some((file) => /napi-rs[\\/+]canvas|skia/i.test(file));
}

async function main(): Promise<void> {
  const engine = createNodeOcrEngine();
  try {
    for (const file of process.argv.slice(2)) {
      const doc = await extractDocument(new Uint8Array(readFileSync(file)), path.basename(file), await loadPdfjs(), {
        standardFontDataUrl: standardFontDataPath(),
        ocr: { engine, mode: 'auto' },
      });
      const line = {
        file: path.basename(file),
        tables: doc.tables.length,
        regions: doc.tables.map((t) => t.region),
        nativeCanvas: nativeCanvasLoaded(),
      };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
  } finally {
    await engine.terminate();
  }
}

void main();
