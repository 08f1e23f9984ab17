// The Excel workbook an analyst opens: municipalities (one row each, ready to sum or pivot),
// one row per region with TOTAAL AMR and the register, every check, and the source files.
// Reads the model as it is, flags included: the checks ran before (engine or grid edit).
// A result saved from the app also lists the analyst's edits ("Correcties") and the flags the
// analyst accepted as true to the source (status "geaccepteerd" with the note). Hints (severity
// 'info') are listed in Controles with status "hint" but never reported as problems.
import * as XLSX from 'xlsx';
import { cellValue, computedPercentInSonar, flagLabels, isAcceptedFlag, isHintFlag, isOpenFlag } from '../checks';
import {
  COUNT_COLUMNS,
  TOTAL_COLUMN,
  TOTAL_ROW_NAME,
  type ExtractedDocument,
  type ExtractedTable,
  type ExtractionResult,
  type Flag,
  type TableRow,
} from '../model';
import { correctionsSheet } from './correctionsSheet';
import { addFilterNames } from './filterNames';
import { longFormatRows } from './longFormat';
import { addPrintSetup } from './printSetup';
import { buildSheet, COUNT_FORMAT, WHOLE_FORMAT, type SheetCell, type SheetColumn, type SheetInput } from './sheet';

export const sheetNames = {
  municipalities: 'Gemeenten',
  regions: "Regio's",
  longFormat: 'Lang formaat',
  checks: 'Controles',
  sources: 'Bronnen',
} as const;

