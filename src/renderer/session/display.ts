// How a value reads on screen, in the corrections list and in check messages after an edit:
// Dutch digit grouping ("1.561"), decimals only where the value has them ("12,5").
import { formatNumber } from '@engine/format';
import type { CellValue } from './cells';

export function displayValue(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return '';
  if (Number.isInteger(value)) return formatNumber(value);
  // Up to two decimals without trailing zeros: 12.5 → "12,5".
  return formatNumber(value, 2).replace(/,?0+$/, '');
}

/** "2017 K3"; empty when the period was not found. */
export function periodLabel(period: { year: number; quarter: number } | null): string {
  return period ? `${period.year} K${period.quarter}` : '';
}
