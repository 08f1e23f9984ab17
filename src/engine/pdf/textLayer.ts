import type { TextRun } from './textRun';

/** Fewer printable characters than this and a page counts as having no text layer (a scan
 * with at most a stamped page number). */
const MIN_CHARACTERS = 20;
/** Share of characters that must decode to letters, digits, punctuation or spaces; below it
 * the font has no usable Unicode mapping and the text is garbage. */
const MIN_READABLE_SHARE = 0.85;
/** A page with at least this many words must read as language or as numbers: a font whose
 * Unicode map is wrong but plausible (every letter shifted, digits mapped to letters) gives
 * readable characters that form no words. */
const MIN_WORDS_TO_JUDGE = 30;
const MIN_KNOWN_WORD_SHARE = 0.04;
const MIN_NUMBER_SHARE = 0.15;

/** Common Dutch words and the publication's own vocabulary: any real page of it has several. */
const KNOWN_WORDS = new Set([
  'de',
  'het',
  'een',
  'en',
  'van',
  'in',
  'is',
  'op',
  'te',
  'dat',
  'die',
  'voor',
  'met',
  'zijn',
  'niet',
  'aan',
  'er',
  'om',
  'ook',
  'als',
  'door',
  'naar',
  'bij',
  'of',
  'uit',
  'worden',
  'wordt',
  'kan',
  'hun',
  'dit',
  'deze',
  'meer',
  'alle',
  'totaal',
  'amr',
  'sonar',
  'kwartaal',
  'eerste',
  'tweede',
  'derde',
  'vierde',
  'doelgroep',
  'banenafspraak',
  'arbeidsmarktregio',
  'gemeenten',
  'gemeente',
  'uwv',
  'klantprofielen',
  'transparantie',
  'personen',
  'categorie',
  'the',
  'of',
  'and',
  'to',
]);

export type TextLayerVerdict = 'usable' | 'none' | 'garbled';

export function judgeTextLayer(runs: readonly TextRun[]): TextLayerVerdict {
  const all = runs.map((r) => r.text).join(' ');
  const text = all.replace(/\s+/g, '');
  if (text.length < MIN_CHARACTERS) return 'none';
  const readable = text.match(/[\p{L}\p{N}\p{P}\p{Sc}\p{Sm}]/gu)?.length ?? 0;
  if (readable / text.length < MIN_READABLE_SHARE) return 'garbled';
  return formsWords(all) ? 'usable' : 'garbled';
}

/** Whether the text reads as words or numbers (few words: no verdict, taken as usable). */
function formsWords(text: string): boolean {
  const tokens = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}%.,'-]+/u)
    .filter((token) => token.length > 0);
  if (tokens.length < MIN_WORDS_TO_JUDGE) return true;
  const numbers = tokens.filter((token) => /^\d[\d.,]*%?$/.test(token)).length;
  const known = tokens.filter((token) => KNOWN_WORDS.has(token.replace(/[.,]+$/, ''))).length;
  return known / tokens.length >= MIN_KNOWN_WORD_SHARE || numbers / tokens.length >= MIN_NUMBER_SHARE;
}
