// The Excel workbook an analyst opens: municipalities (one row each, ready to sum or pivot),
// one row per region with TOTAAL AMR and the register, the quarters side by side (Tijdreeks),
// every check, and the source files.
// Reads the model as it is, flags included: the checks ran before (engine or grid edit).
// A result saved from the app also lists the analyst's edits ("Correcties") and the flags the
// analyst accepted as true to the source (status "geaccepteerd" with the note). Hints (severity
// 'info') are listed in Controles with status "opmerking" (the app's word for them) but never
// reported as problems.
import * as XLSX from 'xlsx';
import { computedPercentInSonar, flagLabels, isAcceptedFlag, isHintFlag, isOpenFlag, numberAt } from '../checks';
import {
  COUNT_COLUMNS,
  REGISTER_ROW_NAME,
  TOTAL_COLUMN,
  TOTAL_ROW_NAME,
  type ExtractedDocument,
  type ExtractedTable,
  type ExtractionResult,
  type Flag,
  type Period,
  type TableRow,
} from '../model';
import { buildTrends, quarterLabel, quarterSpan, type RowColumns, type TrendPlace, type TrendPoint } from '../series/trends';
import { correctionsSheet } from './correctionsSheet';
import { addFilterNames } from './filterNames';
import { longFormatRows, type LongRow } from './longFormat';
import { addPrintSetup } from './printSetup';
import { buildSheet, COUNT_FORMAT, WHOLE_FORMAT, type SheetCell, type SheetColumn } from './sheet';

export const sheetNames = {
  municipalities: 'Gemeenten',
  regions: "Regio's",
  longFormat: 'Lang formaat',
  timeSeries: 'Tijdreeks',
  checks: 'Controles',
  sources: 'Bronnen',
} as const;

/** The Status column of Controles, in the app's words (docs/glossary.md). */
export const checkStatus = {
  open: 'open',
  accepted: 'geaccepteerd',
  hint: 'opmerking',
  error: 'fout',
  warning: 'waarschuwing',
} as const;

/** Present only when the result has `corrections` (saved from the app), before "Bronnen". */
export const correctionsSheetName = 'Correcties';

export interface WorkbookOptions {
  /** Author shown on cell notes and in the file properties. */
  author?: string;
  /** IANA time zone of the times in Correcties; default: the zone of the machine writing. */
  timeZone?: string;
}

const DEFAULT_AUTHOR = 'Klantprofielen';
const PERCENT_FORMAT = '0';
const PERCENT_DECIMAL_FORMAT = '0.0';
const OK = 'OK';
/** Tijdreeks' name of the percentage row, as the register sentence words it. */
const PERCENT_IN_SONAR_NAME = '% bekend binnen Sonar';
/** The total column's name in every sheet (the page prints a long header over it). */
const TOTAL_HEADER = 'Totaal';
/** Soort of the Controles rows that are no flag: a file not read, a warning while reading. */
const DOCUMENT_ERROR_KIND = 'Bestand niet ingelezen';
const DOCUMENT_WARNING_KIND = 'Waarschuwing bij inlezen';

/** Builds the workbook with the sheets in {@link sheetNames}. */
export function buildWorkbook(result: ExtractionResult, options: WorkbookOptions = {}): XLSX.WorkBook {
  const author = options.author ?? DEFAULT_AUTHOR;
  const readable = result.documents.filter((document) => !document.error);
  const countHeaders = sharedCountHeaders(readable.flatMap((document) => document.tables));
  const sheets: [string, XLSX.WorkSheet][] = [
    [sheetNames.municipalities, municipalitiesSheet(readable, countHeaders, author)],
    [sheetNames.regions, regionsSheet(readable, countHeaders, author)],
    [sheetNames.longFormat, longFormatSheet(readable, countHeaders, author)],
    [sheetNames.timeSeries, timeSeriesSheet(readable, countHeaders, author)],
    [sheetNames.checks, checksSheet(result.documents, countHeaders, author)],
    // An empty list still gets its sheet: "no corrections" is worth saying.
    ...(result.corrections ? [[correctionsSheetName, correctionsSheet(result.corrections, author, options.timeZone)] as [string, XLSX.WorkSheet]] : []),
    [sheetNames.sources, sourcesSheet(result.documents, author)],
  ];
  const workbook: XLSX.WorkBook = {
    SheetNames: sheets.map(([name]) => name),
    Sheets: Object.fromEntries(sheets),
    Props: { Title: 'Transparantie van klantprofielen', Author: author },
  };
  addFilterNames(workbook);
  addPrintSetup(workbook);
  return workbook;
}

