// The one place that turns a suggested save name (built from text read out of PDFs) into a
// plain file name for the desktop save dialogs and the browser's downloads. Pure: no Node or
// DOM, so main and renderer share it.

/** Windows refuses these as file names, with any extension ("NUL.xlsx", "con.tar.gz"): they
 * name devices. Superscript digits count too (COM¹). */
const RESERVED = /^(CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[1-9¹²³]|LPT[1-9¹²³])$/i;

/** Characters no Windows file name may contain, and control characters (Unicode's Cc: C0, DEL, C1). */
const FORBIDDEN = /[<>:"/\\|?*\p{Cc}]/gu;

/** Bidi and direction marks: U+202E turns "rapport‮xslx.exe" into what reads as
 * "rapportexe.xlsx". They are dropped, not replaced: they are invisible anyway. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export const WORKBOOK_EXTENSION = '.xlsx';
export const PROJECT_EXTENSION = '.kpproject.json';
export const CHART_EXTENSION = '.png';

const FALLBACK = 'klantprofielen';
/** Bytes most file systems allow in one name. */
const MAX_NAME_BYTES = 255;

/**
 * "../../x.xlsx" → "x.xlsx", "CON" → "_CON.xlsx", "a‮b" → "ab.xlsx". `extension` (".xlsx")
 * is put at the end; the suggestion's own `extension` and any of `replacedExtensions` are
 * taken off first, so "x.xlsx" as a project becomes "x.kpproject.json".
 */
export function safeFileName(suggested: string, extension: string, replacedExtensions: readonly string[] = []): string {
  const base = suggested.split(/[\\/]/).pop() ?? '';
  let stem = base.replace(BIDI, '').replace(FORBIDDEN, '_');
  for (const ending of [extension, ...replacedExtensions]) {
    if (stem.toLowerCase().endsWith(ending.toLowerCase())) stem = stem.slice(0, -ending.length);
  }
  // Leading dots hide a file on Unix; trailing dots and spaces are dropped by Windows.
  stem = stem.replace(/^[.\s]+|[.\s]+$/g, '');
  stem = truncateUtf8(stem, MAX_NAME_BYTES - utf8Length(extension) - 1).replace(/[.\s]+$/, '');
  if (stem === '') stem = FALLBACK;
  // Windows looks at the part before the first dot, trailing spaces ignored.
  if (RESERVED.test(stem.split('.')[0]!.trimEnd())) stem = `_${stem}`;
  return `${stem}${extension}`;
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** The longest prefix of `text` within `maxBytes` of UTF-8, never cutting a character. */
function truncateUtf8(text: string, maxBytes: number): string {
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    bytes += utf8Length(char);
    if (bytes > maxBytes) break;
    end += char.length;
  }
  return text.slice(0, end);
}

/** A plain "<name>.xlsx" from any suggestion: the save dialog's, the browser's download. */
export function safeWorkbookName(suggested: string): string {
  return safeFileName(suggested, WORKBOOK_EXTENSION);
}

/** "klantprofielen-2017-K3.xlsx" (or any suggestion) → a plain "<name>.kpproject.json". */
export function safeProjectName(suggested: string): string {
  return safeFileName(suggested, PROJECT_EXTENSION, ['.json', WORKBOOK_EXTENSION]);
}

/** "Tijdreeks Nijmegen 2019-K3-2020-K4" → a plain "<name>.png" for "Grafiek opslaan". */
export function safeChartName(suggested: string): string {
  return safeFileName(suggested, CHART_EXTENSION, [WORKBOOK_EXTENSION]);
}
