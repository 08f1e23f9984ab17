// What the Tijdreeks view draws (session/trendLines.ts), on real PDFs of generated quarters read
// by the engine: a quarter not loaded is a gap (never interpolated), 1 and 40 quarters work,
// every point leads to its grid cell, findings mark their points with their messages, and a
// merger's earlier quarters are the labelled sum of its predecessors or a break.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkTable } from '../../src/engine/checks';
import type { ExtractedDocument, ExtractedTable } from '../../src/engine/model';
import { trendCharts, type TrendChart } from '../../src/renderer/session/trendLines';
import { extractBytes } from '../helpers/extract';
import { quarterFile, quarterTable, type Counts } from '../helpers/constructedTables';
import { quarterSeriesPdfs, quarterTruths, type QuarterFile } from '../helpers/quarterSeries';

const HEADERS = ['Kolom 1', 'Kolom 2', 'Kolom 3', 'Kolom 4'];
const REGION = 'Rijk van Nijmegen';
let files: QuarterFile[];
let documents: ExtractedDocument[];
beforeAll(async () => {
  files = await quarterSeriesPdfs({ seed: 7, from: { year: 2019, quarter: 3 }, count: 5 });
  documents = await Promise.all(files.map((file) => extractBytes(file.bytes, file.name)));
});

const lineValues = (chart: TrendChart, id: string) => chart.lines.find((line) => line.id === id)!.points.map((point) => point?.value ?? null);

describe('trendCharts', () => {
  it("draws a municipality's counts and total over its quarters, from the grid's documents", () => {
    const [chart] = trendCharts(documents, { region: REGION, municipality: 'GM0296', beforeMerger: 'sum' }, HEADERS);
    expect(chart!.title).toBe('Wijchen, Rijk van Nijmegen');
    expect(chart!.labels).toEqual(['2019-K3', '2019-K4', '2020-K1', '2020-K2', '2020-K3']);
    expect(chart!.lines.map((line) => line.label)).toEqual([...HEADERS, 'Totaal']);
    expect(lineValues(chart!, 'c2')).toEqual(files.map((file) => file.truth.rows.Wijchen![2]));
    expect(lineValues(chart!, 'total')).toEqual(files.map((file) => file.truth.rows.Wijchen![4]));
  });

  it('leaves a quarter that is not loaded as a gap between its neighbours', () => {
    const withoutThird = documents.filter((_, index) => index !== 2);
    const [chart] = trendCharts(withoutThird, { region: REGION, municipality: 'GM0296', beforeMerger: 'sum' }, HEADERS);
    expect(chart!.labels).toEqual(['2019-K3', '2019-K4', '2020-K1', '2020-K2', '2020-K3']);
    expect(lineValues(chart!, 'c0')).toEqual(files.map((file, index) => (index === 2 ? null : file.truth.rows.Wijchen![0])));
  });

  it("gives the region TOTAAL AMR's lines, then register and percentage on their own axis", () => {
    const charts = trendCharts(documents, { region: REGION, municipality: null, beforeMerger: 'sum' }, HEADERS);
    expect(charts.map((chart) => chart.title)).toEqual([`${REGION}, TOTAAL AMR`, `${REGION}, doelgroepregister`]);
    expect(lineValues(charts[0]!, 'total')).toEqual(files.map((file) => file.truth.totalRow[4]));
    expect(charts[1]!.lines.map((line) => [line.label, line.unit])).toEqual([
      ['Doelgroepregister', 'people'],
      ['% bekend binnen Sonar', 'percent'],
    ]);
    expect(lineValues(charts[1]!, 'percent')).toEqual(files.map((file) => file.truth.percent));
  });

  it('leads every point to its cell; a finding marks its point and brings its message', () => {
    const third = documents[2]!;
    const table = third.tables[0]!;
    const rows = table.rows.map((row, index) => (index === 6 ? { ...row, total: (row.total ?? 0) + 5 } : row));
    const broken: ExtractedTable = { ...table, rows, flags: [] };
    const changed = documents.map((document, index) => (index === 2 ? { ...document, tables: [{ ...broken, flags: checkTable(broken) }] } : document));
    const [chart] = trendCharts(changed, { region: REGION, municipality: 'GM0296', beforeMerger: 'sum' }, HEADERS);
    const total = chart!.lines.find((line) => line.id === 'total')!;
    expect(total.points[2]).toMatchObject({ place: { doc: 2, table: 0, row: 6, column: 'total' }, file: files[2]!.name, mark: 'open' });
    expect(total.points[2]!.messages.join(' ')).toContain(`gedrukt totaal ${(files[2]!.truth.rows.Wijchen![4] + 5).toLocaleString('nl-NL')}`);
    expect(total.points.filter((point) => point?.mark).length).toBe(1);
  });

  it('works with one quarter and with forty', () => {
    const [one] = trendCharts(documents.slice(0, 1), { region: REGION, municipality: null, beforeMerger: 'sum' }, HEADERS);
    expect(one!.labels).toEqual(['2019-K3']);
    const forty = quarterTruths({ seed: 3, from: { year: 2016, quarter: 1 }, count: 40 }).map((truth, index) => tableDocument(truth, index));
    const [chart] = trendCharts(forty, { region: REGION, municipality: 'GM0268', beforeMerger: 'sum' }, HEADERS);
    expect(chart!.labels).toHaveLength(40);
    expect(chart!.labels.at(-1)).toBe('2025-K4');
    expect(lineValues(chart!, 'c1').every((value) => value !== null)).toBe(true);
  });
});

describe('mergers in the chart', () => {
  const groningen = (year: number, quarter: number, rows: Record<string, Counts>, index: number): ExtractedDocument =>
    quarterFile(`q${index}.pdf`, quarterTable('Groningen', year, quarter, rows, { checked: true, register: () => null, headers: [...HEADERS, 'Totaal'] }));
  const merged = [
    groningen(2020, 4, { Appingedam: [1, 1, 1, 1], Delfzijl: [10, 10, 10, 10], Loppersum: [100, 100, 100, 100] }, 0),
    groningen(2021, 1, { Eemsdelta: [112, 111, 111, 111] }, 1),
  ];

  it('shows the quarters before a merger as the sum of the predecessors, without a cell, named in the point', () => {
    const [chart] = trendCharts(merged, { region: 'Groningen', municipality: 'GM1979', beforeMerger: 'sum' }, HEADERS);
    const c0 = chart!.lines[0]!;
    expect(c0.points.map((point) => point?.value)).toEqual([111, 112]);
    expect(c0.points[0]).toMatchObject({ place: null, file: null });
    expect([...c0.points[0]!.sumOf!].sort()).toEqual(['Appingedam', 'Delfzijl', 'Loppersum']);
    expect(c0.points[1]!.sumOf).toBeNull();
  });

  it('or as a break', () => {
    const [chart] = trendCharts(merged, { region: 'Groningen', municipality: 'GM1979', beforeMerger: 'break' }, HEADERS);
    expect(chart!.labels).toEqual(['2021-K1']);
  });
});

/** A checked document of one table of a generated quarter (no PDF: 40 quarters stay fast). */
function tableDocument(truth: { year: number; quarter: number; rows: Record<string, readonly number[]> }, index: number): ExtractedDocument {
  const counts = Object.fromEntries(Object.entries(truth.rows).map(([name, values]) => [name, values.slice(0, 4)]));
  return quarterFile(
    `q${index}.pdf`,
    quarterTable(REGION, truth.year, truth.quarter, counts, { checked: true, register: () => null, headers: [...HEADERS, 'Totaal'] }),
  );
}
