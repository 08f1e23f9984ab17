// The loaded quarters as series (issue 15): per arbeidsmarktregio its TOTAAL AMR counts, register
// and percentage, and per municipality its four counts and total, each a list of points over the
// quarters. Municipalities are followed by CBS code (a renamed municipality stays one series); a
// successor's quarters before a merger can be had as the sum of its predecessors
// (series/mergers.ts), kept apart from its own values so a view can show them labelled or as a
// break. One builder for the trend view, the "Δ vorig kwartaal" columns and the Tijdreeks sheet.
import { currentMunicipalityName, latestDay, municipalityCode, periodCode } from '../export/longFormat';
import { DATA_FIRST_DAY, DATA_LAST_DAY, officialName, recordByCode, type IsoDate } from '../municipalities/data';
import { boundedMemo } from '../municipalities/memo';
import { nameKey } from '../municipalities/normalise';
import { TOTAL_COLUMN, type ExtractedDocument, type ExtractedTable, type Period } from '../model';
import { predecessorSum, wholePredecessors } from './mergers';

/** Quarters counted from year 0 (year × 4 + quarter − 1), so consecutive quarters differ by 1. */
export function quarterNumber(period: Period): number {
  return period.year * 4 + period.quarter - 1;
}

export function periodOfQuarter(quarter: number): Period {
  return { year: Math.floor(quarter / 4), quarter: (quarter % 4) + 1 };
}

/** A table's cell a point was read from: a row (TOTAAL AMR has rowIndex rows.length, as in Flag)
 * and column 0..3 (counts) or 4 (total), or the register sentence's size or percentage. */
export type TrendCell = { rowIndex: number; column: number } | { register: 'total' | 'percentInSonar' };

export interface TrendPlace {
  doc: number;
  table: number;
  file: string;
  cell: TrendCell;
}

export interface TrendPoint {
  quarter: number;
  value: number | null;
  /** Where the value was read; null for a sum of predecessors (it has no single cell). */
  place: TrendPlace | null;
}

/** The five values of a row: counts 0..3 and the total (index {@link TOTAL_COLUMN}). */
export type RowColumns = [TrendPoint[], TrendPoint[], TrendPoint[], TrendPoint[], TrendPoint[]];

export interface MunicipalityTrend {
  /** The CBS code ("GM0917"), or "naam:<key>" for a printed name the municipality list does not know. */
  key: string;
  code: string | null;
  /** Its own official name (its last one when it no longer exists), or the name as printed. */
  name: string;
  /** The municipality it is part of now, when that is another one (merged or split into it). */
  nowPartOf: string | null;
  /** Its own printed values by column, in quarter order; a quarter without a table has no point. */
  columns: RowColumns;
  /** Quarters before it took in other municipalities whole: the sum of those, by column (gaps
   * where one of them is missing). Empty when it had no such predecessors loaded. */
  predecessorSums: RowColumns;
  /** Names of the predecessors those sums are made of. */
  predecessors: string[];
}

export interface RegionTrend {
  region: string;
  /** TOTAAL AMR's counts and total. */
  total: RowColumns;
  register: TrendPoint[];
  percentInSonar: TrendPoint[];
  /** Municipalities whose latest loaded quarter is in this region, by name. */
  municipalities: MunicipalityTrend[];
}

export interface Trends {
  /** Every quarter of a table loaded, ascending. */
  quarters: number[];
  /** By region name. */
  regions: RegionTrend[];
}

/** One collator for every sort: localeCompare(…, 'nl') sets one up per comparison (measured: 2.5
 * ms to sort one region's 67 names, most of a rebuild after an edit). */
const dutchOrder = new Intl.Collator('nl');

const emptyColumns = (): RowColumns => [[], [], [], [], []];

/** Builds the series of every readable table with a period and a region. When two files hold the
 * same quarter of the same row (a copy), the first one loaded counts. */
export function buildTrends(documents: readonly ExtractedDocument[]): Trends {
  const quarters = new Set<number>();
  const regions = new Map<string, RegionTrend>();
  const municipalities = new Map<string, MunicipalityTrend & { latest: number; region: string }>();
  const day = latestDay(documents);

  documents.forEach((document, doc) => {
    if (document.error) return;
    document.tables.forEach((table, t) => {
      if (!table.period || !table.region) return;
      const quarter = quarterNumber(table.period);
      quarters.add(quarter);
      const place = (cell: TrendCell): TrendPlace => ({ doc, table: t, file: document.file, cell });
      const region = regions.get(table.region) ?? {
        region: table.region,
        total: emptyColumns(),
        register: [],
        percentInSonar: [],
        municipalities: [],
      };
      regions.set(table.region, region);
      if (table.totalRow) addRow(region.total, quarter, table.totalRow, (column) => place({ rowIndex: table.rows.length, column }));
      if (table.register) {
        addPoint(region.register, { quarter, value: table.register.total, place: place({ register: 'total' }) });
        addPoint(region.percentInSonar, { quarter, value: table.register.percentInSonar, place: place({ register: 'percentInSonar' }) });
      }
      table.rows.forEach((row, rowIndex) => {
        const trend = municipalityOf(row.name, table, municipalities, day);
        if (quarter >= trend.latest) {
          trend.latest = quarter;
          trend.region = table.region!;
        }
        addRow(trend.columns, quarter, row, (column) => place({ rowIndex, column }));
      });
    });
  });

  const pointsOf = (code: string, column: number): readonly TrendPoint[] => municipalities.get(code)?.columns[column] ?? [];
  for (const trend of municipalities.values()) {
    if (trend.code) addPredecessorSums(trend, trend.code, pointsOf);
    const { latest: _latest, region: home, ...rest } = trend;
    regions.get(home)?.municipalities.push(rest);
  }
  for (const region of regions.values()) region.municipalities.sort((a, b) => dutchOrder.compare(a.name, b.name));
  return {
    quarters: [...quarters].sort((a, b) => a - b),
    regions: [...regions.values()].sort((a, b) => dutchOrder.compare(a.region, b.region)),
  };
}

