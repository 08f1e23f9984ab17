// The toolbar's filters: one region, one period, only rows with a finding. Shared by both grids.
import type { MunicipalityRow, RegionRow } from './gridRows';

export interface RowFilter {
  /** Arbeidsmarktregio name; empty for all. */
  region: string;
  /** Period label ("2017 K3"); empty for all. */
  period: string;
  /** Only rows with an open flag (Gemeenten) or tables with any flag (Regio's). */
  onlyFlagged: boolean;
}

export const NO_FILTER: RowFilter = { region: '', period: '', onlyFlagged: false };

export function isFiltering(filter: RowFilter): boolean {
  return filter.region !== '' || filter.period !== '' || filter.onlyFlagged;
}

export function passesFilter(row: MunicipalityRow | RegionRow, filter: RowFilter): boolean {
  if (filter.region && row.region !== filter.region) return false;
  if (filter.period && row.period !== filter.period) return false;
  if (filter.onlyFlagged) return 'otherFlags' in row ? row.rowFlags.length + row.otherFlags > 0 : row.rowFlags.length > 0;
  return true;
}

/** The regions and periods to choose from, sorted (periods newest first). */
export function filterChoices(rows: readonly RegionRow[]): { regions: string[]; periods: string[] } {
  const regions = [...new Set(rows.map((row) => row.region).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'nl'));
  const periods = [...new Set(rows.filter((row) => row.year !== null).map((row) => row.period))].sort((a, b) => b.localeCompare(a));
  return { regions, periods };
}
