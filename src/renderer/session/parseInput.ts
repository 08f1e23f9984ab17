// What the analyst types into a cell, turned into a model value. Numbers are read the Dutch
// way ("1.561" is one thousand five hundred sixty-one, "12,5" twelve and a half). A value the
// checks reject (empty, negative, a fraction) is still accepted: the cell then carries the
// invalid-number flag, exactly as an unreadable printed value does. Text that is no number at
// all is refused, so a typo never silently empties a cell.
import type { CellValue, PlaceColumnId } from './cells';

export type ParsedInput = { ok: true; value: CellValue } | { ok: false; message: string };

// Either plain digits or groups of three after dots; optionally a decimal comma.
const DUTCH_NUMBER = /^-?(?:\d+|\d{1,3}(?:\.\d{3})+)(?:,\d+)?$/;

/** A count or total: "1.561", "1561", "" (→ null). */
export function parseCountInput(text: string): ParsedInput {
  const compact = text
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^[\u2212\u2013]/, '-');
  if (compact === '') return { ok: true, value: null };
  if (!DUTCH_NUMBER.test(compact)) return { ok: false, message: `'${text.trim()}' is geen getal` };
  return { ok: true, value: Number(compact.replace(/\./g, '').replace(',', '.')) };
}

/** A percentage: as a count, with an optional "%" at the end ("70%", "69,8"). */
export function parsePercentInput(text: string): ParsedInput {
  return parseCountInput(text.trim().replace(/%$/, ''));
}

/** A municipality name: spacing tidied; a name cannot be empty. */
export function parseNameInput(text: string): ParsedInput {
  const name = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  return name === '' ? { ok: false, message: 'Een gemeente moet een naam hebben' } : { ok: true, value: name };
}

/** The parser for a column. */
export function parseInput(column: PlaceColumnId, text: string): ParsedInput {
  if (column === 'name') return parseNameInput(text);
  if (column === 'percent') return parsePercentInput(text);
  return parseCountInput(text);
}
