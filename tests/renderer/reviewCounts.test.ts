// One definition of what the window counts, following the filters: the status bar's rows and
// "N cellen met M meldingen", the navigator's "Cel k van N" and F8 all count the same places.
// Two findings on one cell are one cell; search narrows the Gemeenten grid as it does on screen.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../src/engine/model';
import {
  addDocuments,
  applyEdit,
  createSession,
  matchesSearch,
  municipalityRows,
  NO_FILTER,
  placedFlags,
  placeKey,
  regionRows,
  reviewCounts,
  type Session,
} from '../../src/renderer/session';
import { loaded, MIDDEN_UTRECHT, WEST_BRABANT, ZUID_LIMBURG } from './loaded';

const T = '2024-05-01T09:00:00.000Z';
let documents: ExtractedDocument[];

beforeAll(async () => {
  documents = await Promise.all([loaded(WEST_BRABANT), loaded(MIDDEN_UTRECHT), loaded(ZUID_LIMBURG)]);
});

/** West-Brabant's printed percentage (1 finding), Utrecht's total (a row and a column finding on
 * two cells), and Zuid-Limburg's TOTAAL AMR total set to 7.000: a row and a column finding on
 * that one cell, and its printed percentage no longer matches Bekend in Sonar (7.000) over the
 * register. 6 findings on 5 cells. */
function session(): Session {
  const s = addDocuments(createSession(), documents);
  return applyEdit(s, { doc: 2, table: 0, row: 'total', column: 'total' }, 7000, T);
}

function counts(s: Session, filter = NO_FILTER) {
  return reviewCounts(municipalityRows(s), regionRows(s), placedFlags(s.documents), filter);
}

const municipalities = (doc: number) => documents[doc]?.tables.reduce((sum, table) => sum + table.rows.length, 0) ?? 0;

describe('review counts', () => {
  it('counts cells and findings once each: two findings on one cell are one cell', () => {
    const all = municipalities(0) + municipalities(1) + municipalities(2);
    expect(counts(session())).toEqual({ rows: all, allRows: all, cells: 5, findings: 6, hiddenCells: 0, hiddenFindings: 0 });
  });

  it('follows the region filter: rows, cells and findings of that region only, the rest said to be hidden', () => {
    const utrecht = counts(session(), { ...NO_FILTER, region: 'Midden-Utrecht' });
    expect(utrecht).toMatchObject({ rows: municipalities(1), cells: 2, findings: 2, hiddenCells: 3, hiddenFindings: 4 });
  });

  it('follows "Alleen afwijkingen": only municipality rows with an open finding count as rows', () => {
    // Utrecht (its total); TOTAAL AMR rows are not municipalities.
    expect(counts(session(), { ...NO_FILTER, onlyFlagged: true })).toMatchObject({ rows: 1, cells: 5, findings: 6 });
  });

  it('follows the search: a municipality row is counted when every word is in what the row shows', () => {
    // "5.503" is Utrecht's printed total as the grid shows it; the Regio's grid is not searched,
    // so the two printed percentages stay in view and in the count.
    const found = counts(session(), { ...NO_FILTER, search: '5.503' });
    expect(found).toMatchObject({ rows: 1, cells: 3, findings: 3 });
    const rows = municipalityRows(session());
    const shown = rows.filter((row) => matchesSearch(row, 'utrechtse heuvelrug'));
    expect(shown.map((row) => row.name)).toEqual(['Utrechtse Heuvelrug']);
    // Words in any order and any case, across columns (region and name).
    expect(rows.filter((row) => matchesSearch(row, 'HEERLEN zuid-limburg')).map((row) => row.name)).toEqual(['Heerlen']);
    expect(rows.filter((row) => matchesSearch(row, '   ')).length).toBe(rows.length);
  });

  it('places the counted findings where F8 goes', () => {
    const s = session();
    const keys = [...new Set(placedFlags(s.documents).map(({ place }) => placeKey(place)))];
    expect(keys).toHaveLength(counts(s).cells);
  });
});
