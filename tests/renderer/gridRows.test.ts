// The grid's rows after an edit: a table whose flags change because another file's copy of it was
// edited (the duplicate-table check) gets a new object, but its rows that show the same as before
// stay the same objects, so the grid does not redraw them. Rows are always what a fresh build of
// the same session gives. Real documents: three copies of one region page as three files.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../src/engine/model';
import { addDocuments, applyEdit, createSession, municipalityRows, undo, type CellRef, type MunicipalityRow, type Session } from '../../src/renderer/session';
import { loaded, ZUID_LIMBURG } from './loaded';

const T1 = '2024-05-01T09:00:00.000Z';
const COPIES = 3;

let copies: ExtractedDocument[];
beforeAll(async () => {
  copies = await Promise.all(
    Array.from({ length: COPIES }, async (_, i) => ({ ...(await loaded(ZUID_LIMBURG)), file: `kopie_${i + 1}.pdf`, sha256: `kopie-${i + 1}` })),
  );
});

/** Heerlen's total in the first copy. */
const heerlenTotal: CellRef = { doc: 0, table: 0, row: 4, column: 'total' };

function rowsById(session: Session): Map<string, MunicipalityRow> {
  return new Map(municipalityRows(session).map((row) => [row.id, row]));
}

/** The same steps on new objects throughout, so nothing built before can be reused. */
function builtAfresh(steps: (session: Session) => Session): MunicipalityRow[] {
  return municipalityRows(steps(addDocuments(createSession(), structuredClone(copies))));
}

describe('grid rows after an edit', () => {
  it('keeps the row objects whose content did not change, in every copy', () => {
    const before = addDocuments(createSession(), copies);
    const rowsBefore = rowsById(before);
    const after = applyEdit(before, heerlenTotal, 99_999, T1);
    const rowsAfter = rowsById(after);

    // The other copies' tables changed (their values now differ from the first copy's)...
    for (let doc = 1; doc < COPIES; doc++) expect(after.documents[doc]!.tables[0]).not.toBe(before.documents[doc]!.tables[0]);
    // ...but only Heerlen's row shows anything new: in the edited copy its value (and TOTAAL AMR
    // the column that no longer adds up), in the others the finding that the copies disagree.
    const changed = [...rowsAfter].filter(([id, row]) => rowsBefore.get(id) !== row).map(([id]) => id);
    expect(changed.sort()).toEqual(['0-0-4', '0-0-total', '1-0-4', '2-0-4']);
    expect(rowsAfter.get('0-0-4')!.total).toBe(99_999);
    expect(rowsAfter.get('0-0-total')!.rowFlags.map((flag) => flag.code)).toContain('column-total-mismatch');
    expect(rowsAfter.get('1-0-4')!.rowFlags.map((flag) => flag.code)).toContain('duplicate-table-mismatch');
    expect(rowsAfter.get('1-0-4')!.check).not.toBe('OK');
  });

  it('gives the rows a fresh build of the same session gives, after the edit and after undo', () => {
    const edit = (session: Session) => applyEdit(session, heerlenTotal, 99_999, T1);
    const start = addDocuments(createSession(), copies);
    const edited = edit(start);
    expect(municipalityRows(edited)).toEqual(builtAfresh(edit));
    const undone = undo(edited);
    expect(municipalityRows(undone)).toEqual(builtAfresh((session) => undo(edit(session))));
    expect(rowsById(undone).get('1-0-4')!.check).toBe('OK');
  });
});
