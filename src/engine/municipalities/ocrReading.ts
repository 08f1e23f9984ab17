// Which official name an OCR reading of a municipality name stands for. Two cases:
// - the reading has the letters of a municipality but is written in none of its spellings (OCR
//   lost an accent, added a quote mark, read capitals): that municipality's spelling;
// - the reading is no municipality at all: decided within the page's arbeidsmarktregio. A page
//   lists the municipalities of one region in one quarter, so a misread name has a handful of
//   candidates instead of ~350, and the closest of them is usually clear.
//
// The region's composition in a quarter: the municipalities in force on the quarter's first day
// that the data places in that region — their region in 2026 (a dissolved one: its region in its
// last year), and for the eight municipalities known to have moved between 2015 and 2026 (year
// unknown) their region on either side of the move. The data has no per-year composition
// (resources/gemeenten/README.md), so a municipality outside the composition that reads as close
// as the region's best blocks the choice: then the page may well be printing that one. Without a
// recognised region or a quarter inside the data there is no composition and nothing is decided
// (the name keeps its flag and nationwide suggestion): the region is what makes the choice safe,
// among ~350 names a second one within reach is far likelier, and a wrong name without an open
// flag is the one outcome to avoid.
import type { Period } from '../model';
import { isInForce, municipalityRecords, officialName, spellings, type IsoDate, type MunicipalityRecord } from './data';
import { ocrDistance } from './distance';
import { matchMunicipality, referenceDay, spellingKeys, MAX_SUGGESTION_DISTANCE, SHORT_KEY_LENGTH, SUGGESTION_MARGIN } from './match';
import { nameKey } from './normalise';
import { findRegion, mayBelongToRegion } from './regions';

export interface RegionalName {
  /** CBS code. */
  code: string;
  /** The official name on the quarter's first day (for a spelling: the known spelling with the
   * reading's letters, "Nuenen c.a."). */
  name: string;
}

interface Composition {
  day: IsoDate;
  members: readonly MunicipalityRecord[];
  /** Every other municipality in force that day. */
  others: readonly MunicipalityRecord[];
}

/** The region's composition in the publication's quarter (see above), by official name of that
 * quarter; null when the region is not recognised or the quarter is outside the data. */
export function regionComposition(region: string | null | undefined, period: Period | null | undefined): RegionalName[] | null {
  const composition = compositionOf(region, period);
  return composition && composition.members.map((record) => ({ code: record.code, name: officialName(record, composition.day) }));
}

export interface OcrNameReading extends RegionalName {
  /** 'spelling': the letters of this municipality; 'region': the region's clear closest. */
  basis: 'spelling' | 'region';
}

/** The name an OCR reading stands for (see above), or null when it is a known spelling already or
 * nothing can be decided. */
export function readOcrName(printed: string, region: string | null | undefined, period: Period | null | undefined): OcrNameReading | null {
  const spelling = knownSpelling(printed, period);
  if (spelling) return { ...spelling, basis: 'spelling' };
  const regional = readNameInRegion(printed, region, period);
  return regional && { ...regional, basis: 'region' };
}

/** For a name with the letters (key) of a municipality in force but written in none of its known
 * spellings: the spelling with those letters, the quarter's official name when it has them
 * ("Ijsselstein," → "IJsselstein", "Nuenen c.a" → "Nuenen c.a."). The official name also for
 * its own letters without accents ("Noardeast-Fryslan"): OCR does not see accents, so that alias
 * tells nothing about the print. Null otherwise: a known spelling ("Den Haag") is what the page
 * printed. */
export function knownSpelling(printed: string, period: Period | null | undefined): RegionalName | null {
  const match = matchMunicipality(printed, period);
  if (match.kind !== 'valid') return null;
  const text = printed.replace(/\s+/g, ' ').trim();
  const day = referenceDay(period);
  const official = day === null ? match.record.name : officialName(match.record, day);
  if (text === official) return null;
  const found = (name: string) => ({ code: match.record.code, name });
  if (withoutAccents(text) === withoutAccents(official)) return found(official);
  const known = spellings(match.record);
  if (known.includes(text)) return null;
  const key = nameKey(text);
  return found([official, ...known].find((spelling) => nameKey(spelling) === key) ?? official);
}

function withoutAccents(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '');
}

/** The official name (of that quarter) of the one municipality of the region's composition that
 * `printed` clearly reads as, or null: when `printed` is already a municipality's name (any
 * region: that is the other checks' business), when the composition is unknown, when no member is
 * within the suggestion distance, when the runner-up in the region is not at least a margin
 * further, or when a municipality outside the composition is as close. */
export function readNameInRegion(printed: string, region: string | null | undefined, period: Period | null | undefined): RegionalName | null {
  if (matchMunicipality(printed, period).kind !== 'unknown') return null;
  const composition = compositionOf(region, period);
  if (!composition) return null;
  const key = nameKey(printed);
  // The grid re-runs the checks (and with them this) after every edit.
  const memoKey = `${region} ${composition.day} ${key}`;
  const known = memo.get(memoKey);
  if (known !== undefined) return known;
  const result = closestInRegion(key, composition);
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(memoKey, result);
  return result;
}

const MEMO_SIZE = 5000;
const memo = new Map<string, RegionalName | null>();

function closestInRegion(key: string, { day, members, others }: Composition): RegionalName | null {
  const limit = key.length <= SHORT_KEY_LENGTH ? 1 : MAX_SUGGESTION_DISTANCE;
  let best: MunicipalityRecord | undefined;
  let bestDistance = Infinity;
  let runnerUp = Infinity;
  for (const record of members) {
    const distance = distanceTo(key, record, limit + SUGGESTION_MARGIN);
    if (distance < bestDistance) {
      runnerUp = bestDistance;
      bestDistance = distance;
      best = record;
    } else if (distance < runnerUp) {
      runnerUp = distance;
    }
  }
  if (!best || bestDistance > limit || runnerUp < bestDistance + SUGGESTION_MARGIN) return null;
  if (others.some((record) => distanceTo(key, record, bestDistance) <= bestDistance)) return null;
  return { code: best.code, name: officialName(best, day) };
}

/** Closest spelling of the record; above `cutoff` only "further than cutoff" is exact. */
function distanceTo(key: string, record: MunicipalityRecord, cutoff: number): number {
  let closest = Infinity;
  for (const spelling of spellingKeys(record)) closest = Math.min(closest, ocrDistance(key, spelling, cutoff));
  return closest;
}

const compositions = new Map<string, Composition>();

function compositionOf(region: string | null | undefined, period: Period | null | undefined): Composition | null {
  const found = findRegion(region);
  const day = referenceDay(period);
  if (!found || day === null) return null;
  const cacheKey = `${found.code} ${day}`;
  let composition = compositions.get(cacheKey);
  if (!composition) {
    const inForce = municipalityRecords.filter((record) => isInForce(record, day));
    composition = {
      day,
      members: inForce.filter((record) => mayBelongToRegion(record.code, found.code)),
      others: inForce.filter((record) => !mayBelongToRegion(record.code, found.code)),
    };
    compositions.set(cacheKey, composition);
  }
  return composition;
}
