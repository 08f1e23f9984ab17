// A value that agrees with its own table but not with its own history: a misprint repeated in the
// total, an OCR misread the sums happen to accept. Over one municipality's quarters (one count or
// the total), a value is an unusual jump when it moves away from the quarters before and after it
// and comes back, by a factor far outside the series' own quarter-to-quarter changes, and by
// enough people to matter (a small municipality going from 3 to 12 is no finding). It is a hint
// for the analyst to look at, never an open flag. Pure: the caller builds the series.
import { formatNumber } from '../format';
import { median } from '../geometry/box';

/** One quarter of a series; `quarter` counts quarters (year × 4 + quarter − 1), so gaps show. */
export interface SeriesPoint {
  quarter: number;
  value: number | null;
}

export interface UnusualJump {
  /** Index in the series given. */
  index: number;
  /** Dutch, the three values: "120 → 1.210 → 118". */
  message: string;
}

/** The rule's settings, each with its reason. Measured on series made from the fixtures' 194
 * municipalities (tests/engine/unusualJumpFixtures.test.ts, 582.000 values over 12 quarters): no
 * false hint, with realistic movement or with three times as much; every ×10 or ÷10 misread of 100
 * people or more found. A lower factor (2) still gave no false hint there and finds more swapped
 * digits and counts, but real series move in ways a walk does not: kept at 3 until real quarters
 * say otherwise. */
export const JUMP_RULE = {
  /** A jump must be at least this factor on both sides: ×3 up and back, or ÷3 and back. */
  minFactor: 3,
  /** …and this many times the series' own typical change (median absolute log change), so a
   * municipality whose numbers move a lot needs a larger jump. */
  typicalChanges: 8,
  /** …and at least this many people on both sides, so small numbers do not trigger it. */
  minPeople: 50,
} as const;

/** A jump is a value with a neighbour on both sides: a series needs this many values first. */
export const MIN_SERIES_POINTS = 3;

/** The unusual jumps of one series (points in quarter order; missing values are gaps, never
 * interpolated: a value's neighbours are the nearest quarters that have one). */
export function unusualJumps(points: readonly SeriesPoint[], rule = JUMP_RULE): UnusualJump[] {
  const present = points.flatMap((point, index) => (point.value === null || !Number.isFinite(point.value) ? [] : [{ index, value: point.value }]));
  if (present.length < MIN_SERIES_POINTS) return [];
  const logs = present.map(({ value }) => Math.log(Math.max(0, value) + 1));
  // changes[i]: from present[i] to present[i + 1].
  const changes = logs.slice(1).map((log, i) => Math.abs(log - logs[i]!));
  const jumps: UnusualJump[] = [];
  const minLog = Math.log(rule.minFactor);
  for (let i = 1; i < present.length - 1; i++) {
    const [before, here, after] = [present[i - 1]!, present[i]!, present[i + 1]!];
    const up = logs[i]! - logs[i - 1]!;
    const back = logs[i + 1]! - logs[i]!;
    const large = Math.abs(here.value - before.value) >= rule.minPeople && Math.abs(here.value - after.value) >= rule.minPeople;
    // The threshold is never below the minimum factor, so most values end here, before the median
    // (the rule runs over every series on every edit in the app; measured: the median of the
    // other changes, worked out for every value, was more than half the hint's cost).
    if (!large || Math.sign(up) !== -Math.sign(back) || Math.min(Math.abs(up), Math.abs(back)) < minLog) continue;
    // The series' typical change without the two around this value (its own jump would count).
    const others = changes.filter((_, c) => c !== i - 1 && c !== i);
    const threshold = Math.max(minLog, others.length >= 2 ? rule.typicalChanges * median(others) : 0);
    if (Math.abs(up) >= threshold && Math.abs(back) >= threshold) {
      jumps.push({ index: here.index, message: [before, here, after].map(({ value }) => formatNumber(value)).join(' → ') });
    }
  }
  return jumps;
}