/** The series a printed name belongs to in a quarter ({@link MunicipalityTrend.key}) and its CBS
 * code (null for a name the municipality list does not know). */
export function seriesKey(printed: string, period: Period | null): { key: string; code: string | null } {
  const code = rememberedCode(`${period ? quarterNumber(period) : ''}|${printed}`, () => municipalityCode(printed, period));
  return { key: code ?? `naam:${nameKey(printed)}`, code };
}

/** A printed name's code in a quarter: matching a name is most of the cost of building the
 * series (measured: 12 of 15 ms over 200 tables), and after an edit the same names come again. */
const rememberedCode = boundedMemo<string | null>();

function municipalityOf(
  printed: string,
  table: ExtractedTable,
  municipalities: Map<string, MunicipalityTrend & { latest: number; region: string }>,
  day: IsoDate | null,
): MunicipalityTrend & { latest: number; region: string } {
  const { key, code } = seriesKey(printed, table.period);
  let trend = municipalities.get(key);
  if (!trend) {
    const record = code ? recordByCode(code) : undefined;
    const ownName = record ? officialName(record, record.to ?? day ?? DATA_LAST_DAY) : printed;
    const current = code && day ? currentMunicipalityName(code, day) : null;
    trend = {
      key,
      code,
      name: ownName,
      nowPartOf: current && current !== ownName && record?.to ? current : null,
      columns: emptyColumns(),
      predecessorSums: emptyColumns(),
      predecessors: [],
      latest: -Infinity,
      region: table.region!,
    };
    municipalities.set(key, trend);
  }
  return trend;
}

function addRow(columns: RowColumns, quarter: number, row: { counts: (number | null)[]; total: number | null }, placeOf: (column: number) => TrendPlace): void {
  for (let column = 0; column <= TOTAL_COLUMN; column++) {
    const value = column === TOTAL_COLUMN ? row.total : (row.counts[column] ?? null);
    addPoint(columns[column]!, { quarter, value: finite(value), place: placeOf(column) });
  }
}

/** Keeps the points in quarter order; a quarter already there (a copy of the table) is kept. */
function addPoint(points: TrendPoint[], point: TrendPoint): void {
  let at = points.length;
  while (at > 0 && points[at - 1]!.quarter > point.quarter) at--;
  if (points[at - 1]?.quarter === point.quarter) return;
  points.splice(at, 0, point);
}

/** The quarters in which a municipality later merged whole into this one was still printed on its
 * own: there this one's series is the sum of the area it has now. */
function addPredecessorSums(trend: MunicipalityTrend, code: string, pointsOf: (code: string, column: number) => readonly TrendPoint[]): void {
  const predecessors = wholePredecessors(code);
  if (!predecessors) return;
  const before = new Set(predecessors.flatMap((record) => pointsOf(record.code, TOTAL_COLUMN).map((point) => point.quarter)));
  if (before.size === 0) return;
  trend.predecessors = predecessors.filter((record) => record.successor === code).map((record) => officialName(record, record.to ?? DATA_FIRST_DAY));
  for (const quarter of [...before].sort((a, b) => a - b)) {
    for (let column = 0; column <= TOTAL_COLUMN; column++) {
      const valueOf = (part: string) => pointsOf(part, column).find((point) => point.quarter === quarter)?.value ?? null;
      trend.predecessorSums[column]!.push({ quarter, value: predecessorSum(code, valueOf), place: null });
    }
  }
}

function finite(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** How a successor's quarters before a merger are shown: as the sum of its predecessors, or as a
 * break (its own printed values only). */
export type BeforeMerger = 'sum' | 'break';

/** A municipality's points of one column (0..3 counts, 4 total). With 'sum', a quarter with the
 * sum of its predecessors shows that sum, also where it was printed itself (before taking in a
 * neighbour its own value is a smaller area). */
export function municipalityPoints(trend: MunicipalityTrend, column: number, beforeMerger: BeforeMerger): TrendPoint[] {
  const own = trend.columns[column] ?? [];
  const sums = beforeMerger === 'sum' ? (trend.predecessorSums[column] ?? []) : [];
  if (sums.length === 0) return own;
  const summed = new Set(sums.map((point) => point.quarter));
  return [...sums, ...own.filter((point) => !summed.has(point.quarter))].sort((a, b) => a.quarter - b.quarter);
}

/** "2017-K3" style label of a quarter number. */
export function quarterLabel(quarter: number): string {
  return periodCode(periodOfQuarter(quarter));
}