/** The workbook as .xlsx bytes, ready to save or download. */
export function workbookBytes(result: ExtractionResult, options: WorkbookOptions = {}): Uint8Array {
  const data: ArrayBuffer = XLSX.write(buildWorkbook(result, options), {
    type: 'array',
    bookType: 'xlsx',
    compression: true,
  });
  return new Uint8Array(data);
}

/** Headers of the four count columns. The sheets mix tables, so a printed header is used only
 * when every table has that same header; otherwise "Kolom 1".."Kolom 4". */
function sharedCountHeaders(tables: readonly ExtractedTable[]): string[] {
  return Array.from({ length: COUNT_COLUMNS }, (_, column) => {
    const generic = `Kolom ${column + 1}`;
    const headers = new Set(tables.map((table) => table.headers[column]?.trim() ?? ''));
    const [only] = headers;
    return headers.size === 1 && only ? only : generic;
  });
}

// ---------------------------------------------------------------- columns of several sheets

/** The four count columns and the total, each cell with the notes of the flags pointing at it.
 * A row without values (a table without TOTAAL AMR) leaves them empty. */
function countColumns<Row>(
  countHeaders: readonly string[],
  valuesOf: (row: Row) => TableRow | null,
  flagsOf: (row: Row) => readonly Flag[],
): SheetColumn<Row>[] {
  return Array.from({ length: TOTAL_COLUMN + 1 }, (_, column) => ({
    header: countColumnName(countHeaders, column),
    format: COUNT_FORMAT,
    value: (row: Row) => {
      const values = valuesOf(row);
      if (!values) return null;
      return notedCell(numberAt(values, column), flagsOf(row), (flag) => flag.column === column);
    },
  }));
}

/** A flag's column (0..3 counts, 4 total) by the header the value sheets give it. */
function countColumnName(countHeaders: readonly string[], column: number): string {
  return column < COUNT_COLUMNS ? (countHeaders[column] ?? `Kolom ${column + 1}`) : TOTAL_HEADER;
}

/** Jaar and Kwartaal of the row's period; empty when it has none. */
function periodColumns<Row>(periodOf: (row: Row) => Period | null | undefined): SheetColumn<Row>[] {
  return [
    { header: 'Jaar', format: WHOLE_FORMAT, value: (row) => periodOf(row)?.year ?? null },
    { header: 'Kwartaal', format: WHOLE_FORMAT, value: (row) => periodOf(row)?.quarter ?? null },
  ];
}

/** A table with the file it was read from: what the Gemeenten and Regio's rows start from. */
interface TableOfFile {
  file: string;
  table: ExtractedTable;
}

/** Every table of the documents, in order, with its file. */
function tablesOf(documents: readonly ExtractedDocument[]): TableOfFile[] {
  return documents.flatMap((document) => document.tables.map((table) => ({ file: document.file, table })));
}

// ---------------------------------------------------------------- Gemeenten

/** A municipality's row of a table, with the flags pointing at it. */
interface MunicipalityRow extends TableOfFile {
  row: TableRow;
  flags: Flag[];
}

