import type { Flag } from '../model';

/** True for a flag the analyst still has to resolve; 'info' flags are hints and are not counted
 * in open-flag totals. */
export function isOpenFlag(flag: Flag): boolean {
  return flag.severity !== 'info';
}
