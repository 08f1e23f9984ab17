// Tooltips of the grid cells: the checks' own messages (the arithmetic), and for an edited cell
// the value as extracted.
import { flagLabels } from '@engine/checks';
import type { Flag } from '@engine/model';

/** Message per flag, then per hint, then the original of an edited cell; undefined for a plain cell. */
export function cellTooltip(flags: readonly Flag[] | undefined, original: string | undefined, hints?: readonly Flag[]): string | undefined {
  const lines = [...(flags ?? []), ...(hints ?? [])].map((flag) => flag.message);
  if (original !== undefined) lines.push(`Oorspronkelijk: ${original === '' ? '(leeg)' : original}`);
  return lines.length > 0 ? lines.join('\n') : undefined;
}

/** The Controle column's tooltip: every finding of the row with its label. */
export function checkTooltip(flags: readonly Flag[]): string | undefined {
  return flags.length > 0 ? flags.map((flag) => `${flagLabels[flag.code]}: ${flag.message}`).join('\n') : undefined;
}
