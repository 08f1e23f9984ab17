// The cross-table check: the same region and period loaded from two files. Built from the
// fixtures' truth tables; the second "file" is a copy with the changes a test needs.
import { describe, expect, it } from 'vitest';
import { checkDuplicateTables, isCrossTableFlag, regionPeriodKey, tableKey } from '../../src/engine/compare';
import type { ExtractedDocument } from '../../src/engine/model';
import { documentFromTruth } from '../helpers/truthTables';

const ZUID_LIMBURG = 'text/p1_2017q3_zuid-limburg_seed.json';
const NATIONAL = 'national/p5_2019q2_national_10regions.json';
const GRONINGEN = 'text/p1_2017q4_groningen.json';

function copyOf(document: ExtractedDocument, file: string): ExtractedDocument {
  return { ...structuredClone(document), file };
}

const brief = (flags: ReturnType<typeof checkDuplicateTables>, key: string) =>
  (flags.get(key) ?? []).map(({ code, row, rowIndex, column, field, severity, message }) => ({ code, row, rowIndex, column, field, severity, message }));

describe('checkDuplicateTables', () => {
  it('finds nothing among different regions and quarters', () => {
    const flags = checkDuplicateTables([documentFromTruth(ZUID_LIMBURG), documentFromTruth(NATIONAL), documentFromTruth(GRONINGEN)]);
    expect(flags.size).toBe(0);
  });

  it('gives both tables a hint when the same region and period agree in every value', () => {
    const original = documentFromTruth(ZUID_LIMBURG);
    const flags = checkDuplicateTables([original, copyOf(original, 'kopie.pdf')]);
    expect(brief(flags, tableKey(0, 0))).toEqual([
      {
        code: 'duplicate-table',
        severity: 'info',
        message: "Zelfde regio en periode ook ingelezen uit 'kopie.pdf', pagina 1, met dezelfde waarden",
      },
    ]);
    expect(brief(flags, tableKey(1, 0))[0]?.message).toBe(
      "Zelfde regio en periode ook ingelezen uit 'p1_2017q3_zuid-limburg_seed.pdf', pagina 1, met dezelfde waarden",
    );
  });

  it('gives a table that agrees with several copies one hint naming them all, not one per copy', () => {
    const original = documentFromTruth(ZUID_LIMBURG);
    const copies = Array.from({ length: 7 }, (_, i) => copyOf(original, `kopie_${i + 1}.pdf`));
    const flags = checkDuplicateTables([original, ...copies]);
    expect(brief(flags, tableKey(0, 0))).toEqual([
      {
        code: 'duplicate-table',
        severity: 'info',
        message:
          "Zelfde regio en periode ook ingelezen uit 'kopie_1.pdf', pagina 1, 'kopie_2.pdf', pagina 1, 'kopie_3.pdf', pagina 1 en 4 andere bestanden, met dezelfde waarden",
      },
    ]);
    expect(brief(flags, tableKey(2, 0))[0]?.message).toBe(
      "Zelfde regio en periode ook ingelezen uit 'p1_2017q3_zuid-limburg_seed.pdf', pagina 1, 'kopie_1.pdf', pagina 1, 'kopie_3.pdf', pagina 1 en 4 andere bestanden, met dezelfde waarden",
    );
    // Three copies: both others are named.
    const three = checkDuplicateTables([original, ...copies.slice(0, 2)]);
    expect(brief(three, tableKey(1, 0))[0]?.message).toBe(
      "Zelfde regio en periode ook ingelezen uit 'p1_2017q3_zuid-limburg_seed.pdf', pagina 1 en 'kopie_2.pdf', pagina 1, met dezelfde waarden",
    );
    expect(brief(three, tableKey(1, 0))).toHaveLength(1);
  });

  it('flags every differing cell on both tables, naming the other file and both values', () => {
    const original = documentFromTruth(ZUID_LIMBURG);
    const other = copyOf(original, 'andere-download.pdf');
    const table = other.tables[0]!;
    table.rows[4]!.counts[1] = 330; // Heerlen, printed 320
    table.totalRow!.total = 7119;
    table.register = { total: 10178, percentInSonar: 71 };
    const flags = checkDuplicateTables([original, other]);
    expect(brief(flags, tableKey(0, 0))).toEqual([
      {
        code: 'duplicate-table-mismatch',
        row: 'Heerlen',
        rowIndex: 4,
        column: 1,
        message: "Zelfde regio en periode in 'andere-download.pdf', pagina 1: daar 330, hier 320",
      },
      {
        code: 'duplicate-table-mismatch',
        row: 'TOTAAL AMR',
        rowIndex: 18,
        column: 4,
        message: "Zelfde regio en periode in 'andere-download.pdf', pagina 1: daar 7.119, hier 7.109",
      },
      {
        code: 'duplicate-table-mismatch',
        row: 'Doelgroepregister',
        message: "Zelfde regio en periode in 'andere-download.pdf', pagina 1: percentage daar 71%, hier 70%",
      },
    ]);
    expect(brief(flags, tableKey(1, 0)).map((flag) => flag.message)[0]).toBe(
      "Zelfde regio en periode in 'p1_2017q3_zuid-limburg_seed.pdf', pagina 1: daar 320, hier 330",
    );
    expect([...flags.values()].flat().every(isCrossTableFlag)).toBe(true);
  });

  it('gives a value that differs from several copies one flag per value there, naming the copies', () => {
    // Seven copies print Heerlen's second count as 320; this file has 330. One flag on that cell,
    // not seven: with a batch of copies loaded, a flag per copy buries the cell under a list.
    const original = documentFromTruth(ZUID_LIMBURG);
    const odd = copyOf(original, 'afwijkend.pdf');
    odd.tables[0]!.rows[4]!.counts[1] = 330;
    const copies = Array.from({ length: 7 }, (_, i) => copyOf(original, `kopie_${i + 1}.pdf`));
    // Two of the copies print yet another value: a flag of its own, naming just those two.
    for (const copy of copies.slice(5)) copy.tables[0]!.rows[4]!.counts[1] = 340;
    const flags = checkDuplicateTables([odd, original, ...copies]);
    expect(brief(flags, tableKey(0, 0))).toEqual([
      {
        code: 'duplicate-table-mismatch',
        row: 'Heerlen',
        rowIndex: 4,
        column: 1,
        message:
          "Zelfde regio en periode in 'p1_2017q3_zuid-limburg_seed.pdf', pagina 1, 'kopie_1.pdf', pagina 1, 'kopie_2.pdf', pagina 1 en 3 andere bestanden: daar 320, hier 330",
      },
      {
        code: 'duplicate-table-mismatch',
        row: 'Heerlen',
        rowIndex: 4,
        column: 1,
        message: "Zelfde regio en periode in 'kopie_6.pdf', pagina 1 en 'kopie_7.pdf', pagina 1: daar 340, hier 330",
      },
    ]);
    // A copy that agrees with the majority: one flag for each of the two other values, and
    // one hint for the copies it agrees with.
    expect(brief(flags, tableKey(2, 0)).map((flag) => flag.message)).toEqual([
      "Zelfde regio en periode in 'afwijkend.pdf', pagina 1: daar 330, hier 320",
      "Zelfde regio en periode in 'kopie_6.pdf', pagina 1 en 'kopie_7.pdf', pagina 1: daar 340, hier 320",
      "Zelfde regio en periode ook ingelezen uit 'p1_2017q3_zuid-limburg_seed.pdf', pagina 1, 'kopie_2.pdf', pagina 1, 'kopie_3.pdf', pagina 1 en 2 andere bestanden, met dezelfde waarden",
    ]);
  });

  it('names the other file once when it differs from this table twice in the same way', () => {
    // The other file has Vaals twice (a duplicate-municipality finding of its own); this one has
    // none: one flag naming 'b.pdf' once, not "in 'b.pdf', pagina 1 en 'b.pdf', pagina 1".
    const original = documentFromTruth(ZUID_LIMBURG);
    const other = copyOf(original, 'b.pdf');
    const vaals = original.tables[0]!.rows.findIndex((row) => row.name === 'Vaals');
    other.tables[0]!.rows.push(structuredClone(other.tables[0]!.rows[vaals]!));
    original.tables[0]!.rows.splice(vaals, 1);
    const messages = brief(checkDuplicateTables([original, other]), tableKey(0, 0)).map((flag) => flag.message);
    expect(messages).toEqual(["Vaals ontbreekt hier, maar staat wel in de tabel van dezelfde regio en periode in 'b.pdf', pagina 1"]);
  });

  it('matches municipalities by the name list, not by position, and flags a row only one table has', () => {
    const original = documentFromTruth(ZUID_LIMBURG);
    const other = copyOf(original, 'b.pdf');
    const rows = other.tables[0]!.rows;
    rows.reverse(); // another order changes nothing
    const removed = rows.findIndex((row) => row.name === 'Vaals');
    rows.splice(removed, 1);
    const flags = checkDuplicateTables([original, other]);
    const vaals = original.tables[0]!.rows.findIndex((row) => row.name === 'Vaals');
    expect(brief(flags, tableKey(0, 0))[0]).toEqual({
      code: 'duplicate-table-mismatch',
      row: 'Vaals',
      rowIndex: vaals,
      field: 'name',
      message: "Vaals staat niet in de tabel van dezelfde regio en periode in 'b.pdf', pagina 1",
    });
    // TOTAAL AMR still agrees; only Vaals is reported: on its row, and on the other table's line.
    expect(brief(flags, tableKey(0, 0))).toHaveLength(1);
    expect(brief(flags, tableKey(1, 0))).toEqual([
      {
        code: 'duplicate-table-mismatch',
        row: 'Vaals',
        message: "Vaals ontbreekt hier, maar staat wel in de tabel van dezelfde regio en periode in 'p1_2017q3_zuid-limburg_seed.pdf', pagina 1",
      },
    ]);
  });

  it('compares a national file with a single region page of the same quarter', () => {
    const national = documentFromTruth(NATIONAL);
    const single: ExtractedDocument = { ...copyOf(national, 'amersfoort.pdf'), tables: [structuredClone(national.tables[1]!)] };
    single.tables[0]!.region = 'amersfoort'; // spelled differently: still the same region
    single.tables[0]!.page = 1;
    const flags = checkDuplicateTables([national, single]);
    expect([...flags.keys()].sort()).toEqual([tableKey(0, 1), tableKey(1, 0)]);
    expect(brief(flags, tableKey(0, 1))[0]?.code).toBe('duplicate-table');
  });

  it('answers again from the same content, and anew when rows, totals, register or the file change', () => {
    const original = documentFromTruth(ZUID_LIMBURG);
    const copy = copyOf(original, 'kopie.pdf');
    const first = checkDuplicateTables([original, copy]);
    // The app replaces a table's flags after each check: content kept, so the answer is too.
    const reflagged = { ...copy, tables: [{ ...copy.tables[0]!, flags: [] }] };
    expect(checkDuplicateTables([original, reflagged]).get(tableKey(0, 0))?.[0]).toBe(first.get(tableKey(0, 0))?.[0]);

    // An edited count (a new rows list, as the app makes it) is compared anew.
    const table = copy.tables[0]!;
    const rows = table.rows.map((row, i) => (i === 0 ? { ...row, counts: [row.counts[0]! + 1, ...row.counts.slice(1)] } : row));
    const edited = { ...copy, tables: [{ ...table, rows }] };
    expect(brief(checkDuplicateTables([original, edited]), tableKey(0, 0)).map((flag) => [flag.code, flag.rowIndex, flag.column])).toEqual([
      ['duplicate-table-mismatch', 0, 0],
    ]);

    // So is a changed total row, register, or the other file's name (it is in the message).
    const total = { ...copy, tables: [{ ...table, totalRow: { ...table.totalRow!, total: table.totalRow!.total! + 1 } }] };
    expect(brief(checkDuplicateTables([original, total]), tableKey(0, 0))[0]?.column).toBe(4);
    const register = { ...copy, tables: [{ ...table, register: { ...table.register!, total: table.register!.total! + 1 } }] };
    expect(brief(checkDuplicateTables([original, register]), tableKey(0, 0))[0]?.message).toMatch(/doelgroepregister daar/);
    const renamed = { ...copy, file: 'ander.pdf' };
    expect(brief(checkDuplicateTables([original, renamed]), tableKey(0, 0))[0]?.message).toContain("'ander.pdf'");
  });

  it('leaves tables without a period or region out', () => {
    const original = documentFromTruth(ZUID_LIMBURG);
    const other = copyOf(original, 'b.pdf');
    other.tables[0]!.period = null;
    expect(regionPeriodKey(other.tables[0]!)).toBeNull();
    expect(checkDuplicateTables([original, other]).size).toBe(0);
  });
});
