// Suggested fixes: one value that both the row and the column demand of a cell, offered on the
// flags it would resolve, only when the table's arithmetic leaves exactly one explanation.
import { describe, expect, it } from 'vitest';
import { checkTable, isOpenFlag, LOW_CONFIDENCE_THRESHOLD } from '../../src/engine/checks';
import type { ExtractedTable, Flag, SourceRef, TableRow } from '../../src/engine/model';
import { findCellFixes, MAX_WRONG_CELLS } from '../../src/engine/suggestions';
import { loadTable, readTruth, tableFromTruth, truthFilesWithTables } from '../helpers/truthTables';

const BEEK = 0;
const KERKRADE = 5;
const HEERLEN = 4; // 3 + 320 + 813 + 425 = 1.561
const TOTAL = 18; // TOTAAL AMR: 12 + 1.275 + 3.938 + 1.884 = 7.109; register 10.178 → 70%

function zuidLimburg(): ExtractedTable {
  return loadTable('text/p1_2017q3_zuid-limburg_seed.json');
}

function row(table: ExtractedTable, index: number): TableRow {
  const found = index === table.rows.length ? table.totalRow : table.rows[index];
  if (!found) throw new Error(`no row ${index}`);
  return found;
}

/** code, the flag's place, and its suggestion. */
function withSuggestions(flags: Flag[]) {
  return flags.map((flag) => ({
    code: flag.code,
    ...(flag.row !== undefined ? { row: flag.row } : {}),
    ...(flag.column !== undefined ? { column: flag.column } : {}),
    suggestion: flag.suggestion ?? null,
  }));
}

function expectNoSuggestions(table: ExtractedTable) {
  const flags = checkTable(table);
  expect(flags.length).toBeGreaterThan(0);
  expect(flags.filter((flag) => flag.suggestion)).toEqual([]);
}

describe('a single wrong cell', () => {
  it('a wrong count: its row and its column both get the count that fixes them', () => {
    const table = zuidLimburg();
    row(table, HEERLEN).counts[2] = 823;
    const fix = { row: 'Heerlen', rowIndex: HEERLEN, column: 2, value: 813 };
    expect(withSuggestions(checkTable(table))).toEqual([
      { code: 'row-total-mismatch', row: 'Heerlen', column: 4, suggestion: fix },
      { code: 'column-total-mismatch', column: 2, suggestion: fix },
    ]);
  });

  it('a wrong row total: the sum of its counts, which also fixes column 4', () => {
    const table = zuidLimburg();
    row(table, KERKRADE).total = 768;
    const fix = { row: 'Kerkrade', rowIndex: KERKRADE, column: 4, value: 763 };
    expect(withSuggestions(checkTable(table))).toEqual([
      { code: 'row-total-mismatch', row: 'Kerkrade', column: 4, suggestion: fix },
      { code: 'column-total-mismatch', column: 4, suggestion: fix },
    ]);
  });

  it('a wrong TOTAAL AMR count: the column sum, which also fixes the TOTAAL row', () => {
    const table = zuidLimburg();
    row(table, TOTAL).counts[1] = 1285;
    const fix = { row: 'TOTAAL AMR', rowIndex: TOTAL, column: 1, value: 1275 };
    expect(withSuggestions(checkTable(table))).toEqual([
      { code: 'row-total-mismatch', row: 'TOTAAL AMR', column: 4, suggestion: fix },
      { code: 'column-total-mismatch', column: 1, suggestion: fix },
    ]);
  });

  it('a wrong TOTAAL AMR total also explains the percentage it throws off', () => {
    const table = zuidLimburg();
    row(table, TOTAL).total = 8109; // 8.109 / 10.178 → 80%, printed 70%
    const fix = { row: 'TOTAAL AMR', rowIndex: TOTAL, column: 4, value: 7109 };
    expect(withSuggestions(checkTable(table))).toEqual([
      { code: 'row-total-mismatch', row: 'TOTAAL AMR', column: 4, suggestion: fix },
      { code: 'column-total-mismatch', column: 4, suggestion: fix },
      { code: 'percent-mismatch', suggestion: fix },
    ]);
  });

  it('a wrong first row and a wrong last municipality are found alike', () => {
    for (const index of [0, 17]) {
      const table = zuidLimburg();
      const original = row(table, index).counts[3] ?? 0;
      row(table, index).counts[3] = original + 100;
      const fixes = findCellFixes(table).fixes;
      expect(fixes).toEqual([{ row: row(table, index).name, rowIndex: index, column: 3, value: original }]);
    }
  });

  it('a fix below zero is no fix', () => {
    const table = zuidLimburg();
    // Only Beek's row and column 0 are off, and both would need Beek's first count to be −8.
    row(table, BEEK).total = 130;
    row(table, TOTAL).counts[0] = 4;
    row(table, TOTAL).total = 7101;
    expect(checkTable(table).map((flag) => flag.code)).toEqual(['row-total-mismatch', 'column-total-mismatch']);
    expect(findCellFixes(table)).toMatchObject({ fixes: [], explained: false });
  });
});

