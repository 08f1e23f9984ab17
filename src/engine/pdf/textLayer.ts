import type { TextRun } from './textRun';

/** Fewer printable characters than this and a page counts as having no text layer (a scan
 * with at most a stamped page number). */
const MIN_CHARACTERS = 20;
/** Share of characters that must decode to letters, digits, punctuation or spaces; below it
 * the font has no usable Unicode mapping and the text is garbage. */
const MIN_READABLE_SHARE = 0.85;

export type TextLayerVerdict = 'usable' | 'none' | 'garbled';

export function judgeTextLayer(runs: readonly TextRun[]): TextLayerVerdict {
  const text = runs.map((r) => r.text).join('').replace(/\s+/g, '');
  if (text.length < MIN_CHARACTERS) return 'none';
  const readable = text.match(/[\p{L}\p{N}\p{P}\p{Sc}\p{Sm}]/gu)?.length ?? 0;
  return readable / text.length >= MIN_READABLE_SHARE ? 'usable' : 'garbled';
}
