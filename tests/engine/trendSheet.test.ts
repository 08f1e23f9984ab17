// The Tijdreeks sheet (issue 15), written to .xlsx bytes and read back: six quarters of Rijk van
// Nijmegen as real PDFs, read by the engine and checked cell by cell against the generator's
// truth; tables built by hand around the Eemsdelta merger (2021), where each municipality keeps
// its own printed values so a quarter's column sums to TOTAAL AMR; and a planted jump whose hint
// is a note on its cell.
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { withCrossTableFlags } from '../../src/engine/compare';
import { sheetNames, workbookBytes } from '../../src/engine/export/workbook';
import type { ExtractedDocument, ExtractedTable } from '../../src/engine/model';
import { extractBytes } from '../helpers/extract';
import { quarterSeriesPdfs, type QuarterFile } from '../helpers/quarterSeries';
import { resultOf } from '../helpers/truthTables';
import { cellRows } from '../helpers/workbookCells';

const REGION = 'Rijk van Nijmegen';
/** CBS codes of the generator's municipalities, sorted as the sheet sorts them (by name). */
const NIJMEGEN_CODES: [string, string][] = [
  ['Berg en Dal', 'GM1945'],
  ['Beuningen', 'GM0209'],
  ['Druten', 'GM0225'],
  ['Heumen', 'GM0252'],
  ['Mook en Middelaar', 'GM0944'],
  ['Nijmegen', 'GM0268'],
  ['Wijchen', 'GM0296'],
];
/** The generated pages print no count headers (icons on the real ones): the generic names. */
const GENERIC_COLUMNS = ['Kolom 1', 'Kolom 2', 'Kolom 3', 'Kolom 4', 'Totaal'];
const FIXED_HEADERS = ['Arbeidsmarktregio', 'Gemeentecode', 'Gemeente', 'Nu onderdeel van', 'Kolom'];
const FIXED = FIXED_HEADERS.length;

async function readQuarters(files: QuarterFile[]): Promise<ExtractedDocument[]> {
  return withCrossTableFlags(await Promise.all(files.map((file) => extractBytes(file.bytes, file.name))));
}

/** The workbook's bytes read back; cellNF: SheetJS reads number formats back only with it. */
function writtenWorkbook(documents: ExtractedDocument[]): XLSX.WorkBook {
  return XLSX.read(workbookBytes(resultOf(...documents)), { type: 'array', cellNF: true });
}

function timeSeriesSheet(documents: ExtractedDocument[]): XLSX.WorkSheet {
  const sheet = writtenWorkbook(documents).Sheets[sheetNames.timeSeries];
  if (!sheet) throw new Error('no Tijdreeks sheet');
  return sheet;
}

const values = (sheet: XLSX.WorkSheet) => cellRows(sheet).map((row) => row.map((cell) => cell?.v));

