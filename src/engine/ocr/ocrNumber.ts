// Whole numbers as OCR reads them. OCR confuses look-alike marks, so beyond the printed
// form (parseDutchInteger) only readings that cannot mean anything else are accepted; any
// other doubtful cell stays null and is flagged invalid-number with its OCR text.
import { parseDutchInteger } from '../publication/dutchNumber';

/**
 * Accepted besides the printed form:
 * - a comma for the thousands dot ("1,561" = 1561): in a table of whole counts a comma
 *   followed by exactly three digits can only be a thousands separator (OCR often reads
 *   the small dot as a comma).
 * Not accepted: a space for the separator ("1 561": the "1" may be a rule or speck next to
 * 561), letters for digits ("l.561", "O"), anything else. The analyst sees those as
 * invalid-number flags with the OCR text.
 */
export function parseOcrInteger(text: string): number | null {
  const strict = parseDutchInteger(text);
  if (strict !== null) return strict;
  const t = text.trim();
  if (/^\d{1,3}(?:,\d{3})+$/.test(t)) return Number(t.replace(/,/g, ''));
  return null;
}
