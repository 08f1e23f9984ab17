import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { buildWorkbook, correctionsSheetName, readMethod, sheetNames, workbookBytes, type WorkbookOptions } from '../../src/engine/export/workbook';
import type { Correction, ExtractedDocument, ExtractionResult } from '../../src/engine/model';
import { writeFileAtomic } from '../../src/node/writeFileAtomic';
import { documentFromTruth, readTruth, resultOf } from '../helpers/truthTables';
import { cellRows } from '../helpers/workbookCells';

const ZUID_LIMBURG = 'text/p1_2017q3_zuid-limburg_seed.json';
const MIDDEN_UTRECHT = 'errors/err_p1_2020q3_midden-utrecht_rowtotal.json';
const WEST_BRABANT = 'errors/err_p2_2017q4_west-brabant_percent.json';
const NATIONAL = 'national/p5_2019q2_national_10regions.json';

const broken: ExtractedDocument = {
  file: 'truncated.pdf',
  pageCount: 0,
  tables: [],
  error: { code: 'damaged-pdf', message: "Het bestand 'truncated.pdf' is beschadigd en kan niet worden gelezen" },
  warnings: [],
};

function sampleResult(): ExtractionResult {
  const zuidLimburg = documentFromTruth(ZUID_LIMBURG);
  zuidLimburg.sha256 = 'a'.repeat(64);
  zuidLimburg.textPages = [1];
  zuidLimburg.ocrPages = [];
  return resultOf(zuidLimburg, documentFromTruth(MIDDEN_UTRECHT), documentFromTruth(WEST_BRABANT, 'ocr'), broken, documentFromTruth(NATIONAL));
}

function municipalityCount(...files: string[]): number {
  return files.flatMap((file) => readTruth(file).documents.flatMap((document) => document.tables)).reduce((sum, table) => sum + table.rows.length, 0);
}

function headerOf(sheet: XLSX.WorkSheet): unknown[] {
  return (cellRows(sheet)[0] ?? []).map((cell) => cell?.v);
}

/** Cell in `column` (by header) of the first data row matching `where`. */
function cellAt(sheet: XLSX.WorkSheet, column: string, where: (record: Record<string, unknown>) => boolean) {
  const [header = [], ...data] = cellRows(sheet);
  const names = header.map((cell) => String(cell?.v));
  const index = names.indexOf(column);
  expect(index, `column ${column}`).toBeGreaterThanOrEqual(0);
  const row = data.find((cells) => where(Object.fromEntries(names.map((name, i) => [name, cells[i]?.v]))));
  expect(row, `row for ${column}`).toBeDefined();
  return row?.[index];
}

