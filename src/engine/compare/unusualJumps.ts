// Issue 15's history check across the loaded quarters: each municipality's counts and total form
// a series over the quarters, and a value far outside its own history (series/unusualJump.ts)
// gets an info hint on its cell. The series are the trend view's (series/trends.ts): a
// municipality's own printed values by CBS code, so a predecessor keeps its own series (Weesp
// beside Amsterdam until 2022), and a successor's quarters before a whole merger are the sum of
// its predecessors (Eemsdelta, 2021). A sum has no cell: it is a neighbour, never hinted itself.
// Only rows whose own sums agree are looked at: a row with an open finding has a better
// explanation already, and is a gap in its series (and in any sum it is part of).
import type { ExtractedDocument, Flag } from '../model';
import { municipalityPoints, municipalitySeries, quarterNumber, type TrendPoint } from '../series/trends';
import { MIN_SERIES_POINTS, unusualJumps } from '../series/unusualJump';
import { tableKey } from './duplicateTables';

/** Hints by table ({@link tableKey}), in row and column order within a table. */
export function checkUnusualJumps(documents: readonly ExtractedDocument[]): Map<string, Flag[]> {
  const hints = new Map<string, Flag[]>();
  // A jump needs a quarter before and after it. With fewer than three quarters loaded (one
  // quarter's files, or copies of one) there can be none, and the series are not built: the app
  // runs this after every edit.
  if (quartersLoaded(documents) < MIN_SERIES_POINTS) return hints;
  const hint = (point: TrendPoint, column: number, message: string) => {
    if (!point.place || !('rowIndex' in point.place.cell)) return;
    const { doc, table, cell } = point.place;
    const row = documents[doc]?.tables[table]?.rows[cell.rowIndex];
    if (!row) return;
    const flags = hints.get(tableKey(doc, table)) ?? [];
    flags.push({
      code: 'unusual-jump',
      severity: 'info',
      row: row.name,
      rowIndex: cell.rowIndex,
      column,
      message: `Ongebruikelijke sprong ten opzichte van de kwartalen ervoor en erna: ${message}`,
    });
    hints.set(tableKey(doc, table), flags);
  };

  for (const series of municipalitySeries(documents, { openRowsAsGaps: true, withoutRegion: true }).values()) {
    series.columns.forEach((own, column) => {
      const points = municipalityPoints(series, column, 'sum');
      for (const jump of unusualJumps(points)) hint(points[jump.index]!, column, jump.message);
      // A municipality that took others in (Amsterdam, Weesp) printed its own smaller area before:
      // those cells are in no sum series, so they are looked at in its own printed series.
      if (points === own) return;
      const summed = new Set(points);
      if (own.every((point) => summed.has(point))) return;
      for (const jump of unusualJumps(own)) if (!summed.has(own[jump.index]!)) hint(own[jump.index]!, column, jump.message);
    });
  }
  for (const flags of hints.values()) flags.sort((a, b) => a.rowIndex! - b.rowIndex! || a.column! - b.column!);
  return hints;
}

function quartersLoaded(documents: readonly ExtractedDocument[]): number {
  const quarters = new Set<number>();
  for (const document of documents) for (const table of document.error ? [] : document.tables) if (table.period) quarters.add(quarterNumber(table.period));
  return quarters.size;
}
