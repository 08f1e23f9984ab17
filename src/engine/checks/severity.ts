import type { Flag } from '../model';

/** True for a flag the analyst still has to resolve. 'info' flags are hints and an accepted
 * flag ("klopt met de bron") has been dealt with: neither is counted in open-flag totals. */
export function isOpenFlag(flag: Flag): boolean {
  return flag.severity !== 'info' && flag.accepted === undefined;
}

/** True for a flag the analyst accepted as true to the source. */
export function isAcceptedFlag(flag: Flag): boolean {
  return flag.severity !== 'info' && flag.accepted !== undefined;
}

/** True for a hint: no action needed, never counted. */
export function isHintFlag(flag: Flag): boolean {
  return flag.severity === 'info';
}
