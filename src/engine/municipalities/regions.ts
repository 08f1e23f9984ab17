// Arbeidsmarktregio membership, as far as the data knows it: the composition on 1 January 2026,
// each dissolved municipality's region in its last year, and eight moves since 2015 whose date
// is unknown. Per-year composition is not in the data, so only a soft (info) check can use it.
import { regionData, type RegionRecord } from './data';
import { nameKey } from './normalise';

/** Region names printed before the 2026 names (UWV 2015 indeling), by key. */
const formerRegionNames: Readonly<Record<string, string>> = {
  [nameKey('IJsselvechtstreek')]: 'AM36',
  [nameKey('Stedendriehoek en Noordwest Veluwe')]: 'AM06',
  [nameKey('Stedendriehoek')]: 'AM06',
};

const regionByKey = new Map<string, RegionRecord>(regionData.regions.map((region) => [nameKey(region.name), region]));
const regionByCode = new Map<string, RegionRecord>(regionData.regions.map((region) => [region.code, region]));

const regionOfMunicipality = new Map<string, string>();
for (const region of regionData.regions) {
  for (const code of region.municipalities) regionOfMunicipality.set(code, region.code);
}
for (const [code, dissolved] of Object.entries(regionData.dissolved_municipalities_region_in_last_year)) {
  if (!regionOfMunicipality.has(code)) regionOfMunicipality.set(code, dissolved.region);
}

const movedMunicipalities = new Set(regionData.known_moves_between_2015_and_2026_date_unknown.map((move) => move.code));
/** Region code (UWV 2015 indeling) of each known mover before its move. */
const regionBeforeMove = new Map<string, string>();
for (const move of regionData.known_moves_between_2015_and_2026_date_unknown) {
  const code = /\bAM\d\d\b/.exec(move.uwv_2015)?.[0];
  if (code) regionBeforeMove.set(move.code, code);
}

/** The region a printed region name means (2026 names, "FoodValley" = "Food Valley", and the
 * former names of Regio Zwolle and Veluwe Stedendriehoek). */
export function findRegion(printed: string | null | undefined): RegionRecord | undefined {
  if (!printed) return undefined;
  const key = nameKey(printed);
  const former = formerRegionNames[key];
  return former ? regionByCode.get(former) : regionByKey.get(key);
}

/** The municipality's region in 2026 (or in its last year, when it was dissolved earlier). */
export function regionOf(municipalityCode: string): RegionRecord | undefined {
  const code = regionOfMunicipality.get(municipalityCode);
  return code ? regionByCode.get(code) : undefined;
}

/** True for the municipalities known to have changed region since 2015 (date unknown). */
export function hasKnownRegionMove(municipalityCode: string): boolean {
  return movedMunicipalities.has(municipalityCode);
}

/** True when the data allows the municipality to have been in the region in some quarter of
 * 2016–2026: its region in 2026 (a dissolved one: in its last year) or, for the eight known
 * movers whose year is unknown, also their region before the move. */
export function mayBelongToRegion(municipalityCode: string, regionCode: string): boolean {
  return regionOfMunicipality.get(municipalityCode) === regionCode || regionBeforeMove.get(municipalityCode) === regionCode;
}
