// The session model on documents the real engine read from the fixture PDFs: edits re-run the
// engine's checks, undo/redo, the corrections list, column names and what the grid shows.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../src/engine/model';
import {
  addDocuments,
  applyEdit,
  applyInput,
  canRedo,
  canUndo,
  correctionsOf,
  createSession,
  currentValue,
  isEdited,
  municipalityRows,
  originalValue,
  redo,
  regionRows,
  renameColumns,
  resultForSave,
  undo,
  type CellRef,
  type Session,
} from '../../src/renderer/session';
import { countFlags, countRows } from '../../src/renderer/summary';
import { loaded, MIDDEN_UTRECHT, NIJMEGEN, TRUNCATED, WEST_BRABANT, ZUID_LIMBURG } from './loaded';

const T1 = '2024-05-01T09:00:00.000Z';
const T2 = '2024-05-01T09:01:00.000Z';
const T3 = '2024-05-01T09:02:00.000Z';

// Document 0 = Zuid-Limburg (clean), 1 = Midden-Utrecht (Utrecht's total printed 5.503 instead
// of 5.493), 2 = truncated.pdf (unreadable).
let zuidLimburg: ExtractedDocument;
let middenUtrecht: ExtractedDocument;
let truncated: ExtractedDocument;

beforeAll(async () => {
  [zuidLimburg, middenUtrecht, truncated] = await Promise.all([loaded(ZUID_LIMBURG), loaded(MIDDEN_UTRECHT), loaded(TRUNCATED)]);
});

function start(): Session {
  return addDocuments(createSession(), [zuidLimburg, middenUtrecht, truncated]);
}

const heerlen = (column: CellRef['column'] & string): CellRef => ({ doc: 0, table: 0, row: 4, column }) as CellRef;
const utrechtTotal: CellRef = { doc: 1, table: 0, row: 9, column: 'total' };

function flagsOf(session: Session, doc: number) {
  return session.documents[doc]?.tables[0]?.flags.map(({ code, row, rowIndex, column, message }) => ({ code, row, rowIndex, column, message }));
}

describe('loading', () => {
  it('keeps every document in load order, counts municipality rows and open flags', () => {
    const session = start();
    expect(session.documents.map((document) => document.file)).toEqual([
      'p1_2017q3_zuid-limburg_seed.pdf',
      'err_p1_2020q3_midden-utrecht_rowtotal.pdf',
      'truncated.pdf',
    ]);
    expect(session.documents[2]?.error?.code).toBe('damaged-pdf');
    // 18 + 14 municipalities; TOTAAL AMR rows are not counted.
    expect(countRows(session.documents)).toBe(32);
    expect(countFlags(session.documents)).toBe(2);
    expect(flagsOf(session, 1)).toEqual([
      { code: 'row-total-mismatch', row: 'Utrecht', rowIndex: 9, column: 4, message: '554 + 1.304 + 2.786 + 849 = 5.493, gedrukt totaal 5.503' },
      {
        code: 'column-total-mismatch',
        row: undefined,
        rowIndex: undefined,
        column: 4,
        message: "Som van de gemeenten in kolom 'Totaal doelgroep banenafspraak in Sonar' = 14.121, TOTAAL AMR = 14.111 (verschil 10)",
      },
    ]);
  });

  it('is not changed by later changes to the documents it was given', () => {
    const given = structuredClone(zuidLimburg);
    const session = addDocuments(createSession(), [given]);
    const heerlenRow = given.tables[0]?.rows[4];
    if (heerlenRow) heerlenRow.total = 1;
    expect(currentValue(session, heerlen('total'))).toBe(1561);
    expect(originalValue(session, heerlen('total'))).toBe(1561);
  });
});

