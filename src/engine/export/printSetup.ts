// Print setup, limited to what SheetJS CE 0.18.5 writes: page margins (`!margins` →
// <pageMargins>) and defined names (→ _xlnm.Print_Titles, the header row on every page). Its
// writer has no <pageSetup> and no <pageSetUpPr fitToPage>, so orientation, paper size and
// "fit to width" cannot be set: a printout stays portrait at 100% unless the analyst changes it.
import type * as XLSX from 'xlsx';
import { quoteSheetName } from './filterNames';

/** Excel's "Narrow" margins, in inches: more columns on a page than the default 0.7". */
const NARROW_MARGINS: XLSX.MarginInfo = { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
const PRINT_TITLES = '_xlnm.Print_Titles';

/** Narrow margins on every sheet, and its header row repeated on each printed page. */
export function addPrintSetup(workbook: XLSX.WorkBook): void {
  const names = ((workbook.Workbook ??= {}).Names ??= []);
  workbook.SheetNames.forEach((sheetName, sheet) => {
    const worksheet = workbook.Sheets[sheetName];
    if (!worksheet) return;
    worksheet['!margins'] = { ...NARROW_MARGINS };
    names.push({ Name: PRINT_TITLES, Sheet: sheet, Ref: `${quoteSheetName(sheetName)}!$1:$1` });
  });
}
