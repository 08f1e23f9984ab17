import { formatNumber } from '@engine/format';

/** "1 correctie", "1.234 correcties". */
export function countLabel(count: number, singular: string, plural: string): string {
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`;
}
