import { describe, expect, it } from 'vitest';
import { checkTable, flagLabels, isOpenFlag, roundedPercent } from '../../src/engine/checks';
import { formatNumber } from '../../src/engine/format';
import type { ExtractedTable, Flag } from '../../src/engine/model';
import { loadTable, readTruth, tableFromTruth, truthFilesWithTables } from '../helpers/truthTables';

const ZUID_LIMBURG = 'text/p1_2017q3_zuid-limburg_seed.json';
const HEERLEN = 4; // row index of Heerlen: 3 + 320 + 813 + 425 = 1.561
const TOTAL_HEADER = 'Totaal doelgroep banenafspraak in Sonar';

function zuidLimburg(): ExtractedTable {
  return loadTable(ZUID_LIMBURG);
}

function row(table: ExtractedTable, index: number) {
  const found = table.rows[index];
  if (!found) throw new Error(`no row ${index}`);
  return found;
}

/** code, row and column of a flag, without rowIndex and message. */
function truthShape(flag: Flag): { code: string; row?: string; column?: number } {
  const shape: { code: string; row?: string; column?: number } = { code: flag.code };
  if (flag.row !== undefined) shape.row = flag.row;
  if (flag.column !== undefined) shape.column = flag.column;
  return shape;
}

/** The flag as the truth files write it: there a row-total flag has no column (it is always 4). */
function truthFileShape(flag: Flag) {
  const shape = truthShape(flag);
  if (flag.code === 'row-total-mismatch') delete shape.column;
  return shape;
}

function expectNoNaN(flags: Flag[]) {
  for (const flag of flags) expect(flag.message).not.toMatch(/NaN|undefined|null/);
}

describe('formatNumber', () => {
  it('writes Dutch thousands separators and decimal commas', () => {
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(999)).toBe('999');
    expect(formatNumber(1000)).toBe('1.000');
    expect(formatNumber(1561)).toBe('1.561');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(-10178)).toBe('-10.178');
    expect(formatNumber(69.847, 1)).toBe('69,8');
    expect(formatNumber(12345.678, 2)).toBe('12.345,68');
    expect(formatNumber(-0.01)).toBe('0');
  });
});

describe('roundedPercent', () => {
  it('rounds halves up', () => {
    expect(roundedPercent(1, 200)).toBe(1); // 0,5
    expect(roundedPercent(139, 200)).toBe(70); // 69,5
    expect(roundedPercent(1389, 2000)).toBe(69); // 69,45
    expect(roundedPercent(7109, 10178)).toBe(70);
  });
});

describe('checkTable on the fixture truth', () => {
  const files = truthFilesWithTables();

  it('covers clean and erroneous fixtures', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(files.some((file) => file.startsWith('errors/'))).toBe(true);
  });

  it.each(files)('%s: exactly the flags the truth lists', (file) => {
    const tables = readTruth(file).documents.flatMap((document) => document.tables);
    expect(tables.length).toBeGreaterThan(0);
    for (const truth of tables) {
      const flags = checkTable(tableFromTruth(truth));
      expect(flags.map(truthFileShape)).toEqual(truth.flags);
      expectNoNaN(flags);
    }
  });

  it('finds the planted wrong row total in Midden-Utrecht with its arithmetic', () => {
    const flags = checkTable(loadTable('errors/err_p1_2020q3_midden-utrecht_rowtotal.json'));
    expect(flags.map((flag) => flag.code)).toEqual(['row-total-mismatch', 'column-total-mismatch']);
    expect(flags[0]?.message).toMatch(/^554 \+ 1\.304 \+ 2\.786 \+ 849 = 5\.493, gedrukt totaal 5\.503$/);
  });
});

