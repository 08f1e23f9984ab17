// What the window counts, defined once and following the filters: municipality rows shown,
// cells with an open finding (F8's stops) and the findings on them. Two findings on one cell
// are one cell. What the filters hide is counted too, so the status bar can say so.
import { placeKey, rowIdOf } from './cells';
import type { PlacedFlag } from './flagPlaces';
import type { MunicipalityRow, RegionRow } from './gridRows';
import { passesFilter, type RowFilter } from './rowFilter';

export interface ReviewCounts {
  /** Municipality rows shown (TOTAAL AMR rows are not municipalities), and in all. */
  rows: number;
  allRows: number;
  /** Cells with an open finding, and the findings on them, in the rows shown. */
  cells: number;
  findings: number;
  /** The same outside the filters. */
  hiddenCells: number;
  hiddenFindings: number;
}

export function reviewCounts(rows: readonly MunicipalityRow[], regions: readonly RegionRow[], placed: readonly PlacedFlag[], filter: RowFilter): ReviewCounts {
  const municipalities = rows.filter((row) => !row.isTotal);
  const byId = new Map<string, MunicipalityRow | RegionRow>([...rows, ...regions].map((row) => [row.id, row]));
  const shown = new Set<string>();
  const hidden = new Set<string>();
  let findings = 0;
  let hiddenFindings = 0;
  for (const { place } of placed) {
    const row = byId.get(rowIdOf(place));
    if (row && passesFilter(row, filter)) {
      shown.add(placeKey(place));
      findings++;
    } else {
      hidden.add(placeKey(place));
      hiddenFindings++;
    }
  }
  return {
    rows: municipalities.filter((row) => passesFilter(row, filter)).length,
    allRows: municipalities.length,
    cells: shown.size,
    findings,
    hiddenCells: hidden.size,
    hiddenFindings,
  };
}