function sheet(workbook: XLSX.WorkBook, name: string): XLSX.WorkSheet {
  const found = workbook.Sheets[name];
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

describe('workbook written to disk and read back', () => {
  let folder: string;
  let workbook: XLSX.WorkBook;
  const result = sampleResult();

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'klantprofielen-workbook-'));
    const target = join(folder, 'klantprofielen.xlsx');
    await writeFileAtomic(target, workbookBytes(result));
    // cellStyles: SheetJS reads column widths back only with it.
    workbook = XLSX.read(await readFile(target), { type: 'buffer', cellNF: true, cellStyles: true });
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('has the six sheets in order', () => {
    expect(workbook.SheetNames).toEqual(['Gemeenten', "Regio's", 'Lang formaat', 'Tijdreeks', 'Controles', 'Bronnen']);
    expect(Object.values(sheetNames)).toEqual(workbook.SheetNames);
  });

  it('Gemeenten: header row and one row per municipality, no TOTAAL AMR rows', () => {
    const gemeenten = sheet(workbook, sheetNames.municipalities);
    expect(headerOf(gemeenten)).toEqual([
      'Bestand',
      'Pagina',
      'Jaar',
      'Kwartaal',
      'Arbeidsmarktregio',
      'Gemeente',
      'Kolom 1',
      'Kolom 2',
      'Kolom 3',
      'Kolom 4',
      'Totaal',
      'Controle',
    ]);
    const data = cellRows(gemeenten).slice(1);
    expect(data).toHaveLength(municipalityCount(ZUID_LIMBURG, MIDDEN_UTRECHT, WEST_BRABANT, NATIONAL));
    expect(data.filter((row) => row[5]?.v === 'TOTAAL AMR')).toEqual([]);
    expect(data.filter((row) => row[0]?.v === 'truncated.pdf')).toEqual([]);
  });

  it('Gemeenten: numbers are numeric cells with a thousands format, and sum to TOTAAL AMR', () => {
    const gemeenten = sheet(workbook, sheetNames.municipalities);
    const heerlen = cellAt(gemeenten, 'Totaal', (row) => row.Gemeente === 'Heerlen');
    expect(heerlen).toMatchObject({ t: 'n', v: 1561, z: '#,##0' });
    expect(cellAt(gemeenten, 'Jaar', (row) => row.Gemeente === 'Heerlen')).toMatchObject({ t: 'n', v: 2017 });
    expect(cellAt(gemeenten, 'Kwartaal', (row) => row.Gemeente === 'Heerlen')).toMatchObject({ t: 'n', v: 3 });
    const zuidLimburgTotals = cellRows(gemeenten)
      .slice(1)
      .filter((row) => row[4]?.v === 'Zuid-Limburg')
      .map((row) => row[10]);
    expect(zuidLimburgTotals.every((cell) => cell?.t === 'n')).toBe(true);
    expect(zuidLimburgTotals.reduce((sum, cell) => sum + Number(cell?.v), 0)).toBe(7109);
    expect(cellAt(gemeenten, 'Controle', (row) => row.Gemeente === 'Heerlen')?.v).toBe('OK');
  });

  it('Gemeenten: the flagged cell carries the message as a note, and Controle says it in Dutch', () => {
    const gemeenten = sheet(workbook, sheetNames.municipalities);
    const message = '554 + 1.304 + 2.786 + 849 = 5.493, gedrukt totaal 5.503';
    const utrechtTotal = cellAt(gemeenten, 'Totaal', (row) => row.Gemeente === 'Utrecht');
    expect(utrechtTotal).toMatchObject({ t: 'n', v: 5503 });
    expect(utrechtTotal?.c?.map((comment) => comment.t)).toEqual([message]);
    expect(utrechtTotal?.c?.[0]?.a).toBe('Klantprofielen');
    expect(cellAt(gemeenten, 'Controle', (row) => row.Gemeente === 'Utrecht')?.v).toBe(`Rijtotaal klopt niet: ${message}`);
    // Only that cell: its neighbours and the other municipalities have no notes.
    expect(cellAt(gemeenten, 'Kolom 4', (row) => row.Gemeente === 'Utrecht')?.c).toBeUndefined();
    const notes = cellRows(gemeenten)
      .flat()
      .filter((cell) => cell?.c);
    expect(notes).toHaveLength(1);
  });

  it("Regio's: one row per table with TOTAAL AMR, register and both percentages", () => {
    const regions = sheet(workbook, sheetNames.regions);
    expect(headerOf(regions)).toEqual([
      'Bestand',
      'Pagina',
      'Paginalabel',
      'Jaar',
      'Kwartaal',
      'Arbeidsmarktregio',
      'Kolom 1',
      'Kolom 2',
      'Kolom 3',
      'Kolom 4',
      'Totaal',
      'Doelgroepregister',
      'Percentage gedrukt (%)',
      'Percentage berekend (%)',
      'Controle',
    ]);
    expect(cellRows(regions).slice(1)).toHaveLength(1 + 1 + 1 + 10);
    const zuidLimburg = (column: string) => cellAt(regions, column, (row) => row.Arbeidsmarktregio === 'Zuid-Limburg');
    expect(zuidLimburg('Paginalabel')?.v).toBe('35');
    expect(zuidLimburg('Kolom 3')).toMatchObject({ t: 'n', v: 3938, z: '#,##0' });
    expect(zuidLimburg('Totaal')).toMatchObject({ t: 'n', v: 7109 });
    expect(zuidLimburg('Doelgroepregister')).toMatchObject({ t: 'n', v: 10178, z: '#,##0' });
    expect(zuidLimburg('Percentage gedrukt (%)')).toMatchObject({ t: 'n', v: 70 });
    expect(zuidLimburg('Percentage berekend (%)')).toMatchObject({ t: 'n', v: 69.8, z: '0.0' });
    expect(zuidLimburg('Controle')?.v).toBe('OK');
  });

  it("Regio's: column and percentage flags are notes on the TOTAAL AMR and percentage cells", () => {
    const regions = sheet(workbook, sheetNames.regions);
    const midden = (column: string) => cellAt(regions, column, (row) => row.Arbeidsmarktregio === 'Midden-Utrecht');
    expect(midden('Totaal')?.c?.[0]?.t).toBe(
      "Som van de gemeenten in kolom 'Totaal doelgroep banenafspraak in Sonar' = 14.121, TOTAAL AMR = 14.111 (verschil 10)",
    );
    expect(midden('Controle')?.v).toMatch(/^Kolomtotaal klopt niet: Som van .*; 1 melding bij gemeenten \(zie blad Gemeenten\)$/);

    const westBrabant = (column: string) => cellAt(regions, column, (row) => row.Arbeidsmarktregio === 'West-Brabant');
    expect(westBrabant('Percentage gedrukt (%)')?.v).toBe(79);
    expect(westBrabant('Percentage gedrukt (%)')?.c?.[0]?.t).toBe('10.654 / 14.208 = 75,0% → 75%, gedrukt 79%');
    expect(westBrabant('Percentage berekend (%)')?.v).toBe(75);
  });

  it('Controles: every flag and every document error, the kind in Dutch, the code for machines, the column as the other sheets name it', () => {
    const checks = sheet(workbook, sheetNames.checks);
    expect(headerOf(checks)).toEqual([
      'Bestand',
      'Pagina',
      'Arbeidsmarktregio',
      'Jaar',
      'Kwartaal',
      'Soort',
      'Code',
      'Gemeente/rij',
      'Kolom',
      'Melding',
      'Status',
      'Notitie',
    ]);
    const rows = cellRows(checks)
      .slice(1)
      .map((row) => row.map((cell) => cell?.v));
    expect(rows).toEqual([
      [
        'err_p1_2020q3_midden-utrecht_rowtotal.pdf',
        1,
        'Midden-Utrecht',
        2020,
        3,
        'Rijtotaal klopt niet',
        'row-total-mismatch',
        'Utrecht',
        'Totaal',
        '554 + 1.304 + 2.786 + 849 = 5.493, gedrukt totaal 5.503',
        'open',
        undefined,
      ],
      [
        'err_p1_2020q3_midden-utrecht_rowtotal.pdf',
        1,
        'Midden-Utrecht',
        2020,
        3,
        'Kolomtotaal klopt niet',
        'column-total-mismatch',
        undefined,
        'Totaal',
        "Som van de gemeenten in kolom 'Totaal doelgroep banenafspraak in Sonar' = 14.121, TOTAAL AMR = 14.111 (verschil 10)",
        'open',
        undefined,
      ],
      [
        'err_p2_2017q4_west-brabant_percent.pdf',
        1,
        'West-Brabant',
        2017,
        4,
        'Percentage klopt niet',
        'percent-mismatch',
        undefined,
        undefined,
        '10.654 / 14.208 = 75,0% → 75%, gedrukt 79%',
        'open',
        undefined,
      ],
      [
        'truncated.pdf',
        undefined,
        undefined,
        undefined,
        undefined,
        'Bestand niet ingelezen',
        'damaged-pdf',
        undefined,
        undefined,
        broken.error?.message,
        'fout',
        undefined,
      ],
    ]);
  });

  it('Controles: every column named in Kolom is a column of Gemeenten', () => {
    const municipalityColumns = headerOf(sheet(workbook, sheetNames.municipalities));
    const named = cellRows(sheet(workbook, sheetNames.checks))
      .slice(1)
      .map((row) => row[8]?.v)
      .filter((name) => name !== undefined);
    expect(named.length).toBeGreaterThan(0);
    for (const name of named) expect(municipalityColumns).toContain(name);
  });

  it('Bronnen: one row per document with pages, tables, hash, reading method and error', () => {
    const sources = sheet(workbook, sheetNames.sources);
    expect(headerOf(sources)).toEqual(['Bestand', "Pagina's", 'Tabellen', 'SHA-256', 'Tekstlaag of OCR', 'Fout']);
    const rows = cellRows(sources)
      .slice(1)
      .map((row) => row.map((cell) => cell?.v));
    expect(rows).toEqual([
      ['p1_2017q3_zuid-limburg_seed.pdf', 1, 1, 'a'.repeat(64), 'tekstlaag', undefined],
      ['err_p1_2020q3_midden-utrecht_rowtotal.pdf', 1, 1, undefined, 'tekstlaag', undefined],
      ['err_p2_2017q4_west-brabant_percent.pdf', 1, 1, undefined, 'OCR', undefined],
      ['truncated.pdf', 0, 0, undefined, undefined, broken.error?.message],
      ['p5_2019q2_national_10regions.pdf', 12, 10, undefined, 'tekstlaag', undefined],
    ]);
    expect(cellRows(sources)[1]?.[1]?.t).toBe('n');
  });

  it('every sheet has an autofilter over its table and column widths', () => {
    for (const name of workbook.SheetNames) {
      const ws = sheet(workbook, name);
      expect(ws['!autofilter']?.ref, name).toBe(ws['!ref']);
      const columns = XLSX.utils.decode_range(ws['!ref'] ?? 'A1').e.c + 1;
      const widths = ws['!cols'] ?? [];
      expect(widths, name).toHaveLength(columns);
      expect(
        widths.every((col) => (col.wch ?? col.width ?? 0) >= 6),
        name,
      ).toBe(true);
    }
    // Excel needs the apostrophe in "Regio's" doubled in the filter's defined name.
    const filterNames = (workbook.Workbook?.Names ?? []).filter((name) => name.Name === '_xlnm._FilterDatabase');
    expect(filterNames.map((name) => name.Ref)).toEqual(workbook.SheetNames.map((name) => `'${name.replace(/'/g, "''")}'!${sheet(workbook, name)['!ref']}`));
    expect(filterNames[1]?.Ref).toBe("'Regio''s'!A1:O14");
    // The SHA-256 column is wider than the "Tabellen" column.
    const sourceCols = sheet(workbook, sheetNames.sources)['!cols'] ?? [];
    expect(sourceCols[3]?.wch ?? sourceCols[3]?.width ?? 0).toBeGreaterThan(sourceCols[2]?.wch ?? sourceCols[2]?.width ?? 0);
  });
});

