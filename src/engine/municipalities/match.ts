// Finds which municipality a printed name means, and whether it existed in the publication's
// quarter. Names are compared by key (nameKey), so case, accents, spacing and punctuation never
// matter; an unknown name gets a suggestion only when one municipality is clearly the closest.
import type { Period } from '../model';
import { DATA_FIRST_DAY, DATA_LAST_DAY, isInForce, municipalityRecords, officialName, spellings, type IsoDate, type MunicipalityRecord } from './data';
import { quarterStart } from './dates';
import { ocrDistance } from './distance';
import { boundedMemo } from './memo';
import { nameKey } from './normalise';

/** Furthest an unknown name may be from a municipality to be suggested (OCR-weighted edits). */
export const MAX_SUGGESTION_DISTANCE = 2;
/** Short keys allow one edit: two edits turn "Ede" into half the country. */
export const SHORT_KEY_LENGTH = 4;
/** The runner-up must be at least this much further than the best, or the choice is a guess. */
export const SUGGESTION_MARGIN = 1;

export type NameMatch =
  | { kind: 'valid'; record: MunicipalityRecord }
  | { kind: 'not-in-period'; record: MunicipalityRecord; day: IsoDate }
  | { kind: 'unknown'; day: IsoDate | null; suggestion: string | null }
  | { kind: 'empty' };

interface KeyedRecord {
  record: MunicipalityRecord;
  keys: string[];
}

const keyedRecords: readonly KeyedRecord[] = municipalityRecords.map((record) => ({
  record,
  keys: [...new Set(spellings(record).map(nameKey))],
}));

const keysByCode = new Map<string, readonly string[]>(keyedRecords.map(({ record, keys }) => [record.code, keys]));

/** How far the key is from the closest of the municipality's spellings (each through nameKey);
 * above `cutoff` only "further than cutoff" is exact. */
export function spellingDistance(key: string, record: MunicipalityRecord, cutoff: number): number {
  let closest = Infinity;
  for (const spelling of keysByCode.get(record.code) ?? []) closest = Math.min(closest, ocrDistance(key, spelling, cutoff));
  return closest;
}

const recordsByKey = new Map<string, MunicipalityRecord[]>();
for (const { record, keys } of keyedRecords) {
  for (const key of keys) recordsByKey.set(key, [...(recordsByKey.get(key) ?? []), record]);
}

/** The day names are checked against: the quarter's first day when the data covers it, else
 * null (then any municipality of 2016–2026 is accepted). */
export function referenceDay(period: Period | null | undefined): IsoDate | null {
  const day = quarterStart(period);
  return day !== null && day >= DATA_FIRST_DAY && day <= DATA_LAST_DAY ? day : null;
}

export function matchMunicipality(name: string, period: Period | null | undefined): NameMatch {
  const key = nameKey(name);
  if (key === '') return { kind: 'empty' };
  const day = referenceDay(period);
  const records = recordsByKey.get(key) ?? [];
  const inForce = records.find((record) => day === null || isInForce(record, day));
  if (inForce) return { kind: 'valid', record: inForce };
  const closestInTime = records[0];
  if (closestInTime && day !== null) return { kind: 'not-in-period', record: closestInTime, day };
  return { kind: 'unknown', day, suggestion: suggestName(key, day) };
}

/** The official name of the one municipality (in force on `day`, or any when null) clearly
 * closest to the key, or null when none is close or two are about as close. */
export function suggestName(key: string, day: IsoDate | null): string | null {
  return rememberedSuggestion(`${day ?? '*'} ${key}`, () => {
    const closest = clearlyClosest(key, day === null ? municipalityRecords : municipalityRecords.filter((record) => isInForce(record, day)));
    if (!closest) return null;
    return day === null ? closest.record.name : officialName(closest.record, day);
  });
}

const rememberedSuggestion = boundedMemo<string | null>();

/** The one municipality among `candidates` clearly closest to the key, with its distance: within
 * MAX_SUGGESTION_DISTANCE (one edit for a short key) and the runner-up at least SUGGESTION_MARGIN
 * further. Null when none is that close or two are about as close. */
export function clearlyClosest(key: string, candidates: readonly MunicipalityRecord[]): { record: MunicipalityRecord; distance: number } | null {
  const limit = key.length <= SHORT_KEY_LENGTH ? 1 : MAX_SUGGESTION_DISTANCE;
  // Anything beyond this can neither be the closest nor spoil it as runner-up.
  const relevant = limit + SUGGESTION_MARGIN;
  let best: MunicipalityRecord | undefined;
  let bestDistance = Infinity;
  let runnerUp = Infinity;
  for (const record of candidates) {
    const distance = spellingDistance(key, record, relevant);
    if (distance < bestDistance) {
      runnerUp = bestDistance;
      bestDistance = distance;
      best = record;
    } else if (distance < runnerUp) {
      runnerUp = distance;
    }
  }
  if (!best || bestDistance > limit || runnerUp < bestDistance + SUGGESTION_MARGIN) return null;
  return { record: best, distance: bestDistance };
}
