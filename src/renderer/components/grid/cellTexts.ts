// Tooltips of the grid cells: the checks' own messages (the arithmetic), and for an edited cell
// the value as extracted.
import { flagLabels } from '@engine/checks';
import type { Flag } from '@engine/model';

/** Message per flag, then per accepted flag with its note, then per hint, then the original of
 * an edited cell; undefined for a plain cell. */
export function cellTooltip(
  flags: readonly Flag[] | undefined,
  original: string | undefined,
  hints?: readonly Flag[],
  accepted?: readonly Flag[],
): string | undefined {
  const lines = [
    ...(flags ?? []).map((flag) => flag.message),
    ...(accepted ?? []).map((flag) => `${flag.message}\nGeaccepteerd${flag.accepted?.note ? `: ${flag.accepted.note}` : ' (geen notitie)'}`),
    ...(hints ?? []).map((flag) => flag.message),
  ];
  if (original !== undefined) lines.push(`Oorspronkelijk: ${original === '' ? '(leeg)' : original}`);
  return lines.length > 0 ? lines.join('\n') : undefined;
}

/** The Controle column's tooltip: every finding of the row with its label, accepted ones with
 * their note. */
export function checkTooltip(flags: readonly Flag[], accepted: readonly Flag[] = []): string | undefined {
  const lines = [
    ...flags.map((flag) => `${flagLabels[flag.code]}: ${flag.message}`),
    ...accepted.map((flag) => `Geaccepteerd: ${flagLabels[flag.code]}: ${flag.message}${flag.accepted?.note ? ` (${flag.accepted.note})` : ''}`),
  ];
  return lines.length > 0 ? lines.join('\n') : undefined;
}
