// Following a municipality's quarters through mergers (issue 15), on the real reference data:
// Molenlanden (2019), Land van Cuijk and Dijk en Waard (2022); and the splits whose earlier
// quarters cannot be summed (Haaren 2021, Winsum 2019).
import { describe, expect, it } from 'vitest';
import { predecessorSum, seriesCode, wholePredecessors } from '../../src/engine/series/mergers';

const codes = (records: readonly { code: string }[] | null) => records?.map((record) => record.code).sort() ?? null;

describe('series through mergers', () => {
  it('follows a merged municipality to the code its series continues under', () => {
    expect(seriesCode('GM0689')).toBe('GM1978'); // Giessenlanden → Molenlanden
    expect(seriesCode('GM1684')).toBe('GM1982'); // Cuijk → Land van Cuijk
    expect(seriesCode('GM0855')).toBe('GM0855'); // Tilburg, in force
    expect(seriesCode('GM9999')).toBe('GM9999');
  });

  it('names the predecessors that merged whole, and none for a successor that received part of a split', () => {
    expect(codes(wholePredecessors('GM1978'))).toEqual(['GM0689', 'GM1927']);
    expect(codes(wholePredecessors('GM1980'))).toEqual(['GM0398', 'GM0416']);
    expect(codes(wholePredecessors('GM1982'))).toEqual(['GM0756', 'GM0786', 'GM0815', 'GM1684', 'GM1702']);
    expect(wholePredecessors('GM0855')).toBeNull(); // Tilburg received part of Haaren
    expect(wholePredecessors('GM1966')).toBeNull(); // Het Hogeland received part of Winsum
    expect(codes(wholePredecessors('GM0363'))).toEqual(['GM0457']); // Amsterdam took in Weesp (2022)
    expect(wholePredecessors('GM0344')).toBeNull(); // Utrecht: no predecessors since 2016
  });

  it('sums the predecessors of one quarter, and gives a gap when one of them is missing', () => {
    const quarter: Record<string, number> = { GM0689: 120, GM1927: 480, GM0398: 900 };
    const valueOf = (code: string) => quarter[code] ?? null;
    expect(predecessorSum('GM1978', valueOf)).toBe(600);
    expect(predecessorSum('GM1980', valueOf)).toBeNull(); // Langedijk not loaded
    expect(predecessorSum('GM0855', valueOf)).toBeNull();
  });

  it('adds its own value for a municipality that existed and took its predecessor in', () => {
    expect(predecessorSum('GM0363', (code) => ({ GM0363: 10_000, GM0457: 300 })[code] ?? null)).toBe(10_300);
    expect(predecessorSum('GM0363', (code) => ({ GM0363: 10_000 })[code] ?? null)).toBeNull();
  });
});
