// The same region and period loaded twice from different files (a national file and a single
// region page, two downloads of one quarter): the numbers must be the same. Every value that
// differs is flagged on both tables (which one is right is for the analyst to decide), a row
// that only one of them has is flagged on its name there and on the other table's own line,
// and two tables that agree get a hint. With more copies, a table gets one flag per
// difference, naming every copy that differs in that same way.
// Pure: the same documents give the same flags in the same order.
import { numberAt } from '../checks/columnTotals';
import { formatNumber } from '../format';
import { matchMunicipality, nameKey } from '../municipalities';
import { REGISTER_ROW_NAME, TOTAL_COLUMN, TOTAL_ROW_NAME, type ExtractedDocument, type ExtractedTable, type Flag, type TableRow } from '../model';
import { sameRegionPeriodGroups, type LocatedTable } from './sameTable';

/** Key of a table among the documents, for the map {@link checkDuplicateTables} returns. */
export function tableKey(doc: number, table: number): string {
  return `${doc}:${table}`;
}

/** Cross-table flags per table ({@link tableKey}); tables without any are absent. */
export function checkDuplicateTables(documents: readonly ExtractedDocument[]): Map<string, Flag[]> {
  const flags = new Map<string, Flag[]>();
  for (const group of sameRegionPeriodGroups(documents)) {
    groupFlags(group).forEach((found, i) => {
      if (found.length > 0) flags.set(tableKey(group[i]!.doc, group[i]!.table), found);
    });
  }
  return flags;
}

// The app runs these checks after every edit over all loaded tables; with many copies of a
// publication that is thousands of table pairs, nearly all unchanged. A comparison depends on
// the two tables' content (rows, total row, register, period, page, region), not on their
// flags, which the app replaces; the flags name the other files. So each group's flags are kept
// and reused while its tables and files are the same, and within a group that changed, each
// pair's differences while the two tables are.

/** Per group, keyed by its first table's rows: its tables and the flags each got. */
const groupResults = new WeakMap<readonly TableRow[], { members: readonly LocatedTable[]; flags: Flag[][] }>();

/** The flags of each table of a group (same region and period), in the group's order; each
 * table's in the order they were first found, comparing with the others in load order. */
function groupFlags(group: readonly LocatedTable[]): Flag[][] {
  const last = groupResults.get(group[0]!.data.rows);
  if (last && last.members.length === group.length && last.members.every((member, i) => sameFileAndContent(member, group[i]!))) return last.flags;
  // Per table, its differences, each with the tables that differ from it that way, and the
  // tables it agrees with in every value. With many copies loaded, a flag or hint per copy
  // would put a list as long as the batch on a cell.
  const differing = group.map(() => new Map<string, { difference: Difference; places: LocatedTable[] }>());
  const agreeing = group.map((): LocatedTable[] => []);
  const add = (here: number, there: number) => {
    const found = comparedBefore(group[here]!, group[there]!);
    if (found.length === 0) agreeing[here]!.push(group[there]!);
    for (const difference of found) {
      const key = differenceKey(difference);
      const same = differing[here]!.get(key);
      // Twice the same from one table (it has a municipality twice that this one lacks): named once.
      if (same?.places.at(-1) === group[there]) continue;
      if (same) same.places.push(group[there]!);
      else differing[here]!.set(key, { difference, places: [group[there]!] });
    }
  };
  for (let i = 0; i < group.length; i++) {
    for (let j = i + 1; j < group.length; j++) {
      add(i, j);
      add(j, i);
    }
  }
  const flags = group.map((_, i): Flag[] => {
    const found = [...differing[i]!.values()].map(({ difference, places }) => toFlag(difference, namedPlaces(places)));
    if (agreeing[i]!.length > 0) found.push(agreementHint(agreeing[i]!));
    return found;
  });
  groupResults.set(group[0]!.data.rows, { members: group, flags });
  return flags;
}

