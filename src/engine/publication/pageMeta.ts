import type { Period, SourceRef } from '../model';
import type { Line } from '../layout/lines';
import type { Word } from '../layout/words';
import { unionBox, roundBox } from '../geometry/box';
import { parseDutchInteger } from './dutchNumber';
import { findRegion } from '../municipalities';

const QUARTERS: Record<string, number> = { eerste: 1, tweede: 2, derde: 3, vierde: 4 };

/** "Derde kwartaal 2017" anywhere on the page. */
export function findPeriod(text: string): Period | null {
  const m = /\b(eerste|tweede|derde|vierde)\s+kwartaal\s+((?:19|20)\d{2})\b/i.exec(text);
  if (!m) return null;
  return { quarter: QUARTERS[m[1]!.toLowerCase()]!, year: Number(m[2]) };
}

export interface RegisterSentence {
  region: string | null;
  total: number | null;
  percent: number | null;
  totalText: string | null;
  percentText: string | null;
}

/** The sentence below the table, in both known wordings:
 * 2017: "... in de arbeidsmarktregio Zuid-Limburg bevat het doelgroepregister banenafspraak
 *        in totaal 10.178 personen. Hiermee is 70% van de doelgroepers bekend binnen Sonar."
 * 2020: "... Hiervan is 71% bekend binnen Sonar." */
export function findRegisterSentence(text: string): RegisterSentence | null {
  const flat = text.replace(/\s+/g, ' ');
  const region = /arbeidsmarktregio\s+(.+?)\s+bevat\b/i.exec(flat);
  const total = /doelgroepregister(?:\s+banenafspraak)?\s+in\s+totaal\s+([\d.]+)\s+personen/i.exec(flat);
  const percent = /(\d{1,3})\s?%(?:\s+van\s+de\s+doelgroepers)?\s+bekend\s+binnen\s+sonar/i.exec(flat);
  if (!region && !total && !percent) return null;
  return {
    region: region ? region[1]!.trim() : null,
    total: total ? parseDutchInteger(total[1]!) : null,
    percent: percent ? Number(percent[1]) : null,
    totalText: total ? total[1]! : null,
    percentText: percent ? `${percent[1]}%` : null,
  };
}

/** Finds the printed word(s) of a value in the page lines, for provenance. */
export function locateText(lines: readonly Line[], text: string, page: number): SourceRef | null {
  const matches: Word[] = [];
  for (const line of lines) {
    for (const w of line.words) {
      if (w.text === text || w.text.replace(/[.,;:]$/, '') === text) matches.push(w);
    }
  }
  const w = matches[0];
  if (!w) return null;
  return { page, box: roundBox(w.box), text: w.text, ...(w.confidence !== undefined ? { confidence: w.confidence } : {}) };
}

/** Finds the printed percentage of the register sentence in the page lines, for provenance:
 * "70%" as one word or "70 %" as two (OCR splits it at times). Lines are in reading order;
 * the one followed by "van" or "bekend" is the sentence's, should another be printed too. */
export function locatePercent(lines: readonly Line[], percent: number, page: number): SourceRef | null {
  const words = lines.flatMap((line) => line.words);
  const bare = (w: Word | undefined) => w?.text.replace(/[.,;:]$/, '').toLowerCase();
  const found: Word[][] = [];
  words.forEach((w, i) => {
    if (bare(w) === `${percent}%`) found.push([w]);
    else if (bare(w) === String(percent) && bare(words[i + 1]) === '%') found.push([w, words[i + 1]!]);
  });
  const inSentence = found.find((match) => {
    const next = bare(words[words.indexOf(match[match.length - 1]!) + 1]);
    return next === 'van' || next === 'bekend';
  });
  const match = inSentence ?? found[0];
  return match ? sourceOfWords(match, page) : null;
}

function sourceOfWords(words: readonly Word[], page: number): SourceRef {
  const confidences = words.map((w) => w.confidence).filter((c): c is number => c !== undefined);
  return {
    page,
    box: boxOfWords(words),
    text: words.map((w) => w.text.replace(/[.,;:]$/, '')).join(' '),
    ...(confidences.length ? { confidence: Math.min(...confidences) } : {}),
  };
}

/** Words after a number that name no region: a period, a page, a total, a date. */
const NOT_A_REGION = /kwartaal|pagina|totaal|^(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b/i;

/** The page label is the small number printed right next to the region name, above the
 * table (2017) or in the footer (2020). */
export function findPageLabel(lines: readonly Line[], region: string | null): { label: string | null; region: string | null } {
  const isLabel = (t: string) => /^\d{1,3}$/.test(t);
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  if (region) {
    const target = norm(region);
    for (const line of lines) {
      const words = line.words.map((w) => w.text);
      for (let i = 0; i < words.length; i++) {
        if (!isLabel(words[i]!)) continue;
        const after = norm(words.slice(i + 1).join(' '));
        const before = norm(words.slice(0, i).join(' '));
        if (after.startsWith(target) || before.endsWith(target)) return { label: words[i]!, region };
      }
    }
    return { label: null, region };
  }
  // No sentence: a line that is exactly "<number> <name>" is the label and region; a known
  // region's name first, so that a date in a caption ("10 december") is not taken for one.
  const candidates = lines.flatMap((line) => {
    const m = /^(\d{1,3})\s+([A-Za-zÀ-ÿ'][\p{L}\s'().,/-]+)$/u.exec(line.text);
    return m && !NOT_A_REGION.test(m[2]!) ? [{ label: m[1]!, region: m[2]!.trim() }] : [];
  });
  return candidates.find((c) => findRegion(c.region)) ?? candidates[0] ?? { label: null, region: null };
}

export function boxOfWords(words: readonly Word[]) {
  return roundBox(unionBox(words.map((w) => w.box)));
}
