import type { FlagCode } from '../model';

/** Short Dutch name of each check, for lists and the workbook's "Controle" column. */
export const flagLabels: Readonly<Record<FlagCode, string>> = {
  'row-total-mismatch': 'Rijtotaal klopt niet',
  'column-total-mismatch': 'Kolomtotaal klopt niet',
  'percent-mismatch': 'Percentage klopt niet',
  'missing-total-row': 'Rij TOTAAL AMR ontbreekt',
  'missing-register': 'Doelgroepregister ontbreekt',
  'missing-period': 'Periode ontbreekt',
  'missing-region': 'Arbeidsmarktregio ontbreekt',
  'invalid-number': 'Ongeldig getal',
  'duplicate-municipality': 'Gemeente dubbel',
  'empty-table': 'Geen gemeenten',
  'unknown-municipality': 'Onbekende gemeente',
  'municipality-not-in-period': 'Gemeente bestond niet in dit kwartaal',
  'municipality-region': 'Gemeente in andere regio (indeling 2026)',
  'low-confidence': 'Onzekere tekstherkenning',
  'ocr-name-read': 'Gemeentenaam uit tekstherkenning gelezen',
  'duplicate-table-mismatch': 'Zelfde regio en periode, andere waarden',
  'duplicate-table': 'Zelfde regio en periode dubbel ingelezen',
  'unusual-jump': 'Ongebruikelijke sprong in de tijdreeks',
};
