// Suggestions from the checks become one-click edits; hints (severity 'info') are shown but not
// counted; an edited OCR value is no longer a doubtful read.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkTable } from '../../src/engine/checks';
import type { ExtractedDocument } from '../../src/engine/model';
import {
  addDocuments,
  applyEdit,
  correctionsOf,
  createSession,
  fixLabel,
  fixReason,
  flagStops,
  municipalityRows,
  offeredFixes,
  placedFlags,
  type Session,
} from '../../src/renderer/session';
import { countFlags } from '../../src/renderer/summary';
import { loaded, MIDDEN_UTRECHT, WEST_BRABANT, ZUID_LIMBURG } from './loaded';

const T = '2024-05-01T09:00:00.000Z';
let middenUtrecht: ExtractedDocument;
let westBrabant: ExtractedDocument;
let zuidLimburg: ExtractedDocument;

beforeAll(async () => {
  [middenUtrecht, westBrabant, zuidLimburg] = await Promise.all([loaded(MIDDEN_UTRECHT), loaded(WEST_BRABANT), loaded(ZUID_LIMBURG)]);
});

function tableOf(session: Session, doc: number) {
  const table = session.documents[doc]?.tables[0];
  if (!table) throw new Error(`no table in document ${doc}`);
  return table;
}

describe('suggestions', () => {
  it('the TOTAAL AMR flag offers the fix for the municipality that is wrong; taking it clears both flags', () => {
    const session = addDocuments(createSession(), [middenUtrecht]);
    const table = tableOf(session, 0);
    const totalRow = municipalityRows(session).find((row) => row.id === '0-0-total');
    const fixes = offeredFixes(table, 0, 0, totalRow?.flags.total ?? []);
    expect(fixes).toEqual([{ cell: { doc: 0, table: 0, row: 9, column: 'total' }, value: 5493, row: 'Utrecht' }]);
    // Both flags offer the same fix: listed once.
    expect(offeredFixes(table, 0, 0, table.flags)).toHaveLength(1);

    const fix = fixes[0];
    if (!fix) throw new Error('no fix');
    const fixed = applyEdit(session, fix.cell, fix.value, T);
    expect(tableOf(fixed, 0).flags).toEqual([]);
    expect(correctionsOf(fixed)).toMatchObject([{ row: 'Utrecht', column: 'Totaal', original: '5.503', value: '5.493' }]);
  });

  it('the percentage fix points at the register line', () => {
    const session = addDocuments(createSession(), [westBrabant]);
    const fixes = offeredFixes(tableOf(session, 0), 0, 0, tableOf(session, 0).flags);
    expect(fixes).toEqual([{ cell: { doc: 0, table: 0, row: 'region', column: 'percent' }, value: 75, row: 'Doelgroepregister' }]);
    expect(tableOf(applyEdit(session, fixes[0]!.cell, 75, T), 0).flags).toEqual([]);
  });
});

describe('the "Voorstel" button: what it offers and why, by kind of suggestion', () => {
  it('a count or total: where and what, and that it is the one value the row and column totals agree on', () => {
    const session = addDocuments(createSession(), [middenUtrecht]);
    const table = tableOf(session, 0);
    const [fix] = offeredFixes(table, 0, 0, table.flags);
    expect(fixLabel(table, fix!)).toBe('Utrecht, Totaal → 5.493');
    expect(fixReason(table, fix!)).toBe('de enige waarde die de rij- en kolomtotalen laat kloppen');
  });

  it("the percentage: named as the Regio's grid heads it, and computed from Bekend in Sonar and the register", () => {
    const session = addDocuments(createSession(), [westBrabant]);
    const table = tableOf(session, 0);
    const [fix] = offeredFixes(table, 0, 0, table.flags);
    expect(fixLabel(table, fix!)).toBe('West-Brabant, % gedrukt → 75%');
    expect(fixReason(table, fix!)).toBe('het percentage bekend in Sonar: 100 × 10.654 (Bekend in Sonar) / 14.208 (doelgroepregister) = 75,0%, afgerond 75%');
  });

  it('a municipality name: the name as read and the official name closest to it, without any talk of totals', () => {
    const document = structuredClone(zuidLimburg);
    const table = document.tables[0]!;
    table.rows[5] = { ...table.rows[5]!, name: 'Kerkrdae' };
    table.flags = checkTable(table);
    const session = addDocuments(createSession(), [document]);
    const fixes = offeredFixes(tableOf(session, 0), 0, 0, tableOf(session, 0).flags);
    expect(fixes.map((fix) => fix.cell.column)).toEqual(['name']);
    expect(fixLabel(tableOf(session, 0), fixes[0]!)).toBe("naam 'Kerkrdae' → Kerkrade");
    expect(fixReason(tableOf(session, 0), fixes[0]!)).toBe('de officiële gemeentenaam die het dichtst bij de gelezen tekst ligt');
  });
});

