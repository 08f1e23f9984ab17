// The history check around real mergers, on tables built by hand with real names and sizes (Groot
// Amsterdam and Groningen as UWV printed them in 2019 and 2017): a predecessor keeps its own series
// (Weesp beside Amsterdam until 2022), a successor's quarters before the merger are the sum of its
// predecessors (Eemsdelta, 2021), and a row with an open finding never lets a neighbour's value
// stand in for it. A sum has no cell of its own: it is a neighbour, never hinted itself.
import { describe, expect, it } from 'vitest';
import { crossTableFlags, tableKey } from '../../src/engine/compare';
import { checkTable } from '../../src/engine/checks';
import type { ExtractedDocument, ExtractedTable } from '../../src/engine/model';
import { quarterFile, quarterTable } from '../helpers/constructedTables';

type Counts = [number, number, number, number];

/** A table whose every sum agrees, with its own checks' flags. */
const table = (region: string, year: number, quarter: number, rows: Record<string, Counts>) =>
  quarterTable(region, year, quarter, rows, { checked: true, register: (known) => ({ total: Math.round(known / 0.75), percentInSonar: 75 }) });
const file = (name: string, built: ExtractedTable): ExtractedDocument => quarterFile(name, built);

/** Counts grown by `percent` per quarter (rounded), so a series moves as real ones do. */
const grown = (counts: Counts, q: number, percent = 1): Counts => counts.map((value) => Math.round(value * (1 + (percent * q) / 100))) as Counts;

const hints = (documents: ExtractedDocument[]) => {
  const cross = crossTableFlags(documents);
  return documents.flatMap((document, doc) =>
    (cross.get(tableKey(doc, 0)) ?? [])
      .filter((flag) => flag.code === 'unusual-jump')
      .map((flag) => ({ file: document.file, row: flag.row, column: flag.column, message: flag.message.replace(/^.*: /, '') })),
  );
};

// Groot Amsterdam, 2019-K2 (tests/fixtures/national): Amsterdam and Weesp.
const AMSTERDAM: Counts = [532, 1631, 3769, 2192];
const WEESP: Counts = [14, 32, 81, 55];
const AMSTERDAM_QUARTERS = [
  [2021, 1],
  [2021, 2],
  [2021, 3],
  [2021, 4],
  [2022, 1],
  [2022, 2],
  [2022, 3],
  [2022, 4],
] as const;

/** Groot Amsterdam from 2021-K1 to 2022-K4; Weesp is printed until 2022-K1, then it is part of
 * Amsterdam. `change` alters one quarter's rows before the table is checked. */
function grootAmsterdam(change?: (rows: Record<string, Counts>, q: number) => void): ExtractedDocument[] {
  return AMSTERDAM_QUARTERS.map(([year, quarter], q) => {
    const weesp = grown(WEESP, q);
    const rows: Record<string, Counts> =
      year === 2022 && quarter > 1
        ? { Amsterdam: grown(AMSTERDAM, q).map((value, c) => value + weesp[c]!) as Counts }
        : { Amsterdam: grown(AMSTERDAM, q), Weesp: weesp };
    change?.(rows, q);
    return file(`groot-amsterdam-${year}-K${quarter}.pdf`, table('Groot Amsterdam', year, quarter, rows));
  });
}

