// OCR-read municipality names taken as the official name (engine/ocr/ocrNames.ts,
// municipalities/ocrReading.ts, checks/ocrNames.ts): a clear winner in the region's composition
// becomes the value with an info hint; an ambiguous reading, a row with doubtful numbers, a table
// without a known region or period, and any text-layer name keep today's flag with suggestion.
// A reading with a municipality's letters in none of its spellings gets that spelling.
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { checkTable, isOpenFlag } from '../../src/engine/checks';
import { toJsonValue } from '../../src/engine/export/json';
import { sheetNames, workbookBytes } from '../../src/engine/export/workbook';
import type { ExtractedTable, Period, TableRow } from '../../src/engine/model';
import { knownSpelling, matchMunicipality, nameKey, readNameInRegion, regionComposition } from '../../src/engine/municipalities';
import { readOcrNames } from '../../src/engine/ocr/ocrNames';
import { misread, ocrTable, withOcrSources } from '../helpers/ocrTables';
import { readTruth, resultOf, tableFromTruth, truthFilesWithTables } from '../helpers/truthTables';

const box = { x0: 0, y0: 0, x1: 1, y1: 1 };
const q = (year: number, quarter: number): Period => ({ year, quarter });

/** A small consistent OCR table with these names (2, 3, 4, 5 → 14 in every row). */
function smallTable(names: string[], period: Period | null, region: string | null): ExtractedTable {
  const rows = names.map((name) => withOcrSources({ name, counts: [2, 3, 4, 5], total: 14 }));
  const n = names.length;
  return {
    page: 1,
    period,
    region,
    pageLabel: null,
    headers: ['', '', '', '', ''],
    rows,
    totalRow: withOcrSources({ name: 'TOTAAL AMR', counts: [2 * n, 3 * n, 4 * n, 5 * n], total: 14 * n }),
    register: { total: 28 * n, percentInSonar: 50 },
    flags: [],
    source: 'ocr',
  };
}

function rowIndex(table: ExtractedTable, name: string): number {
  const index = table.rows.findIndex((row) => row.name === name);
  if (index < 0) throw new Error(`no ${name}`);
  return index;
}

const TWENTE = 'scans/p4_300dpi_2020q3_twente.json';
const WEST_BRABANT = 'errors/err_p2_2017q4_west-brabant_percent.json';
const MIDDEN_UTRECHT = 'errors/err_p1_2020q3_midden-utrecht_rowtotal.json';
const NOORDOOST_BRABANT = 'text/p1_2019q2_noordoost-brabant.json';

describe('the region composition of a quarter', () => {
  it('is the municipalities then in force that the data places in the region, known movers on both sides', () => {
    const names = (region: string, period: Period) =>
      regionComposition(region, period)
        ?.map((m) => m.name)
        .sort();
    // Twente 2020: the 2026 members, with 2020 names (Hengelo got its suffix in 2024).
    expect(names('Twente', q(2020, 3))).toEqual(
      readTruth(TWENTE)
        .documents[0]!.tables[0]!.rows.map((r) => r.name)
        .sort(),
    );
    expect(names('Twente', q(2024, 1))).toContain('Hengelo (O.)');
    // Geldermalsen (Rivierenland) until 2018, West Betuwe from 2019.
    expect(names('Rivierenland', q(2018, 4))).toContain('Geldermalsen');
    expect(names('Rivierenland', q(2019, 1))).not.toContain('Geldermalsen');
    expect(names('Rivierenland', q(2019, 1))).toContain('West Betuwe');
    // Heerde moved from Regio Zwolle (UWV 2015) to Veluwe Stedendriehoek (2026), year unknown.
    expect(names('Regio Zwolle', q(2017, 1))).toContain('Heerde');
    expect(names('IJsselvechtstreek', q(2017, 1))).toContain('Heerde');
    expect(names('Veluwe Stedendriehoek', q(2017, 1))).toContain('Heerde');
    // Unknown region or period: no composition.
    expect(regionComposition('Atlantis', q(2020, 1))).toBeNull();
    expect(regionComposition('Twente', null)).toBeNull();
    expect(regionComposition('Twente', q(2030, 1))).toBeNull();
  });

  it('holds every municipality printed in the fixtures (truth) for its region and quarter', () => {
    for (const file of truthFilesWithTables()) {
      for (const truth of readTruth(file).documents.flatMap((document) => document.tables)) {
        const members = new Set(regionComposition(truth.region, truth.period)?.map((m) => nameKey(m.name)));
        for (const row of truth.rows) expect(members.has(nameKey(row.name)), `${file} ${row.name}`).toBe(true);
      }
    }
  });
});

