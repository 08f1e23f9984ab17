import type { Period } from '../model';
import { isInForce, municipalityRecords, officialName, spellings, type IsoDate } from './data';
import { quarterStart } from './dates';

export interface MunicipalityInForce {
  code: string;
  /** Official name on that day. */
  name: string;
  /** Every accepted spelling: official names over time, aliases, historic spellings. */
  spellings: string[];
}

/** The municipalities in force on the first day of the publication's quarter, by name; empty for
 * an invalid period. Data covers 2016–2026 (see DATA_FIRST_DAY / DATA_LAST_DAY). */
export function municipalitiesInForce(period: Period): MunicipalityInForce[] {
  const day = quarterStart(period);
  return day === null ? [] : municipalitiesOn(day);
}

export function municipalitiesOn(day: IsoDate): MunicipalityInForce[] {
  return municipalityRecords
    .filter((record) => isInForce(record, day))
    .map((record) => ({ code: record.code, name: officialName(record, day), spellings: spellings(record) }))
    .sort((a, b) => compareText(a.name, b.name));
}

/** Locale-free order so every host sorts alike ('s-Gravenhage files under G). */
export function compareText(a: string, b: string): number {
  const ka = a.replace(/^'s-/, '').toLowerCase();
  const kb = b.replace(/^'s-/, '').toLowerCase();
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
