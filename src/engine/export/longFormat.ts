// The "Lang formaat" sheet: one row per municipality, quarter and value column, so a pivot table
// can put periods in columns and regions or municipalities in rows without reshaping anything.
// Each row carries the municipality's CBS code (as printed in that quarter) and its name as of
// the latest quarter loaded, following mergers, so a merged municipality's history adds up
// under the name it has now.
import { numberAt } from '../checks/columnTotals';
import { matchMunicipality } from '../municipalities';
import { DATA_FIRST_DAY, DATA_LAST_DAY, isInForce, officialName, recordByCode, type IsoDate } from '../municipalities/data';
import { quarterStart } from '../municipalities/dates';
import { COUNT_COLUMNS, type ExtractedDocument, type Period } from '../model';

export interface LongRow {
  year: number | null;
  quarter: number | null;
  /** "2017-K3"; empty when the period was not found. */
  period: string;
  region: string | null;
  municipality: string;
  /** CBS code of the municipality the printed name means, e.g. "GM0917"; null when unknown. */
  code: string | null;
  /** Its official name on the first day of the latest quarter loaded, after any merger. */
  currentName: string | null;
  /** The column's header: "Kolom 1".."Kolom 4" (or the analyst's name), "Totaal". */
  column: string;
  value: number | null;
  file: string;
}

/** "2017-K3". */
export function periodCode(period: Period | null): string {
  return period ? `${period.year}-K${period.quarter}` : '';
}

/** Rows for every municipality (not TOTAAL AMR: summing the sheet must not count twice) of every
 * readable table, in load order; `countHeaders` names the four count columns. */
export function longFormatRows(documents: readonly ExtractedDocument[], countHeaders: readonly string[]): LongRow[] {
  const readable = documents.filter((document) => !document.error);
  const day = latestDay(readable);
  const columns = [...countHeaders.slice(0, COUNT_COLUMNS), 'Totaal'];
  const rows: LongRow[] = [];
  for (const document of readable) {
    for (const table of document.tables) {
      for (const row of table.rows) {
        const code = municipalityCode(row.name, table.period);
        const currentName = code && day ? currentMunicipalityName(code, day) : null;
        columns.forEach((column, index) => {
          rows.push({
            year: table.period?.year ?? null,
            quarter: table.period?.quarter ?? null,
            period: periodCode(table.period),
            region: table.region,
            municipality: row.name,
            code,
            currentName,
            column,
            value: numberAt(row, index),
            file: document.file,
          });
        });
      }
    }
  }
  return rows;
}

/** The code of the municipality a printed name means in that quarter (also a name from another
 * quarter: the name list knows which municipality it was); null for a name it does not know. */
export function municipalityCode(name: string, period: Period | null): string | null {
  const match = matchMunicipality(name, period);
  return match.kind === 'valid' || match.kind === 'not-in-period' ? match.record.code : null;
}

/** The official name on `day` of the municipality `code`, or of the one it merged into (and so on).
 * A municipality split over several others keeps its own last name: no single one carries on. */
export function currentMunicipalityName(code: string, day: IsoDate): string | null {
  let record = recordByCode(code);
  for (let step = 0; record && step < 20; step++) {
    if (isInForce(record, day) || record.from > day) return officialName(record, day);
    const successor = record.successor ? recordByCode(record.successor) : undefined;
    if (!successor) return officialName(record, record.to ?? day);
    record = successor;
  }
  return record?.name ?? null;
}

/** First day of the latest quarter among the tables, within the years the name list covers. */
export function latestDay(documents: readonly ExtractedDocument[]): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const document of documents) {
    if (document.error) continue;
    for (const table of document.tables) {
      const day = quarterStart(table.period);
      if (day !== null && (latest === null || day > latest)) latest = day;
    }
  }
  if (latest === null) return null;
  if (latest < DATA_FIRST_DAY) return DATA_FIRST_DAY;
  return latest > DATA_LAST_DAY ? DATA_LAST_DAY : latest;
}