describe('an edit re-runs the checks on its table', () => {
  it('a wrong count raises exactly the row flag and the column flag', () => {
    const before = start();
    const after = applyEdit(before, heerlen('c1'), 330, T1);
    expect(flagsOf(after, 0)).toEqual([
      { code: 'row-total-mismatch', row: 'Heerlen', rowIndex: 4, column: 4, message: '3 + 330 + 813 + 425 = 1.571, gedrukt totaal 1.561' },
      {
        code: 'column-total-mismatch',
        row: undefined,
        rowIndex: undefined,
        column: 1,
        message: 'Som van de gemeenten in kolom 2 = 1.285, TOTAAL AMR = 1.275 (verschil 10)',
      },
    ]);
    expect(countFlags(after.documents)).toBe(4);
    // The input session, the originals and the untouched tables stay as they were.
    expect(flagsOf(before, 0)).toEqual([]);
    expect(originalValue(after, heerlen('c1'))).toBe(320);
    expect(after.documents[1]).toBe(before.documents[1]);
  });

  it('correcting the misprinted total clears both flags', () => {
    const { session, error } = applyInput(start(), utrechtTotal, '5.493', T1);
    expect(error).toBeUndefined();
    expect(currentValue(session, utrechtTotal)).toBe(5493);
    expect(flagsOf(session, 1)).toEqual([]);
    expect(countFlags(session.documents)).toBe(0);
  });

  it('an emptied cell gets the invalid-number flag and its row and column sums are skipped', () => {
    const { session } = applyInput(start(), heerlen('c2'), '', T1);
    expect(currentValue(session, heerlen('c2'))).toBeNull();
    expect(flagsOf(session, 0)).toEqual([{ code: 'invalid-number', row: 'Heerlen', rowIndex: 4, column: 2, message: 'Heerlen, kolom 3: cel is leeg' }]);
  });

  it('a fraction or a negative number is kept and flagged; text that is no number is refused', () => {
    const fraction = applyInput(start(), heerlen('c2'), '12,5', T1).session;
    expect(currentValue(fraction, heerlen('c2'))).toBe(12.5);
    expect(flagsOf(fraction, 0)?.[0]).toEqual({
      code: 'invalid-number',
      row: 'Heerlen',
      rowIndex: 4,
      column: 2,
      message: 'Heerlen, kolom 3: 12,5 is geen geldig aantal (verwacht een geheel getal van 0 of meer)',
    });
    const negative = applyInput(start(), heerlen('c0'), '-3', T1).session;
    expect(flagsOf(negative, 0)?.map((flag) => [flag.code, flag.column])).toEqual([['invalid-number', 0]]);

    const session = start();
    const refused = applyInput(session, heerlen('c2'), '8l3', T1);
    expect(refused.error).toBe("'8l3' is geen getal");
    expect(refused.session).toBe(session);
  });

  it('a duplicate name is flagged on the name cell; a name cannot be emptied', () => {
    const { session } = applyInput(start(), { doc: 0, table: 0, row: 5, column: 'name' }, '  heerlen ', T1);
    expect(currentValue(session, { doc: 0, table: 0, row: 5, column: 'name' })).toBe('heerlen');
    expect(flagsOf(session, 0)?.map((flag) => [flag.code, flag.rowIndex, flag.message])).toEqual([
      ['duplicate-municipality', 5, "Gemeente 'heerlen' staat meer dan eens in de tabel (rij 5 en rij 6)"],
    ]);
    expect(applyInput(start(), heerlen('name'), '   ', T1).error).toBe('Een gemeente moet een naam hebben');
  });

  it('the register line: a corrected percentage clears percent-mismatch, an emptied register raises missing-register', async () => {
    const session = addDocuments(createSession(), [await loaded(WEST_BRABANT)]);
    const percent: CellRef = { doc: 0, table: 0, row: 'region', column: 'percent' };
    const register: CellRef = { doc: 0, table: 0, row: 'region', column: 'register' };
    expect(flagsOf(session, 0)?.map((flag) => flag.message)).toEqual(['10.654 / 14.208 = 75,0% → 75%, gedrukt 79%']);
    const corrected = applyInput(session, percent, '75%', T1).session;
    expect(flagsOf(corrected, 0)).toEqual([]);
    const emptied = applyInput(corrected, register, '', T2).session;
    expect(flagsOf(emptied, 0)?.map((flag) => [flag.code, flag.message])).toEqual([
      ['missing-register', 'Het aantal personen in het doelgroepregister is niet gevonden'],
    ]);
    expect(regionRows(emptied)[0]?.flags.register?.map((flag) => flag.code)).toEqual(['missing-register']);
  });

  it('refuses cells that do not exist or are not values', () => {
    const session = start();
    expect(() => applyEdit(session, { doc: 2, table: 0, row: 0, column: 'c0' }, 1, T1)).toThrow();
    expect(() => applyEdit(session, { doc: 0, table: 0, row: 99, column: 'c0' }, 1, T1)).toThrow();
    expect(() => applyEdit(session, { doc: 0, table: 0, row: 'total', column: 'name' }, 'X', T1)).toThrow();
  });

  it('the same value again is no edit', () => {
    const session = start();
    expect(applyInput(session, heerlen('total'), '1.561', T1).session).toBe(session);
    expect(canUndo(session)).toBe(false);
  });
});

