// The scanned fixtures through the real OCR engine (tesseract.js, offline): each file is read
// once and shared by the assertions (a page takes a few seconds).
//
// What must hold: the raw OCR result lets no wrong value pass silently (every value that
// differs from the truth has a flag on its cell, row or column), and after the suggested
// fixes the tables equal their truth.
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument, type ExtractedDocument, type ExtractedTable } from '../../src/engine';
import { checkTable } from '../../src/engine/checks';
import type { OcrPageProgress } from '../../src/engine/ocr/ocrEngine';
import { createNodeOcrEngine, type NodeOcrEngine } from '../../src/node/ocrNode';
import { loadPdfjs, standardFontDataPath } from '../../src/node/pdfjsNode';
import { fixturePdfs, readTruth, type TruthTable } from '../helpers/fixtures';
import { scoreTable, withSuggestionsApplied } from '../helpers/ocrScore';

// Generous: tesseract.js shares the machine with the rest of the suite.
const SLOW = 180_000;

let engine: NodeOcrEngine;
async function extractWithOcr(bytes: Uint8Array, name: string, onPage?: (p: OcrPageProgress) => void): Promise<ExtractedDocument> {
  return extractDocument(bytes, name, await loadPdfjs(), {
    standardFontDataUrl: standardFontDataPath(),
    ocr: { engine, mode: 'auto', ...(onPage ? { onPage } : {}) },
  });
}

beforeAll(() => {
  engine = createNodeOcrEngine();
});
afterAll(async () => {
  await engine.terminate();
});

const scans = fixturePdfs('scans');

/** The truth's fields of a table, for comparison. */
function comparable(table: ExtractedTable) {
  return {
    page: table.page,
    period: table.period,
    region: table.region,
    pageLabel: table.pageLabel,
    rows: table.rows.map((r) => ({ name: r.name, counts: r.counts, total: r.total })),
    totalRow: table.totalRow && { name: table.totalRow.name, counts: table.totalRow.counts, total: table.totalRow.total },
    register: table.register && { total: table.register.total, percentInSonar: table.register.percentInSonar },
  };
}

function withoutFlags(truth: TruthTable) {
  const { flags: _flags, ...rest } = truth;
  return rest;
}

describe.each(scans.map((s) => [path.basename(s.pdf), s] as const))('scan %s', (_name, scan) => {
  const truth = readTruth(scan.truthPath).documents[0]!;
  let doc: ExtractedDocument;
  const progress: OcrPageProgress[] = [];

  beforeAll(async () => {
    doc = await extractWithOcr(new Uint8Array(fs.readFileSync(scan.pdf)), path.basename(scan.pdf), (p) => progress.push(p));
  }, SLOW);

  it('is read by OCR, page by page with progress', () => {
    expect(doc.error).toBeUndefined();
    expect(doc.pageCount).toBe(truth.pageCount);
    expect(doc.ocrPages).toEqual([1]);
    expect(doc.textPages).toEqual([]);
    expect(doc.warnings).toEqual([]);
    expect(progress).toEqual([
      { page: 1, pageCount: 1, state: 'recognizing' },
      { page: 1, pageCount: 1, state: 'done' },
    ]);
    expect(doc.tables.map((t) => t.source)).toEqual(['ocr']);
  });

  it('lets no wrong value pass without a flag, and reads nearly all of them right', () => {
    const score = scoreTable(doc.tables[0], truth.tables[0]!);
    expect(score.unflagged).toEqual([]);
    // The bench reports the exact share; here: at most one value per 100 not right.
    expect(score.right / score.values).toBeGreaterThanOrEqual(0.99);
  });

  it('gives every value its OCR text, box on the page and confidence', () => {
    const table = doc.tables[0]!;
    for (const row of [...table.rows, table.totalRow!]) {
      for (const source of row.sources ?? []) {
        expect(source).not.toBeNull();
        expect(source!.text.trim()).not.toBe('');
        expect(source!.confidence).toBeGreaterThanOrEqual(0);
        expect(source!.confidence).toBeLessThanOrEqual(100);
        expect(source!.box.x0).toBeGreaterThanOrEqual(0);
        expect(source!.box.x1).toBeLessThanOrEqual(595.3);
        expect(source!.box.y1).toBeLessThanOrEqual(841.9);
      }
    }
    expect(table.register?.source?.confidence).toBeGreaterThan(0);
  });

  it('reproduces its truth after at most the suggested fixes', () => {
    const fixed = doc.tables.map(withSuggestionsApplied);
    expect(fixed.map(comparable)).toEqual(truth.tables.map(withoutFlags));
    // With the fixes applied, the open flags are the truth's (none for a clean scan).
    for (const [i, table] of fixed.entries()) {
      const open = checkTable(table)
        .filter((f) => !f.severity)
        .map((f) => f.code);
      expect(open).toEqual(truth.tables[i]!.flags.map((f) => f.code));
    }
  });
});

describe('a table continued on a second scanned page', () => {
  let doc: ExtractedDocument;
  const twente = scans.find((s) => s.pdf.includes('twente'))!;

  beforeAll(async () => {
    // Cut the Twente scan between Losser and Oldenzaal (272 pt from the top, a clean gap in
    // the scan) into two pages: title and the first ten rows; the rest with TOTAAL AMR.
    const cut = 272;
    const out = await PDFDocument.create();
    const [scan] = await out.embedPdf(new Uint8Array(fs.readFileSync(twente.pdf)), [0]);
    const height = scan!.height;
    out.addPage([scan!.width, cut]).drawPage(scan!, { x: 0, y: cut - height });
    out.addPage([scan!.width, height - cut]).drawPage(scan!, { x: 0, y: 0 });
    doc = await extractWithOcr(await out.save(), 'twente_twee_paginas.pdf');
  }, SLOW);

  it('becomes one table over both pages', () => {
    const truth = readTruth(twente.truthPath).documents[0]!.tables[0]!;
    expect(doc.error).toBeUndefined();
    expect(doc.ocrPages).toEqual([1, 2]);
    expect(doc.tables).toHaveLength(1);
    const table = doc.tables[0]!;
    expect(table.pages).toEqual([1, 2]);
    expect(table.region).toBe('Twente');
    expect(table.rows.map((r) => r.name)).toEqual(truth.rows.map((r) => r.name));
    expect(table.rows[10]!.sources?.[1]?.page).toBe(2);
    const score = scoreTable(table, truth);
    expect(score.unflagged).toEqual([]);
    expect(score.right / score.values).toBeGreaterThanOrEqual(0.99);
  });
});
