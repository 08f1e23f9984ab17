// "Δ vorig kwartaal" (engine/series/previousQuarter.ts) on constructed tables with real
// municipality names: the change since exactly the quarter before (a gap is no comparison, not a
// comparison with an older quarter), per count and the total, for municipalities and TOTAAL AMR;
// the table's own values (a copy of a quarter, a corrected value); no percentage from zero; and
// areas that changed: a new municipality (Eemsdelta, 2021) and an annexation (Weesp into
// Amsterdam, during 2022-K1) against the sum of their predecessors, a municipality that got part
// of a split one (Boxtel, part of Haaren, 2021) not at all. Also the signed Dutch number format.
import { describe, expect, it } from 'vitest';
import { formatChange } from '../../src/engine/format';
import type { ExtractedDocument } from '../../src/engine/model';
import { quarterFile, quarterTable, type Counts } from '../helpers/constructedTables';
import { previousQuarterChanges, type QuarterChange } from '../../src/engine/series/previousQuarter';
import { quarterLabel } from '../../src/engine/series/trends';

const table = (region: string, year: number, quarter: number, rows: Record<string, Counts>) =>
  quarterTable(region, year, quarter, rows, { register: () => ({ total: 1000, percentInSonar: 50 }) });
const file = quarterFile;

/** The changes of one table, read back by municipality name ('TOTAAL AMR' for the total row). */
function changesOf(documents: ExtractedDocument[], doc: number, tableIndex = 0) {
  const changes = previousQuarterChanges(documents);
  const names = documents[doc]!.tables[tableIndex]!.rows.map((r) => r.name);
  return (name: string): readonly QuarterChange[] => changes.at(doc, tableIndex, name === 'TOTAAL AMR' ? 'total' : names.indexOf(name))!;
}

/** Absolute changes of the four counts and the total. */
const absolutes = (changes: readonly QuarterChange[]) => changes.map((change) => change.absolute);