describe('checkTable on Zuid-Limburg 2017Q3 (real published figures)', () => {
  it('finds nothing on the page as printed', () => {
    expect(checkTable(zuidLimburg())).toEqual([]);
  });

  it('ignores the flags already on the table and is deterministic', () => {
    const table = zuidLimburg();
    table.flags = [{ code: 'empty-table', message: 'oud' }];
    expect(checkTable(table)).toEqual([]);
    row(table, HEERLEN).total = 1571;
    expect(checkTable(table)).toEqual(checkTable(structuredClone(table)));
  });

  it('a row total 10 too high gives the row flag and the column-4 flag', () => {
    const table = zuidLimburg();
    row(table, HEERLEN).total = 1571;
    expect(checkTable(table)).toEqual([
      {
        code: 'row-total-mismatch',
        row: 'Heerlen',
        rowIndex: HEERLEN,
        column: 4,
        message: '3 + 320 + 813 + 425 = 1.561, gedrukt totaal 1.571',
        suggestion: { row: 'Heerlen', rowIndex: HEERLEN, column: 4, value: 1561 },
      },
      {
        code: 'column-total-mismatch',
        column: 4,
        message: `Som van de gemeenten in kolom '${TOTAL_HEADER}' = 7.119, TOTAAL AMR = 7.109 (verschil 10)`,
        suggestion: { row: 'Heerlen', rowIndex: HEERLEN, column: 4, value: 1561 },
      },
    ]);
  });

  it('a row total 10 too low: the sum falls short of TOTAAL AMR', () => {
    const table = zuidLimburg();
    row(table, HEERLEN).total = 1551;
    const messages = checkTable(table).map((flag) => flag.message);
    expect(messages).toEqual([
      '3 + 320 + 813 + 425 = 1.561, gedrukt totaal 1.551',
      `Som van de gemeenten in kolom '${TOTAL_HEADER}' = 7.099, TOTAAL AMR = 7.109 (verschil 10)`,
    ]);
  });

  it('names a count column by its printed header, else by its place: "kolom 2", never "kolom \'Kolom 2\'"', () => {
    const table = zuidLimburg();
    row(table, HEERLEN).counts[1] = 330;
    row(table, HEERLEN).total = 1571; // keep the row itself consistent
    const generic = checkTable(table).filter((flag) => flag.code === 'column-total-mismatch');
    expect(generic.map((flag) => flag.column)).toEqual([1, 4]);
    expect(generic[0]?.message).toBe('Som van de gemeenten in kolom 2 = 1.285, TOTAAL AMR = 1.275 (verschil 10)');

    table.headers = ['Geen', 'Nog geen', 'Wel', 'Onbekend', TOTAL_HEADER];
    const named = checkTable(table).find((flag) => flag.column === 1);
    expect(named?.message).toContain("in kolom 'Nog geen' = 1.285");
  });

  it('a wrong TOTAAL AMR count flags that row and its column', () => {
    const table = zuidLimburg();
    if (!table.totalRow) throw new Error('fixture has TOTAAL AMR');
    table.totalRow.counts[0] = 13;
    expect(checkTable(table).map(truthShape)).toEqual([
      { code: 'row-total-mismatch', row: 'TOTAAL AMR', column: 4 },
      { code: 'column-total-mismatch', column: 0 },
    ]);
    expect(checkTable(table)[0]?.rowIndex).toBe(table.rows.length);
    expect(checkTable(table)[0]?.message).toBe('13 + 1.275 + 3.938 + 1.884 = 7.110, gedrukt totaal 7.109');
  });

  it('a percentage 4 points too high gives only percent-mismatch', () => {
    const table = zuidLimburg();
    if (!table.register) throw new Error('fixture has a register');
    table.register.percentInSonar = 74;
    expect(checkTable(table)).toEqual([
      {
        code: 'percent-mismatch',
        message: '7.109 / 10.178 = 69,8% → 70%, gedrukt 74%',
        suggestion: { row: 'Doelgroepregister', column: 'percentInSonar', value: 70 },
      },
    ]);
  });

  it('an unreadable count is invalid-number, and no sum is attempted with it', () => {
    const table = zuidLimburg();
    const heerlen = row(table, HEERLEN);
    heerlen.counts[1] = null;
    heerlen.sources = [null, null, { page: 1, box: { x0: 0, y0: 0, x1: 1, y1: 1 }, text: '32O' }, null, null, null];
    const flags = checkTable(table);
    expect(flags).toEqual([
      {
        code: 'invalid-number',
        row: 'Heerlen',
        rowIndex: HEERLEN,
        column: 1,
        message: "Heerlen, kolom 2: gedrukt '32O' is geen geheel getal",
        // Heerlen's row and column 2 both demand 320: the OCR'd '32O' gets its value offered.
        suggestion: { row: 'Heerlen', rowIndex: HEERLEN, column: 1, value: 320 },
      },
    ]);
    expectNoNaN(flags);
  });

  it('an empty total cell and impossible values are invalid-number too, never NaN', () => {
    const table = zuidLimburg();
    row(table, 0).total = null;
    row(table, 1).counts[2] = 1.5;
    row(table, 2).counts[3] = Number.NaN;
    row(table, 3).counts = [0, 13, 56]; // a cell missing altogether
    if (!table.totalRow) throw new Error('fixture has TOTAAL AMR');
    table.totalRow.total = null;
    const flags = checkTable(table);
    expect(flags.map(truthShape)).toEqual([
      { code: 'invalid-number', row: 'Beek', column: 4 },
      { code: 'invalid-number', row: 'Brunssum', column: 2 },
      { code: 'invalid-number', row: 'Eijsden-Margraten', column: 3 },
      { code: 'invalid-number', row: 'Gulpen-Wittem', column: 3 },
      { code: 'invalid-number', row: 'TOTAAL AMR', column: 4 },
    ]);
    expect(flags[0]?.message).toBe(`Beek, kolom '${TOTAL_HEADER}': cel is leeg of geen geheel getal`);
    expect(flags[1]?.message).toContain('1,5 is geen geldig aantal');
    expect(flags[2]?.message).toBe('Eijsden-Margraten, kolom 4: cel bevat geen getal');
    expectNoNaN(flags);
  });

  it('flags a municipality printed twice, ignoring case and spacing', () => {
    const table = zuidLimburg();
    row(table, 9).name = '  beek '; // Nuth renamed: the numbers stay consistent
    expect(checkTable(table)).toEqual([
      {
        code: 'duplicate-municipality',
        row: '  beek ',
        rowIndex: 9,
        message: "Gemeente 'beek' staat meer dan eens in de tabel (rij 1 en rij 10)",
      },
    ]);
  });

  it('a missing TOTAAL AMR row is reported once, without column or percent flags', () => {
    const table = zuidLimburg();
    table.totalRow = null;
    expect(checkTable(table)).toEqual([{ code: 'missing-total-row', message: 'De rij TOTAAL AMR is niet gevonden' }]);
  });

  it('reports missing register, period and region', () => {
    const table = zuidLimburg();
    table.register = null;
    table.period = null;
    table.region = ' ';
    expect(checkTable(table).map((flag) => flag.code)).toEqual(['missing-period', 'missing-region', 'missing-register']);

    table.register = { total: 10178, percentInSonar: null };
    expect(checkTable(table).find((flag) => flag.code === 'missing-register')?.message).toBe(
      'Het percentage doelgroepers bekend binnen Sonar is niet gevonden',
    );
    table.period = { year: 2017, quarter: 5 };
    expect(checkTable(table)[0]?.code).toBe('missing-period');
  });

  it('a table without municipalities is empty-table, and still checks TOTAAL AMR', () => {
    const table = zuidLimburg();
    table.rows = [];
    expect(checkTable(table).map((flag) => flag.code)).toEqual(['empty-table']);
    if (!table.totalRow) throw new Error('fixture has TOTAAL AMR');
    table.totalRow.total = 7000;
    expect(checkTable(table).map(truthShape)).toEqual([
      { code: 'row-total-mismatch', row: 'TOTAAL AMR', column: 4 },
      { code: 'percent-mismatch' },
      { code: 'empty-table' },
    ]);
  });

  it('orders rows first, then columns, then the percentage, then the page', () => {
    const table = zuidLimburg();
    row(table, 7).total = 1300; // Maastricht: row + column 4
    row(table, 2).counts[0] = null; // Eijsden-Margraten: invalid number
    row(table, 12).name = 'Heerlen'; // Simpelveld renamed: duplicate
    row(table, 0).counts[1] = 34; // Beek: row + column 1
    if (!table.register) throw new Error('fixture has a register');
    table.register.percentInSonar = 71;
    table.region = null;
    expect(checkTable(table).map(truthShape)).toEqual([
      { code: 'row-total-mismatch', row: 'Beek', column: 4 },
      { code: 'invalid-number', row: 'Eijsden-Margraten', column: 0 },
      { code: 'row-total-mismatch', row: 'Maastricht', column: 4 },
      { code: 'duplicate-municipality', row: 'Heerlen' },
      { code: 'column-total-mismatch', column: 1 },
      { code: 'column-total-mismatch', column: 4 },
      { code: 'percent-mismatch' },
      { code: 'missing-region' },
    ]);
  });
});

