import type { Period } from '../model';
import type { IsoDate } from './data';

const monthNames = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** First day of the publication's quarter: the municipalities in force that day make up its
 * tables. Null for a period the structure check already reports as invalid. */
export function quarterStart(period: Period | null | undefined): IsoDate | null {
  if (!period || !Number.isInteger(period.year) || !Number.isInteger(period.quarter)) return null;
  if (period.quarter < 1 || period.quarter > 4 || period.year < 1000 || period.year > 9999) return null;
  return `${period.year}-${String(3 * period.quarter - 2).padStart(2, '0')}-01`;
}

/** "2020-07-01" → "1 juli 2020". */
export function dutchDate(day: IsoDate): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${date} ${monthNames[(month ?? 1) - 1]} ${year}`;
}

/** The day after: when a municipality ending on `day` was succeeded. */
export function nextDay(day: IsoDate): IsoDate {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** "2019" for a herindeling on 1 January (almost all of them), else the full date. */
export function changeMoment(day: IsoDate): string {
  return day.endsWith('-01-01') ? day.slice(0, 4) : dutchDate(day);
}