describe('previousQuarterChanges', () => {
  const k3 = file('2017k3.pdf', table('Zuid-Limburg', 2017, 3, { Heerlen: [100, 20, 30, 0], Maastricht: [10, 20, 30, 40] }));
  const k4 = file('2017k4.pdf', table('Zuid-Limburg', 2017, 4, { Heerlen: [104, 18, 30, 5], Maastricht: [10, 20, 30, 40] }));

  it('compares each count and the total with the quarter before, absolute and in percent', () => {
    const heerlen = changesOf([k3, k4], 1)('Heerlen');
    expect(absolutes(heerlen)).toEqual([4, -2, 0, 5, 7]);
    expect(heerlen.map((change) => change.previous)).toEqual([100, 20, 30, 0, 150]);
    expect(heerlen[0]!.percent).toBeCloseTo(4);
    expect(heerlen[1]!.percent).toBeCloseTo(-10);
    expect(heerlen[4]!.percent).toBeCloseTo((100 * 7) / 150);
    expect(quarterLabel(heerlen[0]!.previousQuarter)).toBe('2017-K3');
    expect(heerlen.every((change) => change.missing === null && !change.ofPredecessors)).toBe(true);
  });

  it('has no percentage where the quarter before was 0', () => {
    const heerlen = changesOf([k3, k4], 1)('Heerlen');
    expect(heerlen[3]).toMatchObject({ absolute: 5, previous: 0, percent: null, missing: null });
  });

  it('gives TOTAAL AMR the change of the region total', () => {
    expect(absolutes(changesOf([k3, k4], 1)('TOTAAL AMR'))).toEqual([4, -2, 0, 5, 7]);
  });

  it('has nothing to compare in the first quarter, nor after a gap (not the nearest earlier quarter)', () => {
    const first = changesOf([k3, k4], 0)('Heerlen');
    expect(first.every((change) => change.missing === 'quarter-not-loaded' && change.absolute === null && change.percent === null)).toBe(true);
    expect(changesOf([k3, k4], 0)('TOTAAL AMR').every((change) => change.missing === 'quarter-not-loaded')).toBe(true);
    const q1 = file('2018k1.pdf', table('Zuid-Limburg', 2018, 1, { Heerlen: [200, 20, 30, 0] }));
    const afterGap = changesOf([k3, q1], 1)('Heerlen');
    expect(afterGap.every((change) => change.missing === 'quarter-not-loaded')).toBe(true);
    expect(quarterLabel(afterGap[0]!.previousQuarter)).toBe('2017-K4');
  });

  it('says so when the quarter before is loaded but the municipality or region is not in it', () => {
    const q1 = file('2018k1.pdf', table('Zuid-Limburg', 2018, 1, { Heerlen: [1, 1, 1, 1] }), table('Midden-Limburg', 2018, 1, { Roermond: [1, 1, 1, 1] }));
    const q2 = file(
      '2018k2.pdf',
      table('Zuid-Limburg', 2018, 2, { Heerlen: [2, 1, 1, 1], Maastricht: [5, 5, 5, 5] }),
      table('Noord-Limburg', 2018, 2, { Venlo: [1, 1, 1, 1] }),
    );
    expect(changesOf([q1, q2], 1)('Maastricht')[0]!.missing).toBe('row-not-loaded');
    expect(changesOf([q1, q2], 1)('Heerlen')[0]!.absolute).toBe(1);
    expect(changesOf([q1, q2], 1, 1)('TOTAAL AMR')[0]!.missing).toBe('row-not-loaded');
  });

  it("uses each table's own values: a copy of a quarter and a corrected cell compare as they are now", () => {
    const copy = file('2017k4-kopie.pdf', table('Zuid-Limburg', 2017, 4, { Heerlen: [110, 18, 30, 5], Maastricht: [10, 20, 30, 40] }));
    expect(changesOf([k3, k4, copy], 2)('Heerlen')[0]!.absolute).toBe(10);
    // A correction in the quarter before moves the later quarter's change.
    const corrected = file('2017k3.pdf', table('Zuid-Limburg', 2017, 3, { Heerlen: [90, 20, 30, 0], Maastricht: [10, 20, 30, 40] }));
    expect(changesOf([corrected, k4], 1)('Heerlen')[0]!.absolute).toBe(14);
  });

  it('follows a renamed municipality by its code (Beek became Beek (L.) in 2024)', () => {
    const before = file('2023k4.pdf', table('Zuid-Limburg', 2023, 4, { Beek: [10, 10, 10, 10] }));
    const after = file('2024k1.pdf', table('Zuid-Limburg', 2024, 1, { 'Beek (L.)': [12, 10, 10, 10] }));
    expect(changesOf([before, after], 1)('Beek (L.)')[0]).toMatchObject({ absolute: 2, missing: null });
  });

  it('marks a cell without number, and one whose quarter before has none', () => {
    const before = file('a.pdf', table('Zuid-Limburg', 2017, 3, { Heerlen: [null, 20, 30, 0] }));
    const after = file('b.pdf', table('Zuid-Limburg', 2017, 4, { Heerlen: [5, null, 30, 0] }));
    const heerlen = changesOf([before, after], 1)('Heerlen');
    expect(heerlen[0]).toMatchObject({ missing: 'no-previous-value', absolute: null, percent: null });
    expect(heerlen[1]).toMatchObject({ missing: 'no-value', absolute: null, previous: 20 });
  });

  it('has nothing for a document that could not be read or a table without period', () => {
    const broken = { file: 'kapot.pdf', pageCount: 0, tables: [], warnings: [], error: { code: 'damaged-pdf', message: 'kapot' } } as ExtractedDocument;
    const noPeriod = file('x.pdf', { ...table('Zuid-Limburg', 2017, 4, { Heerlen: [1, 1, 1, 1] }), period: null });
    const changes = previousQuarterChanges([broken, noPeriod, k3]);
    expect(changes.at(0, 0, 0)).toBeNull();
    expect(changes.at(1, 0, 0)).toBeNull();
    expect(changes.at(1, 0, 'total')).toBeNull();
    expect(changes.at(2, 0, 5)).toBeNull(); // no such row
    expect(changes.at(2, 0, 0)).toHaveLength(5);
  });
});