describe('undo and redo', () => {
  it('step back and forth through value edits, flags and corrections included', () => {
    const s0 = start();
    const s1 = applyEdit(s0, utrechtTotal, 5493, T1);
    const s2 = applyEdit(s1, heerlen('c1'), 330, T2);
    expect(countFlags(s2.documents)).toBe(2);

    const u1 = undo(s2);
    expect(currentValue(u1, heerlen('c1'))).toBe(320);
    expect(countFlags(u1.documents)).toBe(0);
    expect(correctionsOf(u1).map((c) => c.row)).toEqual(['Utrecht']);
    const u2 = undo(u1);
    expect(currentValue(u2, utrechtTotal)).toBe(5503);
    expect(flagsOf(u2, 1)).toEqual(flagsOf(s0, 1));
    expect(correctionsOf(u2)).toEqual([]);
    expect(canUndo(u2)).toBe(false);
    expect(undo(u2)).toBe(u2);

    const r1 = redo(u2);
    expect(currentValue(r1, utrechtTotal)).toBe(5493);
    expect(correctionsOf(r1)).toEqual(correctionsOf(s1));
    const r2 = redo(r1);
    expect(currentValue(r2, heerlen('c1'))).toBe(330);
    expect(correctionsOf(r2)).toEqual(correctionsOf(s2));
    expect(canRedo(r2)).toBe(false);
  });

  it('a new edit after an undo drops the redo history', () => {
    const undone = undo(applyEdit(start(), heerlen('c1'), 330, T1));
    expect(canRedo(undone)).toBe(true);
    const edited = applyEdit(undone, heerlen('c0'), 4, T2);
    expect(canRedo(edited)).toBe(false);
    expect(redo(edited)).toBe(edited);
  });

  it('undoing the second edit of a cell brings back the first edit and its time', () => {
    const twice = applyEdit(applyEdit(start(), heerlen('total'), 1562, T1), heerlen('total'), 1563, T2);
    const once = undo(twice);
    expect(currentValue(once, heerlen('total'))).toBe(1562);
    expect(correctionsOf(once)).toMatchObject([{ original: '1.561', value: '1.562', time: T1 }]);
  });
});

