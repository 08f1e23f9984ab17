// What the Tijdreeks view draws (issue 15): for a region or one of its municipalities, lines over
// every quarter from its first loaded one to its last (a quarter not loaded is a gap, never
// interpolated), each point with the cell it came from and the state of that cell's findings.
// Values are the session's documents, so corrections count as soon as they are typed. Pure: the
// chart component only draws this.
import { isAcceptedFlag, isHintFlag, isOpenFlag } from '@engine/checks';
import { TOTAL_COLUMN, type ExtractedDocument, type Flag } from '@engine/model';
import {
  buildTrends,
  municipalityPoints,
  quarterLabel,
  quarterSpan,
  type BeforeMerger,
  type MunicipalityTrend,
  type RegionTrend,
  type TrendPlace,
  type TrendPoint,
} from '@engine/series/trends';
import { columnIdOf, placeKey, type Place } from './cells';
import { flagsByPlace } from './flagPlaces';

/** The worst state of a point's cell: an open finding, an accepted one, a hint, or none. */
export type PointMark = 'open' | 'accepted' | 'hint' | null;

export interface LinePoint {
  value: number;
  /** The grid cell it was read from; null for a sum of predecessors. */
  place: Place | null;
  file: string | null;
  mark: PointMark;
  /** The Dutch messages of the cell's findings ("120 → 1.210 → 118"), for the tooltip. */
  messages: string[];
  /** Names of the predecessors summed, for a quarter before a merger. */
  sumOf: string[] | null;
}

export interface TrendLine {
  id: string;
  label: string;
  /** 'percent' lines go on their own axis. */
  unit: 'people' | 'percent';
  /** One entry per quarter of the chart; null where there is no value. */
  points: (LinePoint | null)[];
}

export interface TrendChart {
  title: string;
  /** Quarter numbers, consecutive. */
  quarters: number[];
  labels: string[];
  lines: TrendLine[];
}

/** What the analyst picked: a region, and a municipality's series key or null for the region. */
export interface TrendChoice {
  region: string;
  municipality: string | null;
  beforeMerger: BeforeMerger;
}

/** The charts of a choice: a municipality's counts and total; for a region its TOTAAL AMR counts
 * and total, then register and percentage. Empty when the choice is not among the series. */
export function trendCharts(documents: readonly ExtractedDocument[], choice: TrendChoice, countHeaders: readonly string[]): TrendChart[] {
  const region = buildTrends(documents).regions.find((candidate) => candidate.region === choice.region);
  if (!region) return [];
  const columnLabels = [...countHeaders, 'Totaal'];
  const rowLines = (pointsOf: (column: number) => TrendPoint[], sumOf: string[] | null) =>
    columnLabels.map((label, column): Omit<TrendLine, 'points'> & { source: TrendPoint[]; sumOf: string[] | null } => ({
      id: column === TOTAL_COLUMN ? 'total' : `c${column}`,
      label,
      unit: 'people',
      source: pointsOf(column),
      sumOf,
    }));
  if (choice.municipality !== null) {
    const municipality = region.municipalities.find((candidate) => candidate.key === choice.municipality);
    if (!municipality) return [];
    const sumOf = municipality.predecessors.length > 0 ? municipality.predecessors : null;
    const lines = rowLines((column) => municipalityPoints(municipality, column, choice.beforeMerger), sumOf);
    return [chart(municipalityTitle(municipality, region), documents, lines)];
  }
  const register = [
    { id: 'register', label: 'Doelgroepregister', unit: 'people' as const, source: region.register, sumOf: null },
    { id: 'percent', label: '% bekend binnen Sonar', unit: 'percent' as const, source: region.percentInSonar, sumOf: null },
  ];
  return [
    chart(
      `${region.region}, TOTAAL AMR`,
      documents,
      rowLines((column) => region.total[column] ?? [], null),
    ),
    chart(`${region.region}, doelgroepregister`, documents, register),
  ];
}

function municipalityTitle(municipality: MunicipalityTrend, region: RegionTrend): string {
  const part = municipality.nowPartOf ? ` (nu ${municipality.nowPartOf})` : '';
  return `${municipality.name}${part}, ${region.region}`;
}

function chart(
  title: string,
  documents: readonly ExtractedDocument[],
  lines: readonly (Omit<TrendLine, 'points'> & { source: TrendPoint[]; sumOf: string[] | null })[],
): TrendChart {
  const quarters = quarterSpan(lines.flatMap((line) => line.source.map((point) => point.quarter)));
  const first = quarters[0] ?? 0;
  return {
    title,
    quarters,
    labels: quarters.map(quarterLabel),
    lines: lines.map(({ source, sumOf, ...line }) => {
      const points: (LinePoint | null)[] = quarters.map(() => null);
      for (const point of source) {
        if (point.value === null) continue;
        const place = point.place ? placeOf(documents, point.place) : null;
        const flags = place && point.place ? flagsAt(documents, point.place, place) : [];
        points[point.quarter - first] = {
          value: point.value,
          place,
          file: point.place?.file ?? null,
          mark: markOf(flags),
          messages: flags.map((flag) => flag.message),
          sumOf: point.place ? null : sumOf,
        };
      }
      return { ...line, points };
    }),
  };
}

/** The grid cell of a series point: TOTAAL AMR's row index is the table's row count, as in Flag. */
export function placeOf(documents: readonly ExtractedDocument[], point: TrendPlace): Place | null {
  const { doc, table, cell } = point;
  const rows = documents[doc]?.tables[table]?.rows.length;
  if (rows === undefined) return null;
  if ('register' in cell) return { doc, table, row: 'region', column: cell.register === 'total' ? 'register' : 'percent' };
  return { doc, table, row: cell.rowIndex >= rows ? 'total' : cell.rowIndex, column: columnIdOf(cell.column) };
}

function flagsAt(documents: readonly ExtractedDocument[], point: TrendPlace, place: Place): readonly Flag[] {
  const table = documents[point.doc]?.tables[point.table];
  return table ? (flagsByPlace(table, point.doc, point.table).get(placeKey(place)) ?? []) : [];
}

function markOf(flags: readonly Flag[]): PointMark {
  if (flags.some(isOpenFlag)) return 'open';
  if (flags.some(isAcceptedFlag)) return 'accepted';
  return flags.some(isHintFlag) ? 'hint' : null;
}
