// The municipalities of an arbeidsmarktregio on a given day, read straight from
// resources/gemeenten (see its README). Deliberately not the engine's own reader: the layout
// generator's truth must not depend on the code it measures.
import gemeentenJson from '../../resources/gemeenten/gemeenten.json';
import regionsJson from '../../resources/gemeenten/arbeidsmarktregios.json';

interface MunicipalityRecord {
  code: string;
  name: string;
  from: string;
  to: string | null;
  names?: { name: string; from: string; to: string | null }[];
}

interface RegionsFile {
  regions: { code: string; name: string; municipalities: string[] }[];
  dissolved_municipalities_region_in_last_year: Record<string, { region: string }>;
}

export interface RegionInfo {
  code: string;
  name: string;
}

const municipalities = gemeentenJson as unknown as MunicipalityRecord[];
const regionsFile = regionsJson as unknown as RegionsFile;

/** The data knows the 2026 composition and, for a dissolved municipality, its region in its
 * last year; that is the best per-day composition it can give. */
const regionOfCode = new Map<string, string>([
  ...Object.entries(regionsFile.dissolved_municipalities_region_in_last_year).map(([code, info]) => [code, info.region] as [string, string]),
  ...regionsFile.regions.flatMap((r) => r.municipalities.map((code) => [code, r.code] as [string, string])),
]);

export function allRegions(): RegionInfo[] {
  return regionsFile.regions.map((r) => ({ code: r.code, name: r.name }));
}

/** "2019-04-01" for the second quarter of 2019. */
export function firstDayOfQuarter(year: number, quarter: number): string {
  return `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
}

const inForce = (from: string, to: string | null, day: string) => from <= day && (to === null || to >= day);

function nameOn(record: MunicipalityRecord, day: string): string {
  const used = record.names?.find((n) => inForce(n.from, n.to, day));
  return used ? used.name : record.name;
}

/** Names as printed on the day, in the publication's alphabetical order ('s- and 't ignored). */
export function municipalitiesOf(regionCode: string, day: string): string[] {
  return municipalities
    .filter((m) => inForce(m.from, m.to, day) && regionOfCode.get(m.code) === regionCode)
    .map((m) => nameOn(m, day))
    .sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0));
}

function sortKey(name: string): string {
  return name
    .replace(/^'[st][- ]/i, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