/** Files named in a list of places before "en N andere bestanden". */
const NAMED_PLACES = 3;

/** "'a.pdf', pagina 3", "... en 'b.pdf', pagina 1", "'a.pdf', pagina 3, ..., ... en 4 andere bestanden". */
function namedPlaces(tables: readonly LocatedTable[]): string {
  const named = tables.slice(0, tables.length > NAMED_PLACES + 1 ? NAMED_PLACES : tables.length).map(describe);
  const rest = tables.length - named.length;
  return rest > 0 ? `${named.join(', ')} en ${rest} andere bestanden` : dutchList(named);
}

function agreementHint(others: readonly LocatedTable[]): Flag {
  return { code: 'duplicate-table', severity: 'info', message: `Zelfde regio en periode ook ingelezen uit ${namedPlaces(others)}, met dezelfde waarden` };
}

/** "a", "a en b", "a, b en c". */
function dutchList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)!}`;
}

/** One way two tables differ: the flag, its message still to be told where the other table
 * is, so that copies differing in the same way share one flag. */
interface Difference {
  flag: Omit<Flag, 'message'>;
  message(elsewhere: string): string;
}

/** Equal for differences that are the same apart from where the other table is. */
function differenceKey({ flag, message }: Difference): string {
  return [flag.code, flag.row, flag.rowIndex, flag.column, flag.field, message('\u0000')].join('\u0001');
}

function toFlag({ flag, message }: Difference, elsewhere: string): Flag {
  return { ...flag, message: message(elsewhere) };
}

interface Compared {
  here: ExtractedTable;
  there: ExtractedTable;
  differences: Difference[];
}
const compared = new WeakMap<readonly TableRow[], WeakMap<readonly TableRow[], Compared>>();

/** The same file and the same content (the very same objects): a comparison with it comes out the same. */
function sameFileAndContent(a: LocatedTable, b: LocatedTable): boolean {
  return a.file === b.file && sameContent(a.data, b.data);
}

function sameContent(a: ExtractedTable, b: ExtractedTable): boolean {
  return a.rows === b.rows && a.totalRow === b.totalRow && a.register === b.register && a.period === b.period && a.page === b.page && a.region === b.region;
}

function comparedBefore(here: LocatedTable, there: LocatedTable): Difference[] {
  let withHere = compared.get(here.data.rows);
  const cached = withHere?.get(there.data.rows);
  if (cached && sameContent(cached.here, here.data) && sameContent(cached.there, there.data)) return cached.differences;
  const differences = differencesBetween(here, there);
  if (!withHere) compared.set(here.data.rows, (withHere = new WeakMap()));
  withHere.set(there.data.rows, { here: here.data, there: there.data, differences });
  return differences;
}

/** The flags for `here` from comparing it with `there`: none when they agree in every value
 * (the group gives such tables one hint, see groupFlags). */
export function compareTables(here: LocatedTable, there: LocatedTable): Flag[] {
  const elsewhere = describe(there);
  return differencesBetween(here, there).map((difference) => toFlag(difference, elsewhere));
}

function differencesBetween(here: LocatedTable, there: LocatedTable): Difference[] {
  const differences: Difference[] = [];
  const theirs = municipalityIndex(there);
  const own = municipalityIndex(here);
  here.data.rows.forEach((row, rowIndex) => {
    const match = theirs.rowOf.get(own.keys[rowIndex]!);
    if (match === undefined) {
      differences.push({
        flag: { code: 'duplicate-table-mismatch', row: row.name, rowIndex, field: 'name' },
        message: (elsewhere) => `${row.name.trim()} staat niet in de tabel van dezelfde regio en periode in ${elsewhere}`,
      });
      return;
    }
    differences.push(...differingCells(row, row.name, rowIndex, there.data.rows[match]));
  });
  // A municipality only the other table has: on this table's own line (there is no row for it).
  there.data.rows.forEach((row, index) => {
    if (own.rowOf.has(theirs.keys[index]!)) return;
    differences.push({
      flag: { code: 'duplicate-table-mismatch', row: row.name },
      message: (elsewhere) => `${row.name.trim()} ontbreekt hier, maar staat wel in de tabel van dezelfde regio en periode in ${elsewhere}`,
    });
  });
  const ownTotal = here.data.totalRow;
  if (ownTotal) differences.push(...differingCells(ownTotal, TOTAL_ROW_NAME, here.data.rows.length, there.data.totalRow ?? undefined));
  const register = registerDifference(here, there);
  if (register) differences.push(register);
  return differences;
}

/** "'b.pdf', pagina 3". */
function describe(table: LocatedTable): string {
  return `'${table.file}', pagina ${table.data.page}`;
}

/** A municipality is the same when the name list says so (also across spellings and OCR
 * variants it knows), else when its name key is. */
function municipalityKeyOf(table: LocatedTable, name: string): string {
  const match = matchMunicipality(name, table.data.period);
  if (match.kind === 'valid' || match.kind === 'not-in-period') return match.record.code;
  return `naam:${nameKey(name)}`;
}

interface MunicipalityIndex {
  /** Municipality key per row. */
  keys: string[];
  /** First row per municipality; a second one is already a duplicate-municipality flag. */
  rowOf: Map<string, number>;
}

// The grid re-runs these checks after every edit over all loaded tables; an edited table is a
// new object, so caching by identity keeps each table's name matching to once per version.
const indexCache = new WeakMap<ExtractedTable, MunicipalityIndex>();

function municipalityIndex(table: LocatedTable): MunicipalityIndex {
  const cached = indexCache.get(table.data);
  if (cached) return cached;
  const keys = table.data.rows.map((row) => municipalityKeyOf(table, row.name));
  const rowOf = new Map<string, number>();
  keys.forEach((key, index) => {
    if (!rowOf.has(key)) rowOf.set(key, index);
  });
  const index = { keys, rowOf };
  indexCache.set(table.data, index);
  return index;
}

function differingCells(row: TableRow, name: string, rowIndex: number, other: TableRow | undefined): Difference[] {
  const differences: Difference[] = [];
  for (let column = 0; column <= TOTAL_COLUMN; column++) {
    const mine = numberAt(row, column);
    const theirs = other ? numberAt(other, column) : null;
    if (mine === theirs) continue;
    const values = `daar ${shown(theirs)}, hier ${shown(mine)}`;
    differences.push({
      flag: { code: 'duplicate-table-mismatch', row: name, rowIndex, column },
      message: (elsewhere) => `Zelfde regio en periode in ${elsewhere}: ${values}`,
    });
  }
  return differences;
}

function registerDifference(here: LocatedTable, there: LocatedTable): Difference | null {
  const parts: string[] = [];
  const mine = here.data.register;
  const theirs = there.data.register;
  if ((mine?.total ?? null) !== (theirs?.total ?? null)) {
    parts.push(`doelgroepregister daar ${shown(theirs?.total ?? null)}, hier ${shown(mine?.total ?? null)}`);
  }
  if ((mine?.percentInSonar ?? null) !== (theirs?.percentInSonar ?? null)) {
    parts.push(`percentage daar ${shown(theirs?.percentInSonar ?? null, '%')}, hier ${shown(mine?.percentInSonar ?? null, '%')}`);
  }
  if (parts.length === 0) return null;
  const values = parts.join('; ');
  return { flag: { code: 'duplicate-table-mismatch', row: REGISTER_ROW_NAME }, message: (elsewhere) => `Zelfde regio en periode in ${elsewhere}: ${values}` };
}

function shown(value: number | null, unit = ''): string {
  if (value === null) return 'leeg';
  return `${formatNumber(value, Number.isInteger(value) ? 0 : 1)}${unit}`;
}
