// A name the engine took from the region for OCR's misreading, in the session: the grid shows the
// hint on the name cell; typing another name drops it (the typed name is no OCR reading), undo
// brings it back, and the Correcties list the engine's name as the extracted value.
import { describe, expect, it } from 'vitest';
import { checkTable } from '../../src/engine/checks';
import type { ExtractedDocument } from '../../src/engine/model';
import { readOcrNames } from '../../src/engine/ocr/ocrNames';
import { addDocuments, applyEdit, correctionsOf, createSession, municipalityRows, undo, type CellRef, type Session } from '../../src/renderer/session';
import { misread, ocrTable } from '../helpers/ocrTables';

const OOSTERHOUT = 8;
const T1 = '2024-05-01T09:00:00.000Z';

function scanned(): ExtractedDocument {
  const table = readOcrNames(misread(ocrTable('errors/err_p2_2017q4_west-brabant_percent.json'), OOSTERHOUT, 'Qosterhout'));
  return { file: 'west-brabant-scan.pdf', pageCount: 1, warnings: [], tables: [{ ...table, flags: checkTable(table) }] };
}

const name: CellRef = { doc: 0, table: 0, row: OOSTERHOUT, column: 'name' };
const rowOf = (session: Session) => municipalityRows(session).find((row) => row.row === OOSTERHOUT)!;

describe('the OCR name hint in the grid', () => {
  it('shows on the name cell as a hint, not a flag; the row is OK', () => {
    const row = rowOf(addDocuments(createSession(), [scanned()]));
    expect(row.name).toBe('Oosterhout');
    expect(row.flags.name).toBeUndefined();
    expect(row.hints.name?.map((flag) => flag.message)).toEqual([
      "Tekstherkenning las 'Qosterhout'; gelezen als Oosterhout (officiële gemeentenaam in deze regio)",
    ]);
    expect(row.check).toBe('OK');
  });

  it('goes with a typed name and comes back with undo', () => {
    const start = addDocuments(createSession(), [scanned()]);
    const edited = applyEdit(start, name, 'Breda', T1);
    // Breda is printed too: the typed name is a duplicate now, and no OCR reading.
    expect(rowOf(edited).hints.name).toBeUndefined();
    expect(rowOf(edited).flags.name?.map((flag) => flag.code)).toEqual(['duplicate-municipality']);
    expect(correctionsOf(edited).map(({ row, original, value }) => ({ row, original, value }))).toEqual([
      { row: 'Oosterhout', original: 'Oosterhout', value: 'Breda' },
    ]);
    const back = undo(edited);
    expect(rowOf(back).hints.name?.map((flag) => flag.code)).toEqual(['ocr-name-read']);
    expect(rowOf(back).flags.name).toBeUndefined();
  });
});