function municipalitiesSheet(documents: readonly ExtractedDocument[], countHeaders: string[], author: string): XLSX.WorkSheet {
  const columns: SheetColumn<MunicipalityRow>[] = [
    { header: 'Bestand', value: ({ file }) => file },
    // A table over two pages: the page the row itself was read from.
    { header: 'Pagina', format: WHOLE_FORMAT, value: ({ table, row }) => row.sources?.[0]?.page ?? table.page },
    ...periodColumns<MunicipalityRow>(({ table }) => table.period),
    { header: 'Arbeidsmarktregio', value: ({ table }) => table.region },
    { header: 'Gemeente', value: ({ row, flags }) => notedCell(row.name, flags, (flag) => flag.column === undefined) },
    ...countColumns<MunicipalityRow>(
      countHeaders,
      ({ row }) => row,
      ({ flags }) => flags,
    ),
    { header: 'Controle', value: ({ flags }) => controlText(flags) },
  ];
  const rows = tablesOf(documents).flatMap(({ file, table }) =>
    table.rows.map((row, rowIndex): MunicipalityRow => ({ file, table, row, flags: flagsOfRow(table, rowIndex) })),
  );
  return buildSheet(columns, rows, author);
}

// ---------------------------------------------------------------- Regio's

/** A region's table, with the flags pointing at its TOTAAL AMR values. */
interface RegionRow extends TableOfFile {
  totalFlags: Flag[];
}

function regionsSheet(documents: readonly ExtractedDocument[], countHeaders: string[], author: string): XLSX.WorkSheet {
  const columns: SheetColumn<RegionRow>[] = [
    { header: 'Bestand', value: ({ file }) => file },
    { header: 'Pagina', format: WHOLE_FORMAT, value: ({ table }) => table.page },
    { header: 'Paginalabel', value: ({ table }) => table.pageLabel },
    ...periodColumns<RegionRow>(({ table }) => table.period),
    { header: 'Arbeidsmarktregio', value: ({ table }) => table.region },
    ...countColumns<RegionRow>(
      countHeaders,
      ({ table }) => table.totalRow,
      ({ totalFlags }) => totalFlags,
    ),
    {
      header: 'Doelgroepregister',
      format: COUNT_FORMAT,
      value: ({ table }) => notedCell(table.register?.total ?? null, table.flags, (flag) => flag.code === 'missing-register'),
    },
    {
      header: 'Percentage gedrukt (%)',
      format: PERCENT_FORMAT,
      value: ({ table }) => notedCell(table.register?.percentInSonar ?? null, table.flags, (flag) => flag.code === 'percent-mismatch'),
    },
    { header: 'Percentage berekend (%)', format: PERCENT_DECIMAL_FORMAT, value: ({ table }) => computedPercent(table) },
    { header: 'Controle', value: ({ table }) => regionControlText(table) },
  ];
  const rows = tablesOf(documents).map(({ file, table }): RegionRow => ({ file, table, totalFlags: totalRowFlags(table) }));
  return buildSheet(columns, rows, author);
}

/** Flags of TOTAAL AMR's cells: its own, and the column-total flags (they point at the TOTAAL
 * AMR cell of their column). */
function totalRowFlags(table: ExtractedTable): Flag[] {
  return [...flagsOfRow(table, table.rows.length), ...table.flags.filter((flag) => flag.code === 'column-total-mismatch')];
}

/** The percentage in Sonar as the counts give it, to one decimal. */
function computedPercent(table: ExtractedTable): number | null {
  const percent = computedPercentInSonar(table);
  return percent === null ? null : Math.round(percent * 10) / 10;
}

// ---------------------------------------------------------------- Controles

/** A row of Controles: a table's flag, or a document's error or warning (no table, no flag). */
interface CheckRow {
  file: string;
  page: number | null;
  table?: ExtractedTable;
  flag?: Flag;
  kind: string;
  code: string;
  message: string;
  status: string;
}

