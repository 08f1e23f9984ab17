// Reads a downloaded .xlsx back, the way an analyst's Excel would see its cells.
import XLSX from 'xlsx';

export type SheetRow = Record<string, unknown>;

export function readWorkbook(file: string): XLSX.WorkBook {
  return XLSX.readFile(file);
}

/** The sheet's rows as objects keyed by the header row. */
export function sheetRows(workbook: XLSX.WorkBook, sheetName: string): SheetRow[] {
  const sheet = workbook.Sheets[sheetName];
  if (!sheet) throw new Error(`workbook has no sheet '${sheetName}' (has: ${workbook.SheetNames.join(', ')})`);
  return XLSX.utils.sheet_to_json<SheetRow>(sheet, { defval: null });
}
