// Tables built by hand for the series tests (trends, Δ vorig kwartaal, unusual jumps, the trend
// view): real municipality names, counts given, every sum made to agree (row totals, TOTAAL AMR),
// so what a test plants is the only thing that stands out.
import { checkTable } from '../../src/engine/checks';
import type { ExtractedDocument, ExtractedTable, Register, TableRow } from '../../src/engine/model';

/** A municipality's four counts (null: an empty cell). */
export type Counts = readonly (number | null)[];

/** A row whose total is the sum of its counts (an empty count as 0). */
export function quarterRow(name: string, counts: Counts): TableRow {
  return { name, counts: [...counts], total: counts.reduce<number>((sum, value) => sum + (value ?? 0), 0) };
}

export interface QuarterTableOptions {
  /** The register sentence from TOTAAL AMR's total; default 1.000 people, the percentage to match. */
  register?: (knownInSonar: number) => Register | null;
  /** With the table's own checks' flags (default: none). */
  checked?: boolean;
  headers?: string[];
}

/** One table of a region and quarter, rows in the order given, TOTAAL AMR their sum. */
export function quarterTable(region: string, year: number, quarter: number, rows: Record<string, Counts>, options: QuarterTableOptions = {}): ExtractedTable {
  const tableRows = Object.entries(rows).map(([name, counts]) => quarterRow(name, counts));
  const column = (c: number) => tableRows.reduce((sum, row) => sum + (row.counts[c] ?? 0), 0);
  const totalRow = quarterRow('TOTAAL AMR', [column(0), column(1), column(2), column(3)]);
  const register = options.register ?? ((known: number) => ({ total: 1000, percentInSonar: Math.round(known / 10) }));
  const table: ExtractedTable = {
    page: 1,
    period: { year, quarter },
    region,
    pageLabel: null,
    headers: options.headers ?? ['A', 'B', 'C', 'D', 'Totaal'],
    rows: tableRows,
    totalRow,
    register: register(totalRow.total ?? 0),
    flags: [],
    source: 'text',
  };
  return options.checked ? { ...table, flags: checkTable(table) } : table;
}

/** A read file holding these tables (its name doubles as its SHA-256). */
export function quarterFile(name: string, ...tables: ExtractedTable[]): ExtractedDocument {
  return { file: name, sha256: name, pageCount: tables.length, tables, warnings: [] };
}
