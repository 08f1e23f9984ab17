// From an edited session to the workbook the analyst saves: corrected values, re-run checks and
// the Correcties sheet, read back with SheetJS.
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { correctionsSheetName, workbookBytes } from '../../src/engine/export/workbook';
import { addDocuments, applyInput, createSession, renameColumns, resultForSave } from '../../src/renderer/session';
import { loaded, MIDDEN_UTRECHT, TRUNCATED, ZUID_LIMBURG } from './loaded';

function records(workbook: XLSX.WorkBook, name: string): Record<string, unknown>[] {
  const sheet = workbook.Sheets[name];
  if (!sheet) throw new Error(`no sheet ${name}`);
  return XLSX.utils.sheet_to_json<Record<string, unknown>>(sheet);
}

describe('saving an edited session', () => {
  it('writes the corrected tables, their checks and the corrections', async () => {
    let session = addDocuments(createSession(), [await loaded(ZUID_LIMBURG), await loaded(MIDDEN_UTRECHT), await loaded(TRUNCATED)]);
    session = applyInput(session, { doc: 1, table: 0, row: 9, column: 'total' }, '5.493', '2024-05-01T09:00:00.000Z').session;
    session = applyInput(session, { doc: 0, table: 0, row: 4, column: 'c1' }, '330', '2024-05-01T09:05:00.000Z').session;
    session = renameColumns(session, { 1: 'Beperkt' });
    const workbook = XLSX.read(workbookBytes(resultForSave(session), { timeZone: 'UTC' }), { type: 'array' });

    expect(workbook.SheetNames).toEqual(['Gemeenten', "Regio's", 'Lang formaat', 'Tijdreeks', 'Controles', 'Correcties', 'Bronnen']);
    const gemeenten = records(workbook, 'Gemeenten');
    const utrecht = gemeenten.find((row) => row.Gemeente === 'Utrecht');
    expect(utrecht).toMatchObject({ Totaal: 5493, Controle: 'OK' });
    const heerlen = gemeenten.find((row) => row.Gemeente === 'Heerlen');
    expect(heerlen).toMatchObject({ Beperkt: 330, Controle: 'Rijtotaal klopt niet: 3 + 330 + 813 + 425 = 1.571, gedrukt totaal 1.561' });

    expect(records(workbook, 'Controles').map((row) => [row.Arbeidsmarktregio ?? row.Bestand, row.Code])).toEqual([
      ['Zuid-Limburg', 'row-total-mismatch'],
      ['Zuid-Limburg', 'column-total-mismatch'],
      ['truncated.pdf', 'damaged-pdf'],
    ]);
    expect(records(workbook, correctionsSheetName)).toEqual([
      {
        Bestand: 'err_p1_2020q3_midden-utrecht_rowtotal.pdf',
        Pagina: 1,
        Arbeidsmarktregio: 'Midden-Utrecht',
        Rij: 'Utrecht',
        Kolom: 'Totaal',
        Oorspronkelijk: 5503,
        Nieuw: 5493,
        // Excel's day number of 2024-05-01 (45413) plus 09:00.
        Tijdstip: expect.closeTo(45413 + 9 / 24, 8),
      },
      {
        Bestand: 'p1_2017q3_zuid-limburg_seed.pdf',
        Pagina: 1,
        Arbeidsmarktregio: 'Zuid-Limburg',
        Rij: 'Heerlen',
        Kolom: 'Beperkt',
        Oorspronkelijk: 320,
        Nieuw: 330,
        Tijdstip: expect.closeTo(45413 + (9 * 60 + 5) / (24 * 60), 8),
      },
    ]);
  });
});
