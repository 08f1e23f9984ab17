// Turns fixture truth files (klantprofielen/v1 JSON) into the engine's table model, so check
// and export tests run on real page numbers without reading PDFs.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkTable } from '../../src/engine/checks';
import { DEFAULT_TOTAL_HEADER, SCHEMA, type ExtractedDocument, type ExtractedTable, type ExtractionResult } from '../../src/engine/model';
import { FIXTURES_DIR } from './fixtures';

export interface TruthFlag {
  code: string;
  row?: string;
  column?: number;
}

interface TruthRow {
  name: string;
  counts: number[];
  total: number;
}

export interface TruthTable {
  page: number;
  pages?: number[];
  period: { year: number; quarter: number };
  region: string;
  pageLabel: string;
  rows: TruthRow[];
  totalRow: TruthRow;
  register: { total: number; percentInSonar: number };
  flags: TruthFlag[];
}

export interface TruthFile {
  schema: string;
  documents: { file: string; pageCount: number; tables: TruthTable[] }[];
  variant?: unknown;
}

/** Every truth file with tables, as paths relative to tests/fixtures (bad/ has none). */
export function truthFilesWithTables(): string[] {
  return ['text', 'scans', 'national', 'errors'].flatMap((folder) =>
    readdirSync(join(FIXTURES_DIR, folder))
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => `${folder}/${name}`),
  );
}

export function readTruth(relativePath: string): TruthFile {
  return JSON.parse(readFileSync(join(FIXTURES_DIR, relativePath), 'utf8')) as TruthFile;
}

/** A truth table as the extractor would return it: no header text over the count columns
 * (icons on the page), flags empty until the checks run. */
export function tableFromTruth(truth: TruthTable, source: 'text' | 'ocr' = 'text'): ExtractedTable {
  const table: ExtractedTable = {
    page: truth.page,
    period: { ...truth.period },
    region: truth.region,
    pageLabel: truth.pageLabel,
    headers: ['', '', '', '', DEFAULT_TOTAL_HEADER],
    rows: truth.rows.map((row) => ({ name: row.name, counts: [...row.counts], total: row.total })),
    totalRow: { name: truth.totalRow.name, counts: [...truth.totalRow.counts], total: truth.totalRow.total },
    register: { ...truth.register },
    flags: [],
    source,
  };
  if (truth.pages) table.pages = [...truth.pages];
  return table;
}

/** First table of a truth file. */
export function loadTable(relativePath: string): ExtractedTable {
  const truth = readTruth(relativePath).documents[0]?.tables[0];
  if (!truth) throw new Error(`no table in ${relativePath}`);
  return tableFromTruth(truth);
}

/** The table with its flags computed, as the engine hands it to the writers. */
export function checked(table: ExtractedTable): ExtractedTable {
  return { ...table, flags: checkTable(table) };
}

/** A whole truth file as an extraction result, with the checks run on every table. */
export function documentFromTruth(relativePath: string, source: 'text' | 'ocr' = 'text'): ExtractedDocument {
  const document = readTruth(relativePath).documents[0];
  if (!document) throw new Error(`no document in ${relativePath}`);
  return {
    file: document.file,
    pageCount: document.pageCount,
    tables: document.tables.map((table) => checked(tableFromTruth(table, source))),
    warnings: [],
  };
}

export function resultOf(...documents: ExtractedDocument[]): ExtractionResult {
  return { schema: SCHEMA, documents };
}

/** An engine table on exactly the fields a truth file has (klantprofielen/v1), so provenance
 * and extras do not matter; `keepFlag` picks the flags compared (all by default). */
export function truthShape(t: ExtractedTable, keepFlag: (flag: ExtractedTable['flags'][number]) => boolean = () => true): unknown {
  return {
    page: t.page,
    ...(t.pages ? { pages: t.pages } : {}),
    period: t.period,
    region: t.region,
    pageLabel: t.pageLabel,
    rows: t.rows.map((r) => ({ name: r.name, counts: r.counts, total: r.total })),
    totalRow: t.totalRow && { name: t.totalRow.name, counts: t.totalRow.counts, total: t.totalRow.total },
    register: t.register && { total: t.register.total, percentInSonar: t.register.percentInSonar },
    flags: t.flags.filter(keepFlag).map((f) => ({
      code: f.code,
      ...(f.row !== undefined && f.code !== 'column-total-mismatch' ? { row: f.row } : {}),
      ...(f.column !== undefined && f.code === 'column-total-mismatch' ? { column: f.column } : {}),
    })),
  };
}
