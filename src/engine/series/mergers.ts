// Municipal mergers for series over quarters (issue 15): a municipality's quarters are followed
// through its CBS code, and a successor's quarters before it existed can be shown as the sum of
// its predecessors, but only where that sum is the same area: every predecessor merged into it
// whole. Where a municipality that was split gave part of itself to it (Haaren to Boxtel,
// Oisterwijk, Tilburg and Vught; Winsum to Het Hogeland and Westerkwartier), the earlier
// quarters are a break, never a guess.
import { municipalityRecords, recordByCode, type MunicipalityRecord } from '../municipalities/data';

/** The code a municipality's series continues under today: its successor's, followed to the end
 * (for a split, the main successor). */
export function seriesCode(code: string): string {
  const seen = new Set<string>();
  let current = code;
  for (let record = recordByCode(current); record?.successor && !seen.has(current); record = recordByCode(current)) {
    seen.add(current);
    current = record.successor;
  }
  return current;
}

/** What a successor's quarters before its first day are made of: the municipalities merged into
 * it whole, or null when the area changed otherwise (part of a split municipality went into it),
 * or when it had no predecessors (a new code without merger, or an unknown code). */
export function wholePredecessors(code: string): readonly MunicipalityRecord[] | null {
  // The records never change: each code's answer is worked out once (a pass over every record,
  // asked for every municipality each time the series are built, i.e. after every edit).
  if (!predecessorsByCode.has(code)) predecessorsByCode.set(code, findWholePredecessors(code));
  return predecessorsByCode.get(code) ?? null;
}

const predecessorsByCode = new Map<string, readonly MunicipalityRecord[] | null>();

function findWholePredecessors(code: string): readonly MunicipalityRecord[] | null {
  const direct = municipalityRecords.filter((record) => record.successor === code && !record.successors);
  const partial = municipalityRecords.some((record) => record.successors?.includes(code));
  if (partial || direct.length === 0) return null;
  // A predecessor may itself have been formed by a merger: its own predecessors come along.
  return direct.flatMap((record) => [record, ...(wholePredecessors(record.code) ?? [])]);
}

/** The quarter's value of the area the successor has now: the sum of its predecessors' values,
 * plus its own when it already existed and took them in (Amsterdam and Weesp, 2022). Null when
 * one of them has no value there, or the area cannot be summed: a gap in the series, labelled
 * "som van voorgangers" by the caller when shown. */
export function predecessorSum(code: string, valueOf: (municipalityCode: string) => number | null): number | null {
  const predecessors = wholePredecessors(code);
  if (!predecessors) return null;
  const direct = predecessors.filter((candidate) => candidate.successor === code);
  const self = recordByCode(code);
  const tookThemIn = self !== undefined && direct.some((record) => record.to !== null && self.from <= record.to);
  let sum = 0;
  for (const part of tookThemIn ? [code, ...direct.map((record) => record.code)] : direct.map((record) => record.code)) {
    // A predecessor that did not exist yet in that quarter is itself the sum of its own.
    const value = valueOf(part) ?? (part === code ? null : predecessorSum(part, valueOf));
    if (value === null) return null;
    sum += value;
  }
  return sum;
}
