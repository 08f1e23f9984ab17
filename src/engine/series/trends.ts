// The loaded quarters as series (issue 15): per arbeidsmarktregio its TOTAAL AMR counts, register
// and percentage, and per municipality its four counts and total, each a list of points over the
// quarters. Municipalities are followed by CBS code (a renamed municipality stays one series); a
// successor's quarters before a merger can be had as the sum of its predecessors
// (series/mergers.ts), kept apart from its own values so a view can show them labelled or as a
// break. One builder for the trend view, the "Δ vorig kwartaal" columns, the Tijdreeks sheet and
// the unusual-jump hint (compare/unusualJumps.ts), which runs on every edit: each table's rows are
// matched to municipalities once per table object.
import { currentMunicipalityName, latestDay, municipalityCode, periodCode } from '../export/longFormat';
import { numberAt } from '../checks/columnTotals';
import { isOpenFlag } from '../checks/severity';
import { DATA_FIRST_DAY, DATA_LAST_DAY, officialName, recordByCode } from '../municipalities/data';
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

const emptyColumns = (): RowColumns => [[], [], [], [], []];

/** One collator for every sort: localeCompare(…, 'nl') builds one per comparison (2,5 ms a sort).
 * Made with the first sort: creating it loads ICU's collation data (10-20 ms), which every host
 * would otherwise pay at start, before its first file. */
let dutchCollator: Intl.Collator | undefined;
const dutchOrder = (a: string, b: string): number => (dutchCollator ??= new Intl.Collator('nl')).compare(a, b);

/** Series already built, by documents array: the app makes a new array on every change, and the
 * trend view and the Δ columns ask for the same one. */
const builtTrends = new WeakMap<readonly ExtractedDocument[], Trends>();

/** Builds the series of every readable table with a period and a region. When two files hold the
 * same quarter of the same row (a copy), the first one loaded counts. */
export function buildTrends(documents: readonly ExtractedDocument[]): Trends {
  let trends = builtTrends.get(documents);
  if (!trends) {
    trends = buildTrendsOnce(documents);
    builtTrends.set(documents, trends);
  }
  return trends;
}

function buildTrendsOnce(documents: readonly ExtractedDocument[]): Trends {
  const quarters = new Set<number>();
  const regions = new Map<string, RegionTrend>();
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
    });
  });

  for (const series of municipalitySeries(documents).values()) {
    const { printed, latestQuarter: _latest, latestRegion, ...rest } = series;
    const record = series.code ? recordByCode(series.code) : undefined;
    const ownName = record ? officialName(record, record.to ?? day ?? DATA_LAST_DAY) : printed;
    const current = series.code && day ? currentMunicipalityName(series.code, day) : null;
    const trend: MunicipalityTrend = { ...rest, name: ownName, nowPartOf: current && current !== ownName && record?.to ? current : null };
    if (latestRegion !== null) regions.get(latestRegion)?.municipalities.push(trend);
  }
  for (const region of regions.values()) region.municipalities.sort((a, b) => dutchOrder(a.name, b.name));
  return {
    quarters: [...quarters].sort((a, b) => a - b),
    regions: [...regions.values()].sort((a, b) => dutchOrder(a.region, b.region)),
  };
}

/** One municipality's series as the loaded tables give it, before it is named for a view. */
export interface MunicipalitySeries {
  /** The CBS code, or "naam:<key>" for a printed name the municipality list does not know. */
  key: string;
  code: string | null;
  /** The name as first printed. */
  printed: string;
  /** Its own values by column, in quarter order (see {@link MunicipalityTrend.columns}). */
  columns: RowColumns;
  /** Quarters before it took in other municipalities whole, as their sum (see {@link MunicipalityTrend.predecessorSums}). */
  predecessorSums: RowColumns;
  predecessors: string[];
  /** Its latest loaded quarter and the region of that table (null for a table without one). */
  latestQuarter: number;
  latestRegion: string | null;
}

export interface SeriesOptions {
  /** A row with an open finding becomes a gap (its values null, its place kept) instead of its
   * values: the unusual-jump check looks only at rows whose own sums agree, and a predecessor's
   * gap makes its successor's sum a gap too rather than a smaller area. */
  openRowsAsGaps?: boolean;
  /** Also tables whose region was not read (the trend view groups by region and leaves them out;
   * a municipality's own history does not need it). */
  withoutRegion?: boolean;
}

/** Each municipality's series over the loaded tables, by {@link MunicipalitySeries.key}: its own
 * printed values, and for a successor the sums of its predecessors before the merger. The one way
 * series are built, for the trend view and for the unusual-jump check. When two files hold the same
 * quarter of the same row (a copy), the first one loaded counts. */
