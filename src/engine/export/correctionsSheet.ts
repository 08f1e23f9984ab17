// The "Correcties" sheet: one row per value the analyst changed, oldest first. The app keeps a
// correction's values as the text it showed ("1.561", "69,8", a name); here numbers become
// numeric cells again, so they can be summed and compared, and the edit time (UTC) becomes a
// date-time cell on the analyst's clock.
import type * as XLSX from 'xlsx';
import type { Correction } from '../model';
import { excelLocalDateTime } from './localTime';
import { buildSheet, COUNT_FORMAT, WHOLE_FORMAT, type SheetCell, type SheetColumn } from './sheet';

const DATE_TIME_FORMAT = 'dd-mm-yyyy hh:mm';
const DECIMAL_FORMAT = '#,##0.0#';
/** The name column as Correction.column names it: its values are text even when they look
 * like a number. */
const NAME_COLUMN = 'Gemeente';
// A number as the app shows one: "." between thousands, "," before decimals ("1.561", "69,8").
const SHOWN_NUMBER = /^-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/;

export function correctionsSheet(corrections: readonly Correction[], author: string, timeZone?: string): XLSX.WorkSheet {
  const toExcelTime = excelLocalDateTime(timeZone);
  const columns: SheetColumn<Correction>[] = [
    { header: 'Bestand', value: (correction) => correction.file },
    { header: 'Pagina', format: WHOLE_FORMAT, value: (correction) => correction.page },
    { header: 'Arbeidsmarktregio', value: (correction) => correction.region },
    { header: 'Rij', value: (correction) => correction.row },
    { header: 'Kolom', value: (correction) => correction.column },
    { header: 'Oorspronkelijk', value: (correction) => valueCell(correction.original, correction.column) },
    { header: 'Nieuw', value: (correction) => valueCell(correction.value, correction.column) },
    // A time that cannot be read stays as it was written rather than vanish.
    { header: 'Tijdstip', format: DATE_TIME_FORMAT, value: (correction) => toExcelTime(correction.time) ?? correction.time },
  ];
  return buildSheet(columns, corrections, author);
}

/** A shown value back as a number where it is one; names and other text stay text. */
function valueCell(shown: string, column: string): SheetCell {
  const text = shown.trim();
  if (column === NAME_COLUMN || !SHOWN_NUMBER.test(text)) return { value: shown };
  const value = Number(text.replace(/\./g, '').replace(',', '.'));
  return { value, format: Number.isInteger(value) ? COUNT_FORMAT : DECIMAL_FORMAT };
}
