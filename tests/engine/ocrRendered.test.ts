// Pages with no usable text and no scan image are drawn by pdf.js and read by OCR (real
// tesseract.js, real PDFs): a text fixture whose text ghostscript turned into outlines, and a
// page whose fonts map every character to another one. The values must be the fixture's truth
// (or flagged); with OCR off such a page gets the needs-ocr error.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument, type ExtractedDocument } from '../../src/engine';
import { createNodeOcrEngine, type NodeOcrEngine } from '../../src/node/ocrNode';
import { loadPdfjs, standardFontDataPath } from '../../src/node/pdfjsNode';
import { buildPdf, helvetica, sampleTable, tableTexts } from '../helpers/buildPdf';
import { FIXTURES_DIR, readTruth } from '../helpers/fixtures';
import { withScrambledTextLayer } from '../helpers/garbledPdf';
import { scoreTable } from '../helpers/ocrScore';

const SLOW = 180_000;
const SEED = 'text/p1_2020q2_rijk-van-nijmegen_seed';

let engine: NodeOcrEngine;
beforeAll(async () => {
  engine = createNodeOcrEngine();
});
afterAll(async () => {
  await engine.terminate();
});

async function extract(bytes: Uint8Array, name: string, ocr = true): Promise<ExtractedDocument> {
  return extractDocument(bytes, name, await loadPdfjs(), {
    standardFontDataUrl: standardFontDataPath(),
    ...(ocr ? { ocr: { engine, mode: 'auto' as const } } : {}),
  });
}

/** The seed page with every glyph drawn as a path (ghostscript's -dNoOutputFonts), made by
 * scripts/makeDerivedFixtures.sh and committed, so the test needs no ghostscript. */
async function outlined(): Promise<Uint8Array> {
  return new Uint8Array(await readFile(path.join(DERIVED_DIR, 'outlined_p1_2020q2_rijk-van-nijmegen_seed.pdf')));
}

const DERIVED_DIR = fileURLToPath(new URL('../derived/', import.meta.url));

describe('pages drawn for OCR', () => {
  it(
    'reads a page whose text was turned into outlines: the seed truth, every value right or flagged',
    async () => {
      const bytes = await outlined();
      const withoutOcr = await extract(bytes, 'outlined.pdf', false);
      expect(withoutOcr.error?.code).toBe('needs-ocr');

      const doc = await extract(bytes, 'outlined.pdf');
      expect(doc.error).toBeUndefined();
      expect(doc.ocrPages).toEqual([1]);
      const truth = readTruth(path.join(FIXTURES_DIR, `${SEED}.json`)).documents[0]!.tables[0]!;
      const table = doc.tables[0]!;
      expect(table.source).toBe('ocr');
      expect({ region: table.region, period: table.period, names: table.rows.map((row) => row.name) }).toEqual({
        region: truth.region,
        period: truth.period,
        names: truth.rows.map((row) => row.name),
      });
      const score = scoreTable(table, truth);
      expect(score.unflagged).toEqual([]);
      expect(score.right / score.values).toBeGreaterThanOrEqual(0.97);
    },
    SLOW,
  );

  it(
    'reads a page whose fonts decode to the wrong letters, as drawn',
    async () => {
      const spec = sampleTable();
      const bytes = await withScrambledTextLayer(await buildPdf([{ width: 595, height: 842, texts: tableTexts(spec, await helvetica()) }]));
      expect((await extract(bytes, 'versleuteld.pdf', false)).error?.code).toBe('needs-ocr');

      const doc = await extract(bytes, 'versleuteld.pdf');
      const table = doc.tables[0]!;
      expect(table.source).toBe('ocr');
      expect(table.region).toBe(spec.region);
      expect(table.rows.map((row) => [...row.counts, row.total])).toEqual(spec.rows.map((row) => [...row.counts, row.total]));
      expect([...table.totalRow!.counts, table.totalRow!.total]).toEqual([...spec.totalRow.counts, spec.totalRow.total]);
      expect(table.register).toMatchObject({ total: spec.register.total, percentInSonar: spec.register.percent });
    },
    SLOW,
  );
});