describe('unreadable cells (invalid-number)', () => {
  it('an unreadable count whose row and column demand the same value gets it', () => {
    const table = zuidLimburg();
    row(table, KERKRADE).counts[2] = null;
    expect(withSuggestions(checkTable(table))).toEqual([
      { code: 'invalid-number', row: 'Kerkrade', column: 2, suggestion: { row: 'Kerkrade', rowIndex: KERKRADE, column: 2, value: 416 } },
    ]);
  });

  it('an unreadable TOTAAL AMR cell or row total gets its value too', () => {
    const table = zuidLimburg();
    row(table, TOTAL).counts[0] = null;
    row(table, HEERLEN).total = null;
    expect(findCellFixes(table).fixes).toEqual([
      { row: 'Heerlen', rowIndex: HEERLEN, column: 4, value: 1561 },
      { row: 'TOTAAL AMR', rowIndex: TOTAL, column: 0, value: 12 },
    ]);
  });

  it('no offer when the row and the column demand different values', () => {
    const table = zuidLimburg();
    row(table, HEERLEN).counts[1] = null;
    row(table, HEERLEN).total = 1571; // the row now demands 330, column 2 still 320
    expectNoSuggestions(table);
  });

  it('no offer for two unreadable cells in one row, or in one column', () => {
    const inRow = zuidLimburg();
    row(inRow, HEERLEN).counts[1] = null;
    row(inRow, HEERLEN).counts[2] = null;
    expectNoSuggestions(inRow);

    const inColumn = zuidLimburg();
    row(inColumn, HEERLEN).counts[1] = null;
    row(inColumn, BEEK).counts[1] = null;
    expectNoSuggestions(inColumn);
  });
});

describe('more than one wrong cell', () => {
  it('two wrong cells in one row: no suggestion at all', () => {
    const table = zuidLimburg();
    row(table, HEERLEN).counts[1] = 330;
    row(table, HEERLEN).counts[2] = 823;
    expectNoSuggestions(table);
  });

  it('two wrong cells in one column: no suggestion at all', () => {
    const table = zuidLimburg();
    row(table, HEERLEN).counts[1] = 330;
    row(table, BEEK).counts[1] = 38;
    expectNoSuggestions(table);
  });

  it('two compensating cells in one row (row adds up, two columns off): no suggestion', () => {
    const table = zuidLimburg();
    row(table, HEERLEN).counts[1] = 330;
    row(table, HEERLEN).counts[2] = 803;
    expect(checkTable(table).map((flag) => flag.code)).toEqual(['column-total-mismatch', 'column-total-mismatch']);
    expectNoSuggestions(table);
  });

  it('different rows and columns with different differences: only one pairing works, each gets its value', () => {
    const table = zuidLimburg();
    row(table, BEEK).counts[1] = 43; // +10
    row(table, KERKRADE).counts[2] = 421; // +5
    const beek = { row: 'Beek', rowIndex: BEEK, column: 1, value: 33 };
    const kerkrade = { row: 'Kerkrade', rowIndex: KERKRADE, column: 2, value: 416 };
    expect(withSuggestions(checkTable(table))).toEqual([
      { code: 'row-total-mismatch', row: 'Beek', column: 4, suggestion: beek },
      { code: 'row-total-mismatch', row: 'Kerkrade', column: 4, suggestion: kerkrade },
      { code: 'column-total-mismatch', column: 1, suggestion: beek },
      { code: 'column-total-mismatch', column: 2, suggestion: kerkrade },
    ]);
  });

  it('different rows and columns with the same difference: the pairing is ambiguous, no suggestion', () => {
    const table = zuidLimburg();
    row(table, BEEK).counts[1] = 43; // +10
    row(table, KERKRADE).counts[2] = 426; // +10: Beek/column 3 and Kerkrade/column 2 fit as well
    expectNoSuggestions(table);
  });

  it(`up to ${MAX_WRONG_CELLS} wrong cells are explained, more are left to the analyst`, () => {
    const table = zuidLimburg();
    row(table, BEEK).counts[0] = 1; // +1
    row(table, HEERLEN).counts[1] = 340; // +20
    row(table, KERKRADE).counts[2] = 446; // +30
    expect(findCellFixes(table).fixes.map((fix) => fix.value)).toEqual([0, 320, 416]);
    row(table, 7).counts[3] = 323; // Maastricht +40
    expect(MAX_WRONG_CELLS).toBe(3);
    expectNoSuggestions(table);
  });

  it('a wrong row total next to a wrong count elsewhere', () => {
    const table = zuidLimburg();
    row(table, BEEK).total = 148; // column 4
    row(table, HEERLEN).counts[0] = 8; // column 0
    expect(findCellFixes(table).fixes).toEqual([
      { row: 'Beek', rowIndex: BEEK, column: 4, value: 138 },
      { row: 'Heerlen', rowIndex: HEERLEN, column: 0, value: 3 },
    ]);
  });
});