describe('buildWorkbook', () => {
  it('uses the printed count headers when every table has the same ones', () => {
    const first = documentFromTruth(ZUID_LIMBURG);
    const second = documentFromTruth(MIDDEN_UTRECHT);
    const headers = ['Geen', 'Beperkt', 'Gemiddeld', 'Veel', 'Totaal doelgroep banenafspraak in Sonar'];
    for (const table of [...first.tables, ...second.tables]) table.headers = [...headers];
    const same = buildWorkbook(resultOf(first, second));
    expect(headerOf(sheet(same, sheetNames.municipalities)).slice(6, 11)).toEqual(['Geen', 'Beperkt', 'Gemiddeld', 'Veel', 'Totaal']);
    expect(headerOf(sheet(same, sheetNames.regions)).slice(6, 11)).toEqual(['Geen', 'Beperkt', 'Gemiddeld', 'Veel', 'Totaal']);

    const table = second.tables[0];
    if (!table) throw new Error('fixture has a table');
    table.headers = ['Geen', 'Anders', 'Gemiddeld', 'Veel', headers[4] ?? ''];
    const mixed = buildWorkbook(resultOf(first, second));
    expect(headerOf(sheet(mixed, sheetNames.municipalities)).slice(6, 10)).toEqual(['Geen', 'Kolom 2', 'Gemiddeld', 'Veel']);
  });

  it('Controles names a count column as Gemeenten heads it, also when one table printed another header', () => {
    const first = documentFromTruth(ZUID_LIMBURG);
    const second = documentFromTruth(MIDDEN_UTRECHT);
    for (const table of first.tables) table.headers = ['Geen', 'Beperkt', 'Gemiddeld', 'Veel', 'Totaal doelgroep banenafspraak in Sonar'];
    const table = second.tables[0];
    if (!table) throw new Error('fixture has a table');
    table.headers = ['Geen', 'Anders', 'Gemiddeld', 'Veel', 'Totaal doelgroep banenafspraak in Sonar'];
    table.flags = [
      { code: 'invalid-number', row: 'Bunnik', column: 1, message: "Bunnik, kolom 'Anders': cel is leeg" },
      { code: 'invalid-number', row: 'Bunnik', column: 2, message: "Bunnik, kolom 'Gemiddeld': cel is leeg" },
    ];
    const workbook = XLSX.read(workbookBytes(resultOf(first, second)), { type: 'array' });
    const checks = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet(workbook, sheetNames.checks));
    expect(checks.map((row) => [row.Soort, row.Kolom])).toEqual([
      ['Ongeldig getal', 'Kolom 2'],
      ['Ongeldig getal', 'Gemiddeld'],
    ]);
    expect(headerOf(sheet(workbook, sheetNames.municipalities)).slice(6, 11)).toEqual(['Geen', 'Kolom 2', 'Gemiddeld', 'Veel', 'Totaal']);
  });

  it('puts a note on an empty cell that could not be read, and leaves the value empty', () => {
    const document = documentFromTruth(ZUID_LIMBURG);
    const table = document.tables[0];
    const heerlen = table?.rows[4];
    if (!table || !heerlen) throw new Error('fixture has Heerlen');
    heerlen.counts[2] = null;
    table.flags = [{ code: 'invalid-number', row: 'Heerlen', column: 2, message: 'Heerlen, kolom 3: cel is leeg' }];
    const workbook = XLSX.read(workbookBytes(resultOf(document)), { type: 'array' });
    const cell = cellAt(sheet(workbook, sheetNames.municipalities), 'Kolom 3', (row) => row.Gemeente === 'Heerlen');
    expect(cell?.v).toBeUndefined();
    expect(cell?.c?.[0]?.t).toBe('Heerlen, kolom 3: cel is leeg');
  });

  it('an empty result still gives every sheet with headers and filters', () => {
    const workbook = XLSX.read(workbookBytes(resultOf()), { type: 'array' });
    expect(workbook.SheetNames).toEqual(Object.values(sheetNames));
    expect(headerOf(sheet(workbook, sheetNames.checks))[0]).toBe('Bestand');
    expect(sheet(workbook, sheetNames.checks)['!autofilter']?.ref).toBe('A1:L1');
  });
});

