// The `klantprofielen/v1` JSON: the fixture truth shape, field for field and in the same
// order, plus a few extra fields (headers, source, warnings, sha256, ...). Readers of the
// truth files can read these exports unchanged.
import { SCHEMA, type ExtractedDocument, type ExtractedTable, type ExtractionResult, type Flag, type Register, type SourceRef, type TableRow } from '../model';

export interface JsonOptions {
  /** Keep where each value was read (page, box, printed text). Off by default: it multiplies
   * the file size and analysts rarely need it. */
  includeSources?: boolean;
}

/** Pretty-printed `klantprofielen/v1` JSON of an extraction. */
export function toJson(result: ExtractionResult, options: JsonOptions = {}): string {
  return JSON.stringify(toJsonValue(result, options), null, 2) + '\n';
}

/** The plain object behind {@link toJson}, for hosts that post it on instead of writing it. */
export function toJsonValue(result: ExtractionResult, options: JsonOptions = {}): Record<string, unknown> {
  return {
    schema: SCHEMA,
    documents: result.documents.map((document) => documentJson(document, options)),
  };
}

function documentJson(document: ExtractedDocument, options: JsonOptions): Record<string, unknown> {
  const json: Record<string, unknown> = {
    file: document.file,
    pageCount: document.pageCount,
    // A document that could not be read has no tables, even if a partial read left some behind.
    tables: document.error ? [] : document.tables.map((table) => tableJson(table, options)),
  };
  if (document.error) json.error = { code: document.error.code, message: document.error.message };
  if (document.warnings.length > 0) json.warnings = document.warnings.map((warning) => ({ ...warning }));
  if (document.sha256 !== undefined) json.sha256 = document.sha256;
  if (document.textPages !== undefined) json.textPages = [...document.textPages];
  if (document.ocrPages !== undefined) json.ocrPages = [...document.ocrPages];
  return json;
}

function tableJson(table: ExtractedTable, options: JsonOptions): Record<string, unknown> {
  const json: Record<string, unknown> = { page: table.page };
  if (table.pages !== undefined) json.pages = [...table.pages];
  json.period = table.period ? { year: table.period.year, quarter: table.period.quarter } : null;
  json.region = table.region;
  json.pageLabel = table.pageLabel;
  json.rows = table.rows.map((row) => rowJson(row, options));
  json.totalRow = table.totalRow ? rowJson(table.totalRow, options) : null;
  json.register = table.register ? registerJson(table.register, options) : null;
  json.flags = table.flags.map(flagJson);
  json.headers = [...table.headers];
  json.source = table.source;
  return json;
}

function rowJson(row: TableRow, options: JsonOptions): Record<string, unknown> {
  const json: Record<string, unknown> = { name: row.name, counts: [...row.counts], total: row.total };
  if (options.includeSources && row.sources) json.sources = row.sources.map(sourceJson);
  return json;
}

function registerJson(register: Register, options: JsonOptions): Record<string, unknown> {
  const json: Record<string, unknown> = { total: register.total, percentInSonar: register.percentInSonar };
  if (options.includeSources && register.source !== undefined) json.source = sourceJson(register.source);
  if (options.includeSources && register.percentSource !== undefined) json.percentSource = sourceJson(register.percentSource);
  return json;
}

function sourceJson(source: SourceRef | null): Record<string, unknown> | null {
  if (!source) return null;
  const { x0, y0, x1, y1 } = source.box;
  const json: Record<string, unknown> = { page: source.page, box: { x0, y0, x1, y1 }, text: source.text };
  if (source.confidence !== undefined) json.confidence = source.confidence;
  return json;
}

/** Truth shape: {code, row?, column?}; the message is the extra. rowIndex is left out: it
 * only means something next to the in-memory rows array. */
function flagJson(flag: Flag): Record<string, unknown> {
  const json: Record<string, unknown> = { code: flag.code };
  if (flag.row !== undefined) json.row = flag.row;
  if (flag.column !== undefined) json.column = flag.column;
  if (flag.field !== undefined) json.field = flag.field;
  json.message = flag.message;
  // Offered fixes and the info level travel with the flag: other tools apply or hide them.
  if (flag.suggestion !== undefined) json.suggestion = { ...flag.suggestion };
  if (flag.severity !== undefined) json.severity = flag.severity;
  return json;
}
