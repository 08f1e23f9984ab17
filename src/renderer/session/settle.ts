// After every change to the documents: the cross-table checks run over all tables, each flag
// gets its acceptance (or loses it), and acceptances whose flag is gone are dropped. Tables and
// documents that come out the same keep their object identity, so the grid redraws only what
// changed.
import { crossTableFlags, isCrossTableFlag, tableKey } from '@engine/compare';
import type { ExtractedDocument, ExtractedTable, Flag } from '@engine/model';
import { sameItems } from '@engine/sameItems';
import { acceptanceIdentity, documentKey, flagIdentity, isAcceptable, type Acceptance } from './acceptances';

export interface Settled {
  documents: readonly ExtractedDocument[];
  acceptances: ReadonlyMap<string, Acceptance>;
  /** Acceptances whose flag no longer exists, for the step that caused it (undo restores them). */
  dropped: Acceptance[];
}

export function settleDocuments(documents: readonly ExtractedDocument[], acceptances: ReadonlyMap<string, Acceptance>): Settled {
  const crossFlags = crossTableFlags(documents);
  // Every table's flags: its own checks' (as they are) and the cross-table ones (made anew).
  const flagLists = documents.map((document, doc) =>
    document.error
      ? []
      : document.tables.map((table, t) => [...table.flags.filter((flag) => !isCrossTableFlag(flag)), ...(crossFlags.get(tableKey(doc, t)) ?? [])]),
  );

  const present = new Set<string>();
  documents.forEach((document, doc) => {
    const key = documentKey(document);
    flagLists[doc]?.forEach((flags, t) => {
      for (const flag of flags) if (isAcceptable(flag)) present.add(flagIdentity(key, t, flag));
    });
  });
  const kept = new Map<string, Acceptance>();
  const dropped: Acceptance[] = [];
  for (const [identity, acceptance] of acceptances) {
    if (present.has(identity)) kept.set(identity, acceptance);
    else dropped.push(acceptance);
  }

  const settled = documents.map((document, doc) => {
    if (document.error) return document;
    const key = documentKey(document);
    const tables = document.tables.map((table, t) => {
      const flags = (flagLists[doc]?.[t] ?? []).map((flag) => stamp(flag, isAcceptable(flag) ? kept.get(flagIdentity(key, t, flag)) : undefined));
      return withFlags(table, flags);
    });
    return sameItems(tables, document.tables) ? document : { ...document, tables };
  });
  return { documents: sameItems(settled, documents) ? documents : settled, acceptances: kept, dropped };
}

/** Acceptances keyed by identity. */
export function acceptanceMap(list: Iterable<Acceptance>): Map<string, Acceptance> {
  return new Map([...list].map((acceptance) => [acceptanceIdentity(acceptance), acceptance]));
}

function stamp(flag: Flag, acceptance: Acceptance | undefined): Flag {
  if (!acceptance) {
    if (flag.accepted === undefined) return flag;
    const { accepted: _accepted, ...open } = flag;
    return open;
  }
  if (flag.accepted?.note === acceptance.note && flag.accepted.time === acceptance.time) return flag;
  return { ...flag, accepted: { note: acceptance.note, time: acceptance.time } };
}

/** The table with these flags, or the table itself when they are the same. */
function withFlags(table: ExtractedTable, flags: Flag[]): ExtractedTable {
  if (flags.length === table.flags.length && flags.every((flag, i) => sameFlag(flag, table.flags[i]))) return table;
  return { ...table, flags };
}

/** Cross-table flags are made anew each time: equal by content counts as the same. Field by
 * field, not through JSON.stringify: with many copies of a table loaded, every edit compares
 * thousands of flags (measured: stringify took two thirds of an edit's time). */
function sameFlag(a: Flag, b: Flag | undefined): boolean {
  if (a === b) return true;
  if (b === undefined) return false;
  return FLAG_FIELDS.every((field) => sameField[field](a[field] as never, b[field] as never));
}

/** How each field of a Flag compares. Typed over every key of Flag, so a field added to Flag does
 * not compile until it says how it compares here (it can never be silently ignored). */
const sameField: { readonly [K in keyof Required<Flag>]: (a: Flag[K], b: Flag[K]) => boolean } = {
  code: Object.is,
  message: Object.is,
  row: Object.is,
  rowIndex: Object.is,
  column: Object.is,
  field: Object.is,
  severity: Object.is,
  suggestion: (a, b) => a === b || (a !== undefined && b !== undefined && sameShallow(a, b)),
  accepted: (a, b) => a === b || (a !== undefined && b !== undefined && sameShallow(a, b)),
};
const FLAG_FIELDS = Object.keys(sameField) as (keyof Flag)[];

/** Same own fields with the same primitive values (suggestions and acceptances hold only those). */
function sameShallow(a: object, b: object): boolean {
  const keysA = Object.keys(a);
  return keysA.length === Object.keys(b).length && keysA.every((key) => Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