describe('Tijdreeks of six generated quarters', () => {
  let files: QuarterFile[];
  let sheet: XLSX.WorkSheet;
  let workbook: XLSX.WorkBook;

  beforeAll(async () => {
    files = await quarterSeriesPdfs({ seed: 15, from: { year: 2019, quarter: 3 }, count: 6 });
    const documents = await readQuarters(files);
    workbook = writtenWorkbook(documents);
    sheet = workbook.Sheets[sheetNames.timeSeries]!;
  });

  it('stands right after Lang formaat', () => {
    expect(workbook.SheetNames).toEqual(['Gemeenten', "Regio's", 'Lang formaat', 'Tijdreeks', 'Controles', 'Bronnen']);
  });

  it('has one column per quarter, oldest first, labelled like 2019-K3', () => {
    expect(values(sheet)[0]).toEqual([...FIXED_HEADERS, '2019-K3', '2019-K4', '2020-K1', '2020-K2', '2020-K3', '2020-K4']);
  });

  it('keeps a column for a quarter between two loaded ones, empty, so a line chart shows the gap', async () => {
    const withoutThird = await readQuarters(files.filter((_, index) => index !== 2));
    const grid = values(timeSeriesSheet(withoutThird));
    expect(grid[0]).toEqual([...FIXED_HEADERS, '2019-K3', '2019-K4', '2020-K1', '2020-K2', '2020-K3', '2020-K4']);
    const nijmegenTotal = grid.find((row) => row[2] === 'Nijmegen' && row[4] === 'Totaal')!;
    expect(nijmegenTotal.slice(FIXED)).toEqual(files.map((file, index) => (index === 2 ? undefined : file.truth.rows.Nijmegen![4])));
  });

  it('has a row per municipality and column, then TOTAAL AMR, register and percentage, every value as printed', () => {
    const truths = files.map((file) => file.truth);
    const expected = [
      ...NIJMEGEN_CODES.flatMap(([name, code]) =>
        GENERIC_COLUMNS.map((column, c) => [REGION, code, name, undefined, column, ...truths.map((truth) => truth.rows[name]![c])]),
      ),
      ...GENERIC_COLUMNS.map((column, c) => [REGION, undefined, 'TOTAAL AMR', undefined, column, ...truths.map((truth) => truth.totalRow[c])]),
      [REGION, undefined, 'Doelgroepregister', undefined, undefined, ...truths.map((truth) => truth.register)],
      [REGION, undefined, '% bekend binnen Sonar', undefined, undefined, ...truths.map((truth) => truth.percent)],
    ];
    expect(values(sheet).slice(1)).toEqual(expected);
  });

  it('writes every quarter value as a number cell with a number format', () => {
    const quarterCells = cellRows(sheet)
      .slice(1)
      .flatMap((row) => row.slice(FIXED));
    expect(quarterCells).toHaveLength((NIJMEGEN_CODES.length * 5 + 5 + 2) * 6);
    expect(quarterCells.every((cell) => cell?.t === 'n' && typeof cell.v === 'number')).toBe(true);
    const [row] = cellRows(sheet).slice(1);
    expect(row![FIXED]!.z).toBe('#,##0');
    expect(cellRows(sheet).at(-1)![FIXED]!.z).toBe('0');
  });

  it('has an autofilter over the whole table', () => {
    expect(sheet['!autofilter']?.ref).toBe(sheet['!ref']);
    expect(sheet['!ref']).toBe(`A1:K${1 + NIJMEGEN_CODES.length * 5 + 7}`);
  });
});

describe('Tijdreeks with a planted jump', () => {
  it('puts the unusual-jump hint as a note on the jumped cell', async () => {
    const files = await quarterSeriesPdfs({
      seed: 15,
      from: { year: 2019, quarter: 3 },
      count: 6,
      jump: { quarterIndex: 3, municipality: 'Wijchen', column: 1, factor: 10 },
    });
    const rows = cellRows(timeSeriesSheet(await readQuarters(files)));
    const wijchen = rows.find((row) => row[2]?.v === 'Wijchen' && row[4]?.v === 'Kolom 2')!;
    const jumped = files[3]!.truth.rows.Wijchen![1];
    expect(wijchen[FIXED + 3]?.v).toBe(jumped);
    expect(wijchen[FIXED + 3]?.c?.[0]?.t).toContain('Ongebruikelijke sprong');
    // Only that cell and its row total carry a note (both carry the misprint).
    const noted = rows.flatMap((row) => row.flatMap((cell, c) => (cell?.c ? [`${String(row[2]?.v)} ${String(row[4]?.v)} ${String(rows[0]![c]?.v)}`] : [])));
    expect(noted).toEqual(['Wijchen Kolom 2 2020-K2', 'Wijchen Totaal 2020-K2']);
  });
});

// ---------------------------------------------------------------- a merger, tables by hand

type Counts = [number, number, number, number];

function table(year: number, quarter: number, rows: Record<string, Counts>, register: number | null): ExtractedTable {
  const tableRows = Object.entries(rows).map(([name, counts]) => ({ name, counts, total: counts.reduce((sum, value) => sum + value, 0) }));
  const columnSum = (c: number) => tableRows.reduce((sum, row) => sum + (row.counts[c] ?? 0), 0);
  const counts = [0, 1, 2, 3].map(columnSum);
  const total = counts.reduce((sum, value) => sum + value, 0);
  return {
    page: 1,
    period: { year, quarter },
    region: 'Groningen',
    pageLabel: null,
    headers: ['Geen', 'Beperkt', 'Gemiddeld', 'Veel', 'Totaal'],
    rows: tableRows,
    totalRow: { name: 'TOTAAL AMR', counts, total },
    register: register === null ? null : { total: register, percentInSonar: Math.round((100 * total) / register) },
    flags: [],
    source: 'text',
  };
}