/** The Status column of Controles. */
export const checkStatus = {
  open: 'open',
  accepted: 'geaccepteerd',
  hint: 'hint',
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
    [sheetNames.checks, checksSheet(result.documents, countHeaders, author)],
    // An empty list still gets its sheet: "no corrections" is worth saying.
    ...(result.corrections
      ? [[correctionsSheetName, correctionsSheet(result.corrections, author, options.timeZone)] as [string, XLSX.WorkSheet]]
      : []),
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

function countColumns(countHeaders: readonly string[]): SheetColumn[] {
  return [
    ...countHeaders.map((header) => ({ header, format: COUNT_FORMAT })),
    { header: TOTAL_HEADER, format: COUNT_FORMAT },
  ];
}

/** A flag's column (0..3 counts, 4 total) by the header the value sheets give it. */
function countColumnName(countHeaders: readonly string[], column: number): string {
  return column < COUNT_COLUMNS ? (countHeaders[column] ?? `Kolom ${column + 1}`) : TOTAL_HEADER;
}

// ---------------------------------------------------------------- Gemeenten

function municipalitiesSheet(documents: readonly ExtractedDocument[], countHeaders: string[], author: string): XLSX.WorkSheet {
  const columns: SheetColumn[] = [
    { header: 'Bestand' },
    { header: 'Pagina', format: WHOLE_FORMAT },
    { header: 'Jaar', format: WHOLE_FORMAT },
    { header: 'Kwartaal', format: WHOLE_FORMAT },
    { header: 'Arbeidsmarktregio' },
    { header: 'Gemeente' },
    ...countColumns(countHeaders),
    { header: 'Controle' },
  ];
  const rows: SheetInput[][] = [];
  for (const document of documents) {
    for (const table of document.tables) {
      table.rows.forEach((row, rowIndex) => {
        const flags = flagsOfRow(table, rowIndex);
        rows.push([
          document.file,
          // A table over two pages: the page the row itself was read from.
          row.sources?.[0]?.page ?? table.page,
          table.period?.year ?? null,
          table.period?.quarter ?? null,
          table.region,
          { value: row.name, comments: messagesWhere(flags, (flag) => flag.column === undefined) },
          ...valueCells(row, flags),
          controlText(flags),
        ]);
      });
    }
  }
  return buildSheet(columns, rows, author);
}

// ---------------------------------------------------------------- Regio's

function regionsSheet(documents: readonly ExtractedDocument[], countHeaders: string[], author: string): XLSX.WorkSheet {
  const columns: SheetColumn[] = [
    { header: 'Bestand' },
    { header: 'Pagina', format: WHOLE_FORMAT },
    { header: 'Paginalabel' },
    { header: 'Jaar', format: WHOLE_FORMAT },
    { header: 'Kwartaal', format: WHOLE_FORMAT },
    { header: 'Arbeidsmarktregio' },
    ...countColumns(countHeaders),
    { header: 'Doelgroepregister', format: COUNT_FORMAT },
    { header: 'Percentage gedrukt (%)', format: PERCENT_FORMAT },
    { header: 'Percentage berekend (%)', format: PERCENT_DECIMAL_FORMAT },
    { header: 'Controle' },
  ];
  const rows: SheetInput[][] = [];
  for (const document of documents) {
    for (const table of document.tables) {
      const totalFlags = flagsOfRow(table, table.rows.length);
      // Column-total flags point at the TOTAAL AMR cell of their column.
      const columnFlags = table.flags.filter((flag) => flag.code === 'column-total-mismatch');
      const percent = computedPercentInSonar(table);
      const valueFlags = [...totalFlags, ...columnFlags];
      rows.push([
        document.file,
        table.page,
        table.pageLabel,
        table.period?.year ?? null,
        table.period?.quarter ?? null,
        table.region,
        ...(table.totalRow
          ? valueCells(table.totalRow, valueFlags)
          : Array.from({ length: COUNT_COLUMNS + 1 }, (): SheetInput => null)),
        {
          value: table.register?.total ?? null,
          comments: messagesWhere(table.flags, (flag) => flag.code === 'missing-register'),
        },
        {
          value: table.register?.percentInSonar ?? null,
          comments: messagesWhere(table.flags, (flag) => flag.code === 'percent-mismatch'),
        },
        percent === null ? null : Math.round(percent * 10) / 10,
        regionControlText(table),
      ]);
    }
  }
  return buildSheet(columns, rows, author);
}

// ---------------------------------------------------------------- Controles

/** One row per flag, document error and warning. Soort names the kind in Dutch; Code keeps
 * the engine's code (e.g. "row-total-mismatch") for filters and scripts. */
function checksSheet(documents: readonly ExtractedDocument[], countHeaders: readonly string[], author: string): XLSX.WorkSheet {
  const columns: SheetColumn[] = [
    { header: 'Bestand' },
    { header: 'Pagina', format: WHOLE_FORMAT },
    { header: 'Arbeidsmarktregio' },
    { header: 'Jaar', format: WHOLE_FORMAT },
    { header: 'Kwartaal', format: WHOLE_FORMAT },
    { header: 'Soort' },
    { header: 'Code' },
    { header: 'Gemeente/rij' },
    { header: 'Kolom' },
    { header: 'Melding' },
    { header: 'Status' },
    { header: 'Notitie' },
  ];
  const rows: SheetInput[][] = [];
  for (const document of documents) {
    if (document.error) {
      rows.push([
        document.file, null, null, null, null, DOCUMENT_ERROR_KIND, document.error.code, null, null,
        document.error.message, checkStatus.error, null,
      ]);
      continue;
    }
    for (const table of document.tables) {
      for (const flag of table.flags) {
        rows.push([
          document.file,
          table.page,
          table.region,
          table.period?.year ?? null,
          table.period?.quarter ?? null,
          flagLabels[flag.code],
          flag.code,
          flag.row ?? null,
          flag.column === undefined ? null : countColumnName(countHeaders, flag.column),
          flag.message,
          flagStatus(flag),
          flag.accepted?.note || null,
        ]);
      }
    }
    // Warnings (OCR needed, table incomplete) explain gaps the flags alone do not.
    for (const warning of document.warnings) {
      rows.push([
        document.file, warning.page ?? null, null, null, null, DOCUMENT_WARNING_KIND, warning.code, null, null,
        warning.message, checkStatus.warning, null,
      ]);
    }
  }
  return buildSheet(columns, rows, author);
}

/** "open", "geaccepteerd" or "hint". */
export function flagStatus(flag: Flag): string {
  if (isHintFlag(flag)) return checkStatus.hint;
  return isAcceptedFlag(flag) ? checkStatus.accepted : checkStatus.open;
}

// ---------------------------------------------------------------- Lang formaat

/** One row per municipality, quarter and value column, for pivot tables over all periods. */
function longFormatSheet(documents: readonly ExtractedDocument[], countHeaders: string[], author: string): XLSX.WorkSheet {
  const columns: SheetColumn[] = [
    { header: 'Jaar', format: WHOLE_FORMAT },
    { header: 'Kwartaal', format: WHOLE_FORMAT },
    { header: 'Periode' },
    { header: 'Arbeidsmarktregio' },
    { header: 'Gemeente' },
    { header: 'Gemeentecode' },
    { header: 'Gemeente (huidige naam)' },
    { header: 'Kolom' },
    { header: 'Waarde', format: COUNT_FORMAT },
    { header: 'Bestand' },
  ];
  const rows: SheetInput[][] = longFormatRows(documents, countHeaders).map((row) => [
    row.year,
    row.quarter,
    row.period,
    row.region,
    row.municipality,
    row.code,
    row.currentName,
    row.column,
    row.value,
    row.file,
  ]);
  return buildSheet(columns, rows, author);
}

// ---------------------------------------------------------------- Bronnen

function sourcesSheet(documents: readonly ExtractedDocument[], author: string): XLSX.WorkSheet {
  const columns: SheetColumn[] = [
    { header: 'Bestand' },
    { header: "Pagina's", format: WHOLE_FORMAT },
    { header: 'Tabellen', format: WHOLE_FORMAT },
    { header: 'SHA-256' },
    { header: 'Tekstlaag of OCR' },
    { header: 'Fout' },
  ];
  const rows: SheetInput[][] = documents.map((document) => [
    document.file,
    document.pageCount,
    document.error ? 0 : document.tables.length,
    document.sha256 ?? null,
    readMethod(document),
    document.error?.message ?? null,
  ]);
  return buildSheet(columns, rows, author);
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
  return table.flags.filter((flag) =>
    flag.rowIndex !== undefined ? flag.rowIndex === rowIndex : flag.row !== undefined && flag.row === name,
  );
}

/** The four counts and the total of a row, each with the notes of the flags pointing at it. */
function valueCells(row: TableRow, flags: readonly Flag[]): SheetCell[] {
  return Array.from({ length: TOTAL_COLUMN + 1 }, (_, column) => ({
    value: numberOrNull(cellValue(row, column)),
    comments: messagesWhere(flags, (flag) => flag.column === column),
  }));
}

function numberOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** The notes on a cell: each flag's message, an accepted one with the analyst's note. */
function messagesWhere(flags: readonly Flag[], predicate: (flag: Flag) => boolean): string[] {
  return flags.filter(predicate).map(noteText);
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
