// "Δ vorig kwartaal" (issue 15): for every municipality row and TOTAAL AMR row of the loaded tables,
// per count and the total, the change since the quarter before (exactly one quarter earlier, not
// the nearest earlier one loaded), absolute and in percent. Values are the tables' own, as given
// (in the app: as corrected); the previous quarter's come from the series (trends.ts), so a
// municipality is followed by CBS code. Where its area changed between the two quarters the
// comparison is made only when it is still the same area: after a merger of whole municipalities
// against the sum of its predecessors (Eemsdelta 2021, Amsterdam with Weesp 2022); after taking
// in part of a split municipality (Boxtel, part of Haaren, 2021) not at all.
import { numberAt } from '../checks/columnTotals';
import { quarterStart } from '../municipalities/dates';
import { TOTAL_COLUMN, type ExtractedDocument } from '../model';
import { intakeBetween, type Intake } from './mergers';
import { buildTrends, municipalityPoints, periodOfQuarter, quarterNumber, seriesKey, type MunicipalityTrend, type TrendPoint } from './trends';

/** Why a value has no change to show. */
export type NoChange =
  /** No table of the quarter before is loaded. */
  | 'quarter-not-loaded'
  /** That quarter is loaded, but not this municipality (or region) in it. */
  | 'row-not-loaded'
  /** The municipality took in part of a split one: its area is not the same. */
  | 'area-changed'
  /** The municipality was formed or grew by a merger, and its predecessors of the quarter
   * before are not all loaded (or one of them has no value). */
  | 'predecessors-missing'
  /** This cell has no number. */
  | 'no-value'
  /** The quarter before has no number there. */
  | 'no-previous-value';

export interface QuarterChange {
  /** The quarter compared with (quarterNumber − 1). */
  previousQuarter: number;
  /** The value compared with; null when there is none. */
  previous: number | null;
  /** value − previous; null when there is no comparison (see `missing`). */
  absolute: number | null;
  /** 100 × absolute ÷ previous; null also when previous is 0. */
  percent: number | null;
  /** The names whose sum `previous` is (a merger), or the municipalities whose (part of) area
   * came in (missing 'area-changed' / 'predecessors-missing'); empty otherwise. */
  predecessors: readonly string[];
  /** True when `previous` is the sum of the predecessors: the same area, before the merger. */
  ofPredecessors: boolean;
  missing: NoChange | null;
}

/** The five changes of a row: counts 0..3 and the total (index {@link TOTAL_COLUMN}). */
export type RowChanges = readonly QuarterChange[];

/** The changes of the loaded tables' rows, worked out when asked for. */
export interface PreviousQuarterChanges {
  /** The changes of a municipality row (its index in table.rows) or of TOTAAL AMR ('total');
   * null for a document that could not be read, a table without period, or no such row. */
  at(doc: number, table: number, row: number | 'total'): RowChanges | null;
}

/** The changes of every row of every table. Building it costs one build of the series; a row's
 * changes are worked out the first time they are asked for (a grid asks for the rows it shows),
 * so an edit does not pay for every row of every table. */
export function previousQuarterChanges(documents: readonly ExtractedDocument[]): PreviousQuarterChanges {
  const trends = buildTrends(documents);
  const loaded = new Set(trends.quarters);
  const municipalities = new Map(trends.regions.flatMap((region) => region.municipalities.map((trend) => [trend.key, trend] as const)));
  const regions = new Map(trends.regions.map((region) => [region.region, region]));
  const known = new Map<string, RowChanges | null>();

  const rowChanges = (doc: number, tableIndex: number, rowRef: number | 'total'): RowChanges | null => {
    const document = documents[doc];
    const table = document?.error ? undefined : document?.tables[tableIndex];
    const row = rowRef === 'total' ? table?.totalRow : table?.rows[rowRef];
    if (!table?.period || !row) return null;
    const quarter = quarterNumber(table.period);
    if (!loaded.has(quarter - 1)) return valuesOf(row).map(() => noChange(quarter, 'quarter-not-loaded'));
    if (rowRef === 'total') {
      const region = table.region ? regions.get(table.region) : undefined;
      return valuesOf(row).map((value, column) => change(value, pointAt(region?.total[column], quarter - 1), quarter, false, []));
    }
    const { key, code } = seriesKey(row.name, table.period);
    const trend = municipalities.get(key);
    const intake = code ? intakeBefore(code, quarter) : null;
    return valuesOf(row).map((value, column) => municipalityChange(value, trend, column, quarter, intake));
  };

  return {
    at(doc, table, row) {
      const key = `${doc}-${table}-${row}`;
      if (!known.has(key)) known.set(key, rowChanges(doc, table, row));
      return known.get(key) ?? null;
    },
  };
}

function valuesOf(row: { counts: readonly (number | null)[]; total: number | null }): (number | null)[] {
  return [0, 1, 2, 3, TOTAL_COLUMN].map((column) => numberAt(row, column));
}

function municipalityChange(value: number | null, trend: MunicipalityTrend | undefined, column: number, quarter: number, intake: Intake | null): QuarterChange {
  if (!intake) return change(value, pointAt(trend?.columns[column], quarter - 1), quarter, false, []);
  if (!intake.whole) return { ...noChange(quarter, 'area-changed'), predecessors: intake.names };
  // Merged whole: the quarter before is the sum of the same area, or nothing.
  const before = trend ? pointAt(municipalityPoints(trend, column, 'sum'), quarter - 1) : undefined;
  if (!before || before.place !== null || before.value === null) return { ...noChange(quarter, 'predecessors-missing'), predecessors: intake.names };
  return change(value, before, quarter, true, trend?.predecessors ?? intake.names);
}

function change(
  value: number | null,
  before: TrendPoint | undefined,
  quarter: number,
  ofPredecessors: boolean,
  predecessors: readonly string[],
): QuarterChange {
  if (!before) return noChange(quarter, 'row-not-loaded');
  const previous = before.value;
  const missing = value === null ? 'no-value' : previous === null ? 'no-previous-value' : null;
  const absolute = value !== null && previous !== null ? value - previous : null;
  const percent = absolute !== null && previous ? (100 * absolute) / previous : null;
  return { previousQuarter: quarter - 1, previous, absolute, percent, predecessors, ofPredecessors, missing };
}

function noChange(quarter: number, missing: NoChange): QuarterChange {
  return { previousQuarter: quarter - 1, previous: null, absolute: null, percent: null, predecessors: [], ofPredecessors: false, missing };
}

/** The point of that quarter (points are in quarter order, the recent ones last). */
function pointAt(points: readonly TrendPoint[] | undefined, quarter: number): TrendPoint | undefined {
  if (!points) return undefined;
  for (let i = points.length - 1; i >= 0; i--) {
    const point = points[i]!;
    if (point.quarter === quarter) return point;
    if (point.quarter < quarter) return undefined;
  }
  return undefined;
}

/** What went into the municipality between the quarter before and this one (a municipality
 * counts in a quarter's tables when it is in force on its first day), or null when nothing did. */
function intakeBefore(code: string, quarter: number): Intake | null {
  const from = quarterStart(periodOfQuarter(quarter - 1));
  const until = quarterStart(periodOfQuarter(quarter));
  return from && until ? intakeBetween(code, from, until) : null;
}