describe('readNameInRegion', () => {
  it('takes the one official name of the region clearly closest to the reading', () => {
    expect(readNameInRegion('Qosterhout', 'West-Brabant', q(2017, 4))?.name).toBe('Oosterhout');
    expect(readNameInRegion('Dsselstein', 'Midden-Utrecht', q(2020, 3))?.name).toBe('IJsselstein');
    expect(readNameInRegion('Geldermaisen', 'Rivierenland', q(2017, 1))?.name).toBe('Geldermalsen');
    expect(readNameInRegion('Oude lJsselstreek', 'Achterhoek', q(2019, 2))?.name).toBe('Oude IJsselstreek');
    // The official name of that quarter.
    expect(readNameInRegion('Hengeio', 'Twente', q(2020, 3))?.name).toBe('Hengelo');
    expect(readNameInRegion('Hengeio', 'Twente', q(2024, 1))?.name).toBe('Hengelo (O.)');
  });

  it('leaves official names alone, also those of other regions or other quarters', () => {
    expect(readNameInRegion('Oosterhout', 'West-Brabant', q(2017, 4))).toBeNull();
    expect(readNameInRegion('Heerlen', 'Twente', q(2020, 3))).toBeNull();
    expect(readNameInRegion('Geldermalsen', 'Rivierenland', q(2020, 1))).toBeNull(); // not in period: its own flag
    expect(readNameInRegion('', 'Twente', q(2020, 3))).toBeNull();
  });

  it('decides nothing when two of the region are about as close, or a municipality outside it is as close', () => {
    // Boekel and Boxtel (Noordoost-Brabant): "Boetel" is one edit from both.
    expect(readNameInRegion('Boetel', 'Noordoost-Brabant', q(2019, 2))).toBeNull();
    // Ooststellingwerf and Weststellingwerf (Friesland).
    expect(readNameInRegion('Oeststellingwerf', 'Friesland', q(2019, 2))).toBeNull();
    // "Heerle": Heerde (Veluwe Stedendriehoek) and Heerlen (Zuid-Limburg) are one edit away each;
    // the region's data is only certain for 2026, so the other region's name counts.
    expect(readNameInRegion('Heerle', 'Veluwe Stedendriehoek', q(2020, 1))).toBeNull();
    expect(readNameInRegion('Heerle', 'Zuid-Limburg', q(2020, 1))).toBeNull();
  });

  it('decides nothing far from every name, or without a known region or period', () => {
    expect(readNameInRegion('Heerien', 'Twente', q(2020, 3))).toBeNull(); // Heerlen is not in Twente
    expect(readNameInRegion('Categorie', 'Twente', q(2020, 3))).toBeNull();
    expect(readNameInRegion('Hengeio', 'Atlantis', q(2020, 3))).toBeNull();
    expect(readNameInRegion('Hengeio', null, q(2020, 3))).toBeNull();
    expect(readNameInRegion('Hengeio', 'Twente', null)).toBeNull();
  });

  it('never turns a usual OCR misreading of a printed name into another municipality (all fixture truth)', () => {
    // Look-alike swaps OCR makes, one at a time, plus a lost and a doubled letter.
    const variants = (name: string, period: Period): string[] => {
      const swaps: [RegExp, string][] = [
        [/l/, 'I'],
        [/l/, '1'],
        [/i/, 'l'],
        [/o/, '0'],
        [/O/, 'Q'],
        [/e/, 'c'],
        [/m/, 'rn'],
        [/rn/, 'm'],
        [/d/, 'cl'],
        [/s/, '5'],
        [/IJ/, 'lJ'],
        [/IJ/, 'D'],
        [/h/, 'b'],
      ];
      const out = swaps.filter(([from]) => from.test(name)).map(([from, to]) => name.replace(from, to));
      if (name.length > 6) out.push(name.slice(0, 3) + name.slice(4), name.slice(0, 4) + name[4] + name.slice(4));
      return out.filter((variant) => matchMunicipality(variant, period).kind === 'unknown');
    };
    let tried = 0;
    let read = 0;
    for (const file of truthFilesWithTables()) {
      for (const truth of readTruth(file).documents.flatMap((document) => document.tables)) {
        for (const row of truth.rows) {
          for (const variant of variants(row.name, truth.period)) {
            tried++;
            const result = readNameInRegion(variant, truth.region, truth.period);
            if (result) {
              read++;
              expect(result.name, `${file}: '${variant}' for ${row.name}`).toBe(row.name);
            }
          }
        }
      }
    }
    expect(tried).toBeGreaterThan(500);
    // Most are read; the rest keep their flag (with a suggestion where one is clear).
    expect(read / tried).toBeGreaterThan(0.9);
  });
});

