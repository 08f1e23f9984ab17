// The toolbar's filters: one region, one period, only rows with a finding, and the search.
// Shared by both grids (the search narrows the Gemeenten grid only) and by every count of
// what is shown, so the grid, F8 and the status bar agree on what the filters leave.
import { displayValue } from './display';
import type { MunicipalityRow, RegionRow } from './gridRows';

export interface RowFilter {
  /** Arbeidsmarktregio name; empty for all. */
  region: string;
  /** Period label ("2017 K3"); empty for all. */
  period: string;
  /** Only rows with an open flag (Gemeenten) or tables with any flag (Regio's). */
  onlyFlagged: boolean;
  /** Words that must all be in what a Gemeenten row shows; empty for all. */
  search: string;
}

export const NO_FILTER: RowFilter = { region: '', period: '', onlyFlagged: false, search: '' };

export function isFiltering(filter: RowFilter): boolean {
  return filter.region !== '' || filter.period !== '' || filter.onlyFlagged || filter.search.trim() !== '';
}

export function passesFilter(row: MunicipalityRow | RegionRow, filter: RowFilter): boolean {
  if (filter.region && row.region !== filter.region) return false;
  if (filter.period && row.period !== filter.period) return false;
  if (filter.onlyFlagged && ('otherFlags' in row ? row.rowFlags.length + row.otherFlags : row.rowFlags.length) === 0) return false;
  return 'otherFlags' in row || matchesSearch(row, filter.search);
}

/** Every word of the search (any case, any order) is in one of the texts the row shows: file,
 * period, region, name, the values as displayed ("1.304") and the Controle text. */
export function matchesSearch(row: MunicipalityRow, search: string): boolean {
  // Most of the time there is no search: skip the locale-aware lowercasing, which every count of
  // what is shown would otherwise do for every row after every edit.
  if (search.trim() === '') return true;
  const words = search.toLocaleLowerCase('nl').split(/\s+/).filter(Boolean);
  const values = [row.c0, row.c1, row.c2, row.c3, row.total].map((value) => displayValue(value));
  const text = [row.file, row.period, row.region, row.name, ...values, row.check].join('\n').toLocaleLowerCase('nl');
  return words.every((word) => text.includes(word));
}

/** The regions and periods to choose from, sorted (periods newest first). */
export function filterChoices(rows: readonly RegionRow[]): { regions: string[]; periods: string[] } {
  const regions = [...new Set(rows.map((row) => row.region).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'nl'));
  const periods = [...new Set(rows.filter((row) => row.year !== null).map((row) => row.period))].sort((a, b) => b.localeCompare(a));
  return { regions, periods };
}