describe('corrections', () => {
  it('lists each changed cell once, oldest first, with the extracted and the new value', () => {
    let session = start();
    session = applyEdit(session, heerlen('c1'), 330, T1);
    session = applyEdit(session, utrechtTotal, 5493, T2);
    session = applyEdit(session, { doc: 1, table: 0, row: 'region', column: 'register' }, 19600, T2);
    session = applyEdit(session, heerlen('c1'), 1320, T3);
    session = applyEdit(session, { doc: 0, table: 0, row: 'total', column: 'c3' }, null, T3);
    expect(correctionsOf(session)).toEqual([
      {
        file: 'err_p1_2020q3_midden-utrecht_rowtotal.pdf',
        page: 1,
        region: 'Midden-Utrecht',
        row: 'Utrecht',
        column: 'Totaal',
        original: '5.503',
        value: '5.493',
        time: T2,
      },
      {
        file: 'err_p1_2020q3_midden-utrecht_rowtotal.pdf',
        page: 1,
        region: 'Midden-Utrecht',
        row: 'Doelgroepregister',
        column: 'Aantal personen',
        original: '19.596',
        value: '19.600',
        time: T2,
      },
      {
        file: 'p1_2017q3_zuid-limburg_seed.pdf',
        page: 1,
        region: 'Zuid-Limburg',
        row: 'Heerlen',
        column: 'Kolom 2',
        original: '320',
        value: '1.320',
        time: T3,
      },
      {
        file: 'p1_2017q3_zuid-limburg_seed.pdf',
        page: 1,
        region: 'Zuid-Limburg',
        row: 'TOTAAL AMR',
        column: 'Kolom 4',
        original: '1.884',
        value: '',
        time: T3,
      },
    ]);
  });

  it('a cell edited back to its extracted value is no correction any more', () => {
    let session = applyEdit(start(), heerlen('total'), 1560, T1);
    expect(isEdited(session, heerlen('total'))).toBe(true);
    session = applyInput(session, heerlen('total'), '1561', T2).session;
    expect(isEdited(session, heerlen('total'))).toBe(false);
    expect(correctionsOf(session)).toEqual([]);
    expect(flagsOf(session, 0)).toEqual([]);
    // The printed source text is back too, so a save matches the extraction.
    expect(session.documents[0]?.tables[0]?.rows[4]).toEqual(zuidLimburg.tables[0]?.rows[4]);
  });

  it('a renamed municipality is listed under its printed name', () => {
    const session = applyInput(start(), heerlen('name'), 'Heerlen-Centrum', T1).session;
    expect(correctionsOf(session)).toMatchObject([{ row: 'Heerlen', column: 'Gemeente', original: 'Heerlen', value: 'Heerlen-Centrum' }]);
  });

  it('go into the result for saving, with the failed file and the corrected tables', () => {
    const session = applyEdit(start(), utrechtTotal, 5493, T1);
    const result = resultForSave(session);
    expect(result.schema).toBe('klantprofielen/v1');
    expect(result.documents.map((document) => document.error?.code ?? 'ok')).toEqual(['ok', 'ok', 'damaged-pdf']);
    expect(result.documents[1]?.tables[0]?.rows[9]?.total).toBe(5493);
    expect(result.documents[1]?.tables[0]?.flags).toEqual([]);
    expect(result.corrections).toEqual(correctionsOf(session));
    expect(result.corrections).toHaveLength(1);
  });
});

describe('column names', () => {
  it('name a count column in every table, also in messages, tables loaded later and corrections', async () => {
    let session = renameColumns(start(), { 1: '  Beperkt  ' });
    expect(session.documents.flatMap((document) => document.tables.map((table) => table.headers[1]))).toEqual(['Beperkt', 'Beperkt']);
    session = addDocuments(session, [await loaded(NIJMEGEN)]);
    expect(session.documents[3]?.tables[0]?.headers.slice(0, 2)).toEqual(['Kolom 1', 'Beperkt']);
    session = applyEdit(session, heerlen('c1'), 330, T1);
    expect(flagsOf(session, 0)?.[1]?.message).toBe("Som van de gemeenten in kolom 'Beperkt' = 1.285, TOTAAL AMR = 1.275 (verschil 10)");
    expect(correctionsOf(session)[0]?.column).toBe('Beperkt');
    // The originals keep the printed headers.
    expect(session.originals[0]?.tables[0]?.headers[1]).toBe('Kolom 2');
  });

  it('rename is undoable, and an empty name brings back the printed header', () => {
    const renamed = renameColumns(start(), { 0: 'Geen' });
    expect(undo(renamed).documents[0]?.tables[0]?.headers[0]).toBe('Kolom 1');
    expect(redo(undo(renamed)).documents[0]?.tables[0]?.headers[0]).toBe('Geen');
    const reset = renameColumns(renamed, { 0: ' ' });
    expect(reset.documents[0]?.tables[0]?.headers[0]).toBe('Kolom 1');
    expect(reset.columnNames).toEqual([null, null, null, null]);
    expect(renameColumns(reset, { 0: '' })).toBe(reset);
    expect(() => renameColumns(reset, { 4: 'Totaal' })).toThrow();
  });

  it('naming several columns at once is one step: one undo takes all names back, one redo gives them again', () => {
    const named = renameColumns(start(), { 0: 'Geen', 1: 'Beperkt', 2: 'Volledig', 3: 'Onbekend' });
    expect(named.undoStack).toHaveLength(1);
    expect(named.documents[0]?.tables[0]?.headers.slice(0, 4)).toEqual(['Geen', 'Beperkt', 'Volledig', 'Onbekend']);
    expect(undo(named).columnNames).toEqual([null, null, null, null]);
    expect(undo(named).documents[0]?.tables[0]?.headers.slice(0, 4)).toEqual(['Kolom 1', 'Kolom 2', 'Kolom 3', 'Kolom 4']);
    expect(redo(undo(named)).columnNames).toEqual(['Geen', 'Beperkt', 'Volledig', 'Onbekend']);
    // Names that do not change are no step at all.
    expect(renameColumns(named, { 0: 'Geen', 1: ' Beperkt ' })).toBe(named);
  });
});