describe('readMethod', () => {
  const base: ExtractedDocument = { file: 'x.pdf', pageCount: 2, tables: [], warnings: [] };
  it('prefers the page lists and falls back to how the tables were read', () => {
    expect(readMethod({ ...base, textPages: [1, 2], ocrPages: [] })).toBe('tekstlaag');
    expect(readMethod({ ...base, textPages: [], ocrPages: [1] })).toBe('OCR');
    expect(readMethod({ ...base, textPages: [1], ocrPages: [2] })).toBe('gemengd');
    const text = documentFromTruth(ZUID_LIMBURG).tables;
    const ocr = documentFromTruth(WEST_BRABANT, 'ocr').tables;
    expect(readMethod({ ...base, tables: [...text, ...ocr] })).toBe('gemengd');
    expect(readMethod({ ...base, tables: ocr })).toBe('OCR');
    expect(readMethod(base)).toBe('');
  });
});

describe('Correcties sheet', () => {
  // Times in UTC as the app records them; the sheet shows the analyst's wall clock.
  const corrections: Correction[] = [
    {
      file: 'err_p1_2020q3_midden-utrecht_rowtotal.pdf',
      page: 1,
      region: 'Midden-Utrecht',
      row: 'Utrecht',
      column: 'Totaal',
      original: '5.503',
      value: '5.493',
      time: '2024-05-01T09:01:00.000Z', // summer time in Amsterdam: 11:01
    },
    {
      file: 'p1_2017q3_zuid-limburg_seed.pdf',
      page: 1,
      region: 'Zuid-Limburg',
      row: 'Heerlen',
      column: 'Kolom 3',
      original: '813',
      value: '',
      time: '2024-01-15T09:02:00.000Z', // winter time in Amsterdam: 10:02
    },
    {
      file: 'p1_2017q3_zuid-limburg_seed.pdf',
      page: 1,
      region: null,
      row: 'Doelgroepregister',
      column: 'Percentage',
      original: '69,8',
      value: '70',
      time: '2024-12-31T23:30:00.000Z', // already New Year in Amsterdam
    },
    {
      file: 'p1_2017q3_zuid-limburg_seed.pdf',
      page: 1,
      region: 'Zuid-Limburg',
      row: 'Voerendaa1',
      column: 'Gemeente',
      original: 'Voerendaa1',
      value: 'Voerendaal',
      time: '2024-05-01T09:04:00.000Z',
    },
  ];
  const amsterdam = { timeZone: 'Europe/Amsterdam' };
  const minutes = (hours: number, minute: number) => (hours * 60 + minute) / (24 * 60);
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'klantprofielen-corrections-'));
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  async function writtenAndRead(result: ExtractionResult, options: WorkbookOptions = {}): Promise<XLSX.WorkBook> {
    const target = join(folder, `${Math.random().toString(36).slice(2)}.xlsx`);
    await writeFileAtomic(target, workbookBytes(result, options));
    // cellStyles: SheetJS reads column widths back only with it.
    return XLSX.read(await readFile(target), { type: 'buffer', cellNF: true, cellStyles: true });
  }

  function correctionsOf(corrections: Correction[]): ExtractionResult {
    return { ...resultOf(documentFromTruth(ZUID_LIMBURG), documentFromTruth(MIDDEN_UTRECHT)), corrections };
  }

  it('lists every correction, oldest first, before Bronnen', async () => {
    const workbook = await writtenAndRead(correctionsOf(corrections), amsterdam);
    expect(workbook.SheetNames).toEqual(['Gemeenten', "Regio's", 'Lang formaat', 'Tijdreeks', 'Controles', correctionsSheetName, 'Bronnen']);
    expect(correctionsSheetName).toBe('Correcties');
    const sheetRows = cellRows(sheet(workbook, correctionsSheetName));
    expect(sheetRows[0]?.map((cell) => cell?.v)).toEqual(['Bestand', 'Pagina', 'Arbeidsmarktregio', 'Rij', 'Kolom', 'Oorspronkelijk', 'Nieuw', 'Tijdstip']);
    expect(sheetRows.slice(1).map((row) => row.slice(0, 5).map((cell) => cell?.v))).toEqual([
      ['err_p1_2020q3_midden-utrecht_rowtotal.pdf', 1, 'Midden-Utrecht', 'Utrecht', 'Totaal'],
      ['p1_2017q3_zuid-limburg_seed.pdf', 1, 'Zuid-Limburg', 'Heerlen', 'Kolom 3'],
      ['p1_2017q3_zuid-limburg_seed.pdf', 1, undefined, 'Doelgroepregister', 'Percentage'],
      ['p1_2017q3_zuid-limburg_seed.pdf', 1, 'Zuid-Limburg', 'Voerendaa1', 'Gemeente'],
    ]);
    expect(sheetRows[1]?.[1]?.t).toBe('n');
    // Excel needs a filter name for the extra sheet too.
    const filterNames = (workbook.Workbook?.Names ?? []).filter((name) => name.Name === '_xlnm._FilterDatabase');
    expect(filterNames.map((name) => name.Ref)).toContain("'Correcties'!A1:H5");
  });

  it('writes numbers as numeric cells and names as text', async () => {
    const correctionSheet = sheet(await writtenAndRead(correctionsOf(corrections), amsterdam), correctionsSheetName);
    const values = cellRows(correctionSheet)
      .slice(1)
      .map((row) => [row[5], row[6]].map((cell) => cell && { t: cell.t, v: cell.v }));
    expect(values).toEqual([
      [
        { t: 'n', v: 5503 },
        { t: 'n', v: 5493 },
      ],
      [{ t: 'n', v: 813 }, undefined],
      [
        { t: 'n', v: 69.8 },
        { t: 'n', v: 70 },
      ],
      [
        { t: 's', v: 'Voerendaa1' },
        { t: 's', v: 'Voerendaal' },
      ],
    ]);
    // Shown as the app showed them: "5.503" with the thousands separator of the analyst's Excel.
    expect(cellRows(correctionSheet)[1]?.[5]?.z).toBe('#,##0');
  });

  it('writes Tijdstip as an Excel date-time in the given time zone, summer and winter time alike', async () => {
    const correctionSheet = sheet(await writtenAndRead(correctionsOf(corrections), amsterdam), correctionsSheetName);
    const times = cellRows(correctionSheet)
      .slice(1)
      .map((row) => row[7]);
    expect(times.map((cell) => cell?.t)).toEqual(['n', 'n', 'n', 'n']);
    expect(times.map((cell) => cell?.z)).toEqual(Array(4).fill('dd-mm-yyyy hh:mm'));
    // 2024-05-01 is day 45413 in Excel's calendar, 2024-01-15 day 45306, 2025-01-01 day 45658.
    expect(times[0]?.v).toBeCloseTo(45413 + minutes(11, 1), 8);
    expect(times[1]?.v).toBeCloseTo(45306 + minutes(10, 2), 8);
    expect(times[2]?.v).toBeCloseTo(45658 + minutes(0, 30), 8);
    expect(times.map((cell) => cell?.w)).toEqual(['01-05-2024 11:01', '15-01-2024 10:02', '01-01-2025 00:30', '01-05-2024 11:04']);
    // Wide enough for "01-05-2024 11:01" (16 characters), or Excel shows "#####".
    const tijdstip = correctionSheet['!cols']?.[7];
    expect(tijdstip?.wch ?? tijdstip?.width ?? 0).toBeGreaterThanOrEqual(16);
  });

  it('without a time zone given, writes Tijdstip in the zone of the machine writing the workbook', async () => {
    const input = correctionsOf(corrections.slice(0, 2));
    const shownIn = (zone: string) => {
      const bytes = workbookBytesInProcessWithTZ(input, zone);
      const written = XLSX.read(bytes, { type: 'buffer', cellNF: true });
      return cellRows(sheet(written, correctionsSheetName))
        .slice(1)
        .map((row) => row[7]?.w);
    };
    expect(shownIn('Europe/Amsterdam')).toEqual(['01-05-2024 11:01', '15-01-2024 10:02']);
    expect(shownIn('UTC')).toEqual(['01-05-2024 09:01', '15-01-2024 09:02']);
  });

  it('an empty list still gets the sheet with its header; a plain extraction gets none', async () => {
    const empty = await writtenAndRead({ ...resultOf(documentFromTruth(ZUID_LIMBURG)), corrections: [] });
    expect(empty.SheetNames).toContain(correctionsSheetName);
    expect(cellRows(sheet(empty, correctionsSheetName))).toHaveLength(1);
    const plain = await writtenAndRead(resultOf(documentFromTruth(ZUID_LIMBURG)));
    expect(plain.SheetNames).toEqual(Object.values(sheetNames));
  });
});

/** The workbook's bytes as a separate Node process with its own TZ writes them: the machine's
 * time zone is fixed when a process starts, so only a child can show another one. */
function workbookBytesInProcessWithTZ(result: ExtractionResult, timeZone: string): Buffer {
  const script = `
    const { workbookBytes } = require(${JSON.stringify(fileURLToPath(new URL('../../src/engine/export/workbook.ts', import.meta.url)))});
    const input = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    process.stdout.write(Buffer.from(workbookBytes(input)).toString('base64'));
  `;
  const base64 = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], {
    input: JSON.stringify(result),
    env: { ...process.env, TZ: timeZone },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return Buffer.from(base64, 'base64');
}
