// Checks across tables (the per-table checks are in checks/): the same region and period read
// from two files must agree. Pure; the app runs them after the per-table checks.
export { checkDuplicateTables, compareTables, tableKey } from './duplicateTables';
export { regionPeriodKey, sameRegionPeriodGroups, type LocatedTable } from './sameTable';

/** Codes of the flags made here, so a host can tell them from the per-table ones. */
export const CROSS_TABLE_CODES = ['duplicate-table-mismatch', 'duplicate-table'] as const;

export function isCrossTableFlag(flag: { code: string }): boolean {
  return (CROSS_TABLE_CODES as readonly string[]).includes(flag.code);
}
