// F8 / Shift+F8 order over real flags: document, table, row (municipalities, TOTAAL AMR, the
// table's line), column; several flags on one cell are one stop; both ends wrap round.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../src/engine/model';
import {
  addDocuments,
  applyEdit,
  createSession,
  flagStops,
  nextStop,
  placedFlags,
  placeKey,
  previousStop,
  stopNumber,
  type Place,
  type Session,
} from '../../src/renderer/session';
import { loaded, MIDDEN_UTRECHT, TRUNCATED, WEST_BRABANT, ZUID_LIMBURG } from './loaded';

const T = '2024-05-01T09:00:00.000Z';
let documents: ExtractedDocument[];

beforeAll(async () => {
  documents = await Promise.all([loaded(WEST_BRABANT), loaded(TRUNCATED), loaded(MIDDEN_UTRECHT), loaded(ZUID_LIMBURG)]);
});

/** West-Brabant (percent), truncated (no tables), Midden-Utrecht (Utrecht's total), and in
 * Zuid-Limburg an emptied Heerlen count plus a wrong Beek total. */
function session(): Session {
  let s = addDocuments(createSession(), documents);
  s = applyEdit(s, { doc: 3, table: 0, row: 4, column: 'c2' }, null, T);
  s = applyEdit(s, { doc: 3, table: 0, row: 0, column: 'total' }, 139, T);
  return s;
}

const keys = (places: readonly (Place | null)[]) => places.map((place) => (place ? placeKey(place) : null));

describe('flag navigation', () => {
  it('lists the open flags in reading order, with where each is shown', () => {
    const placed = placedFlags(session().documents);
    expect(placed.map(({ place, flag }) => `${placeKey(place)} ${flag.code}`)).toEqual([
      '0-0:percent percent-mismatch',
      '2-0-9:total row-total-mismatch',
      '2-0-total:total column-total-mismatch',
      '3-0-0:total row-total-mismatch',
      '3-0-4:c2 invalid-number',
      '3-0-total:total column-total-mismatch',
    ]);
  });

  it('next and previous go from any cell to the neighbouring flag and wrap round', () => {
    const stops = flagStops(placedFlags(session().documents));
    expect(keys([nextStop(stops, null), previousStop(stops, null)])).toEqual(['0-0:percent', '3-0-total:total']);
    // From a flagged cell to the next one, across tables and documents.
    const utrecht: Place = { doc: 2, table: 0, row: 9, column: 'total' };
    expect(keys([nextStop(stops, utrecht), previousStop(stops, utrecht)])).toEqual(['2-0-total:total', '0-0:percent']);
    // From a cell without a flag: Heerlen's name lies before Heerlen's third count.
    const heerlenName: Place = { doc: 3, table: 0, row: 4, column: 'name' };
    expect(keys([nextStop(stops, heerlenName), previousStop(stops, heerlenName)])).toEqual(['3-0-4:c2', '3-0-0:total']);
    // The table's line comes after its TOTAAL AMR.
    const westBrabantTotal: Place = { doc: 0, table: 0, row: 'total', column: 'c0' };
    expect(keys([nextStop(stops, westBrabantTotal)])).toEqual(['0-0:percent']);
    // Past the last flag back to the first, and before the first to the last.
    const last: Place = { doc: 3, table: 0, row: 'total', column: 'total' };
    expect(keys([nextStop(stops, last), previousStop(stops, { doc: 0, table: 0, row: 0, column: 'name' })])).toEqual(['0-0:percent', '3-0-total:total']);
    expect(stopNumber(stops, utrecht)).toBe(2);
    expect(stopNumber(stops, heerlenName)).toBeNull();
  });

  it('several flags on one cell are one stop', () => {
    // Zuid-Limburg's TOTAAL AMR total set to 7.000: its counts no longer add up to it (row
    // flag) and neither do the municipality totals (column flag), both on that one cell.
    let s = session();
    s = applyEdit(s, { doc: 3, table: 0, row: 'total', column: 'total' }, 7000, T);
    const placed = placedFlags(s.documents);
    const onTotal = placed.filter(({ place }) => placeKey(place) === '3-0-total:total').map(({ flag }) => flag.code);
    expect(onTotal).toEqual(['row-total-mismatch', 'column-total-mismatch']);
    const stops = flagStops(placed);
    expect(keys(stops).filter((key) => key === '3-0-total:total')).toHaveLength(1);
    expect(stops).toHaveLength(new Set(keys(placed.map(({ place }) => place))).size);
  });

  it('is empty without flags', () => {
    const clean = addDocuments(createSession(), [documents[3] as ExtractedDocument]);
    expect(flagStops(placedFlags(clean.documents))).toEqual([]);
    expect(nextStop([], null)).toBeNull();
    expect(previousStop([], { doc: 0, table: 0, row: 0, column: 'name' })).toBeNull();
  });
});
