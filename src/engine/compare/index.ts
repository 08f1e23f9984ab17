// Checks across tables (the per-table checks are in checks/): the same region and period read
// from two files must agree. Pure; the app runs them after the per-table checks.
import type { ExtractedDocument } from '../model';
import { checkDuplicateTables, tableKey } from './duplicateTables';

export { checkDuplicateTables, compareTables, tableKey } from './duplicateTables';
export { regionPeriodKey, sameRegionPeriodGroups, type LocatedTable } from './sameTable';

/** Codes of the flags made here, so a host can tell them from the per-table ones. */
export const CROSS_TABLE_CODES = ['duplicate-table-mismatch', 'duplicate-table'] as const;

export function isCrossTableFlag(flag: { code: string }): boolean {
  return (CROSS_TABLE_CODES as readonly string[]).includes(flag.code);
}

/** The documents with every table's cross-table flags made anew (after its own checks' flags),
 * for hosts that take a batch as a whole (the CLI). Tables without any come back unchanged. */
export function withCrossTableFlags(documents: readonly ExtractedDocument[]): ExtractedDocument[] {
  const cross = checkDuplicateTables(documents);
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
