// What the "Δ vorig kwartaal" cells say (session/deltaColumns.ts): the change with its sign, the
// percentage with one decimal, "—" where there is nothing to compare with and an empty percentage
// where the quarter before was 0; the tooltips name the quarters and values, "t.o.v. som van
// voorgangers" after a merger (from the engine on real municipality names), and why there is no
// comparison. And the toggle's setting, kept in storage.
import { describe, expect, it } from 'vitest';
import type { ExtractedDocument, ExtractedTable } from '../../src/engine/model';
import { previousQuarterChanges, type QuarterChange } from '../../src/engine/series/previousQuarter';
import { quarterNumber } from '../../src/engine/series/trends';
import { DELTA_COLUMNS, deltaOf, deltaText, deltaTooltip, deltaValue, NO_DELTA } from '../../src/renderer/session/deltaColumns';
import { loadShowDeltas, saveShowDeltas } from '../../src/renderer/settings/showDeltas';

const K4_2019 = quarterNumber({ year: 2019, quarter: 4 });

function change(fields: Partial<QuarterChange>): QuarterChange {
  return { previousQuarter: K4_2019 - 1, previous: 100, absolute: 4, percent: 4, predecessors: [], ofPredecessors: false, missing: null, ...fields };
}

describe('the Δ vorig kwartaal columns', () => {
  it('are two per value, absolute then percent, named after it', () => {
    expect(DELTA_COLUMNS.flat().map((column) => column.id)).toEqual([
      'c0Delta',
      'c0DeltaPct',
      'c1Delta',
      'c1DeltaPct',
      'c2Delta',
      'c2DeltaPct',
      'c3Delta',
      'c3DeltaPct',
      'totalDelta',
      'totalDeltaPct',
    ]);
    expect(DELTA_COLUMNS[4]![0]).toMatchObject({ of: 'total', index: 4, kind: 'absolute' });
  });

  it("read a row's change of their value, and sort by the number", () => {
    const row = [change({ absolute: 1 }), change({ absolute: 2 }), change({ absolute: 3 }), change({ absolute: 4 }), change({ absolute: 5, percent: 2.5 })];
    expect(deltaOf(row, DELTA_COLUMNS[4]![1]!)?.absolute).toBe(5);
    expect(deltaValue(deltaOf(row, DELTA_COLUMNS[4]![1]!), 'percent')).toBe(2.5);
    expect(deltaValue(deltaOf(row, DELTA_COLUMNS[1]![0]!), 'absolute')).toBe(2);
    expect(deltaOf(null, DELTA_COLUMNS[0]![0]!)).toBeNull();
    expect(deltaValue(null, 'absolute')).toBeNull();
  });
});

describe('deltaText', () => {
  it('writes the change with its sign, Dutch, the percentage with one decimal', () => {
    expect(deltaText(change({ absolute: 12 }), 'absolute')).toBe('+12');
    expect(deltaText(change({ absolute: -3 }), 'absolute')).toBe('\u22123');
    expect(deltaText(change({ absolute: 1234 }), 'absolute')).toBe('+1.234');
    expect(deltaText(change({ absolute: 0, percent: 0 }), 'absolute')).toBe('0');
    expect(deltaText(change({ percent: 4.06 }), 'percent')).toBe('+4,1 %');
    expect(deltaText(change({ percent: -12.345 }), 'percent')).toBe('\u221212,3 %');
    expect(deltaText(change({ absolute: 0, percent: 0 }), 'percent')).toBe('0,0 %');
    expect(deltaText(change({ absolute: -100, percent: -100 }), 'percent')).toBe('\u2212100,0 %');
  });

  it('keeps a percentage beyond ±999,9 % short enough for its column, "> +999 %" (a change from a tiny number, mostly a misread)', () => {
    expect(deltaText(change({ percent: 999.94 }), 'percent')).toBe('+999,9 %');
    expect(deltaText(change({ percent: 999.95 }), 'percent')).toBe('> +999 %');
    expect(deltaText(change({ percent: 38_600 }), 'percent')).toBe('> +999 %');
    expect(deltaText(change({ percent: -1500 }), 'percent')).toBe('< \u2212999 %');
    // The tooltip has the exact percentage.
    expect(deltaTooltip(change({ previous: 1, absolute: 386, percent: 38_600 }), 'percent', 'Kolom 2')).toContain('Verschil: +386 (+38.600,0 %)');
  });

  it('says "—" where there is nothing to compare with, and leaves the percentage of a 0 before it empty', () => {
    expect(deltaText(change({ absolute: null, percent: null, previous: null, missing: 'quarter-not-loaded' }), 'absolute')).toBe(NO_DELTA);
    expect(deltaText(change({ absolute: null, percent: null, previous: null, missing: 'quarter-not-loaded' }), 'percent')).toBe(NO_DELTA);
    expect(deltaText(change({ previous: 0, absolute: 5, percent: null }), 'absolute')).toBe('+5');
    expect(deltaText(change({ previous: 0, absolute: 5, percent: null }), 'percent')).toBe('');
    expect(deltaText(null, 'absolute')).toBe('');
  });
});

