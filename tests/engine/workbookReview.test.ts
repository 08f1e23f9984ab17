// The workbook after a review: accepted flags and hints in Controles (Status, Notitie), Controle
// texts that report neither hints nor accepted findings as problems, and the "Lang formaat"
// sheet over several quarters, read back with SheetJS as an analyst's Excel would see it.
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { currentMunicipalityName, longFormatRows, municipalityCode } from '../../src/engine/export/longFormat';
import { sheetNames, workbookBytes } from '../../src/engine/export/workbook';
import type { ExtractedDocument } from '../../src/engine/model';
import { documentFromTruth, resultOf } from '../helpers/truthTables';

const ZUID_LIMBURG = 'text/p1_2017q3_zuid-limburg_seed.json';
const GRONINGEN = 'text/p1_2017q4_groningen.json';
const NIJMEGEN = 'text/p1_2020q2_rijk-van-nijmegen_seed.json';
const MIDDEN_UTRECHT = 'errors/err_p1_2020q3_midden-utrecht_rowtotal.json';
const NOTE = 'Zo gedrukt in de publicatie';

type Row = Record<string, unknown>;

function read(documents: ExtractedDocument[]): XLSX.WorkBook {
  return XLSX.read(workbookBytes(resultOf(...documents)), { type: 'array' });
}

function rows(workbook: XLSX.WorkBook, name: string): Row[] {
  const sheet = workbook.Sheets[name];
  if (!sheet) throw new Error(`no sheet ${name}`);
  return XLSX.utils.sheet_to_json<Row>(sheet, { defval: null });
}

/** Midden-Utrecht with its row-total flag accepted, and a hint on Bunnik's name. */
function reviewed(): ExtractedDocument {
  const document = documentFromTruth(MIDDEN_UTRECHT);
  const table = document.tables[0]!;
  const rowTotal = table.flags.find((flag) => flag.code === 'row-total-mismatch')!;
  rowTotal.accepted = { note: NOTE, time: '2024-05-01T09:00:00.000Z' };
  const bunnik = table.rows.findIndex((row) => row.name === 'Bunnik');
  table.flags.push({
    code: 'municipality-region',
    severity: 'info',
    row: 'Bunnik',
    rowIndex: bunnik,
    field: 'name',
    message: 'Bunnik hoort in 2026 bij een andere regio',
  });
  return document;
}

describe('Controles after a review', () => {
  it("lists each flag with its status (open, geaccepteerd, opmerking: the app's words) and the note", () => {
    const checks = rows(read([reviewed()]), sheetNames.checks);
    expect(checks.map((row) => [row.Code, row['Gemeente/rij'], row.Status, row.Notitie])).toEqual([
      ['row-total-mismatch', 'Utrecht', 'geaccepteerd', NOTE],
      ['column-total-mismatch', null, 'open', null],
      ['municipality-region', 'Bunnik', 'opmerking', null],
    ]);
  });

  it('Gemeenten: an accepted finding says so with the note, a hint is no problem', () => {
    const workbook = read([reviewed()]);
    const gemeenten = rows(workbook, sheetNames.municipalities);
    expect(gemeenten.find((row) => row.Gemeente === 'Utrecht')?.Controle).toBe(
      `Geaccepteerd: Rijtotaal klopt niet: 554 + 1.304 + 2.786 + 849 = 5.493, gedrukt totaal 5.503 (${NOTE})`,
    );
    expect(gemeenten.find((row) => row.Gemeente === 'Bunnik')?.Controle).toBe('OK');
    // The cell's note tells it was accepted.
    const sheet = workbook.Sheets[sheetNames.municipalities]!;
    const header = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 })[0]!;
    const utrechtRow = gemeenten.findIndex((row) => row.Gemeente === 'Utrecht') + 1;
    const cell = sheet[XLSX.utils.encode_cell({ r: utrechtRow, c: header.indexOf('Totaal') })] as XLSX.CellObject;
    expect(cell.c?.[0]?.t).toBe(`554 + 1.304 + 2.786 + 849 = 5.493, gedrukt totaal 5.503 (geaccepteerd: ${NOTE})`);
  });

  it("Regio's: counts open and accepted findings at municipalities apart", () => {
    const regions = rows(read([reviewed()]), sheetNames.regions);
    expect(regions[0]?.Controle).toMatch(/^Kolomtotaal klopt niet: Som van .*; 1 geaccepteerd bij gemeenten$/);
    const clean = rows(read([documentFromTruth(ZUID_LIMBURG)]), sheetNames.regions);
    expect(clean[0]?.Controle).toBe('OK');
  });
});

