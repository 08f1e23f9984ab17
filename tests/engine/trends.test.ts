// The series over loaded quarters (engine/series/trends.ts) on constructed tables with real
// municipality names: points in quarter order with gaps left as gaps, a copy of a quarter counted
// once, places that lead back to the cell, and mergers: a new municipality (Eemsdelta, 2021) and
// an annexation (Weesp into Amsterdam, 2022) get their predecessors' sums, a split (Haaren, 2021)
// does not.
import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../src/engine/model';
import { quarterFile, quarterTable, type Counts } from '../helpers/constructedTables';
import { buildTrends, municipalityPoints, periodOfQuarter, quarterLabel, quarterNumber, type Trends } from '../../src/engine/series/trends';

/** A table of one quarter, the register sentence from `register` people (the percentage to match). */
const table = (region: string, year: number, quarter: number, rows: Record<string, Counts>, register = 1000) =>
  quarterTable(region, year, quarter, rows, { register: (known) => ({ total: register, percentInSonar: Math.round((100 * known) / register) }) });
const file = quarterFile;

const values = (points: { quarter: number; value: number | null }[]) => points.map((point) => [quarterLabel(point.quarter), point.value]);
const municipality = (trends: Trends, name: string) => trends.regions.flatMap((region) => region.municipalities).find((m) => m.name === name)!;

describe('quarter numbers', () => {
  it('count quarters so that consecutive ones differ by one, across a year', () => {
    expect(quarterNumber({ year: 2017, quarter: 4 }) + 1).toBe(quarterNumber({ year: 2018, quarter: 1 }));
    expect(periodOfQuarter(quarterNumber({ year: 2021, quarter: 3 }))).toEqual({ year: 2021, quarter: 3 });
    expect(quarterLabel(quarterNumber({ year: 2020, quarter: 2 }))).toBe('2020-K2');
  });
});

describe('buildTrends', () => {
  const documents = [
    file('k3.pdf', table('Zuid-Limburg', 2017, 3, { Heerlen: [1, 2, 3, 4], Maastricht: [10, 20, 30, 40] }, 500)),
    file('k1.pdf', table('Zuid-Limburg', 2018, 1, { Heerlen: [2, 2, 3, 4], Maastricht: [11, 20, 30, 40] }, 510)),
    // The same quarter again in a later file, with other values: the first file loaded counts.
    file('k3-kopie.pdf', table('Zuid-Limburg', 2017, 3, { Heerlen: [9, 9, 9, 9], Maastricht: [9, 9, 9, 9] }, 999)),
    file('k2.pdf', table('Zuid-Limburg', 2018, 2, { Heerlen: [3, 2, 3, 4] }, 520)),
    { file: 'kapot.pdf', pageCount: 0, tables: [], warnings: [], error: { code: 'damaged-pdf', message: 'kapot' } } as ExtractedDocument,
  ];
  const trends = buildTrends(documents);

  it('lists every loaded quarter once, oldest first, with gaps between them left out', () => {
    expect(trends.quarters.map(quarterLabel)).toEqual(['2017-K3', '2018-K1', '2018-K2']);
  });

  it('gives each municipality its points in quarter order; a quarter it is missing from has no point', () => {
    const heerlen = municipality(trends, 'Heerlen');
    expect(heerlen.code).toBe('GM0917');
    expect(values(heerlen.columns[0])).toEqual([
      ['2017-K3', 1],
      ['2018-K1', 2],
      ['2018-K2', 3],
    ]);
    expect(values(heerlen.columns[4])).toEqual([
      ['2017-K3', 10],
      ['2018-K1', 11],
      ['2018-K2', 12],
    ]);
    expect(values(municipality(trends, 'Maastricht').columns[0])).toEqual([
      ['2017-K3', 10],
      ['2018-K1', 11],
    ]);
  });

  it('points lead back to the file, table and cell they were read from', () => {
    const heerlen = municipality(trends, 'Heerlen');
    expect(heerlen.columns[2][2]!.place).toEqual({ doc: 3, table: 0, file: 'k2.pdf', cell: { rowIndex: 0, column: 2 } });
    const region = trends.regions[0]!;
    expect(region.total[4][1]!.place).toEqual({ doc: 1, table: 0, file: 'k1.pdf', cell: { rowIndex: 2, column: 4 } });
    expect(region.percentInSonar[0]!.place?.cell).toEqual({ register: 'percentInSonar' });
  });

  it('gives the region its TOTAAL AMR, register and percentage series', () => {
    const region = trends.regions[0]!;
    expect(region.region).toBe('Zuid-Limburg');
    expect(values(region.total[4])).toEqual([
      ['2017-K3', 110],
      ['2018-K1', 112],
      ['2018-K2', 12],
    ]);
    expect(values(region.register)).toEqual([
      ['2017-K3', 500],
      ['2018-K1', 510],
      ['2018-K2', 520],
    ]);
    expect(values(region.percentInSonar)).toEqual([
      ['2017-K3', 22],
      ['2018-K1', 22],
      ['2018-K2', 2],
    ]);
    expect(region.municipalities.map((m) => m.name)).toEqual(['Heerlen', 'Maastricht']);
  });

  it('keeps a printed name it does not know as its own series, by that name', () => {
    const unknown = buildTrends([file('x.pdf', table('Zuid-Limburg', 2019, 1, { Nergenshuizen: [5, 5, 5, 5] }))]);
    const series = unknown.regions[0]!.municipalities[0]!;
    expect(series).toMatchObject({ code: null, name: 'Nergenshuizen', key: 'naam:nergenshuizen' });
  });
});

