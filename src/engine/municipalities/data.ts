// The municipality reference data (resources/gemeenten, CBS open data), imported as JSON so it is
// bundled with the engine: Vite, vitest, tsx and the Electron build all inline JSON imports, and
// no host needs file access. Assigning to the interfaces below makes tsc check the JSON's shape.
import gemeenten from '../../../resources/gemeenten/gemeenten.json';
import arbeidsmarktregios from '../../../resources/gemeenten/arbeidsmarktregios.json';

/** ISO date "YYYY-MM-DD"; compared as strings. */
export type IsoDate = string;

export interface MunicipalityRecord {
  /** CBS code "GM0917". */
  code: string;
  /** Latest official name. */
  name: string;
  from: IsoDate;
  /** Last day in force; null while it exists. */
  to: IsoDate | null;
  /** Code of the municipality it merged into (the main one for a partial split). */
  successor: string | null;
  /** A full split: every municipality that received part of it. */
  successors?: string[];
  /** Official name history, when the name changed (2024 suffixes: "Beek" → "Beek (L.)"). */
  names?: { name: string; from: IsoDate; to: IsoDate | null }[];
  /** Other spellings seen in tables: StatLine labels, "Den Haag", "Nuenen c.a.", old spellings. */
  aliases: string[];
}

export interface RegionRecord {
  code: string;
  name: string;
  /** Member codes on 1 January 2026. */
  municipalities: string[];
}

interface RegionData {
  regions: RegionRecord[];
  dissolved_municipalities_region_in_last_year: Record<string, { name: string; to: string; region: string }>;
  /** `uwv_2015`: the region in the UWV 2015 indeling, its code in brackets: "… (AM06)". */
  known_moves_between_2015_and_2026_date_unknown: { code: string; name: string; uwv_2015: string }[];
}

export const municipalityRecords: readonly MunicipalityRecord[] = gemeenten;
export const regionData: RegionData = arbeidsmarktregios;

/** First and last day the data is complete for: every municipality in force in between is listed. */
export const DATA_FIRST_DAY: IsoDate = '2016-01-01';
export const DATA_LAST_DAY: IsoDate = '2026-12-31';

const byCode = new Map(municipalityRecords.map((record) => [record.code, record]));

export function recordByCode(code: string): MunicipalityRecord | undefined {
  return byCode.get(code);
}

export function isInForce(record: MunicipalityRecord, day: IsoDate): boolean {
  return record.from <= day && (record.to === null || record.to >= day);
}

/** The official name on that day (names change without a new code, e.g. "Hengelo (O.)" in 2024). */
export function officialName(record: MunicipalityRecord, day: IsoDate): string {
  const entry = record.names?.find((n) => n.from <= day && (n.to === null || n.to >= day));
  return entry?.name ?? record.name;
}

/** Every spelling that identifies the record: its names over time and its aliases. */
export function spellings(record: MunicipalityRecord): string[] {
  const all = [record.name, ...(record.names ?? []).map((n) => n.name), ...record.aliases];
  return [...new Set(all)];
}