/** One row per flag, document error and warning. Soort names the kind in Dutch; Code keeps
 * the engine's code (e.g. "row-total-mismatch") for filters and scripts. */
function checksSheet(documents: readonly ExtractedDocument[], countHeaders: readonly string[], author: string): XLSX.WorkSheet {
  const columns: SheetColumn<CheckRow>[] = [
    { header: 'Bestand', value: ({ file }) => file },
    { header: 'Pagina', format: WHOLE_FORMAT, value: ({ page }) => page },
    { header: 'Arbeidsmarktregio', value: ({ table }) => table?.region ?? null },
    ...periodColumns<CheckRow>(({ table }) => table?.period),
    { header: 'Soort', value: ({ kind }) => kind },
    { header: 'Code', value: ({ code }) => code },
    { header: 'Gemeente/rij', value: ({ flag }) => flag?.row ?? null },
    { header: 'Kolom', value: ({ flag }) => (flag?.column === undefined ? null : countColumnName(countHeaders, flag.column)) },
    { header: 'Melding', value: ({ message }) => message },
    { header: 'Status', value: ({ status }) => status },
    { header: 'Notitie', value: ({ flag }) => flag?.accepted?.note || null },
  ];
  return buildSheet(columns, documents.flatMap(checkRows), author);
}

/** A document's error, or its tables' flags followed by its warnings. */
function checkRows(document: ExtractedDocument): CheckRow[] {
  const { file, error } = document;
  if (error) {
    return [{ file, page: null, kind: DOCUMENT_ERROR_KIND, code: error.code, message: error.message, status: checkStatus.error }];
  }
  const flagRows = document.tables.flatMap((table) =>
    table.flags.map((flag): CheckRow => ({
      file,
      page: table.page,
      table,
      flag,
      kind: flagLabels[flag.code],
      code: flag.code,
      message: flag.message,
      status: flagStatus(flag),
    })),
  );
  // Warnings (OCR needed, table incomplete) explain gaps the flags alone do not.
  const warningRows = document.warnings.map((warning): CheckRow => ({
    file,
    page: warning.page ?? null,
    kind: DOCUMENT_WARNING_KIND,
    code: warning.code,
    message: warning.message,
    status: checkStatus.warning,
  }));
  return [...flagRows, ...warningRows];
}

/** "open", "geaccepteerd" or "opmerking". */
export function flagStatus(flag: Flag): string {
  if (isHintFlag(flag)) return checkStatus.hint;
  return isAcceptedFlag(flag) ? checkStatus.accepted : checkStatus.open;
}

// ---------------------------------------------------------------- Lang formaat

/** One row per municipality, quarter and value column, for pivot tables over all periods. */
function longFormatSheet(documents: readonly ExtractedDocument[], countHeaders: string[], author: string): XLSX.WorkSheet {
  const columns: SheetColumn<LongRow>[] = [
    { header: 'Jaar', format: WHOLE_FORMAT, value: (row) => row.year },
    { header: 'Kwartaal', format: WHOLE_FORMAT, value: (row) => row.quarter },
    { header: 'Periode', value: (row) => row.period },
    { header: 'Arbeidsmarktregio', value: (row) => row.region },
    { header: 'Gemeente', value: (row) => row.municipality },
    { header: 'Gemeentecode', value: (row) => row.code },
    { header: 'Gemeente (huidige naam)', value: (row) => row.currentName },
    { header: 'Kolom', value: (row) => row.column },
    { header: 'Waarde', format: COUNT_FORMAT, value: (row) => row.value },
    { header: 'Bestand', value: (row) => row.file },
  ];
  return buildSheet(columns, longFormatRows(documents, countHeaders), author);
}

// ---------------------------------------------------------------- Tijdreeks

/** A row of Tijdreeks: one value column of a municipality or of its region, over the quarters. */
interface TimeSeriesRow {
  region: string;
  code: string | null;
  /** The municipality's own name, or TOTAAL AMR, Doelgroepregister, % bekend binnen Sonar. */
  name: string;
  nowPartOf: string | null;
  /** 0..3 counts, 4 total; null for the register and percentage rows. */
  column: number | null;
  points: readonly TrendPoint[];
  format: string;
}

