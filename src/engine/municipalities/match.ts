// Finds which municipality a printed name means, and whether it existed in the publication's
// quarter. Names are compared by key (nameKey), so case, accents, spacing and punctuation never
// matter; an unknown name gets a suggestion only when one municipality is clearly the closest.
import type { Period } from '../model';
import { DATA_FIRST_DAY, DATA_LAST_DAY, isInForce, municipalityRecords, officialName, spellings, type IsoDate, type MunicipalityRecord } from './data';
import { quarterStart } from './dates';
import { ocrDistance } from './distance';
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

/** The keys a municipality is recognised by: each of its spellings through nameKey. */
export function spellingKeys(record: MunicipalityRecord): readonly string[] {
  return keysByCode.get(record.code) ?? [];
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
  // The grid re-runs the checks after every edit: remember answers for names seen before.
  const memoKey = `${day ?? '*'} ${key}`;
  const known = suggestionMemo.get(memoKey);
  if (known !== undefined) return known;
  const suggestion = closestName(key, day);
  if (suggestionMemo.size >= MEMO_SIZE) suggestionMemo.clear();
  suggestionMemo.set(memoKey, suggestion);
  return suggestion;
}

const MEMO_SIZE = 5000;
const suggestionMemo = new Map<string, string | null>();

function closestName(key: string, day: IsoDate | null): string | null {
  const limit = key.length <= SHORT_KEY_LENGTH ? 1 : MAX_SUGGESTION_DISTANCE;
  // Anything beyond this can neither be the suggestion nor spoil it as runner-up.
  const relevant = limit + SUGGESTION_MARGIN;
  const ranked = keyedRecords
    .filter(({ record }) => day === null || isInForce(record, day))
    .map(({ record, keys }) => ({ record, distance: Math.min(...keys.map((k) => ocrDistance(key, k, relevant))) }))
    .filter(({ distance }) => distance < relevant)
    .sort((a, b) => a.distance - b.distance);
  const [best, runnerUp] = ranked;
  if (!best || best.distance > limit) return null;
  if (runnerUp && runnerUp.distance < best.distance + SUGGESTION_MARGIN) return null;
  return day === null ? best.record.name : officialName(best.record, day);
}