describe('knownSpelling', () => {
  it("gives a municipality's letters read without its accents, punctuation or case their spelling", () => {
    // OCR does not see accents: the accentless alias is the official name, as printed.
    expect(knownSpelling('Noardeast-Fryslan', q(2019, 2))?.name).toBe('Noardeast-Fryslân');
    expect(knownSpelling('Sudwest-Fryslan', q(2019, 2))?.name).toBe('Súdwest-Fryslân');
    expect(knownSpelling('‘Loppersum', q(2017, 4))?.name).toBe('Loppersum');
    expect(knownSpelling('HOORN', q(2017, 4))?.name).toBe('Hoorn');
    expect(knownSpelling('Bergen (NH', q(2017, 4))?.name).toBe('Bergen (NH.)');
    // An alias read without its dots: the alias, not the official name it stands for.
    expect(knownSpelling('Nuenen c.a', q(2020, 3))?.name).toBe('Nuenen c.a.');
  });

  it('leaves known spellings, municipalities not in force and unknown names alone', () => {
    expect(knownSpelling('Den Haag', q(2020, 3))).toBeNull();
    expect(knownSpelling('Hengelo', q(2024, 1))).toBeNull(); // the name before 2024, as printed
    expect(knownSpelling('  Hof van  Twente ', q(2020, 3))).toBeNull();
    expect(knownSpelling('Onderbanken', q(2020, 1))).toBeNull();
    expect(knownSpelling('Qosterhout', q(2017, 4))).toBeNull();
  });
});