describe('OCR confidence and hints', () => {
  /** Zuid-Limburg as if OCR had read Heerlen's third count (813) and the name Kerkrade with
   * little confidence. */
  function doubtfulScan(): ExtractedDocument {
    const document = structuredClone(zuidLimburg);
    const table = document.tables[0];
    const heerlen = table?.rows[4]?.sources;
    const kerkrade = table?.rows[5]?.sources;
    if (!table || !heerlen?.[3] || !kerkrade?.[0]) throw new Error('fixture has sources');
    heerlen[3] = { ...heerlen[3], confidence: 41 };
    kerkrade[0] = { ...kerkrade[0], text: 'Kerkrdae', confidence: 30 };
    table.rows[5] = { ...table.rows[5]!, name: 'Kerkrdae' };
    table.flags = checkTable(table);
    return document;
  }

  it('a confirmed doubtful count is a hint: shown on its cell, not counted, not an F8 stop', () => {
    const session = addDocuments(createSession(), [doubtfulScan()]);
    const heerlen = municipalityRows(session).find((row) => row.id === '0-0-4');
    expect(heerlen?.hints.c2?.map((flag) => flag.message)).toEqual([
      "Heerlen, kolom 3: tekstherkenning las '813' met 41% zekerheid; rij- en kolomtotaal kloppen",
    ]);
    expect(heerlen?.flags.c2).toBeUndefined();
    expect(heerlen?.check).toBe('OK');
    // The misread name is an open flag (not a known municipality) and the only F8 stop.
    const stops = flagStops(placedFlags(session.documents));
    expect(stops).toEqual([{ doc: 0, table: 0, row: 5, column: 'name' }]);
    expect(countFlags(session.documents)).toBe(tableOf(session, 0).flags.filter((flag) => flag.severity !== 'info').length);
    expect(
      tableOf(session, 0)
        .flags.filter((flag) => flag.rowIndex === 5)
        .map((flag) => flag.code),
    ).toContain('low-confidence');
  });

  it('a value typed by the analyst is no doubtful read; typed back to the printed value it is again', () => {
    let session = addDocuments(createSession(), [doubtfulScan()]);
    session = applyEdit(session, { doc: 0, table: 0, row: 5, column: 'name' }, 'Kerkrade', T);
    const kerkradeFlags = () => tableOf(session, 0).flags.filter((flag) => flag.rowIndex === 5);
    expect(kerkradeFlags()).toEqual([]);
    session = applyEdit(session, { doc: 0, table: 0, row: 4, column: 'c2' }, 814, T);
    expect(tableOf(session, 0).flags.filter((flag) => flag.code === 'low-confidence')).toEqual([]);
    expect(countFlags(session.documents)).toBe(2);
    session = applyEdit(session, { doc: 0, table: 0, row: 4, column: 'c2' }, 813, T);
    expect(tableOf(session, 0).flags.map((flag) => [flag.code, flag.severity])).toEqual([['low-confidence', 'info']]);
  });
});