/** One row per municipality and value column, one column per loaded quarter (oldest first), so
 * a row is a line chart's series. Each municipality has its OWN printed values, followed by CBS
 * code, never its predecessors' sums: summing a quarter's column counts nobody twice. One merged
 * away keeps its own row under its own name, with the one it is part of now. After a region's
 * municipalities come its TOTAAL AMR, register and percentage rows. */
function timeSeriesSheet(documents: readonly ExtractedDocument[], countHeaders: readonly string[], author: string): XLSX.WorkSheet {
  const trends = buildTrends(documents);
  const columns: SheetColumn<TimeSeriesRow>[] = [
    { header: 'Arbeidsmarktregio', value: (row) => row.region },
    { header: 'Gemeentecode', value: (row) => row.code },
    { header: 'Gemeente', value: (row) => row.name },
    { header: 'Nu onderdeel van', value: (row) => row.nowPartOf },
    { header: 'Kolom', value: (row) => (row.column === null ? null : countColumnName(countHeaders, row.column)) },
    // Also a quarter not loaded between two that are: an empty column, so a chart shows the gap.
    ...quarterSpan(trends.quarters).map((quarter): SheetColumn<TimeSeriesRow> => ({
      header: quarterLabel(quarter),
      value: (row) => {
        // A quarter without a value stays an empty cell, never 0.
        const point = row.points.find((candidate) => candidate.quarter === quarter);
        if (!point) return null;
        return { ...notedCell(point.value, flagsAtPlace(documents, point.place), () => true), format: row.format };
      },
    })),
  ];
  const rows = trends.regions.flatMap(({ region, municipalities, total, register, percentInSonar }) => {
    const about = { region, code: null, nowPartOf: null };
    return [
      ...municipalities.flatMap(({ code, name, nowPartOf, columns: values }) => valueRows({ region, code, name, nowPartOf }, values)),
      ...valueRows({ ...about, name: TOTAL_ROW_NAME }, total),
      { ...about, name: REGISTER_ROW_NAME, column: null, points: register, format: COUNT_FORMAT },
      { ...about, name: PERCENT_IN_SONAR_NAME, column: null, points: percentInSonar, format: PERCENT_FORMAT },
    ];
  });
  return buildSheet(columns, rows, author);
}

/** The five rows (counts, total) of one municipality or of TOTAAL AMR, in column order. */
function valueRows(about: Pick<TimeSeriesRow, 'region' | 'code' | 'name' | 'nowPartOf'>, values: RowColumns): TimeSeriesRow[] {
  return values.map((points, column) => ({ ...about, column, points, format: COUNT_FORMAT }));
}

/** The flags of the cell a series point was read from, as the Gemeenten and Regio's cells note them. */
function flagsAtPlace(documents: readonly ExtractedDocument[], place: TrendPlace | null): Flag[] {
  const table = place ? documents[place.doc]?.tables[place.table] : undefined;
  if (!place || !table) return [];
  const { cell } = place;
  if ('register' in cell) return cell.register === 'percentInSonar' ? table.flags.filter((flag) => flag.code === 'percent-mismatch') : [];
  const flags = cell.rowIndex === table.rows.length ? totalRowFlags(table) : flagsOfRow(table, cell.rowIndex);
  return flags.filter((flag) => flag.column === cell.column);
}

// ---------------------------------------------------------------- Bronnen