describe('readOcrNames on an OCR table', () => {
  it('takes the clear winner as the value; the OCR text stays in the provenance and shows as a hint', () => {
    const table = misread(ocrTable(WEST_BRABANT), rowIndex(ocrTable(WEST_BRABANT), 'Oosterhout'), 'Qosterhout', 62);
    const index = rowIndex(ocrTable(WEST_BRABANT), 'Oosterhout');
    const read = readOcrNames(table);
    expect(read.rows[index]!.name).toBe('Oosterhout');
    expect(read.rows[index]!.sources?.[0]).toEqual({ page: 1, box, text: 'Qosterhout', confidence: 62 });
    // Only that row changed.
    expect(read.rows.filter((row, i) => row !== table.rows[i])).toHaveLength(1);

    const nameFlags = checkTable(read).filter((flag) => flag.rowIndex === index);
    expect(nameFlags).toEqual([
      {
        code: 'ocr-name-read',
        row: 'Oosterhout',
        rowIndex: index,
        field: 'name',
        severity: 'info',
        message: "Tekstherkenning las 'Qosterhout' (62% zekerheid); gelezen als Oosterhout (officiële gemeentenaam in deze regio)",
      },
    ]);
    expect(nameFlags.filter(isOpenFlag)).toEqual([]);
  });

  it('reads several names of one table, each with its hint and no open flag', () => {
    let table = ocrTable(TWENTE);
    table = misread(table, rowIndex(table, 'Hengelo'), 'Hengeio', 88);
    table = misread(table, rowIndex(table, 'Oldenzaal'), '0ldenzaal', 71);
    table = misread(table, rowIndex(table, 'Dinkelland'), 'Dlnkelland');
    const read = readOcrNames(table);
    expect(read.rows.map((row) => row.name)).toEqual(ocrTable(TWENTE).rows.map((row) => row.name));
    const flags = checkTable(read);
    expect(flags.filter(isOpenFlag)).toEqual([]);
    expect(flags.map((flag) => [flag.code, flag.row])).toEqual([
      ['ocr-name-read', 'Dinkelland'],
      ['ocr-name-read', 'Hengelo'],
      ['ocr-name-read', 'Oldenzaal'],
    ]);
    // Confident readings do not quote a confidence; a doubtful one says it here, not in a second hint.
    expect(flags[1]!.message).toBe("Tekstherkenning las 'Hengeio'; gelezen als Hengelo (officiële gemeentenaam in deze regio)");
    expect(flags[2]!.message).toBe("Tekstherkenning las '0ldenzaal' (71% zekerheid); gelezen als Oldenzaal (officiële gemeentenaam in deze regio)");
  });

  it('keeps the flag with its suggestion when the reading is ambiguous', () => {
    const table = misread(ocrTable(NOORDOOST_BRABANT), rowIndex(ocrTable(NOORDOOST_BRABANT), 'Boxtel'), 'Boetel');
    const read = readOcrNames(table);
    expect(read).toEqual(table);
    expect(
      checkTable(read)
        .filter(isOpenFlag)
        .map((flag) => [flag.code, flag.row]),
    ).toEqual([['unknown-municipality', 'Boetel']]);
  });

  it("keeps the flag with its suggestion when the row's numbers are doubtful", () => {
    const base = ocrTable(MIDDEN_UTRECHT);
    const index = rowIndex(base, 'IJsselstein');
    const doubtful: [string, (row: TableRow) => TableRow][] = [
      ['an unreadable count', (row) => ({ ...row, counts: [row.counts[0]!, null, row.counts[2]!, row.counts[3]!] })],
      ['an empty total', (row) => ({ ...row, total: null })],
      ['counts that do not add up', (row) => ({ ...row, total: (row.total ?? 0) + 10 })],
      ['a count read with low confidence', (row) => ({ ...row, sources: row.sources!.map((s, i) => (i === 2 ? { ...s!, confidence: 55 } : s)) })],
    ];
    for (const [what, spoil] of doubtful) {
      const read0 = misread(base, index, 'Dsselstein');
      const table = { ...read0, rows: read0.rows.map((row, i) => (i === index ? spoil(row) : row)) };
      const read = readOcrNames(table);
      expect(read.rows[index]!.name, what).toBe('Dsselstein');
      const flag = checkTable(read).find((f) => f.code === 'unknown-municipality');
      expect(flag?.suggestion?.value, what).toBe('IJsselstein');
      expect(
        checkTable(read).some((f) => f.code === 'ocr-name-read'),
        what,
      ).toBe(false);
    }
  });

  it("gives a municipality's letters their spelling, also in a row with doubtful numbers, with a hint", () => {
    const base = ocrTable(MIDDEN_UTRECHT);
    const index = rowIndex(base, 'IJsselstein');
    const read0 = misread(base, index, 'Ijsselstein,');
    const table = { ...read0, rows: read0.rows.map((row, i) => (i === index ? { ...row, total: null } : row)) };
    const read = readOcrNames(table);
    expect(read.rows[index]!.name).toBe('IJsselstein');
    expect(checkTable(read).filter((flag) => flag.rowIndex === index && flag.field === 'name')).toEqual([
      expect.objectContaining({
        code: 'ocr-name-read',
        severity: 'info',
        message: "Tekstherkenning las 'Ijsselstein,'; gelezen als IJsselstein (officiële schrijfwijze)",
      }),
    ]);
  });

  it('never changes a text-layer name', () => {
    const text = { ...misread(ocrTable(WEST_BRABANT), 8, 'Qosterhout'), source: 'text' as const };
    expect(readOcrNames(text)).toBe(text);
    // A text layer's sources carry no confidence: nothing is OCR's reading.
    const plain = tableFromTruth(readTruth(WEST_BRABANT).documents[0]!.tables[0]!, 'text');
    plain.rows[8]!.name = 'Qosterhout';
    expect(readOcrNames(plain)).toBe(plain);
    expect(checkTable(plain).find((f) => f.code === 'unknown-municipality')?.suggestion?.value).toBe('Oosterhout');
  });

  it('leaves a name of another region alone, official or misread', () => {
    let table = ocrTable(TWENTE);
    table = misread(table, 0, 'Heerlen'); // official, Zuid-Limburg: only the region hint
    table = misread(table, 1, 'Heerien'); // Heerlen misread: not Twente's to decide
    const read = readOcrNames(table);
    expect(read.rows.slice(0, 2).map((row) => row.name)).toEqual(['Heerlen', 'Heerien']);
    const flags = checkTable(read).filter((flag) => flag.field === 'name');
    expect(flags.map((flag) => [flag.code, flag.row, flag.severity ?? 'open', flag.suggestion?.value ?? null])).toEqual([
      ['municipality-region', 'Heerlen', 'info', null],
      ['unknown-municipality', 'Heerien', 'open', 'Heerlen'],
    ]);
  });

  it('keeps the flag when the region or the period is unknown', () => {
    const twente = misread(ocrTable(TWENTE), 6, 'Hengeio');
    for (const table of [
      { ...twente, region: null },
      { ...twente, region: 'Twcnte' },
      { ...twente, period: null },
    ]) {
      expect(readOcrNames(table)).toEqual(table);
      // Without a period the suggestion is the latest name.
      expect(checkTable(table).find((f) => f.code === 'unknown-municipality')?.suggestion?.value).toBe(table.period ? 'Hengelo' : 'Hengelo (O.)');
    }
  });

  it('does not make a name that another row already has, nor the same name for two rows', () => {
    const twente = ocrTable(TWENTE);
    const duplicate = misread(twente, rowIndex(twente, 'Borne'), 'Hengeio'); // Hengelo is printed too
    expect(readOcrNames(duplicate)).toEqual(duplicate);
    const twice = misread(misread(twente, rowIndex(twente, 'Hengelo'), 'Hengeio'), rowIndex(twente, 'Borne'), 'Hengelc');
    expect(readOcrNames(twice)).toEqual(twice);
  });

  it("reads a misread name in a small table of a dissolved municipality's quarter", () => {
    const table = misread(smallTable(['Buren', 'Culemborg', 'Geldermalsen', 'Tiel'], q(2017, 1), 'Rivierenland'), 2, 'Geldermaisen');
    expect(readOcrNames(table).rows.map((row) => row.name)).toEqual(['Buren', 'Culemborg', 'Geldermalsen', 'Tiel']);
  });
});

