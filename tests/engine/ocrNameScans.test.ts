// Municipality names on the scanned fixtures through the real OCR engine (tesseract.js), at their
// own resolution (300 and 200 dpi) and at 150 dpi (drawn again in Node: tests/helpers/rescan.ts).
// Each scan is recognised once; "what if OCR had misread these names" plays that recognition
// back with words changed (tests/helpers/recordedOcr.ts), so it costs no second recognition.
//
// What must hold, before any correction: every name equals the truth, and no value (name or
// number) is wrong without an open flag.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument, type ExtractedDocument, type ExtractedTable } from '../../src/engine';
import { isOpenFlag } from '../../src/engine/checks';
import type { OcrEngine, OcrWord } from '../../src/engine/ocr/ocrEngine';
import { createNodeOcrEngine, type NodeOcrEngine } from '../../src/node/ocrNode';
import { loadPdfjs, standardFontDataPath } from '../../src/node/pdfjsNode';
import { fixturePdfs, readTruth, type TruthTable } from '../helpers/fixtures';
import { scoreTable } from '../helpers/ocrScore';
import { recordingEngine, replayingEngine, type RecordingOcrEngine } from '../helpers/recordedOcr';
import { rescanPdf } from '../helpers/rescan';

const SLOW = 180_000;

let engine: NodeOcrEngine;
beforeAll(() => {
  engine = createNodeOcrEngine();
});
afterAll(async () => {
  await engine.terminate();
});

async function extractWith(ocr: OcrEngine, bytes: Uint8Array, name: string): Promise<ExtractedDocument> {
  return extractDocument(bytes, name, await loadPdfjs(), { standardFontDataUrl: standardFontDataPath(), ocr: { engine: ocr, mode: 'auto' } });
}

/** Names that differ from the truth and have no open flag on their name cell. */
function unflaggedWrongNames(table: ExtractedTable, truth: TruthTable): string[] {
  return truth.rows.flatMap((row, index) => {
    if (table.rows[index]?.name === row.name) return [];
    const flagged = table.flags.some((flag) => isOpenFlag(flag) && flag.rowIndex === index && flag.field === 'name');
    return flagged ? [] : [`${row.name} gelezen als '${table.rows[index]?.name}'`];
  });
}

/** Numbers that differ from the truth without an open flag (hints do not count). */
function unflaggedWrongValues(table: ExtractedTable, truth: TruthTable) {
  return scoreTable({ ...table, flags: table.flags.filter(isOpenFlag) }, truth).unflagged;
}

/** The scan's words with these name words replaced, and the confidence of the first number right of
 * `doubtful` (a municipality word) set low: OCR's misreadings, on the real page's words. */
function misreading(replace: Record<string, string>, doubtful: string) {
  return (words: OcrWord[]): OcrWord[] => {
    const anchor = words.find((word) => word.text === doubtful);
    const onAnchorLine = (word: OcrWord) =>
      anchor !== undefined &&
      word.bbox.x0 > anchor.bbox.x1 &&
      (word.bbox.y0 + word.bbox.y1) / 2 > anchor.bbox.y0 &&
      (word.bbox.y0 + word.bbox.y1) / 2 < anchor.bbox.y1;
    const firstNumber = words.find((word) => onAnchorLine(word) && /^\d/.test(word.text));
    return words.map((word) => {
      const text = replace[word.text] ?? word.text;
      return { ...word, text, ...(word === firstNumber ? { confidence: 40 } : {}) };
    });
  };
}

const scans = fixturePdfs('scans');
const variants = scans.flatMap((scan) => {
  const dpi = Number(/_(\d+)dpi_/.exec(scan.pdf)?.[1]);
  return [
    { label: `${path.basename(scan.pdf)} (${dpi} dpi)`, scan, dpi },
    { label: `${path.basename(scan.pdf)} (150 dpi)`, scan, dpi: 150 },
  ];
});

