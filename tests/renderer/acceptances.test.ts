// Accepting a flag ("klopt met de bron"): it stops being open, keeps its note, survives the
// checks running again, is undoable, is dropped when its flag goes and comes back when an undo
// brings the flag back. Real documents from the fixture PDFs.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedDocument, Flag } from '../../src/engine/model';
import {
  acceptFlags,
  addDocuments,
  applyEdit,
  createSession,
  flagIdentity,
  municipalityRows,
  passesFilter,
  placedFlags,
  redo,
  renameColumns,
  undo,
  withdrawAcceptance,
  workspaceReducer,
  emptyWorkspace,
  type CellRef,
  type FlagRef,
  type Session,
} from '../../src/renderer/session';
import { countFlags } from '../../src/renderer/summary';
import { loaded, MIDDEN_UTRECHT, ZUID_LIMBURG } from './loaded';

const T1 = '2024-05-01T09:00:00.000Z';
const T2 = '2024-05-01T09:01:00.000Z';
const NOTE = 'Zo gedrukt in de publicatie';

let zuidLimburg: ExtractedDocument;
let middenUtrecht: ExtractedDocument;

beforeAll(async () => {
  [zuidLimburg, middenUtrecht] = await Promise.all([loaded(ZUID_LIMBURG), loaded(MIDDEN_UTRECHT)]);
});

// Document 0 = Zuid-Limburg (clean), 1 = Midden-Utrecht: Utrecht's total printed 5.503 instead of
// 5.493, so a row-total flag on Utrecht and a column-total flag on TOTAAL AMR's total.
function start(): Session {
  return addDocuments(createSession(), [zuidLimburg, middenUtrecht]);
}

const utrechtTotal: CellRef = { doc: 1, table: 0, row: 9, column: 'total' };
const utrechtC0: CellRef = { doc: 1, table: 0, row: 9, column: 'c0' };

function flagsOf(session: Session): Flag[] {
  return session.documents[1]?.tables[0]?.flags ?? [];
}

/** The flag with this code on Midden-Utrecht, as the grid hands it over. */
function ref(session: Session, code: Flag['code']): FlagRef {
  const flag = flagsOf(session).find((candidate) => candidate.code === code);
  if (!flag) throw new Error(`no ${code}`);
  return { doc: 1, table: 0, flag };
}

const utrechtRow = (session: Session) => municipalityRows(session).find((row) => row.id === '1-0-9')!;
const noFilter = { region: '', period: '', onlyFlagged: true, search: '' };

