import { TOTAL_ROW_NAME, type ExtractedTable, type Flag } from '../model';

/** Checks on what the page must contain at all: period, region, municipalities, TOTAAL AMR
 * and the doelgroepregister sentence. */
export function checkStructure(table: ExtractedTable): Flag[] {
  const flags: Flag[] = [];
  const period = table.period;
  if (!period) {
    flags.push({ code: 'missing-period', message: 'Het kwartaal en jaar van de publicatie zijn niet gevonden' });
  } else if (!Number.isInteger(period.year) || !Number.isInteger(period.quarter) || period.quarter < 1 || period.quarter > 4) {
    flags.push({
      code: 'missing-period',
      message: `De periode is ongeldig: kwartaal ${period.quarter} van ${period.year}`,
    });
  }
  if (!table.region || table.region.trim() === '') {
    flags.push({ code: 'missing-region', message: 'De naam van de arbeidsmarktregio is niet gevonden' });
  }
  if (table.rows.length === 0) {
    flags.push({ code: 'empty-table', message: 'De tabel bevat geen gemeenten' });
  }
  if (!table.totalRow) {
    flags.push({ code: 'missing-total-row', message: `De rij ${TOTAL_ROW_NAME} is niet gevonden` });
  }
  const registerMessage = describeMissingRegister(table);
  if (registerMessage) flags.push({ code: 'missing-register', message: registerMessage });
  return flags;
}

function describeMissingRegister(table: ExtractedTable): string | null {
  const total = table.register?.total ?? null;
  const percent = table.register?.percentInSonar ?? null;
  if (total === null && percent === null) {
    return 'De zin over het doelgroepregister (aantal personen en percentage bekend binnen Sonar) is niet gevonden';
  }
  if (total === null) return 'Het aantal personen in het doelgroepregister is niet gevonden';
  if (percent === null) return 'Het percentage doelgroepers bekend binnen Sonar is niet gevonden';
  if (total === 0) return 'Het doelgroepregister telt 0 personen; het percentage kan niet worden nagerekend';
  return null;
}
