/** Reads a whole number as printed in Dutch: "1.561" = 1561, "7" = 7. Returns null for
 * anything else ("1,5", "12a", "1.56"), so a doubtful cell is flagged, never guessed. */
export function parseDutchInteger(text: string): number | null {
  const t = text.trim();
  if (/^\d{1,3}(?:\.\d{3})+$/.test(t)) return Number(t.replace(/\./g, ''));
  if (/^\d+$/.test(t)) return Number(t);
  return null;
}

/** Looks like a printed number (digits with separators), even if not a valid one: such a
 * token occupies a number cell and, when it does not parse, becomes an invalid-number flag. */
export function looksNumeric(text: string): boolean {
  return /^[\d.,]*\d[\d.,]*%?$/.test(text.trim());
}
