// Scores an OCR'd table against its truth, value by value: the numbers the analyst relies
// on (four counts and the total of every row, the TOTAAL AMR row, the register total and
// the percentage). A value is `right`, `missing` (null: the engine could not read it), or
// `wrong` (a number that differs from the page). Every value that is not right must be
// covered by a flag on its cell, row, column or the register, so nothing wrong passes
// silently.
import type { ExtractedTable, Flag } from '../../src/engine/model';

export interface TruthRowLike {
  name: string;
  counts: number[];
  total: number;
}

export interface TruthTableLike {
  rows: TruthRowLike[];
  totalRow: TruthRowLike;
  register: { total: number; percentInSonar: number };
}

export interface ValueProblem {
  /** "Almelo / kolom 2", "TOTAAL AMR / totaal", "register / totaal" */
  where: string;
  expected: number;
  actual: number | null;
  flagged: boolean;
}

export interface TableScore {
  values: number;
  right: number;
  wrong: number;
  missing: number;
  /** Not right and not covered by any flag: must stay empty. */
  unflagged: ValueProblem[];
  problems: ValueProblem[];
}

/** Flags that say "this value may be off" for a cell. Codes are compared as strings so
 * this helper keeps compiling while the flag set grows. */
function coversCell(flag: Flag, rowIndex: number, column: number, isTotalRow: boolean): boolean {
  const code = flag.code as string;
  if (code === 'invalid-number' || code === 'low-confidence') {
    return flag.rowIndex === rowIndex && flag.column === column;
  }
  if (code === 'row-total-mismatch') return flag.rowIndex === rowIndex;
  if (code === 'column-total-mismatch') return flag.column === column;
  // The TOTAAL AMR total is also compared with the register.
  if (code === 'percent-mismatch') return isTotalRow && column === 4;
  if (code === 'missing-total-row') return isTotalRow;
  return false;
}

function coversRegister(flag: Flag): boolean {
  const code = flag.code as string;
  return code === 'percent-mismatch' || code === 'missing-register';
}

export function scoreTable(table: ExtractedTable | undefined, truth: TruthTableLike): TableScore {
  const score: TableScore = { values: 0, right: 0, wrong: 0, missing: 0, unflagged: [], problems: [] };
  const flags = table?.flags ?? [];
  const record = (where: string, expected: number, actual: number | null | undefined, flagged: boolean) => {
    score.values++;
    const value = actual ?? null;
    if (value === expected) {
      score.right++;
      return;
    }
    if (value === null) score.missing++;
    else score.wrong++;
    const problem = { where, expected, actual: value, flagged };
    score.problems.push(problem);
    if (!flagged) score.unflagged.push(problem);
  };

  const rows = table?.rows ?? [];
  const aligned = alignRows(
    rows.map((r) => r.name),
    truth.rows.map((r) => r.name),
  );
  truth.rows.forEach((truthRow, t) => {
    const index = aligned[t];
    const row = index === undefined ? undefined : rows[index];
    const values = [...truthRow.counts, truthRow.total];
    values.forEach((expected, column) => {
      const actual = row ? (column < 4 ? row.counts[column] : row.total) : null;
      // A row the engine lost is flagged by the column totals it no longer adds up to.
      const flagged = row
        ? flags.some((f) => coversCell(f, index!, column, false))
        : flags.some((f) => (f.code as string) === 'column-total-mismatch' && f.column === column);
      record(`${truthRow.name} / ${columnName(column)}`, expected, actual, flagged);
    });
  });

  const totalRow = table?.totalRow ?? null;
  [...truth.totalRow.counts, truth.totalRow.total].forEach((expected, column) => {
    const actual = totalRow ? (column < 4 ? totalRow.counts[column] : totalRow.total) : null;
    const flagged = flags.some((f) => coversCell(f, rows.length, column, true));
    record(`TOTAAL AMR / ${columnName(column)}`, expected, actual, flagged);
  });

  const registerFlagged = flags.some(coversRegister);
  record('register / totaal', truth.register.total, table?.register?.total, registerFlagged);
  record('register / percentage', truth.register.percentInSonar, table?.register?.percentInSonar, registerFlagged);
  return score;
}

/** Applies every flag's suggested value (when the checks offer one) to a copy of the
 * table: "the truth after at most the suggested fixes". */
export function withSuggestionsApplied(table: ExtractedTable): ExtractedTable {
  const copy: ExtractedTable = structuredClone(table);
  for (const flag of table.flags) {
    const suggestion = (flag as { suggestion?: { rowIndex?: number; column: number | string; value: number | string } }).suggestion;
    if (!suggestion) continue;
    if (suggestion.column === 'percentInSonar' && copy.register && typeof suggestion.value === 'number') {
      copy.register.percentInSonar = suggestion.value;
      continue;
    }
    const rowIndex = suggestion.rowIndex;
    if (rowIndex === undefined) continue;
    const row = rowIndex === copy.rows.length ? copy.totalRow : copy.rows[rowIndex];
    if (!row) continue;
    if (suggestion.column === 'name' && typeof suggestion.value === 'string') row.name = suggestion.value;
    else if (typeof suggestion.column === 'number' && typeof suggestion.value === 'number') {
      if (suggestion.column < 4) row.counts[suggestion.column] = suggestion.value;
      else row.total = suggestion.value;
    }
  }
  return copy;
}

function columnName(column: number): string {
  return column < 4 ? `kolom ${column + 1}` : 'totaal';
}

/** Truth row → extracted row index. Same count: by position (names may be misread).
 * Otherwise by the closest name, each extracted row used once. */
function alignRows(actual: readonly string[], expected: readonly string[]): (number | undefined)[] {
  if (actual.length === expected.length) return expected.map((_, i) => i);
  const used = new Set<number>();
  return expected.map((name) => {
    let best: number | undefined;
    let bestDistance = Infinity;
    actual.forEach((candidate, i) => {
      if (used.has(i)) return;
      const d = editDistance(candidate.toLowerCase(), name.toLowerCase());
      if (d < bestDistance) {
        bestDistance = d;
        best = i;
      }
    });
    if (best === undefined || bestDistance > Math.max(2, name.length / 3)) return undefined;
    used.add(best);
    return best;
  });
}

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}
