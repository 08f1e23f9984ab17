// Municipal mergers for series over quarters (issue 15): a municipality's quarters are followed
// through its CBS code, and a successor's quarters before it existed can be shown as the sum of
// its predecessors, but only where that sum is the same area: every predecessor merged into it
// whole. Where a municipality that was split gave part of itself to it (Haaren to Boxtel,
// Oisterwijk, Tilburg and Vught; Winsum to Het Hogeland and Westerkwartier), the earlier
// quarters are a break, never a guess. What went into a municipality between two days (whole or
// in part) is here too, for comparing a quarter with the one before (previousQuarter.ts).
import { municipalityRecords, officialName, recordByCode, type IsoDate, type MunicipalityRecord } from '../municipalities/data';

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

/** The reference data does not change: each code's answer is worked out once (the series are
 * built on every edit in the app, and each lookup scans every municipality). */
const predecessorsByCode = new Map<string, readonly MunicipalityRecord[] | null>();

/** What a successor's quarters before its first day are made of: the municipalities merged into
 * it whole, or null when the area changed otherwise (part of a split municipality went into it),
 * or when it had no predecessors (a new code without merger, or an unknown code). */
export function wholePredecessors(code: string): readonly MunicipalityRecord[] | null {
  const known = predecessorsByCode.get(code);
  if (known !== undefined) return known;
  const direct = municipalityRecords.filter((record) => record.successor === code && !record.successors);
  const partial = municipalityRecords.some((record) => record.successors?.includes(code));
  // A predecessor may itself have been formed by a merger: its own predecessors come along.
  const predecessors = partial || direct.length === 0 ? null : direct.flatMap((record) => [record, ...(wholePredecessors(record.code) ?? [])]);
  predecessorsByCode.set(code, predecessors);
  return predecessors;
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

/** Municipalities (or parts of one) that went into another between two days. */
export interface Intake {
  /** Every one of them went in whole (a merger): the sum of theirs is the same area. */
  whole: boolean;
  names: string[];
}

interface IntakeRecord {
  name: string;
  /** Its last day. */
  to: IsoDate;
  whole: boolean;
}

/** Per municipality code, every municipality that went into it (whole, or part of a split one). */
const intakesByCode = new Map<string, IntakeRecord[]>();
for (const record of municipalityRecords) {
  if (!record.to) continue;
  for (const target of record.successors ?? (record.successor ? [record.successor] : [])) {
    const intakes = intakesByCode.get(target) ?? [];
    intakes.push({ name: officialName(record, record.to), to: record.to, whole: !record.successors });
    intakesByCode.set(target, intakes);
  }
}

/** What went into the municipality `code` from `from` up to (not including) `until`: the
 * municipalities whose last day falls in between, or null when none did. */
export function intakeBetween(code: string, from: IsoDate, until: IsoDate): Intake | null {
  const within = (intakesByCode.get(code) ?? []).filter((intake) => intake.to >= from && intake.to < until);
  if (within.length === 0) return null;
  return { whole: within.every((intake) => intake.whole), names: within.map((intake) => intake.name).sort((a, b) => a.localeCompare(b, 'nl')) };
}