describe('accepting a flag', () => {
  it('is no longer open: not counted, no F8 stop, not shown by "alleen afwijkingen", note on the flag', () => {
    const before = start();
    const session = acceptFlags(before, [ref(before, 'row-total-mismatch')], `  ${NOTE} `, T1);
    expect(countFlags(session.documents)).toBe(1);
    const accepted = flagsOf(session).find((flag) => flag.code === 'row-total-mismatch');
    expect(accepted?.accepted).toEqual({ note: NOTE, time: T1 });
    expect(placedFlags(session.documents).map(({ flag }) => flag.code)).toEqual(['column-total-mismatch']);
    const row = utrechtRow(session);
    expect(row.rowFlags).toEqual([]);
    expect(row.accepted.total?.map((flag) => flag.code)).toEqual(['row-total-mismatch']);
    expect(row.check).toBe('Geaccepteerd: Rijtotaal klopt niet');
    expect(passesFilter(row, noFilter)).toBe(false);
    // The other documents and tables are not touched.
    expect(session.documents[0]).toBe(before.documents[0]);
  });

  it('is keyed by document hash, table, check, row and cell', () => {
    const session = acceptFlags(start(), [ref(start(), 'row-total-mismatch')], NOTE, T1);
    const sha = middenUtrecht.sha256!;
    expect([...session.acceptances.keys()]).toEqual([`${sha}|0|row-total-mismatch|r9|c4`]);
    expect(flagIdentity(sha, 0, { code: 'percent-mismatch' })).toBe(`${sha}|0|percent-mismatch|-|-`);
    expect(flagIdentity(sha, 2, { code: 'unknown-municipality', rowIndex: 3, field: 'name' })).toBe(`${sha}|2|unknown-municipality|r3|name`);
    expect(session.acceptances.get(`${sha}|0|row-total-mismatch|r9|c4`)).toMatchObject({
      document: sha,
      table: 0,
      code: 'row-total-mismatch',
      rowIndex: 9,
      row: 'Utrecht',
      column: 4,
      note: NOTE,
      time: T1,
      message: '554 + 1.304 + 2.786 + 849 = 5.493, gedrukt totaal 5.503',
    });
  });

  it('survives the checks running again, also when the arithmetic in its message changes', () => {
    let session = acceptFlags(start(), [ref(start(), 'row-total-mismatch')], NOTE, T1);
    session = renameColumns(session, { 0: 'Geen' });
    expect(flagsOf(session).find((flag) => flag.code === 'row-total-mismatch')?.accepted?.note).toBe(NOTE);
    session = applyEdit(session, utrechtC0, 555, T2); // still wrong, by 11 now
    const flag = flagsOf(session).find((candidate) => candidate.code === 'row-total-mismatch');
    expect(flag?.message).toBe('555 + 1.304 + 2.786 + 849 = 5.494, gedrukt totaal 5.503');
    expect(flag?.accepted?.note).toBe(NOTE);
    expect(countFlags(session.documents)).toBe(2); // column totals of Kolom 1 and the total column
  });

  it('is undoable, and a changed note or a withdrawal is one step too', () => {
    const s0 = start();
    const s1 = acceptFlags(s0, [ref(s0, 'row-total-mismatch')], NOTE, T1);
    const s2 = acceptFlags(s1, [ref(s1, 'row-total-mismatch')], 'Nagevraagd bij UWV', T2);
    expect(flagsOf(s2)[0]?.accepted?.note).toBe('Nagevraagd bij UWV');
    expect(acceptFlags(s2, [ref(s2, 'row-total-mismatch')], 'Nagevraagd bij UWV', T2)).toBe(s2);
    const s3 = withdrawAcceptance(s2, [ref(s2, 'row-total-mismatch')]);
    expect(countFlags(s3.documents)).toBe(2);
    expect(s3.acceptances.size).toBe(0);
    expect(flagsOf(undo(s3))[0]?.accepted?.note).toBe('Nagevraagd bij UWV');
    expect(flagsOf(undo(undo(s3)))[0]?.accepted?.note).toBe(NOTE);
    const back = undo(undo(undo(s3)));
    expect(back.acceptances.size).toBe(0);
    expect(flagsOf(back)[0]?.accepted).toBeUndefined();
    expect(flagsOf(redo(back))[0]?.accepted?.note).toBe(NOTE);
  });

  it('is dropped when its flag goes, comes back with the flag on undo, and goes again on redo', () => {
    const accepted = acceptFlags(start(), [ref(start(), 'row-total-mismatch')], NOTE, T1);
    const corrected = applyEdit(accepted, utrechtTotal, 5493, T2);
    expect(corrected.acceptances.size).toBe(0);
    expect(flagsOf(corrected)).toEqual([]);
    const undone = undo(corrected);
    expect(undone.acceptances.size).toBe(1);
    expect(flagsOf(undone).find((flag) => flag.code === 'row-total-mismatch')?.accepted?.note).toBe(NOTE);
    expect(countFlags(undone.documents)).toBe(1);
    const redone = redo(undone);
    expect(redone.acceptances.size).toBe(0);
  });

  it('does not come back when another edit brings the same flag back', () => {
    const accepted = acceptFlags(start(), [ref(start(), 'row-total-mismatch')], NOTE, T1);
    const corrected = applyEdit(accepted, utrechtTotal, 5493, T1);
    const wrongAgain = applyEdit(corrected, utrechtTotal, 5503, T2);
    expect(flagsOf(wrongAgain).find((flag) => flag.code === 'row-total-mismatch')?.accepted).toBeUndefined();
    expect(countFlags(wrongAgain.documents)).toBe(2);
  });

  it('never applies to a hint', () => {
    const session = start();
    const hint: Flag = { code: 'municipality-region', severity: 'info', row: 'Utrecht', rowIndex: 9, field: 'name', message: 'x' };
    expect(acceptFlags(session, [{ doc: 1, table: 0, flag: hint }], NOTE, T1)).toBe(session);
  });

  it('is an action of the workspace, with undo telling what came back', () => {
    let state = workspaceReducer(emptyWorkspace(), {
      type: 'queue',
      files: [
        { id: 1, name: 'a.pdf' },
        { id: 2, name: 'b.pdf' },
      ],
      skipped: [],
    });
    state = workspaceReducer(state, { type: 'finished', id: 1, document: zuidLimburg });
    state = workspaceReducer(state, { type: 'finished', id: 2, document: middenUtrecht });
    state = workspaceReducer(state, { type: 'accept', flags: [ref(state.session, 'row-total-mismatch')], note: NOTE, time: T1 });
    expect(countFlags(state.session.documents)).toBe(1);
    state = workspaceReducer(state, { type: 'undo' });
    expect(state.notice?.text).toBe('Ongedaan gemaakt: acceptatie ingetrokken: Utrecht, Rijtotaal klopt niet');
    state = workspaceReducer(state, { type: 'redo' });
    expect(state.notice?.text).toBe('Opnieuw gedaan: geaccepteerd: Utrecht, Rijtotaal klopt niet');
    state = workspaceReducer(state, { type: 'withdraw', flags: [ref(state.session, 'row-total-mismatch')] });
    expect(countFlags(state.session.documents)).toBe(2);
  });
});

