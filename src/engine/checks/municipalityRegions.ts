// `municipality-region` (info): a municipality printed under another arbeidsmarktregio than the
// one it belongs to in 2026. The data has no per-year composition, so this is only a hint, and
// it stays silent for the eight municipalities known to have moved since 2015 (year unknown) and
// whenever the page's region or the name is not recognised.
import { findRegion, hasKnownRegionMove, matchMunicipality, regionOf } from '../municipalities';
import type { ExtractedTable, Flag } from '../model';

export function checkMunicipalityRegions(table: ExtractedTable): Flag[] {
  const pageRegion = findRegion(table.region);
  if (!pageRegion) return [];
  return table.rows.flatMap((row, rowIndex): Flag[] => {
    const match = matchMunicipality(row.name, table.period);
    if (match.kind !== 'valid' || hasKnownRegionMove(match.record.code)) return [];
    const region = regionOf(match.record.code);
    if (!region || region.code === pageRegion.code) return [];
    return [
      {
        code: 'municipality-region',
        row: row.name,
        rowIndex,
        field: 'name',
        severity: 'info',
        message:
          `${row.name.trim()} hoort in de indeling van 2026 bij arbeidsmarktregio ${region.name}, niet bij ${pageRegion.name}; ` +
          'de indeling van eerdere jaren is niet bekend, controleer of de gemeente op de juiste pagina staat',
      },
    ];
  });
}
