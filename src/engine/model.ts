// The one table model every part of Klantprofielen shares: the engine produces it, the
// checks read it, the grid edits it and the writers serialise it. Its JSON form is the
// `klantprofielen/v1` schema (see tests/fixtures/README.md); every field beyond that
// schema is an addition, never a change.

export const SCHEMA = 'klantprofielen/v1';

/** Number of count columns left of the total column. */
export const COUNT_COLUMNS = 4;
/** Column index of "Totaal doelgroep banenafspraak in Sonar" in flags and headers. */
export const TOTAL_COLUMN = COUNT_COLUMNS;
export const TOTAL_ROW_NAME = 'TOTAAL AMR';
/** Row name of the doelgroepregister sentence in suggestions (and in corrections). */
export const REGISTER_ROW_NAME = 'Doelgroepregister';
export const DEFAULT_TOTAL_HEADER = 'Totaal doelgroep banenafspraak in Sonar';

/** Axis-aligned box in PDF points, origin top-left of the page as displayed (y grows down). */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Where one value was read: the page, its box and the text as printed. */
export interface SourceRef {
  page: number;
  box: Box;
  text: string;
  /** OCR confidence 0..100; absent for a text layer. */
  confidence?: number;
}

export interface Period {
  year: number;
  /** 1..4 */
  quarter: number;
}

export interface TableRow {
  name: string;
  /** The four printed counts; null where the cell is empty or not a whole number. */
  counts: (number | null)[];
  /** The printed row total; null where empty or not a whole number. */
  total: number | null;
  /** Provenance per cell: index 0 = name, 1..4 = counts, 5 = total. */
  sources?: (SourceRef | null)[];
}

export interface Register {
  /** "bevat het doelgroepregister banenafspraak in totaal 10.178 personen" */
  total: number | null;
  /** "Hiermee is 70% van de doelgroepers bekend binnen Sonar" */
  percentInSonar: number | null;
  /** Where the total was printed ("10.178" in the sentence). */
  source?: SourceRef | null;
  /** Where the percentage was printed ("70%" in the sentence). */
  percentSource?: SourceRef | null;
}

export type FlagCode =
  | 'row-total-mismatch'
  | 'column-total-mismatch'
  | 'percent-mismatch'
  | 'missing-total-row'
  | 'missing-register'
  | 'missing-period'
  | 'missing-region'
  | 'invalid-number'
  | 'duplicate-municipality'
  | 'empty-table'
  | 'unknown-municipality'
  | 'municipality-not-in-period'
  | 'municipality-region'
  | 'low-confidence'
  // Info: the engine took the official name for OCR's misreading of a name (the OCR text stays in the source).
  | 'ocr-name-read'
  // Cross-table checks (engine/compare): the same region and period loaded from two files.
  | 'duplicate-table-mismatch'
  | 'duplicate-table'
  // Info, across quarters (engine/compare/unusualJumps): a value far outside the municipality's own history.
  | 'unusual-jump';

/** A value the checks offer for one cell; the engine never applies it. JSON-serialisable. The
 * kind follows from `column`: a number is a count or total cell (0..3 counts, 4 = total, as in
 * Flag.column), 'name' the municipality name, 'percentInSonar' the register's percentage. */
export type Suggestion = CellSuggestion | NameSuggestion | PercentSuggestion;

export interface CellSuggestion {
  /** Municipality name as printed, or "TOTAAL AMR". */
  row: string;
  /** Position in `rows`; the total row has index rows.length. */
  rowIndex: number;
  column: number;
  value: number;
}

export interface NameSuggestion {
  row: string;
  rowIndex: number;
  column: 'name';
  /** The official name on the first day of the publication's quarter. */
  value: string;
}

export interface PercentSuggestion {
  row: typeof REGISTER_ROW_NAME;
  column: 'percentInSonar';
  value: number;
}

export interface Flag {
  code: FlagCode;
  /** Municipality name (or "TOTAAL AMR") the flag is about. */
  row?: string;
  /** Position of the row in `rows` (the total row has index rows.length). */
  rowIndex?: number;
  /** 0..3 count columns, 4 = total column. */
  column?: number;
  /** A flag about a row's name cell has `field: 'name'` and no `column`. */
  field?: 'name';
  /** Dutch, shows the arithmetic: "3 + 320 + 813 + 425 = 1.561, gedrukt totaal 1.560". */
  message: string;
  /** The value that would resolve the flag, when the checks can pin down exactly one. */
  suggestion?: Suggestion;
  /** Absent: a problem the analyst has to resolve (an open flag). 'info': a hint that needs no
   * action and is not counted as open (see isOpenFlag in checks). */
  severity?: 'info';
  /** Set by the app when the analyst accepted the flag as true to the source (the publication
   * itself is inconsistent): it is then no longer open. Never set by the engine. */
  accepted?: FlagAcceptance;
}

export interface FlagAcceptance {
  /** The analyst's short reason, e.g. "zo gedrukt in de publicatie". May be empty. */
  note: string;
  /** ISO 8601 time of the acceptance. */
  time: string;
}

export interface ExtractedTable {
  /** 1-based page of the first page of the table. */
  page: number;
  /** Every page the table spans, only when more than one. */
  pages?: number[];
  period: Period | null;
  region: string | null;
  pageLabel: string | null;
  /** Five column headers: four counts and the total column. */
  headers: string[];
  rows: TableRow[];
  totalRow: TableRow | null;
  register: Register | null;
  flags: Flag[];
  source: 'text' | 'ocr';
}

export interface DocumentError {
  code: DocumentErrorCode;
  /** Dutch, names the file and the problem. */
  message: string;
  /** The PDF library's own words (English, technical), for logs and bug reports; never shown
   * in the window or written to the workbook. */
  technical?: string;
}

export type DocumentErrorCode = 'not-a-pdf' | 'damaged-pdf' | 'password-protected' | 'no-table' | 'needs-ocr' | 'timeout' | 'cancelled' | 'read-failed';

export interface DocumentWarning {
  code: 'needs-ocr' | 'incomplete-table';
  page?: number;
  message: string;
}

export interface ExtractedDocument {
  file: string;
  pageCount: number;
  tables: ExtractedTable[];
  error?: DocumentError;
  warnings: DocumentWarning[];
  /** Hex SHA-256 of the file's bytes. */
  sha256?: string;
  /** Pages whose text was read from the text layer, and pages needing OCR. */
  textPages?: number[];
  ocrPages?: number[];
}

/** One value the analyst changed after extraction; the workbook lists them all
 * ("Correcties") so colleagues can see what differs from the printed page. */
export interface Correction {
  file: string;
  page: number;
  region: string | null;
  /** Row as loaded: municipality name, "TOTAAL AMR", or "Doelgroepregister". */
  row: string;
  /** Column as shown in the grid: header text, "Gemeente", "Percentage", ... */
  column: string;
  /** Value as extracted (text as shown; empty for an empty cell). */
  original: string;
  /** Value after the edit. */
  value: string;
  /** ISO 8601 time of the edit. */
  time: string;
}

export interface ExtractionResult {
  schema: typeof SCHEMA;
  documents: ExtractedDocument[];
  /** Edits made in the app, oldest first; absent for a plain extraction. */
  corrections?: Correction[];
}
