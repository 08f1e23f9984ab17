// Dutch municipalities 2016–2026 (CBS, resources/gemeenten): which names were in force in a
// quarter, how a printed name matches, the (2026) arbeidsmarktregio of each, and which official
// name an OCR reading stands for within a region. Pure: the data is bundled as JSON.
export { DATA_FIRST_DAY, DATA_LAST_DAY, municipalityRecords, officialName, recordByCode, spellings } from './data';
export type { IsoDate, MunicipalityRecord, RegionRecord } from './data';
export { quarterStart, dutchDate } from './dates';
export { ocrDistance, OCR_CONFUSION_COST } from './distance';
export { absenceReason, dutchList } from './history';
export { municipalitiesInForce, municipalitiesOn, type MunicipalityInForce } from './inForce';
export { matchMunicipality, referenceDay, suggestName, MAX_SUGGESTION_DISTANCE, SHORT_KEY_LENGTH, SUGGESTION_MARGIN, type NameMatch } from './match';
export { nameKey } from './normalise';
export { findRegion, hasKnownRegionMove, mayBelongToRegion, regionOf } from './regions';
export { knownSpelling, readNameInRegion, readOcrName, regionComposition, type OcrNameReading, type RegionalName } from './ocrReading';
