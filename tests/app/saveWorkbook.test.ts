// The save flow with the dialog stubbed: a real extraction, a real .xlsx on disk, read back.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import XLSX from 'xlsx';
import { SCHEMA, type ExtractionResult } from '../../src/engine/model';
import { saveWorkbook } from '../../src/main/saveWorkbook';
import type { SaveWorkbookRequest } from '../../src/shared/ipc';
import { extractFile } from '../helpers/extract';

const groningenPdf = path.resolve(__dirname, '../fixtures/text/p1_2017q4_groningen.pdf');

let folder = '';
let request: SaveWorkbookRequest;
beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'klantprofielen-save-'));
  const result: ExtractionResult = { schema: SCHEMA, documents: [await extractFile(groningenPdf)] };
  request = { result, suggestedName: 'klantprofielen-2017-K4.xlsx' };
});
afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('saveWorkbook', () => {
  it('proposes the suggested name, writes the workbook where the user chose and it reads back', async () => {
    const target = path.join(folder, 'groningen.xlsx');
    const chooseTarget = vi.fn(async () => target);
    const outcome = await saveWorkbook(request, { chooseTarget });
    expect(chooseTarget).toHaveBeenCalledWith('klantprofielen-2017-K4.xlsx');
    expect(outcome).toEqual({ saved: true, path: target });

    const workbook = XLSX.read(await readFile(target));
    expect(workbook.SheetNames).toContain('Gemeenten');
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(workbook.Sheets['Gemeenten']!);
    const table = request.result.documents[0]!.tables[0]!;
    expect(rows).toHaveLength(table.rows.length);
    expect(JSON.stringify(rows)).toContain(table.rows[0]!.name);
    expect(await readdir(folder)).toEqual(['groningen.xlsx']); // no temporary file left
  });

  it('never lets the suggested name pick a folder', async () => {
    const chooseTarget = vi.fn(async () => undefined);
    await saveWorkbook({ ...request, suggestedName: '../../etc/cron.d/x' }, { chooseTarget });
    expect(chooseTarget).toHaveBeenCalledWith('x.xlsx');
  });

  it('does nothing when the dialog is cancelled', async () => {
    const write = vi.fn();
    expect(await saveWorkbook(request, { chooseTarget: async () => undefined, write })).toEqual({ saved: false });
    expect(write).not.toHaveBeenCalled();
  });

  it('answers a folder that does not exist with a Dutch message and writes nothing', async () => {
    const target = path.join(folder, 'bestaat-niet', 'regio.xlsx');
    const outcome = await saveWorkbook(request, { chooseTarget: async () => target });
    expect(outcome).toEqual({
      saved: false,
      error: "Kon 'regio.xlsx' niet opslaan: de map bestaat niet (ENOENT)",
    });
  });

  it('keeps the old file when writing fails (the file is open in Excel)', async () => {
    const target = path.join(folder, 'open-in-excel.xlsx');
    await writeFile(target, 'de vorige versie');
    const busy = Object.assign(new Error("Kon 'open-in-excel.xlsx' niet opslaan: het bestand is geopend in een ander programma, bijvoorbeeld Excel (EBUSY)"), {
      code: 'EBUSY',
    });
    const outcome = await saveWorkbook(request, { chooseTarget: async () => target, write: async () => Promise.reject(busy) });
    expect(outcome).toEqual({ saved: false, error: busy.message });
    expect(await readFile(target, 'utf8')).toBe('de vorige versie');
  });

  it('adds .xlsx when the dialog returns a bare name, but never over an existing file', async () => {
    const bare = path.join(folder, 'zonder-extensie');
    expect(await saveWorkbook(request, { chooseTarget: async () => bare })).toEqual({ saved: true, path: `${bare}.xlsx` });

    const write = vi.fn();
    const again = await saveWorkbook(request, { chooseTarget: async () => bare, write });
    expect(again.saved).toBe(false);
    expect(again.error).toMatch(/^Er bestaat al een bestand 'zonder-extensie\.xlsx'/);
    expect(write).not.toHaveBeenCalled();
  });

  it('reports a result the workbook writer cannot read as a Dutch message, not a crash', async () => {
    const broken = { result: { schema: SCHEMA, documents: [{ file: 'x.pdf' }] }, suggestedName: 'x.xlsx' } as unknown as SaveWorkbookRequest;
    const outcome = await saveWorkbook(broken, { chooseTarget: async () => path.join(folder, 'kapot.xlsx') });
    expect(outcome.saved).toBe(false);
    expect(outcome.error).toMatch(/^De Excel-werkmap kon niet worden gemaakt: /);
  });

  it('builds a large workbook off the calling thread: main keeps answering while it is made', async () => {
    const national = await extractFile(path.resolve(__dirname, '../fixtures/national/p5_2019q2_national_10regions.pdf'));
    // About 1.5 s of SheetJS work on this machine when done on the calling thread.
    const documents = Array.from({ length: 12 }, (_, i) => ({ ...national, file: `kwartaal-${i}.pdf` }));
    const large: SaveWorkbookRequest = { result: { schema: SCHEMA, documents }, suggestedName: 'groot.xlsx' };
    const target = path.join(folder, 'groot.xlsx');
    let last = Date.now();
    let longestGap = 0;
    const ticker = setInterval(() => {
      longestGap = Math.max(longestGap, Date.now() - last);
      last = Date.now();
    }, 10);
    const started = Date.now();
    try {
      expect(await saveWorkbook(large, { chooseTarget: async () => target })).toEqual({ saved: true, path: target });
    } finally {
      clearInterval(ticker);
    }
    const took = Date.now() - started;
    const rows = XLSX.utils.sheet_to_json(XLSX.read(await readFile(target)).Sheets['Gemeenten']!);
    expect(rows.length).toBe(12 * national.tables.reduce((sum, table) => sum + table.rows.length, 0));
    expect(longestGap, `longest pause ${longestGap} ms of ${took} ms`).toBeLessThan(Math.min(400, took / 2));
  });
});