describe('cross-table flags in the session', () => {
  it('the same region and period from two files: differing cells are flagged, an edit that makes them agree leaves a hint', () => {
    const copy: ExtractedDocument = structuredClone(zuidLimburg);
    copy.file = 'andere-download.pdf';
    copy.sha256 = 'f'.repeat(64);
    copy.tables[0]!.rows[4]!.counts[1] = 330;
    copy.tables[0]!.rows[4]!.total = 1571;
    copy.tables[0]!.totalRow!.counts[1] = 1285;
    copy.tables[0]!.totalRow!.total = 7119;
    let session = addDocuments(createSession(), [zuidLimburg, copy]);
    const crossOf = (doc: number) =>
      session.documents[doc]!.tables[0]!.flags.filter((flag) => flag.code.startsWith('duplicate-table')).map((flag) => [flag.code, flag.row, flag.column]);
    expect(crossOf(0)).toEqual([
      ['duplicate-table-mismatch', 'Heerlen', 1],
      ['duplicate-table-mismatch', 'Heerlen', 4],
      ['duplicate-table-mismatch', 'TOTAAL AMR', 1],
      ['duplicate-table-mismatch', 'TOTAAL AMR', 4],
    ]);
    expect(countFlags(session.documents)).toBe(8);
    expect(municipalityRows(session).find((row) => row.id === '0-0-4')?.flags.c1?.[0]?.message).toBe(
      "Zelfde regio en periode in 'andere-download.pdf', pagina 1: daar 330, hier 320",
    );
    // Accept one of them, then make the copy agree: the flags go, a hint is left, the acceptance is dropped.
    const heerlenC1 = session.documents[0]!.tables[0]!.flags.find((flag) => flag.code === 'duplicate-table-mismatch')!;
    session = acceptFlags(session, [{ doc: 0, table: 0, flag: heerlenC1 }], 'Eerste download klopt', T1);
    expect(countFlags(session.documents)).toBe(7);
    for (const [cell, value] of [
      [{ doc: 1, table: 0, row: 4, column: 'c1' }, 320],
      [{ doc: 1, table: 0, row: 4, column: 'total' }, 1561],
      [{ doc: 1, table: 0, row: 'total', column: 'c1' }, 1275],
      [{ doc: 1, table: 0, row: 'total', column: 'total' }, 7109],
    ] as [CellRef, number][]) {
      session = applyEdit(session, cell, value, T2);
    }
    expect(countFlags(session.documents)).toBe(0);
    expect(session.acceptances.size).toBe(0);
    expect(crossOf(0)).toEqual([['duplicate-table', undefined, undefined]]);
    expect(session.documents[0]!.tables[0]!.flags[0]?.severity).toBe('info');
  });
});
