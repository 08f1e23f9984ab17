// A worksheet read back as rows of raw cells, for the workbook tests.
import * as XLSX from 'xlsx';

/** The sheet's cells by row (header row first), undefined where no cell was written. */
export function cellRows(sheet: XLSX.WorkSheet): (XLSX.CellObject | undefined)[][] {
  const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1');
  const rows: (XLSX.CellObject | undefined)[][] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const row: (XLSX.CellObject | undefined)[] = [];
    for (let c = range.s.c; c <= range.e.c; c++) row.push(sheet[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined);
    rows.push(row);
  }
  return rows;
}
