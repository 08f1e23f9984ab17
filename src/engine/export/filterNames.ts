// SheetJS 0.18.5 writes the hidden "_xlnm._FilterDatabase" name of each autofilter as
// `'<sheet>'!A1:B2` without doubling an apostrophe inside the sheet name, so "Regio's"
// becomes `'Regio's'!…`, which Excel rejects ("problem with some content", repair).
// It overwrites `Ref` of an existing entry for the sheet instead of adding one, so an entry
// whose `Ref` setter re-quotes the sheet name corrects what SheetJS writes.
import type * as XLSX from 'xlsx';

const FILTER_NAME = '_xlnm._FilterDatabase';

/** A sheet name as it must appear in a formula or defined name: 'Regio''s'. */
export function quoteSheetName(sheetName: string): string {
  return `'${sheetName.replace(/'/g, "''")}'`;
}

/** Registers the filter names so SheetJS's writes to them come out correctly quoted. */
export function addFilterNames(workbook: XLSX.WorkBook): void {
  const names = ((workbook.Workbook ??= {}).Names ??= []);
  workbook.SheetNames.forEach((sheetName, sheet) => {
    const filter = workbook.Sheets[sheetName]?.['!autofilter'];
    if (!filter) return;
    let ref = `${quoteSheetName(sheetName)}!${filter.ref}`;
    // Hidden, as Excel itself writes it. Not in SheetJS's types, but written by it.
    const name: XLSX.DefinedName & { Hidden: boolean } = { Name: FILTER_NAME, Sheet: sheet, Hidden: true, Ref: ref };
    Object.defineProperty(name, 'Ref', {
      enumerable: true,
      get: () => ref,
      set: (value: string) => {
        // SheetJS assigns "'" + sheetName + "'!" + range: keep the range, quote the name properly.
        const range = value.slice(value.lastIndexOf('!') + 1);
        ref = `${quoteSheetName(sheetName)}!${range}`;
      },
    });
    names.push(name);
  });
}