describe('mergers', () => {
  it('a new municipality (Eemsdelta, 2021) gets the sum of Appingedam, Delfzijl and Loppersum before it', () => {
    const trends = buildTrends([
      file('2020k3.pdf', table('Groningen', 2020, 3, { Appingedam: [1, 1, 1, 1], Delfzijl: [10, 10, 10, 10], Loppersum: [100, 100, 100, 100] })),
      file('2020k4.pdf', table('Groningen', 2020, 4, { Appingedam: [2, 1, 1, 1], Delfzijl: [20, 10, 10, 10], Loppersum: [200, 100, 100, 100] })),
      file('2021k1.pdf', table('Groningen', 2021, 1, { Eemsdelta: [230, 111, 111, 111] })),
    ]);
    const eemsdelta = municipality(trends, 'Eemsdelta');
    expect(eemsdelta.predecessors.sort()).toEqual(['Appingedam', 'Delfzijl', 'Loppersum']);
    expect(values(eemsdelta.predecessorSums[0])).toEqual([
      ['2020-K3', 111],
      ['2020-K4', 222],
    ]);
    expect(eemsdelta.predecessorSums[0].every((point) => point.place === null)).toBe(true);
    expect(values(municipalityPoints(eemsdelta, 0, 'sum'))).toEqual([
      ['2020-K3', 111],
      ['2020-K4', 222],
      ['2021-K1', 230],
    ]);
    expect(values(municipalityPoints(eemsdelta, 0, 'break'))).toEqual([['2021-K1', 230]]);
    expect(municipality(trends, 'Delfzijl').nowPartOf).toBe('Eemsdelta');
    expect(municipality(trends, 'Eemsdelta').nowPartOf).toBeNull();
  });

  it('a predecessor missing from a quarter makes that quarter a gap, not a smaller sum', () => {
    const trends = buildTrends([
      file('2020k4.pdf', table('Groningen', 2020, 4, { Appingedam: [2, 1, 1, 1], Delfzijl: [20, 10, 10, 10] })),
      file('2021k1.pdf', table('Groningen', 2021, 1, { Eemsdelta: [230, 111, 111, 111] })),
    ]);
    expect(values(municipality(trends, 'Eemsdelta').predecessorSums[0])).toEqual([['2020-K4', null]]);
  });

  it('an annexation (Weesp into Amsterdam, 2022) sums both before it, replacing Amsterdam-alone', () => {
    const trends = buildTrends([
      file('2021k4.pdf', table('Groot-Amsterdam', 2021, 4, { Amsterdam: [1000, 0, 0, 0], Weesp: [50, 0, 0, 0] })),
      file('2022k2.pdf', table('Groot-Amsterdam', 2022, 2, { Amsterdam: [1060, 0, 0, 0] })),
    ]);
    const amsterdam = municipality(trends, 'Amsterdam');
    expect(values(amsterdam.columns[0])).toEqual([
      ['2021-K4', 1000],
      ['2022-K2', 1060],
    ]);
    expect(values(municipalityPoints(amsterdam, 0, 'sum'))).toEqual([
      ['2021-K4', 1050],
      ['2022-K2', 1060],
    ]);
    expect(municipality(trends, 'Weesp').nowPartOf).toBe('Amsterdam');
  });

  it('a municipality that got part of a split one (Boxtel, part of Haaren in 2021) gets no sum', () => {
    const trends = buildTrends([
      file('2020k4.pdf', table('Midden-Brabant', 2020, 4, { Boxtel: [100, 0, 0, 0], Haaren: [30, 0, 0, 0] })),
      file('2021k1.pdf', table('Midden-Brabant', 2021, 1, { Boxtel: [110, 0, 0, 0] })),
    ]);
    const boxtel = municipality(trends, 'Boxtel');
    expect(boxtel.predecessorSums[0]).toEqual([]);
    expect(values(municipalityPoints(boxtel, 0, 'sum'))).toEqual(values(boxtel.columns[0]));
    expect(municipality(trends, 'Haaren').nowPartOf).toBeNull();
  });
});
