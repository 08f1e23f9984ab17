// The CLI on six generated quarters of Rijk van Nijmegen with a planted jump (issue 15): the
// workbook it writes has the Tijdreeks sheet with the printed values, and its JSON carries the
// `unusual-jump` hint on the jumped cell, as the app shows it.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { quarterSeriesPdfs, type QuarterFile } from '../helpers/quarterSeries';
import { removeTempDirs, runCli, tempDir, type CliRun } from './runCli';

afterAll(removeTempDirs);

const JUMP = { quarterIndex: 3, municipality: 'Wijchen', column: 1, factor: 10 };

interface JsonFlag {
  code: string;
  row?: string;
  column?: number;
  severity?: string;
  message: string;
}
interface JsonTable {
  flags: JsonFlag[];
}
interface JsonOutput {
  documents: { file: string; tables: JsonTable[] }[];
}

describe('cli extract on quarters of one region', () => {
  let files: QuarterFile[];
  let run: CliRun;
  let jsonPath: string;
  let xlsxPath: string;

  beforeAll(async () => {
    files = await quarterSeriesPdfs({ seed: 15, from: { year: 2019, quarter: 3 }, count: 6, jump: JUMP });
    const dir = await tempDir();
    const input = path.join(dir, 'kwartalen');
    await mkdir(input);
    for (const file of files) await writeFile(path.join(input, file.name), file.bytes);
    jsonPath = path.join(dir, 'uit.json');
    xlsxPath = path.join(dir, 'uit.xlsx');
    run = await runCli(['extract', input, '--json', jsonPath, '--xlsx', xlsxPath], 120_000);
  }, 180_000);

  it('reads every quarter: exit 0', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/^Klaar: 6 bestanden, 6 tabellen/m);
  });

  it('writes the Tijdreeks sheet with the quarters as columns and the printed values as numbers', async () => {
    const workbook = XLSX.read(await readFile(xlsxPath), { type: 'buffer' });
    const sheet = workbook.Sheets['Tijdreeks'];
    expect(sheet).toBeDefined();
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet!);
    const nijmegen = rows.find((row) => row.Gemeente === 'Nijmegen' && row.Kolom === 'Totaal');
    expect(nijmegen).toMatchObject({ Arbeidsmarktregio: 'Rijk van Nijmegen', Gemeentecode: 'GM0268' });
    const quarters = files.map((file) => `${file.truth.year}-K${file.truth.quarter}`);
    expect(quarters).toEqual(['2019-K3', '2019-K4', '2020-K1', '2020-K2', '2020-K3', '2020-K4']);
    expect(quarters.map((quarter) => nijmegen![quarter])).toEqual(files.map((file) => file.truth.rows.Nijmegen![4]));
  });

  it('puts the unusual-jump hint in the JSON on the jumped count and its row total, nowhere else', async () => {
    const output = JSON.parse(await readFile(jsonPath, 'utf8')) as JsonOutput;
    const hints = output.documents.flatMap((document) =>
      document.tables.flatMap((table) =>
        table.flags
          .filter((flag) => flag.code === 'unusual-jump')
          .map((flag) => ({ file: document.file, row: flag.row, column: flag.column, severity: flag.severity })),
      ),
    );
    const jumped = files[JUMP.quarterIndex]!;
    expect(hints).toEqual([
      { file: jumped.name, row: 'Wijchen', column: 1, severity: 'info' },
      { file: jumped.name, row: 'Wijchen', column: 4, severity: 'info' },
    ]);
    const flag = output.documents.find((document) => document.file === jumped.name)!.tables[0]!.flags.find((f) => f.code === 'unusual-jump')!;
    expect(flag.message).toContain(jumped.truth.rows.Wijchen![1].toLocaleString('nl-NL'));
  });
});