function sourcesSheet(documents: readonly ExtractedDocument[], author: string): XLSX.WorkSheet {
  const columns: SheetColumn<ExtractedDocument>[] = [
    { header: 'Bestand', value: (document) => document.file },
    { header: "Pagina's", format: WHOLE_FORMAT, value: (document) => document.pageCount },
    { header: 'Tabellen', format: WHOLE_FORMAT, value: (document) => (document.error ? 0 : document.tables.length) },
    { header: 'SHA-256', value: (document) => document.sha256 ?? null },
    { header: 'Tekstlaag of OCR', value: readMethod },
    { header: 'Fout', value: (document) => document.error?.message ?? null },
  ];
  return buildSheet(columns, documents, author);
}

/** "tekstlaag", "OCR" or "gemengd": from the page lists when the reader filled them in,
 * otherwise from how each table was read. Empty when nothing was read. */
export function readMethod(document: ExtractedDocument): string {
  let usedText = (document.textPages?.length ?? 0) > 0;
  let usedOcr = (document.ocrPages?.length ?? 0) > 0;
  if (!usedText && !usedOcr && !document.error) {
    usedText = document.tables.some((table) => table.source === 'text');
    usedOcr = document.tables.some((table) => table.source === 'ocr');
  }
  if (usedText && usedOcr) return 'gemengd';
  if (usedOcr) return 'OCR';
  if (usedText) return 'tekstlaag';
  return '';
}

// ---------------------------------------------------------------- flags → cells

/** Flags of one row. Flags from JSON have no rowIndex: then the name decides. */
function flagsOfRow(table: ExtractedTable, rowIndex: number): Flag[] {
  const isTotalRow = rowIndex === table.rows.length;
  const name = isTotalRow ? TOTAL_ROW_NAME : table.rows[rowIndex]?.name;
  return table.flags.filter((flag) => (flag.rowIndex !== undefined ? flag.rowIndex === rowIndex : flag.row !== undefined && flag.row === name));
}

/** A cell with a note per flag it is about: the flag's message, an accepted one with the
 * analyst's note. */
function notedCell(value: string | number | null, flags: readonly Flag[], isAbout: (flag: Flag) => boolean): SheetCell {
  return { value, comments: flags.filter(isAbout).map(noteText) };
}

function noteText(flag: Flag): string {
  if (!isAcceptedFlag(flag)) return flag.message;
  return `${flag.message} (geaccepteerd${flag.accepted?.note ? `: ${flag.accepted.note}` : ''})`;
}

function describeFlag(flag: Flag): string {
  return `${flagLabels[flag.code]}: ${flag.message}`;
}

/** "Geaccepteerd: Rijtotaal klopt niet: 3 + … (zo gedrukt)". */
function describeAccepted(flag: Flag): string {
  const note = flag.accepted?.note ? ` (${flag.accepted.note})` : '';
  return `Geaccepteerd: ${describeFlag(flag)}${note}`;
}

/** "OK", or the open findings and then the accepted ones. Hints are no problem: not mentioned. */
function controlText(flags: readonly Flag[]): string {
  const parts = [...flags.filter(isOpenFlag).map(describeFlag), ...flags.filter(isAcceptedFlag).map(describeAccepted)];
  return parts.length === 0 ? OK : parts.join('; ');
}

/** Everything about the region as a whole; municipality findings are counted, not repeated. */
function regionControlText(table: ExtractedTable): string {
  const municipalityFlags = new Set(table.rows.flatMap((_, rowIndex) => flagsOfRow(table, rowIndex)));
  const regionFlags = table.flags.filter((flag) => !municipalityFlags.has(flag));
  const own = controlText(regionFlags);
  const parts = own === OK ? [] : [own];
  const open = [...municipalityFlags].filter(isOpenFlag).length;
  const accepted = [...municipalityFlags].filter(isAcceptedFlag).length;
  if (open > 0) parts.push(`${open} ${open === 1 ? 'melding' : 'meldingen'} bij gemeenten (zie blad ${sheetNames.municipalities})`);
  if (accepted > 0) parts.push(`${accepted} geaccepteerd bij gemeenten`);
  return parts.length === 0 ? OK : parts.join('; ');
}