describe('unusual jumps around an annexation (Weesp into Amsterdam, 2022)', () => {
  it('gives no hint on ordinary quarters, the merger included', () => {
    const documents = grootAmsterdam();
    expect(documents.flatMap((document) => document.tables[0]!.flags.filter((flag) => flag.severity !== 'info'))).toEqual([]);
    expect(hints(documents)).toEqual([]);
  });

  it("finds a misread in Weesp's own series (a digit too many, carried into every sum)", () => {
    // Weesp's third count in 2021-K3: 83 read as 830. Before the fix Amsterdam's value stood in
    // Weesp's quarters (one series by successor code, the first row counted) and this was missed.
    const documents = grootAmsterdam((rows, q) => {
      if (q === 2) rows['Weesp'] = rows['Weesp']!.map((value, c) => (c === 2 ? value * 10 : value)) as Counts;
    });
    expect(documents[2]!.tables[0]!.flags.filter((flag) => flag.severity !== 'info')).toEqual([]);
    expect(hints(documents)).toEqual([
      { file: 'groot-amsterdam-2021-K3.pdf', row: 'Weesp', column: 2, message: '82 → 830 → 83' },
      { file: 'groot-amsterdam-2021-K3.pdf', row: 'Weesp', column: 4, message: '184 → 933 → 187' },
    ]);
  });

  it("finds a misread in Amsterdam's own cell before the merger, where its series is the sum with Weesp", () => {
    // Amsterdam's first count in 2021-K2: 537 read as 5.370. Its series there is Amsterdam + Weesp
    // (a sum, no cell), so its own printed cell is looked at in its own printed series.
    const documents = grootAmsterdam((rows, q) => {
      if (q === 1) rows['Amsterdam'] = rows['Amsterdam']!.map((value, c) => (c === 0 ? value * 10 : value)) as Counts;
    });
    expect(hints(documents)).toEqual([{ file: 'groot-amsterdam-2021-K2.pdf', row: 'Amsterdam', column: 0, message: '532 → 5.370 → 543' }]);
  });

  it("never lets Weesp stand in for Amsterdam when Amsterdam's row has an open finding", () => {
    // Amsterdam's second count in 2021-K3 misread so that its row total disagrees: an open flag.
    // Before the fix Weesp's values then stood in Amsterdam's series: "8.205 → 186 → 8.368".
    const documents = grootAmsterdam((rows, q) => {
      if (q === 2) rows['Amsterdam'] = rows['Amsterdam']!.map((value, c) => (c === 1 ? value + 1 : value)) as Counts;
    });
    const k3 = documents[2]!.tables[0]!;
    k3.rows[0]!.total = (k3.rows[0]!.total ?? 0) - 1;
    const flagged = { ...k3, flags: checkTable({ ...k3 }) };
    documents[2] = { ...documents[2]!, tables: [flagged] };
    expect(flagged.flags.some((flag) => flag.code === 'row-total-mismatch' && flag.row === 'Amsterdam')).toBe(true);
    expect(hints(documents)).toEqual([]);
  });
});

// Groningen, 2017-K4 (tests/fixtures/text): Appingedam, Delfzijl and Loppersum became Eemsdelta
// on 1 January 2021.
const APPINGEDAM: Counts = [0, 38, 104, 65];
const DELFZIJL: Counts = [2, 102, 218, 90];
const LOPPERSUM: Counts = [0, 32, 101, 40];
const plus = (...parts: Counts[]): Counts => [0, 1, 2, 3].map((c) => parts.reduce((sum, part) => sum + part[c]!, 0)) as Counts;

/** Groningen (these rows only) from 2020-K1 to 2021-K4. */
function eemsdelta(change?: (rows: Record<string, Counts>, q: number) => void): ExtractedDocument[] {
  return Array.from({ length: 8 }, (_, q) => {
    const [year, quarter] = [2020 + Math.floor(q / 4), (q % 4) + 1];
    const parts = [APPINGEDAM, DELFZIJL, LOPPERSUM].map((counts) => grown(counts, q));
    const rows: Record<string, Counts> = year < 2021 ? { Appingedam: parts[0]!, Delfzijl: parts[1]!, Loppersum: parts[2]! } : { Eemsdelta: plus(...parts) };
    change?.(rows, q);
    return file(`groningen-${year}-K${quarter}.pdf`, table('Groningen', year, quarter, rows));
  });
}

describe('unusual jumps around a new municipality (Eemsdelta, 2021)', () => {
  it('gives no hint on ordinary quarters, the merger included', () => {
    expect(hints(eemsdelta())).toEqual([]);
  });

  it("finds a misread in Eemsdelta's first quarter against the sum of its predecessors before it", () => {
    // Eemsdelta's third count in 2021-K1: 440 read as 44 (a digit lost). Against Appingedam alone
    // (107 before it, the first predecessor's row) it was no jump and was missed.
    const documents = eemsdelta((rows, q) => {
      if (q === 4) rows['Eemsdelta'] = rows['Eemsdelta']!.map((value, c) => (c === 2 ? Math.floor(value / 10) : value)) as Counts;
    });
    expect(hints(documents)).toEqual([{ file: 'groningen-2021-K1.pdf', row: 'Eemsdelta', column: 2, message: '436 → 44 → 444' }]);
  });

  it('finds a misread in a predecessor, in its own series', () => {
    // Loppersum's second and third counts in 2020-K2: 32 read as 320 and 102 as 1.020. Before the
    // fix Loppersum's values never counted (Appingedam's row came first in Eemsdelta's series).
    const documents = eemsdelta((rows, q) => {
      if (q === 1) rows['Loppersum'] = rows['Loppersum']!.map((value, c) => (c === 1 || c === 2 ? value * 10 : value)) as Counts;
    });
    expect(hints(documents)).toEqual([
      { file: 'groningen-2020-K2.pdf', row: 'Loppersum', column: 1, message: '32 → 320 → 33' },
      { file: 'groningen-2020-K2.pdf', row: 'Loppersum', column: 2, message: '101 → 1.020 → 103' },
      { file: 'groningen-2020-K2.pdf', row: 'Loppersum', column: 4, message: '173 → 1.380 → 177' },
    ]);
  });
});