describe('Lang formaat', () => {
  const documents = () => [documentFromTruth(ZUID_LIMBURG), documentFromTruth(GRONINGEN), documentFromTruth(NIJMEGEN)];

  it('has one row per municipality, quarter and value column, ready for a pivot table', () => {
    const workbook = read(documents());
    expect(workbook.SheetNames).toEqual(['Gemeenten', "Regio's", 'Lang formaat', 'Tijdreeks', 'Controles', 'Bronnen']);
    const long = rows(workbook, sheetNames.longFormat);
    expect(Object.keys(long[0] ?? {})).toEqual([
      'Jaar',
      'Kwartaal',
      'Periode',
      'Arbeidsmarktregio',
      'Gemeente',
      'Gemeentecode',
      'Gemeente (huidige naam)',
      'Kolom',
      'Waarde',
      'Bestand',
    ]);
    expect(long).toHaveLength((18 + 27 + 7) * 5);
    expect(long.filter((row) => row.Gemeente === 'Heerlen')).toEqual(
      ['Kolom 1', 'Kolom 2', 'Kolom 3', 'Kolom 4', 'Totaal'].map((Kolom, i) => ({
        Jaar: 2017,
        Kwartaal: 3,
        Periode: '2017-K3',
        Arbeidsmarktregio: 'Zuid-Limburg',
        Gemeente: 'Heerlen',
        Gemeentecode: 'GM0917',
        'Gemeente (huidige naam)': 'Heerlen',
        Kolom,
        Waarde: [3, 320, 813, 425, 1561][i],
        Bestand: 'p1_2017q3_zuid-limburg_seed.pdf',
      })),
    );
    // A pivot on it gives back the printed totals: the Totaal values of a quarter sum to TOTAAL AMR.
    const sum = (period: string, column: string) =>
      long.filter((row) => row.Periode === period && row.Kolom === column).reduce((total, row) => total + Number(row.Waarde), 0);
    expect(sum('2017-K3', 'Totaal')).toBe(7109);
    expect(sum('2020-K2', 'Totaal')).toBe(3955);
    expect(new Set(long.map((row) => row.Periode))).toEqual(new Set(['2017-K3', '2017-K4', '2020-K2']));
  });

  it('names merged municipalities as of the latest quarter loaded, so their rows add up across mergers', () => {
    const long = rows(read(documents()), sheetNames.longFormat);
    const current = (name: string) => long.find((row) => row.Gemeente === name)?.['Gemeente (huidige naam)'];
    const code = (name: string) => long.find((row) => row.Gemeente === name)?.Gemeentecode;
    expect([code('Onderbanken'), current('Onderbanken')]).toEqual(['GM0881', 'Beekdaelen']);
    expect(current('Nuth')).toBe('Beekdaelen');
    expect([code('Ten Boer'), current('Ten Boer')]).toEqual(['GM0009', 'Groningen']);
    expect(current('Winsum')).toBe('Het Hogeland'); // the main part; the rest went to Westerkwartier
    expect(current('Beek')).toBe('Beek'); // renamed "Beek (L.)" only in 2024
  });

  it('without later quarters, names stay as printed; unknown names get no code', () => {
    const only2017 = longFormatRows([documentFromTruth(ZUID_LIMBURG)], ['Kolom 1', 'Kolom 2', 'Kolom 3', 'Kolom 4']);
    expect(only2017.find((row) => row.municipality === 'Onderbanken')?.currentName).toBe('Onderbanken');
    expect(municipalityCode('Atlantis', { year: 2017, quarter: 3 })).toBeNull();
    expect(currentMunicipalityName('GM0888', '2024-01-01')).toBe('Beek (L.)');
    expect(currentMunicipalityName('GM0788', '2024-01-01')).toBe('Haaren'); // split over four: no single successor
  });

  it('uses the corrected values and leaves TOTAAL AMR out', () => {
    const document = documentFromTruth(ZUID_LIMBURG);
    document.tables[0]!.rows[4]!.counts[1] = 330;
    const long = longFormatRows([document], ['Geen', 'Beperkt', 'Gemiddeld', 'Veel']);
    expect(long.find((row) => row.municipality === 'Heerlen' && row.column === 'Beperkt')?.value).toBe(330);
    expect(long.some((row) => row.municipality === 'TOTAAL AMR')).toBe(false);
  });
});