describe('changes across a change of area', () => {
  const groningen2020k4 = table('Groningen', 2020, 4, { Appingedam: [2, 1, 1, 1], Delfzijl: [20, 10, 10, 10], Loppersum: [200, 100, 100, 100] });

  it('a new municipality (Eemsdelta, 2021) compares its first quarter with the sum of its predecessors', () => {
    const documents = [
      file('2020k4.pdf', groningen2020k4),
      file('2021k1.pdf', table('Groningen', 2021, 1, { Eemsdelta: [230, 111, 111, 111] })),
      file('2021k2.pdf', table('Groningen', 2021, 2, { Eemsdelta: [240, 111, 111, 111] })),
    ];
    const first = changesOf(documents, 1)('Eemsdelta');
    expect(absolutes(first)).toEqual([8, 0, 0, 0, 8]);
    expect(first[0]).toMatchObject({ previous: 222, ofPredecessors: true, missing: null });
    expect([...first[0]!.predecessors].sort()).toEqual(['Appingedam', 'Delfzijl', 'Loppersum']);
    // Its next quarter compares with its own.
    expect(changesOf(documents, 2)('Eemsdelta')[0]).toMatchObject({ absolute: 10, ofPredecessors: false, predecessors: [] });
    // The region total is the same area: the plain change.
    expect(changesOf(documents, 1)('TOTAAL AMR')[0]).toMatchObject({ absolute: 8, ofPredecessors: false });
  });

  it('a predecessor missing from the quarter before leaves no comparison, not one with a smaller area', () => {
    const documents = [
      file('2020k4.pdf', table('Groningen', 2020, 4, { Appingedam: [2, 1, 1, 1], Delfzijl: [20, 10, 10, 10] })),
      file('2021k1.pdf', table('Groningen', 2021, 1, { Eemsdelta: [230, 111, 111, 111] })),
    ];
    const eemsdelta = changesOf(documents, 1)('Eemsdelta');
    expect(eemsdelta[0]).toMatchObject({ missing: 'predecessors-missing', absolute: null, previous: null });
    expect([...eemsdelta[0]!.predecessors].sort()).toEqual(['Appingedam', 'Delfzijl', 'Loppersum']);
  });

  it('an annexation (Weesp into Amsterdam during 2022-K1): its own area until then, the sum after', () => {
    const documents = [
      file('2021k4.pdf', table('Groot Amsterdam', 2021, 4, { Amsterdam: [1000, 0, 0, 0], Weesp: [50, 0, 0, 0] })),
      file('2022k1.pdf', table('Groot Amsterdam', 2022, 1, { Amsterdam: [1010, 0, 0, 0], Weesp: [55, 0, 0, 0] })),
      file('2022k2.pdf', table('Groot Amsterdam', 2022, 2, { Amsterdam: [1070, 0, 0, 0] })),
    ];
    // 2022-K1: Weesp still on its own, Amsterdam compared with Amsterdam.
    expect(changesOf(documents, 1)('Amsterdam')[0]).toMatchObject({ absolute: 10, previous: 1000, ofPredecessors: false });
    // 2022-K2: Amsterdam with Weesp, compared with both of 2022-K1.
    expect(changesOf(documents, 2)('Amsterdam')[0]).toMatchObject({ absolute: 5, previous: 1065, ofPredecessors: true, predecessors: ['Weesp'] });
    // Without Weesp's quarter there is no comparison (Amsterdam alone is a smaller area).
    const withoutWeesp = [documents[0]!, file('2022k1.pdf', table('Groot Amsterdam', 2022, 1, { Amsterdam: [1010, 0, 0, 0] })), documents[2]!];
    expect(changesOf(withoutWeesp, 2)('Amsterdam')[0]).toMatchObject({ missing: 'predecessors-missing', absolute: null, predecessors: ['Weesp'] });
  });

  it('a municipality that got part of a split one (Boxtel, part of Haaren in 2021) has no comparison that quarter', () => {
    const documents = [
      file('2020k4.pdf', table('Midden-Brabant', 2020, 4, { Boxtel: [100, 0, 0, 0], Haaren: [30, 0, 0, 0], Tilburg: [500, 0, 0, 0] })),
      file('2021k1.pdf', table('Midden-Brabant', 2021, 1, { Boxtel: [110, 0, 0, 0], Tilburg: [520, 0, 0, 0] })),
    ];
    expect(changesOf(documents, 1)('Boxtel')[0]).toMatchObject({ missing: 'area-changed', absolute: null, predecessors: ['Haaren'] });
    expect(changesOf(documents, 1)('Tilburg')[0]!.missing).toBe('area-changed');
  });
});

describe('formatChange', () => {
  it('writes a change with its sign, Dutch digits and a real minus sign', () => {
    expect(formatChange(12)).toBe('+12');
    expect(formatChange(-3)).toBe('\u22123');
    expect(formatChange(-1234)).toBe('\u22121.234');
    expect(formatChange(0)).toBe('0');
    expect(formatChange(4.06, 1)).toBe('+4,1');
    expect(formatChange(-12.345, 1)).toBe('\u221212,3');
    expect(formatChange(1234.56, 1)).toBe('+1.234,6');
  });

  it('gives what rounds to zero no sign', () => {
    expect(formatChange(-0.04, 1)).toBe('0,0');
    expect(formatChange(0.04, 1)).toBe('0,0');
  });
});