describe('the percentage', () => {
  it('a wrong percentage with consistent totals gets round(100 × TOTAAL / register)', () => {
    const table = zuidLimburg();
    if (!table.register) throw new Error('fixture has a register');
    table.register.percentInSonar = 74;
    expect(checkTable(table)[0]?.suggestion).toEqual({ row: 'Doelgroepregister', column: 'percentInSonar', value: 70 });
  });

  it('still offered when TOTAAL AMR total is confirmed though other cells are wrong', () => {
    const table = zuidLimburg();
    if (!table.register) throw new Error('fixture has a register');
    table.register.percentInSonar = 74;
    row(table, HEERLEN).counts[1] = 330; // two wrong cells in one row: no cell suggestion, but
    row(table, HEERLEN).counts[2] = 823; // TOTAAL AMR's row and column 4 still agree
    const percent = checkTable(table).find((flag) => flag.code === 'percent-mismatch');
    expect(percent?.suggestion).toEqual({ row: 'Doelgroepregister', column: 'percentInSonar', value: 70 });
  });

  it('not offered when TOTAAL AMR total itself is in doubt', () => {
    const table = zuidLimburg();
    if (!table.register) throw new Error('fixture has a register');
    table.register.percentInSonar = 74;
    row(table, HEERLEN).counts[1] = 330;
    row(table, HEERLEN).total = 1571; // Heerlen adds up; columns 1 and 4 are off: no explanation
    expectNoSuggestions(table);
  });

  it('a wrong register total is never suggested (a range of totals gives the same percentage)', () => {
    const table = zuidLimburg();
    if (!table.register) throw new Error('fixture has a register');
    table.register.total = 11178;
    const flags = checkTable(table);
    expect(flags.map((flag) => flag.code)).toEqual(['percent-mismatch']);
    // Only the percentage can be pinned down; the message shows the arithmetic to judge which is wrong.
    expect(flags[0]?.suggestion).toEqual({ row: 'Doelgroepregister', column: 'percentInSonar', value: 64 });
  });
});

describe('the error fixtures', () => {
  it('Midden-Utrecht 2020Q3: Utrecht total 5.503 → 5.493 on both flags', () => {
    const flags = checkTable(loadTable('errors/err_p1_2020q3_midden-utrecht_rowtotal.json'));
    const fix = { row: 'Utrecht', rowIndex: 9, column: 4, value: 5493 };
    expect(withSuggestions(flags)).toEqual([
      { code: 'row-total-mismatch', row: 'Utrecht', column: 4, suggestion: fix },
      { code: 'column-total-mismatch', column: 4, suggestion: fix },
    ]);
  });

  it('West-Brabant 2017Q4: percentage 79 → 75 (10.654 / 14.208)', () => {
    const flags = checkTable(loadTable('errors/err_p2_2017q4_west-brabant_percent.json'));
    expect(withSuggestions(flags)).toEqual([{ code: 'percent-mismatch', suggestion: { row: 'Doelgroepregister', column: 'percentInSonar', value: 75 } }]);
  });

  it('clean fixtures have nothing to suggest', () => {
    for (const file of truthFilesWithTables().filter((name) => !name.startsWith('errors/'))) {
      for (const truth of readTruth(file).documents.flatMap((document) => document.tables)) {
        expect(findCellFixes(tableFromTruth(truth))).toMatchObject({ fixes: [], explained: true });
      }
    }
  });
});

describe('suggestions are offers only', () => {
  it('never change the table, and survive JSON', () => {
    const table = zuidLimburg();
    row(table, HEERLEN).counts[2] = 823;
    row(table, KERKRADE).counts[1] = null;
    row(table, 3).name = 'Gulpen-Witem';
    const before = structuredClone(table);
    const flags = checkTable(table);
    expect(table).toEqual(before);
    expect(flags.filter((flag) => flag.suggestion)).toHaveLength(4);
    expect(JSON.parse(JSON.stringify(flags))).toEqual(flags);
    expect(checkTable(structuredClone(table))).toEqual(flags);
  });
});

