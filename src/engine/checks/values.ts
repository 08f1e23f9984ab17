// What counts as a usable number in a sum. The extractor stores null for unreadable cells,
// but the grid can put anything in the model, so sums guard against NaN, fractions and negatives.

/** True for a printed count or total the checks can add up: a whole number ≥ 0. */
export function isCount(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Sum of the values, or null as soon as one of them cannot be added up. */
export function sumCounts(values: readonly (number | null | undefined)[]): number | null {
  let sum = 0;
  for (const value of values) {
    if (!isCount(value)) return null;
    sum += value;
  }
  return sum;
}

/** Exactly the four count cells of a row; a short `counts` array yields undefined (unusable). */
export function countsOf(row: { counts: readonly (number | null)[] }, columns = 4): (number | null | undefined)[] {
  return Array.from({ length: columns }, (_, column) => row.counts[column]);
}
