// The "Δ vorig kwartaal" columns of the Gemeenten grid: which there are, and what their cells and
// tooltips say. The changes themselves come from the engine (series/previousQuarter.ts), made
// from the session's documents, which are the tables as corrected, so they follow every edit.
import { formatChange, formatNumber } from '@engine/format';
import { dutchList } from '@engine/municipalities';
import type { QuarterChange, RowChanges } from '@engine/series/previousQuarter';
import { periodOfQuarter } from '@engine/series/trends';
import { COUNT_COLUMN_IDS, type CountColumnId, type DeltaColumnId } from './cells';
import { periodLabel } from './display';

export interface DeltaColumn {
  id: DeltaColumnId;
  /** The column whose change it shows, and its index among the row's values (4 = total). */
  of: CountColumnId | 'total';
  index: number;
  kind: 'absolute' | 'percent';
}

/** Per value column (c0..c3, total) its two change columns, absolute first. */
export const DELTA_COLUMNS: readonly (readonly [DeltaColumn, DeltaColumn])[] = [...COUNT_COLUMN_IDS, 'total' as const].map((of, index) => [
  { id: `${of}Delta`, of, index, kind: 'absolute' },
  { id: `${of}DeltaPct`, of, index, kind: 'percent' },
]);

/** The toggle's label, and the words before a column's name in the headers' tooltips. */
export const DELTA_LABEL = 'Δ vorig kwartaal';

/** Shown where there is nothing to compare with (the reason is in the tooltip). */
export const NO_DELTA = '—';

/** The change of one value of a row. */
export function deltaOf(changes: RowChanges | null | undefined, column: DeltaColumn): QuarterChange | null {
  return changes?.[column.index] ?? null;
}

/** The number a change column sorts by: the change, or null. */
export function deltaValue(change: QuarterChange | null, kind: DeltaColumn['kind']): number | null {
  return change?.[kind] ?? null;
}

/** "+12", "−3", "0"; "+4,1 %"; "—" when there is nothing to compare with; an empty percentage
 * when the quarter before was 0 (the absolute change still shows). A percentage beyond ±999,9 %
 * reads "> +999 %": its column is sized for "+999,9 %" (a change from a handful of people, mostly
 * a misread or a typo, would otherwise be cut off); the tooltip has the exact one. */
export function deltaText(change: QuarterChange | null, kind: DeltaColumn['kind']): string {
  if (!change) return '';
  if (change.absolute === null) return NO_DELTA;
  if (kind === 'absolute') return formatChange(change.absolute);
  if (change.percent === null) return '';
  if (Math.abs(change.percent) >= MAX_SHOWN_PERCENT) return change.percent > 0 ? '> +999 %' : '< \u2212999 %';
  return `${formatChange(change.percent, 1)} %`;
}

/** The first percentage that would not round to at most 999,9. */
const MAX_SHOWN_PERCENT = 999.95;

/** What a change is made of, in words: the two values and their quarters, "t.o.v. som van
 * voorgangers" after a merger, or why there is no comparison. `name` is the value column's. */
export function deltaTooltip(change: QuarterChange | null, kind: DeltaColumn['kind'], name: string): string | undefined {
  if (!change) return undefined;
  const before = periodLabel(periodOfQuarter(change.previousQuarter));
  const now = periodLabel(periodOfQuarter(change.previousQuarter + 1));
  const head = `${DELTA_LABEL}, ${name}${kind === 'percent' ? ' (%)' : ''}`;
  const names = dutchList(change.predecessors);
  if (change.absolute === null || change.previous === null) return `${head}\n${noDeltaReason(change, before, names)}`;
  const lines = [
    head,
    change.ofPredecessors
      ? `${before}: ${formatNumber(change.previous)}, t.o.v. som van voorgangers (${names})`
      : `${before}: ${formatNumber(change.previous)}`,
    `${now}: ${formatNumber(change.previous + change.absolute)}`,
    `Verschil: ${formatChange(change.absolute)}${change.percent === null ? '' : ` (${formatChange(change.percent, 1)} %)`}`,
  ];
  if (change.percent === null) lines.push(`Geen percentage: ${before} was 0`);
  return lines.join('\n');
}

function noDeltaReason(change: QuarterChange, before: string, names: string): string {
  switch (change.missing) {
    case 'quarter-not-loaded':
      return `${before} is niet geladen`;
    case 'row-not-loaded':
      return `Niet in de geladen tabellen van ${before}`;
    case 'area-changed':
      return `Gebied veranderd sinds ${before} (deel van ${names} erbij): niet te vergelijken`;
    case 'predecessors-missing':
      return `Vergelijking t.o.v. som van voorgangers (${names}): niet alle voorgangers geladen voor ${before}`;
    case 'no-value':
      return 'Deze cel is leeg';
    case 'no-previous-value':
    default:
      return `Leeg in ${before}`;
  }
}