/** Per scan: the words to misread, the row whose numbers are made doubtful, and what must come out. */
const misreadings: Record<string, { replace: Record<string, string>; doubtful: string; read: string[]; kept: [string, string] }> = {
  'p4_300dpi_2020q3_twente.pdf': {
    replace: { Hengelo: 'Hengeio', Oldenzaal: 'Qldenzaal', Tubbergen: 'Tubbcrgen', Losser: 'Lossor' },
    doubtful: 'Losser',
    read: ['Hengelo', 'Oldenzaal', 'Tubbergen'],
    kept: ['Lossor', 'Losser'],
  },
  'p4_200dpi_2017q4_noord-holland-noord.pdf': {
    replace: { Heiloo: 'HeiIoo', Uitgeest: 'Uitgecst', Opmeer: '0pmeer', Texel: 'Texcl' },
    doubtful: 'Texel',
    read: ['Heiloo', 'Uitgeest', 'Opmeer'],
    kept: ['Texcl', 'Texel'],
  },
};

describe.each(variants.map((v) => [v.label, v] as const))('names on %s', (_label, variant) => {
  const truth = readTruth(variant.scan.truthPath).documents[0]!.tables[0]!;
  let recorded: RecordingOcrEngine;
  let bytes: Uint8Array;
  let doc: ExtractedDocument;

  beforeAll(async () => {
    const native = new Uint8Array(fs.readFileSync(variant.scan.pdf));
    bytes = variant.dpi === 150 ? await rescanPdf(native, 150) : native;
    recorded = recordingEngine(engine);
    doc = await extractWith(recorded, bytes, path.basename(variant.scan.pdf));
  }, SLOW);

  it('reads every name as the truth, before any correction, and no value wrong without an open flag', () => {
    const table = doc.tables[0]!;
    expect(doc.error).toBeUndefined();
    expect(table.rows.map((row) => row.name)).toEqual(truth.rows.map((row) => row.name));
    expect(unflaggedWrongNames(table, truth)).toEqual([]);
    expect(unflaggedWrongValues(table, truth)).toEqual([]);
    // A name taken from the region says what OCR read; the others were read as printed.
    for (const flag of table.flags.filter((f) => f.code === 'ocr-name-read')) {
      expect(table.rows[flag.rowIndex!]!.sources?.[0]?.text).not.toBe(table.rows[flag.rowIndex!]!.name);
    }
  });

  it("takes misread names as the region's official ones, and keeps the flag where the row's numbers are doubtful", async () => {
    const plan = misreadings[path.basename(variant.scan.pdf)]!;
    const misread = await extractWith(replayingEngine(recorded, engine, misreading(plan.replace, plan.doubtful)), bytes, 'misread.pdf');
    const table = misread.tables[0]!;
    const [keptAs, truthName] = plan.kept;
    expect(table.rows.map((row) => row.name)).toEqual(truth.rows.map((row) => (row.name === truthName ? keptAs : row.name)));
    for (const name of plan.read) {
      const index = table.rows.findIndex((row) => row.name === name);
      const ocrText = Object.entries(plan.replace).find(([printed]) => printed === name)![1];
      expect(table.rows[index]!.sources?.[0]?.text).toBe(ocrText);
      expect(table.flags.filter((flag) => flag.rowIndex === index && flag.field === 'name')).toEqual([
        expect.objectContaining({ code: 'ocr-name-read', severity: 'info', message: expect.stringContaining(`las '${ocrText}'`) }),
      ]);
    }
    const kept = table.rows.findIndex((row) => row.name === keptAs);
    expect(table.flags.find((flag) => flag.rowIndex === kept && flag.code === 'unknown-municipality')).toMatchObject({
      suggestion: { column: 'name', value: truthName },
    });
    expect(table.flags.filter((flag) => flag.rowIndex === kept && flag.field === 'name').every(isOpenFlag)).toBe(true);
    expect(unflaggedWrongNames(table, truth)).toEqual([]);
    expect(unflaggedWrongValues(table, truth)).toEqual([]);
  });
});
