import { formatNumber } from '../format';
import type { ExtractedTable, Flag } from '../model';
import { isCount } from './values';

/** 100 × TOTAAL AMR total / register total, unrounded; null when either number is unusable. */
export function computedPercentInSonar(table: ExtractedTable): number | null {
  const known = table.totalRow?.total;
  const register = table.register?.total;
  if (!isCount(known) || !isCount(register) || register === 0) return null;
  return (100 * known) / register;
}

/** round(100 × part / whole) with halves rounded up, in integers so 69.5 never becomes 69
 * through a floating-point error. part ≥ 0, whole > 0. */
export function roundedPercent(part: number, whole: number): number {
  return Math.floor((200 * part + whole) / (2 * whole));
}

/** `percent-mismatch`: the printed "% bekend binnen Sonar" is not round(100 × TOTAAL AMR / register). */
export function checkPercent(table: ExtractedTable): Flag[] {
  const known = table.totalRow?.total;
  const register = table.register?.total;
  const printed = table.register?.percentInSonar;
  if (!isCount(known) || !isCount(register) || register === 0) return [];
  if (typeof printed !== 'number' || !Number.isFinite(printed)) return [];
  const rounded = roundedPercent(known, register);
  if (rounded === printed) return [];
  const exact = formatNumber((100 * known) / register, 1);
  return [
    {
      code: 'percent-mismatch',
      message:
        `${formatNumber(known)} / ${formatNumber(register)} = ${exact}% → ${formatNumber(rounded)}%, ` +
        `gedrukt ${formatNumber(printed, Number.isInteger(printed) ? 0 : 1)}%`,
    },
  ];
}
