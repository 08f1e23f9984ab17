// `unknown-municipality` and `municipality-not-in-period`: every row name must be a municipality
// in force on the first day of the publication's quarter (any municipality of 2016–2026 when the
// period is missing or outside the data). Flags about a name carry `field: 'name'` and no column.
import { absenceReason, dutchDate, matchMunicipality, DATA_FIRST_DAY, DATA_LAST_DAY } from '../municipalities';
import type { ExtractedTable, Flag } from '../model';

export function checkMunicipalityNames(table: ExtractedTable): Flag[] {
  return table.rows.flatMap((row, rowIndex): Flag[] => {
    const match = matchMunicipality(row.name, table.period);
    const at = { row: row.name, rowIndex, field: 'name' as const };
    switch (match.kind) {
      case 'valid':
        return [];
      case 'empty':
        return [{ code: 'unknown-municipality', ...at, message: `Rij ${rowIndex + 1} heeft geen gemeentenaam` }];
      case 'not-in-period':
        return [{ code: 'municipality-not-in-period', ...at, message: absenceReason(match.record, match.day) }];
      case 'unknown': {
        const list = match.day ? `de gemeenten op ${dutchDate(match.day)}` : `de gemeenten van ${DATA_FIRST_DAY.slice(0, 4)}–${DATA_LAST_DAY.slice(0, 4)}`;
        const guess = match.suggestion ? `; bedoeld is waarschijnlijk ${match.suggestion}` : '';
        const flag: Flag = { code: 'unknown-municipality', ...at, message: `'${row.name.trim()}' staat niet in de lijst van ${list}${guess}` };
        if (match.suggestion) flag.suggestion = { row: row.name, rowIndex, column: 'name', value: match.suggestion };
        return [flag];
      }
    }
  });
}