export function municipalitySeries(documents: readonly ExtractedDocument[], options: SeriesOptions = {}): Map<string, MunicipalitySeries> {
  const municipalities = new Map<string, MunicipalitySeries>();
  documents.forEach((document, doc) => {
    if (document.error) return;
    document.tables.forEach((table, t) => {
      if (!table.period || (!table.region && !options.withoutRegion)) return;
      const quarter = quarterNumber(table.period);
      const who = tableMunicipalities(table);
      table.rows.forEach((row, rowIndex) => {
        const { key, code, open } = who[rowIndex]!;
        let series = municipalities.get(key);
        if (!series) {
          series = {
            key,
            code,
            printed: row.name,
            columns: emptyColumns(),
            predecessorSums: emptyColumns(),
            predecessors: [],
            latestQuarter: -Infinity,
            latestRegion: null,
          };
          municipalities.set(key, series);
        }
        if (quarter >= series.latestQuarter) {
          series.latestQuarter = quarter;
          series.latestRegion = table.region;
        }
        const place = (column: number): TrendPlace => ({ doc, table: t, file: document.file, cell: { rowIndex, column } });
        addRow(series.columns, quarter, open && options.openRowsAsGaps ? GAP_ROW : row, place);
      });
    });
  });
  const pointsOf = (code: string, column: number): readonly TrendPoint[] => municipalities.get(code)?.columns[column] ?? [];
  for (const series of municipalities.values()) if (series.code) addPredecessorSums(series, series.code, pointsOf);
  return municipalities;
}

const GAP_ROW = { counts: [], total: null };

/** A row's municipality: its series key, its CBS code (null for a printed name the municipality
 * list does not know) and whether the row has an open finding. */
interface RowMunicipality {
  key: string;
  code: string | null;
  open: boolean;
}

/** Each table's rows by municipality, worked out once per table object: the app builds series on
 * every edit, and only the edited table is a new object (measured: matching every row's name on
 * each edit doubled the cost of the checks across tables). */
const municipalitiesOfTable = new WeakMap<ExtractedTable, readonly RowMunicipality[]>();

function tableMunicipalities(table: ExtractedTable): readonly RowMunicipality[] {
  const known = municipalitiesOfTable.get(table);
  if (known) return known;
  const open = new Set(table.flags.filter((flag) => isOpenFlag(flag) && flag.rowIndex !== undefined).map((flag) => flag.rowIndex));
  const rows = table.rows.map((row, rowIndex) => {
    const { key, code } = seriesKey(row.name, table.period);
    return { key, code, open: open.has(rowIndex) };
  });
  municipalitiesOfTable.set(table, rows);
  return rows;
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

function addRow(
  columns: RowColumns,
  quarter: number,
  row: { counts: readonly (number | null)[]; total: number | null },
  placeOf: (column: number) => TrendPlace,
): void {
  for (let column = 0; column <= TOTAL_COLUMN; column++) {
    addPoint(columns[column]!, { quarter, value: numberAt(row, column), place: placeOf(column) });
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
function addPredecessorSums(series: MunicipalitySeries, code: string, pointsOf: (code: string, column: number) => readonly TrendPoint[]): void {
  const predecessors = wholePredecessors(code);
  if (!predecessors) return;
  const before = new Set(predecessors.flatMap((record) => pointsOf(record.code, TOTAL_COLUMN).map((point) => point.quarter)));
  if (before.size === 0) return;
  series.predecessors = predecessors.filter((record) => record.successor === code).map((record) => officialName(record, record.to ?? DATA_FIRST_DAY));
  for (const quarter of [...before].sort((a, b) => a - b)) {
    for (let column = 0; column <= TOTAL_COLUMN; column++) {
      const valueOf = (part: string) => pointsOf(part, column).find((point) => point.quarter === quarter)?.value ?? null;
      series.predecessorSums[column]!.push({ quarter, value: predecessorSum(code, valueOf), place: null });
    }
  }
}

/** How a successor's quarters before a merger are shown: as the sum of its predecessors, or as a
 * break (its own printed values only). */
export type BeforeMerger = 'sum' | 'break';

/** A municipality's points of one column (0..3 counts, 4 total). With 'sum', a quarter with the
 * sum of its predecessors shows that sum, also where it was printed itself (before taking in a
 * neighbour its own value is a smaller area). */
export function municipalityPoints(trend: Pick<MunicipalityTrend, 'columns' | 'predecessorSums'>, column: number, beforeMerger: BeforeMerger): TrendPoint[] {
  const own = trend.columns[column] ?? [];
  const sums = beforeMerger === 'sum' ? (trend.predecessorSums[column] ?? []) : [];
  if (sums.length === 0) return own;
  const summed = new Set(sums.map((point) => point.quarter));
  return [...sums, ...own.filter((point) => !summed.has(point.quarter))].sort((a, b) => a.quarter - b.quarter);
}

/** Every quarter from the first to the last of these: one not loaded in between is there too, as
 * a gap (a chart must not draw a line across it as if it were one step). */
export function quarterSpan(quarters: Iterable<number>): number[] {
  const all = [...quarters];
  if (all.length === 0) return [];
  const first = Math.min(...all);
  return Array.from({ length: Math.max(...all) - first + 1 }, (_, i) => first + i);
}

/** "2017-K3" style label of a quarter number. */
export function quarterLabel(quarter: number): string {
  return periodCode(periodOfQuarter(quarter));
}