describe('grid rows', () => {
  it('one row per municipality and per TOTAAL AMR, with the documented ids', () => {
    const rows = municipalityRows(start());
    expect(rows).toHaveLength(18 + 1 + 14 + 1);
    expect(rows.slice(0, 2).map((row) => row.id)).toEqual(['0-0-0', '0-0-1']);
    expect(rows[18]).toMatchObject({ id: '0-0-total', isTotal: true, name: 'TOTAAL AMR', c0: 12, c1: 1275, c2: 3938, c3: 1884, total: 7109 });
    expect(rows[4]).toMatchObject({ id: '0-0-4', name: 'Heerlen', year: 2017, quarter: 3, region: 'Zuid-Limburg', check: 'OK' });
    expect(regionRows(start()).map((row) => row.id)).toEqual(['0-0', '1-0']);
  });

  it('carry each cell its flags, the row its Controle text, and edited cells their original', () => {
    const session = applyEdit(start(), heerlen('c1'), 330, T1);
    const rows = municipalityRows(session);
    const heerlenRow = rows.find((row) => row.id === '0-0-4');
    expect(heerlenRow?.check).toBe('Rijtotaal klopt niet');
    expect(heerlenRow?.flags.total?.map((flag) => flag.code)).toEqual(['row-total-mismatch']);
    expect(heerlenRow?.flags.c1).toBeUndefined();
    expect(heerlenRow?.originals).toEqual({ c1: '320' });
    const total = rows.find((row) => row.id === '0-0-total');
    expect(total?.check).toBe('Kolomtotaal klopt niet (Kolom 2)');
    expect(total?.flags.c1?.map((flag) => flag.code)).toEqual(['column-total-mismatch']);
    const utrecht = rows.find((row) => row.id === '1-0-9');
    expect(utrecht?.check).toBe('Rijtotaal klopt niet');
    expect(regionRows(session).map((row) => row.check)).toEqual(['2 meldingen in de tabel', '2 meldingen in de tabel']);
    // Tables the edit did not touch give the very same row objects (the grid skips them).
    expect(municipalityRows(session).find((row) => row.id === '1-0-9')).toBe(utrecht);
    expect(municipalityRows(start()).find((row) => row.id === '1-0-9')).not.toBe(utrecht);
  });

  it('the Regio line shows the register, both percentages and its own flags', async () => {
    const session = addDocuments(createSession(), [await loaded(WEST_BRABANT)]);
    const [row] = regionRows(session);
    expect(row).toMatchObject({
      id: '0-0',
      region: 'West-Brabant',
      period: '2017 K4',
      known: 10654,
      register: 14208,
      percent: 79,
      check: 'Percentage klopt niet',
    });
    expect(row?.computed).toBeCloseTo(74.986, 3);
    expect(row?.flags.percent?.map((flag) => flag.message)).toEqual(['10.654 / 14.208 = 75,0% → 75%, gedrukt 79%']);
  });
});