describe('the hint after edits (the grid re-runs checkTable)', () => {
  const read = readOcrNames(misread(ocrTable(WEST_BRABANT), 8, 'Qosterhout'));

  it('comes from the data: the OCR text in the source and the official name in the cell', () => {
    expect(checkTable(read).filter((f) => f.code === 'ocr-name-read')).toHaveLength(1);
    expect(checkTable(structuredClone(read)).filter((f) => f.code === 'ocr-name-read')).toHaveLength(1);
  });

  it('goes away when the name is typed (a typed name has no OCR confidence) or no longer the reading', () => {
    const typed = structuredClone(read);
    typed.rows[8]!.name = 'Breda';
    typed.rows[8]!.sources![0] = { page: 1, box, text: 'Breda' };
    expect(checkTable(typed).some((f) => f.code === 'ocr-name-read')).toBe(false);
    // Another official name in the cell with the OCR source still there: not what OCR's text reads as.
    const other = structuredClone(read);
    other.rows[8]!.name = 'Zundert';
    expect(checkTable(other).some((f) => f.code === 'ocr-name-read')).toBe(false);
  });
});

describe('the hint in the workbook and the JSON', () => {
  const table = readOcrNames(misread(ocrTable(WEST_BRABANT), 8, 'Qosterhout'));
  const result = resultOf({ file: 'west-brabant-scan.pdf', pageCount: 1, warnings: [], tables: [{ ...table, flags: checkTable(table) }] });

  it('Controles lists it as a hint; the row is OK and its name cell carries the message', () => {
    const workbook = XLSX.read(workbookBytes(result), { type: 'array' });
    const checks = XLSX.utils.sheet_to_json<Record<string, unknown>>(workbook.Sheets[sheetNames.checks]!, { defval: null });
    expect(checks.filter((row) => row.Code === 'ocr-name-read').map((row) => [row['Gemeente/rij'], row.Status])).toEqual([['Oosterhout', 'opmerking']]);
    const sheet = workbook.Sheets[sheetNames.municipalities]!;
    const gemeenten = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet, { defval: null });
    const index = gemeenten.findIndex((row) => row.Gemeente === 'Oosterhout');
    expect(gemeenten[index]?.Controle).toBe('OK');
    const header = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 })[0]!;
    const cell = sheet[XLSX.utils.encode_cell({ r: index + 1, c: header.indexOf('Gemeente') })] as XLSX.CellObject;
    expect(cell.c?.[0]?.t).toContain("Tekstherkenning las 'Qosterhout'");
  });

  it('the JSON has the official name as the value, the OCR text in the sources and the flag as info', () => {
    const json = toJsonValue(result, { includeSources: true }) as {
      documents: { tables: { rows: { name: string; sources: { text: string }[] }[]; flags: Record<string, unknown>[] }[] }[];
    };
    const written = json.documents[0]!.tables[0]!;
    expect(written.rows[8]!.name).toBe('Oosterhout');
    expect(written.rows[8]!.sources[0]!.text).toBe('Qosterhout');
    expect(written.flags.find((flag) => flag.code === 'ocr-name-read')).toMatchObject({ row: 'Oosterhout', field: 'name', severity: 'info' });
  });
});