describe('checkTable: names, OCR confidence and suggestions', () => {
  const box = { x0: 0, y0: 0, x1: 1, y1: 1 };

  it('orders a row: unreadable cells, uncertain OCR (name first), the sum, then the name checks', () => {
    const table = zuidLimburg();
    const heerlen = row(table, HEERLEN);
    heerlen.name = 'Heerien';
    heerlen.counts[3] = null;
    heerlen.sources = [
      { page: 1, box, text: 'Heerien', confidence: 40 },
      { page: 1, box, text: '3', confidence: 99 },
      { page: 1, box, text: '320', confidence: 70 },
      null,
      { page: 1, box, text: '42S', confidence: 30 },
      { page: 1, box, text: '1.561', confidence: 99 },
    ];
    row(table, 0).name = 'Beck'; // OCR for Beek
    row(table, 0).total = 148;
    expect(checkTable(table).map((flag) => [flag.code, flag.row, flag.column ?? flag.field])).toEqual([
      ['row-total-mismatch', 'Beck', 4],
      ['unknown-municipality', 'Beck', 'name'],
      ['invalid-number', 'Heerien', 3],
      ['low-confidence', 'Heerien', 'name'],
      ['low-confidence', 'Heerien', 1],
      ['low-confidence', 'Heerien', 3],
      ['unknown-municipality', 'Heerien', 'name'],
      ['column-total-mismatch', undefined, 4],
    ]);
    // Two broken rows, columns 3 (unreadable) and 4: Heerlen's count and Beek's total explain them.
    const suggested = checkTable(table).map((flag) => flag.suggestion?.value ?? null);
    expect(suggested).toEqual([138, 'Beek', 425, null, null, 425, 'Heerlen', 138]);
  });

  it('Onderbanken printed in a 2020 table is not in the period', () => {
    const table = zuidLimburg();
    table.period = { year: 2020, quarter: 1 };
    const flags = checkTable(table);
    expect(flags.map(truthShape)).toEqual([
      { code: 'municipality-not-in-period', row: 'Nuth' },
      { code: 'municipality-not-in-period', row: 'Onderbanken' },
      { code: 'municipality-not-in-period', row: 'Schinnen' },
    ]);
    expect(flags[1]?.message).toBe('Onderbanken bestond op 1 januari 2020 niet meer: opgegaan in Beekdaelen (2019)');
  });

  it('isOpenFlag: everything but info', () => {
    expect(isOpenFlag({ code: 'row-total-mismatch', message: '' })).toBe(true);
    expect(isOpenFlag({ code: 'low-confidence', message: '', severity: 'info' })).toBe(false);
  });

  it('every flag code has a Dutch label', () => {
    for (const code of ['unknown-municipality', 'municipality-not-in-period', 'municipality-region', 'low-confidence'] as const) {
      expect(flagLabels[code]).toMatch(/\w/);
    }
  });
});
