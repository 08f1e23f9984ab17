// Checks across tables (the per-table checks are in checks/): the same region and period read
// from two files must agree, and a municipality's value must not jump far outside its own
// history over the loaded quarters (a hint). Pure; the app runs them after the per-table checks.
import type { ExtractedDocument, Flag } from '../model';
import { checkDuplicateTables, tableKey } from './duplicateTables';
import { checkUnusualJumps } from './unusualJumps';

export { checkDuplicateTables, compareTables, tableKey } from './duplicateTables';
export { regionPeriodKey, sameRegionPeriodGroups, type LocatedTable } from './sameTable';

/** Codes of the flags made here, so a host can tell them from the per-table ones. */
export const CROSS_TABLE_CODES = ['duplicate-table-mismatch', 'duplicate-table', 'unusual-jump'] as const;

export function isCrossTableFlag(flag: { code: string }): boolean {
  return (CROSS_TABLE_CODES as readonly string[]).includes(flag.code);
}

/** Every cross-table flag, by table ({@link tableKey}): copies first, then jumps in history. */
export function crossTableFlags(documents: readonly ExtractedDocument[]): Map<string, Flag[]> {
  const flags = checkDuplicateTables(documents);
  for (const [key, hints] of checkUnusualJumps(documents)) flags.set(key, [...(flags.get(key) ?? []), ...hints]);
  return flags;
}

/** The documents with every table's cross-table flags made anew (after its own checks' flags),
 * for hosts that take a batch as a whole (the CLI). Tables without any come back unchanged. */
export function withCrossTableFlags(documents: readonly ExtractedDocument[]): ExtractedDocument[] {
  const cross = crossTableFlags(documents);
  return documents.map((document, doc) => {
    if (document.error) return document;
    let changed = false;
    const tables = document.tables.map((table, t) => {
      const own = table.flags.filter((flag) => !isCrossTableFlag(flag));
      const extra = cross.get(tableKey(doc, t)) ?? [];
      if (extra.length === 0 && own.length === table.flags.length) return table;
      changed = true;
      return { ...table, flags: [...own, ...extra] };
    });
    return changed ? { ...document, tables } : document;
  });
}
