// The checked documents are derived from the session's inputs in one place. Seeded sequences of
// everything an analyst does (edits, names, acceptances, undo, redo, files added and closed) must
// leave the session's documents exactly as a derivation from scratch gives them, and every table
// that comes out equal must keep its object (what lets the grid redraw only what changed).
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractedDocument, ExtractedTable } from '../../src/engine/model';
import {
  acceptFlags,
  addDocuments,
  applyEdit,
  closeDocument,
  COUNT_COLUMN_IDS,
  createSession,
  documentKey,
  isAcceptable,
  originalValue,
  redo,
  renameColumns,
  undo,
  withdrawAcceptance,
  type CellRef,
  type CellValue,
  type Session,
} from '../../src/renderer/session';
import { deriveDocuments } from '../../src/renderer/session/derive';
import { Rng } from '../layouts/prng';
import { loaded, MIDDEN_UTRECHT, TRUNCATED, WEST_BRABANT, ZUID_LIMBURG } from './loaded';

const T = '2024-05-01T09:00:00.000Z';
let library: ExtractedDocument[];

beforeAll(async () => {
  const [zuid, midden, westBrabant, truncated] = await Promise.all([loaded(ZUID_LIMBURG), loaded(MIDDEN_UTRECHT), loaded(WEST_BRABANT), loaded(TRUNCATED)]);
  // A second copy of Zuid-Limburg under another hash: the cross-table checks have a pair to compare.
  library = [zuid!, midden!, westBrabant!, truncated!, { ...structuredClone(zuid!), file: 'zuid-kopie.pdf', sha256: 'kopie-van-zuid' }];
});

/** Derived again with fresh copies of the originals, so nothing can come from the memo. */
function fromScratch(session: Session) {
  return deriveDocuments({ ...session, originals: structuredClone(session.originals) });
}

function randomCell(rng: Rng, session: Session): CellRef | null {
  const readable = session.documents.flatMap((document, doc) => (document.error ? [] : document.tables.map((table, t) => ({ doc, t, table }))));
  if (readable.length === 0) return null;
  const { doc, t, table } = rng.pick(readable);
  if (rng.chance(0.15)) return { doc, table: t, row: 'region', column: rng.pick(['register', 'percent'] as const) };
  const row = rng.chance(0.2) && table.totalRow ? 'total' : rng.int(0, table.rows.length - 1);
  return { doc, table: t, row, column: rng.pick([...COUNT_COLUMN_IDS, 'total'] as const) };
}

function randomValue(rng: Rng, original: CellValue): CellValue {
  if (rng.chance(0.25)) return original;
  if (rng.chance(0.15)) return null;
  return typeof original === 'number' ? Math.max(0, original + rng.int(-20, 20)) : rng.int(0, 5000);
}

function step(rng: Rng, session: Session, closed: ExtractedDocument[]): Session {
  const kind = rng.pick(['edit', 'edit', 'edit', 'edit', 'rename', 'accept', 'accept', 'withdraw', 'undo', 'undo', 'redo', 'close', 'add']);
  if (kind === 'edit') {
    const cell = randomCell(rng, session);
    return cell ? applyEdit(session, cell, randomValue(rng, originalValue(session, cell)), T) : session;
  }
  if (kind === 'rename') return renameColumns(session, { [rng.int(0, 3)]: rng.pick(['', 'Geen', 'Licht', 'Zwaar']) });
  const flags = session.documents.flatMap((document, doc) =>
    document.error ? [] : document.tables.flatMap((table, t) => table.flags.filter(isAcceptable).map((flag) => ({ doc, table: t, flag }))),
  );
  if (kind === 'accept') {
    const open = flags.filter(({ flag }) => !flag.accepted);
    return open.length > 0 ? acceptFlags(session, [rng.pick(open)], rng.pick(['zo gedrukt', 'klopt']), T) : session;
  }
  if (kind === 'withdraw') {
    const accepted = flags.filter(({ flag }) => flag.accepted);
    return accepted.length > 0 ? withdrawAcceptance(session, [rng.pick(accepted)]) : session;
  }
  if (kind === 'undo') return undo(session);
  if (kind === 'redo') return redo(session);
  if (kind === 'close') {
    if (session.originals.length === 0) return session;
    const doc = rng.int(0, session.originals.length - 1);
    closed.push(session.originals[doc]!);
    return closeDocument(session, doc);
  }
  const reopen = closed.shift();
  return reopen ? addDocuments(session, [reopen]) : session;
}

/** Tables of the same file and position in both sessions. */
function sameTables(before: Session, after: Session): [ExtractedTable, ExtractedTable][] {
  return after.documents.flatMap((document) => {
    const earlier = before.documents.find((other) => !other.error && documentKey(other) === documentKey(document));
    return earlier && !document.error
      ? document.tables.flatMap((table, t) => (earlier.tables[t] ? [[earlier.tables[t], table] as [ExtractedTable, ExtractedTable]] : []))
      : [];
  });
}

describe('deriving the checked documents', () => {
  it.each([1, 2, 3, 4])('gives what a derivation from scratch gives after every step, and keeps equal tables (seed %i)', (seed) => {
    const rng = new Rng(seed);
    let session = addDocuments(createSession(), library);
    const closed: ExtractedDocument[] = [];
    let kept = 0;
    for (let i = 0; i < 60; i++) {
      const before = session;
      session = step(rng, session, closed);
      const scratch = fromScratch(session);
      expect(session.documents).toEqual(scratch.documents);
      expect(session.acceptances).toEqual(scratch.acceptances);
      for (const [earlier, now] of sameTables(before, session)) {
        if (JSON.stringify(earlier) === JSON.stringify(now)) {
          expect(now).toBe(earlier);
          kept++;
        }
      }
    }
    // Most tables are untouched by any one step.
    expect(kept).toBeGreaterThan(60);
  });

  it('keeps the acceptances map when an edit drops none, so an edit is not taken for an acceptance change', () => {
    const session = addDocuments(createSession(), library);
    const edited = applyEdit(session, { doc: 0, table: 0, row: 4, column: 'c1' }, 330, T);
    expect(edited.acceptances).toBe(session.acceptances);
  });

  it('returns the same documents array when nothing changed', () => {
    const session = addDocuments(createSession(), library);
    expect(deriveDocuments(session, session.documents).documents).toBe(session.documents);
  });
});