describe('deltaTooltip', () => {
  it('names both quarters, their values and the change', () => {
    expect(deltaTooltip(change({ previous: 100, absolute: 4, percent: 4 }), 'absolute', 'Kolom 1')).toBe(
      'Δ vorig kwartaal, Kolom 1\n2019 K3: 100\n2019 K4: 104\nVerschil: +4 (+4,0 %)',
    );
    expect(deltaTooltip(change({ previous: 0, absolute: 5, percent: null }), 'percent', 'Totaal')).toBe(
      'Δ vorig kwartaal, Totaal (%)\n2019 K3: 0\n2019 K4: 5\nVerschil: +5\nGeen percentage: 2019 K3 was 0',
    );
  });

  it('says why there is nothing to compare with', () => {
    const why = (fields: Partial<QuarterChange>) =>
      deltaTooltip(change({ absolute: null, percent: null, previous: null, ...fields }), 'absolute', 'Kolom 1')?.split('\n')[1];
    expect(why({ missing: 'quarter-not-loaded' })).toBe('2019 K3 is niet geladen');
    expect(why({ missing: 'row-not-loaded' })).toBe('Niet in de geladen tabellen van 2019 K3');
    expect(why({ missing: 'area-changed', predecessors: ['Haaren'] })).toBe('Gebied veranderd sinds 2019 K3 (deel van Haaren erbij): niet te vergelijken');
    expect(why({ missing: 'no-value', previous: 12 })).toBe('Deze cel is leeg');
    expect(why({ missing: 'no-previous-value' })).toBe('Leeg in 2019 K3');
  });

  it('after a merger: "t.o.v. som van voorgangers", naming them (Eemsdelta, 2021)', () => {
    const table = (year: number, quarter: number, rows: Record<string, number>): ExtractedTable => ({
      page: 1,
      period: { year, quarter },
      region: 'Groningen',
      pageLabel: null,
      headers: ['A', 'B', 'C', 'D', 'Totaal'],
      rows: Object.entries(rows).map(([name, value]) => ({ name, counts: [value, 0, 0, 0], total: value })),
      totalRow: null,
      register: null,
      flags: [],
      source: 'text',
    });
    const documents: ExtractedDocument[] = [
      { file: 'a.pdf', pageCount: 1, warnings: [], tables: [table(2020, 4, { Appingedam: 2, Delfzijl: 20, Loppersum: 200 })] },
      { file: 'b.pdf', pageCount: 1, warnings: [], tables: [table(2021, 1, { Eemsdelta: 230 })] },
    ];
    const changes = previousQuarterChanges(documents);
    const eemsdelta = deltaOf(changes.at(1, 0, 0), DELTA_COLUMNS[0]![0]!);
    expect(deltaText(eemsdelta, 'absolute')).toBe('+8');
    expect(deltaTooltip(eemsdelta, 'absolute', 'Kolom 1')).toBe(
      'Δ vorig kwartaal, Kolom 1\n2020 K4: 222, t.o.v. som van voorgangers (Appingedam, Delfzijl en Loppersum)\n2021 K1: 230\nVerschil: +8 (+3,6 %)',
    );
    // Without Loppersum's quarter: no comparison, and why. New documents, as the session makes them
    // on every change (the series are built once per documents array).
    const withoutLoppersum: ExtractedDocument[] = [{ ...documents[0]!, tables: [table(2020, 4, { Appingedam: 2, Delfzijl: 20 })] }, documents[1]!];
    const incomplete = deltaOf(previousQuarterChanges(withoutLoppersum).at(1, 0, 0), DELTA_COLUMNS[0]![0]!);
    expect(deltaText(incomplete, 'absolute')).toBe(NO_DELTA);
    expect(deltaTooltip(incomplete, 'absolute', 'Kolom 1')).toContain(
      't.o.v. som van voorgangers (Appingedam, Delfzijl en Loppersum): niet alle voorgangers geladen voor 2020 K4',
    );
  });
});

describe('the toggle, kept in storage', () => {
  it('is off until turned on, and read back as it was left', () => {
    const items = new Map<string, string>();
    const storage = { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
    expect(loadShowDeltas(storage)).toBe(false);
    expect(saveShowDeltas(storage, true)).toBe(true);
    expect(loadShowDeltas(storage)).toBe(true);
    saveShowDeltas(storage, false);
    expect(loadShowDeltas(storage)).toBe(false);
  });

  it('is off when storage is missing or fails', () => {
    const broken = {
      getItem(): string | null {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem(): void {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect(loadShowDeltas(undefined)).toBe(false);
    expect(loadShowDeltas(broken)).toBe(false);
    expect(saveShowDeltas(broken, true)).toBe(false);
    expect(saveShowDeltas(undefined, true)).toBe(false);
  });
});
