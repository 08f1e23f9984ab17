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
import { clearlyClosest, matchMunicipality, referenceDay, spellingDistance } from './match';
import { boundedMemo } from './memo';
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
  return rememberedReading(`${region} ${composition.day} ${key}`, () => closestInRegion(key, composition));
}

const rememberedReading = boundedMemo<RegionalName | null>();

function closestInRegion(key: string, { day, members, others }: Composition): RegionalName | null {
  const closest = clearlyClosest(key, members);
  if (!closest) return null;
  if (others.some((record) => spellingDistance(key, record, closest.distance) <= closest.distance)) return null;
  return { code: closest.record.code, name: officialName(closest.record, day) };
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
