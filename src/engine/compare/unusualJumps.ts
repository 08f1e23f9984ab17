// Issue 15's history check across the loaded quarters: each municipality's counts and total form
// a series over the quarters (followed through mergers by CBS code), and a value far outside its
// own history (series/unusualJump.ts) gets an info hint on its cell. Only rows whose own sums
// agree are looked at: a row with an open finding has a better explanation already.
import { isOpenFlag } from '../checks/severity';
import { COUNT_COLUMNS, type ExtractedDocument, type ExtractedTable, type Flag } from '../model';
import { matchMunicipality } from '../municipalities/match';
import { nameKey } from '../municipalities/normalise';
import { seriesCode } from '../series/mergers';
import { unusualJumps, type SeriesPoint } from '../series/unusualJump';
import { tableKey } from './duplicateTables';

interface Located extends SeriesPoint {
  doc: number;
  table: number;
  rowIndex: number;
  name: string;
}

/** One value of a table for a series: which series (municipality by code, and column). */
interface TableValue {
  series: string;
  quarter: number;
  value: number | null;
  rowIndex: number;
  name: string;
}

/** A table's values by series, worked out once per table object: after an edit only the edited
 * table is looked at again (measured: matching every row's name on each edit doubled its cost). */
const valuesOfTable = new WeakMap<ExtractedTable, TableValue[]>();

function tableValues(table: ExtractedTable): TableValue[] {
  const known = valuesOfTable.get(table);
  if (known) return known;
  const values: TableValue[] = [];
  if (table.period) {
    const quarter = table.period.year * 4 + table.period.quarter - 1;
    const flagged = new Set(table.flags.filter((flag) => isOpenFlag(flag) && flag.rowIndex !== undefined).map((flag) => flag.rowIndex));
    table.rows.forEach((row, rowIndex) => {
      if (flagged.has(rowIndex)) return;
      const match = matchMunicipality(row.name, table.period);
      const who = match.kind === 'valid' || match.kind === 'not-in-period' ? seriesCode(match.record.code) : `naam:${nameKey(row.name)}`;
      [...row.counts.slice(0, COUNT_COLUMNS), row.total].forEach((value, column) =>
        values.push({ series: `${who}|${column}`, quarter, value, rowIndex, name: row.name }),
      );
    });
  }
  valuesOfTable.set(table, values);
  return values;
}

/** Hints by table ({@link tableKey}). */
export function checkUnusualJumps(documents: readonly ExtractedDocument[]): Map<string, Flag[]> {
  const series = new Map<string, Located[]>();
  documents.forEach((document, doc) => {
    if (document.error) return;
    document.tables.forEach((table, t) => {
      for (const { series: key, quarter, value, rowIndex, name } of tableValues(table)) {
        const points = series.get(key) ?? [];
        // The same quarter from two files (a copy): the first one counts.
        if (!points.some((point) => point.quarter === quarter)) points.push({ quarter, value, doc, table: t, rowIndex, name });
        series.set(key, points);
      }
    });
  });

  const hints = new Map<string, Flag[]>();
  for (const [key, points] of series) {
    if (points.length < 3) continue;
    const column = Number(key.slice(key.lastIndexOf('|') + 1));
    const ordered = [...points].sort((a, b) => a.quarter - b.quarter);
    for (const jump of unusualJumps(ordered)) {
      const at = ordered[jump.index]!;
      const flags = hints.get(tableKey(at.doc, at.table)) ?? [];
      flags.push({
        code: 'unusual-jump',
        severity: 'info',
        row: at.name,
        rowIndex: at.rowIndex,
        column,
        message: `Ongebruikelijke sprong ten opzichte van de kwartalen ervoor en erna: ${jump.message}`,
      });
      hints.set(tableKey(at.doc, at.table), flags);
    }
  }
  return hints;
}