const document = (file: string, ...tables: ExtractedTable[]): ExtractedDocument => ({ file, pageCount: tables.length, tables, warnings: [] });

describe('Tijdreeks across a merger (Appingedam, Delfzijl and Loppersum into Eemsdelta, 2021)', () => {
  const k3: Record<string, Counts> = {
    Appingedam: [1, 2, 3, 4],
    Delfzijl: [10, 20, 30, 40],
    Loppersum: [100, 200, 300, 400],
    Groningen: [5000, 6000, 7000, 8000],
  };
  // Loppersum is missing from 2020-K4 (a row not read), and that quarter has no register sentence.
  const k4: Record<string, Counts> = { Appingedam: [2, 2, 3, 4], Delfzijl: [11, 20, 30, 40], Groningen: [5100, 6000, 7000, 8000] };
  const k1: Record<string, Counts> = { Eemsdelta: [120, 230, 340, 450], Groningen: [5200, 6000, 7000, 8000] };
  const tables = [table(2020, 3, k3, 40_000), table(2020, 4, k4, null), table(2021, 1, k1, 41_000)];
  // Loaded out of order: the sheet orders the quarters itself.
  const documents = [document('2021k1.pdf', tables[2]!), document('2020k3.pdf', tables[0]!), document('2020k4.pdf', tables[1]!)];
  const headers = ['Geen', 'Beperkt', 'Gemiddeld', 'Veel', 'Totaal'];
  const sumOf = (counts: Counts | undefined) => counts?.reduce((sum, value) => sum + value, 0);
  /** A municipality's five values in one quarter, or undefined (empty cells) when it is not in that table. */
  const fiveOf = (counts: Counts | undefined) => [0, 1, 2, 3, 4].map((c) => (c < 4 ? counts?.[c] : sumOf(counts)));

  const expectedMunicipality = (name: string, code: string, nowPartOf: string | undefined) =>
    headers.map((header, c) => ['Groningen', code, name, nowPartOf, header, ...[k3, k4, k1].map((quarter) => fiveOf(quarter[name])[c])]);

  it('keeps each municipality with its own values: the merged ones until 2020, Eemsdelta from 2021, gaps empty', () => {
    const sheet = timeSeriesSheet(documents);
    const grid = values(sheet);
    expect(grid[0]).toEqual([...FIXED_HEADERS, '2020-K3', '2020-K4', '2021-K1']);
    const total = (c: number) => tables.map((t) => (c < 4 ? t.totalRow!.counts[c] : t.totalRow!.total));
    expect(grid.slice(1)).toEqual([
      ...expectedMunicipality('Appingedam', 'GM0003', 'Eemsdelta'),
      ...expectedMunicipality('Delfzijl', 'GM0010', 'Eemsdelta'),
      ...expectedMunicipality('Eemsdelta', 'GM1979', undefined),
      ...expectedMunicipality('Groningen', 'GM0014', undefined),
      ...expectedMunicipality('Loppersum', 'GM0024', 'Eemsdelta'),
      ...headers.map((header, c) => ['Groningen', undefined, 'TOTAAL AMR', undefined, header, ...total(c)]),
      ['Groningen', undefined, 'Doelgroepregister', undefined, undefined, 40_000, undefined, 41_000],
      [
        'Groningen',
        undefined,
        '% bekend binnen Sonar',
        undefined,
        undefined,
        tables[0]!.register!.percentInSonar,
        undefined,
        tables[2]!.register!.percentInSonar,
      ],
    ]);
  });

  it('never counts anyone twice: each quarter of the municipalities’ Totaal rows sums to TOTAAL AMR', () => {
    const grid = values(timeSeriesSheet(documents)).slice(1);
    const totals = grid.filter((row) => row[4] === 'Totaal');
    const municipalities = totals.filter((row) => row[2] !== 'TOTAAL AMR');
    const region = totals.find((row) => row[2] === 'TOTAAL AMR')!;
    for (let q = 0; q < 3; q++) {
      const sum = municipalities.reduce((acc, row) => acc + (typeof row[FIXED + q] === 'number' ? (row[FIXED + q] as number) : 0), 0);
      expect(sum, `quarter ${q}`).toBe(region[FIXED + q]);
      expect(sum).toBe(tables[q]!.totalRow!.total);
    }
  });
});