describe('low-confidence', () => {
  const box = { x0: 0, y0: 0, x1: 1, y1: 1 };
  function ocrSource(text: string, confidence?: number): SourceRef {
    return confidence === undefined ? { page: 1, box, text } : { page: 1, box, text, confidence };
  }
  /** Heerlen read by OCR, every cell 95% except the ones given. */
  function heerlenRead(table: ExtractedTable, confidences: Partial<Record<number, number | undefined>>) {
    const heerlen = row(table, HEERLEN);
    const texts = [heerlen.name, ...heerlen.counts.map(String), String(heerlen.total)];
    heerlen.sources = texts.map((text, index) => ocrSource(text, index in confidences ? confidences[index] : 95));
  }

  it(`flags a cell read below ${LOW_CONFIDENCE_THRESHOLD}% as info when its row and column agree`, () => {
    expect(LOW_CONFIDENCE_THRESHOLD).toBe(80);
    const table = zuidLimburg();
    heerlenRead(table, { 2: LOW_CONFIDENCE_THRESHOLD - 1 });
    const flags = checkTable(table);
    expect(flags).toEqual([
      {
        code: 'low-confidence',
        row: 'Heerlen',
        rowIndex: HEERLEN,
        column: 1,
        severity: 'info',
        message: "Heerlen, kolom 2: tekstherkenning las '320' met 79% zekerheid; rij- en kolomtotaal kloppen",
      },
    ]);
    expect(flags.filter(isOpenFlag)).toEqual([]);
  });

  it(`${LOW_CONFIDENCE_THRESHOLD}% and above is not flagged; text-layer values (no confidence) never are`, () => {
    const table = zuidLimburg();
    heerlenRead(table, { 2: LOW_CONFIDENCE_THRESHOLD, 3: undefined });
    expect(checkTable(table)).toEqual([]);
  });

  it('a low-confidence cell that breaks its sums is open and carries the fix', () => {
    const table = zuidLimburg();
    row(table, HEERLEN).counts[2] = 873; // OCR read 813 as 873
    heerlenRead(table, { 3: 41 });
    const flags = checkTable(table);
    const fix = { row: 'Heerlen', rowIndex: HEERLEN, column: 2, value: 813 };
    expect(withSuggestions(flags)).toEqual([
      { code: 'low-confidence', row: 'Heerlen', column: 2, suggestion: fix },
      { code: 'row-total-mismatch', row: 'Heerlen', column: 4, suggestion: fix },
      { code: 'column-total-mismatch', column: 2, suggestion: fix },
    ]);
    expect(flags.every(isOpenFlag)).toBe(true);
    expect(flags[0]?.message).toBe("Heerlen, kolom 3: tekstherkenning las '873' met 41% zekerheid");
  });

  it('a low-confidence name: info when it is a known municipality, open next to an unknown one', () => {
    const known = zuidLimburg();
    heerlenRead(known, { 0: 50 });
    expect(checkTable(known)).toEqual([
      {
        code: 'low-confidence',
        row: 'Heerlen',
        rowIndex: HEERLEN,
        field: 'name',
        severity: 'info',
        message: "Rij 5, gemeentenaam: tekstherkenning las 'Heerlen' met 50% zekerheid; de naam is een bekende gemeente",
      },
    ]);

    const misread = zuidLimburg();
    row(misread, HEERLEN).name = 'Heerien';
    heerlenRead(misread, { 0: 50 });
    const flags = checkTable(misread);
    expect(flags.map((flag) => [flag.code, flag.field, isOpenFlag(flag)])).toEqual([
      ['low-confidence', 'name', true],
      ['unknown-municipality', 'name', true],
    ]);
    expect(flags[1]?.suggestion).toEqual({ row: 'Heerien', rowIndex: HEERLEN, column: 'name', value: 'Heerlen' });
  });

  it("TOTAAL AMR's own label is not judged, its numbers are", () => {
    const table = zuidLimburg();
    const total = row(table, TOTAL);
    total.sources = [ocrSource('TOTAAL AMR', 10), null, null, null, null, ocrSource('7.109', 60)];
    expect(checkTable(table).map((flag) => [flag.code, flag.row, flag.column, flag.severity])).toEqual([['low-confidence', 'TOTAAL AMR', 4, 'info']]);
  });

  it('without TOTAAL AMR nothing confirms a cell: the flag stays open', () => {
    const table = zuidLimburg();
    table.totalRow = null;
    heerlenRead(table, { 1: 12 });
    const flag = checkTable(table).find((f) => f.code === 'low-confidence');
    expect(flag && isOpenFlag(flag)).toBe(true);
  });
});
