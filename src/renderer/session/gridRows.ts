// The two grids' rows, read straight from the session: one row per municipality and per
// TOTAAL AMR (Gemeenten grid), one line per table (Regio's grid). Each row carries its flags
// per column and the extracted value of every edited cell, so the grid only has to look.
import { computedPercentInSonar, isAcceptedFlag, isHintFlag, isOpenFlag } from '@engine/checks';
import { TOTAL_ROW_NAME, type ExtractedTable, type Flag } from '@engine/model';
import { sameItems } from '@engine/sameItems';
import {
  COUNT_COLUMN_IDS,
  placeKey,
  readCell,
  rowIdOf,
  rowOf,
  sameValue,
  type CellRef,
  type PlaceColumnId,
  type RegisterColumnId,
  type RowColumnId,
} from './cells';
import { displayValue, periodLabel } from './display';
import { flagsByPlace } from './flagPlaces';
import { controlText } from './labels';
import type { Session } from './session';

interface RowBase {
  id: string;
  doc: number;
  table: number;
  file: string;
  year: number | null;
  quarter: number | null;
  /** "2017 K3". */
  period: string;
  region: string;
  /** "OK" or what is wrong (Dutch). */
  check: string;
  /** Open flags shown in this row, by column id. */
  flags: Partial<Record<PlaceColumnId, Flag[]>>;
  /** Every open flag shown in this row, in the order of the checks. */
  rowFlags: Flag[];
  /** Hints (severity 'info': no action needed), by column id. */
  hints: Partial<Record<PlaceColumnId, Flag[]>>;
  /** Flags the analyst accepted as true to the source (not open), by column id. */
  accepted: Partial<Record<PlaceColumnId, Flag[]>>;
  /** Every accepted flag shown in this row, in the order of the checks. */
  acceptedFlags: Flag[];
}

export interface MunicipalityRow extends RowBase {
  row: number | 'total';
  isTotal: boolean;
  name: string;
  c0: number | null;
  c1: number | null;
  c2: number | null;
  c3: number | null;
  total: number | null;
  /** The extracted value (as text) of each edited cell. */
  originals: Partial<Record<RowColumnId, string>>;
}

export interface RegionRow extends RowBase {
  row: 'region';
  page: number;
  pageLabel: string;
  /** TOTAAL AMR's total: the people known in Sonar. */
  known: number | null;
  register: number | null;
  /** As printed (or corrected). */
  percent: number | null;
  /** 100 × known / register, unrounded. */
  computed: number | null;
  /** Open flags elsewhere in the table (municipalities, TOTAAL AMR). */
  otherFlags: number;
  originals: Partial<Record<RegisterColumnId, string>>;
}

const ROW_COLUMNS: readonly RowColumnId[] = ['name', ...COUNT_COLUMN_IDS, 'total'];
/** The places of a municipality row that can hold findings. */
const ROW_PLACE_COLUMNS: readonly PlaceColumnId[] = [...ROW_COLUMNS, 'check'];
const REGION_COLUMNS: readonly PlaceColumnId[] = ['period', 'region', 'register', 'percent', 'check'];

/** Rows made of a table, reused while the table is the same object at the same place (a file
 * closed before it moves it up: its rows get new ids). */
interface CachedRows<T> {
  doc: number;
  file: string;
  rows: T;
}
const municipalityCache = new WeakMap<ExtractedTable, CachedRows<MunicipalityRow[]>>();
const regionCache = new WeakMap<ExtractedTable, CachedRows<RegionRow>>();

function cached<T>(cache: WeakMap<ExtractedTable, CachedRows<T>>, table: ExtractedTable, base: TableBase, make: () => T): T {
  const hit = cache.get(table);
  if (hit && hit.doc === base.doc && hit.file === base.file) return hit.rows;
  const rows = make();
  cache.set(table, { doc: base.doc, file: base.file, rows });
  return rows;
}

/** Rows of the Gemeenten grid: per table its municipalities, then its TOTAAL AMR. */
export function municipalityRows(session: Session): MunicipalityRow[] {
  return eachTable(session, (table, original, base) => cached(municipalityCache, table, base, () => tableMunicipalityRows(table, original, base)));
}

/** The last rows made of each extracted table, with what each was made of. A table that is a new
 * object (its copy in another file was edited, so its cross-table flags changed) keeps the row
 * objects whose inputs are all the same, so the grid redraws only the rows that show something
 * new, and an edit does not rebuild every row of every copy. */
const lastMunicipalityRows = new WeakMap<ExtractedTable, { inputs: (readonly unknown[])[]; rows: MunicipalityRow[] }>();

function tableMunicipalityRows(table: ExtractedTable, original: ExtractedTable, base: TableBase): MunicipalityRow[] {
  const byPlace = flagsByPlace(table, base.doc, base.table);
  const last = lastMunicipalityRows.get(original);
  const refs = [...table.rows.map((_, row) => row as number | 'total'), ...(table.totalRow ? ['total' as const] : [])];
  const inputs = refs.map((row) => municipalityRowInputs(table, original, base, row, byPlace));
  const rows = refs.map((row, i) => {
    const lastInputs = last?.inputs[i];
    return last && lastInputs && sameItems(lastInputs, inputs[i]!) ? last.rows[i]! : municipalityRow(table, original, base, row);
  });
  lastMunicipalityRows.set(original, { inputs, rows });
  return rows;
}

/** Everything municipalityRow reads, as values and objects the session never changes in place:
 * the row's place, its values now and as read, the column names (a new list after every check,
 * so by name) and the flags on its cells. */
function municipalityRowInputs(
  table: ExtractedTable,
  original: ExtractedTable,
  base: TableBase,
  row: number | 'total',
  byPlace: ReadonlyMap<string, Flag[]>,
): unknown[] {
  const inputs: unknown[] = [
    row,
    rowOf(table, row),
    rowOf(original, row),
    ...table.headers,
    base.doc,
    base.table,
    base.file,
    base.year,
    base.quarter,
    base.period,
    base.region,
  ];
  for (const column of ROW_PLACE_COLUMNS) {
    inputs.push(column, ...(byPlace.get(placeKey({ doc: base.doc, table: base.table, row, column })) ?? []));
  }
  return inputs;
}

/** Rows of the Regio's grid: one per table. */
export function regionRows(session: Session): RegionRow[] {
  return eachTable(session, (table, original, base) => [cached(regionCache, table, base, () => regionRow(table, original, base))]);
}

type TableBase = Pick<RowBase, 'doc' | 'table' | 'file' | 'year' | 'quarter' | 'period' | 'region'>;

function eachTable<T>(session: Session, rowsOf: (table: ExtractedTable, original: ExtractedTable, base: TableBase) => T[]): T[] {
  return session.documents.flatMap((document, doc) => {
    const originalDocument = session.originals[doc];
    if (document.error || !originalDocument) return [];
    return document.tables.flatMap((table, tableIndex) => {
      const original = originalDocument.tables[tableIndex] ?? table;
      return rowsOf(table, original, {
        doc,
        table: tableIndex,
        file: document.file,
        year: table.period?.year ?? null,
        quarter: table.period?.quarter ?? null,
        period: periodLabel(table.period),
        region: table.region ?? '',
      });
    });
  });
}

function flagsIn(table: ExtractedTable, base: TableBase, row: CellRef['row'], columns: readonly PlaceColumnId[]) {
  const byPlace = flagsByPlace(table, base.doc, base.table);
  const flags: Partial<Record<PlaceColumnId, Flag[]>> = {};
  const hints: Partial<Record<PlaceColumnId, Flag[]>> = {};
  const accepted: Partial<Record<PlaceColumnId, Flag[]>> = {};
  for (const column of columns) {
    const found = byPlace.get(placeKey({ doc: base.doc, table: base.table, row, column })) ?? [];
    const open = found.filter(isOpenFlag);
    const info = found.filter(isHintFlag);
    const done = found.filter(isAcceptedFlag);
    if (open.length > 0) flags[column] = open;
    if (info.length > 0) hints[column] = info;
    if (done.length > 0) accepted[column] = done;
  }
  // Back in the order of the checks, so the Controle text reads like the workbook's.
  const shown = new Set(Object.values(flags).flat());
  const shownAccepted = new Set(Object.values(accepted).flat());
  return {
    flags,
    hints,
    accepted,
    rowFlags: table.flags.filter((flag) => shown.has(flag)),
    acceptedFlags: table.flags.filter((flag) => shownAccepted.has(flag)),
  };
}

/** "OK", what is wrong, or, when all that was found is accepted, "Geaccepteerd: …". */
function rowCheckText(table: ExtractedTable, open: readonly Flag[], accepted: readonly Flag[]): string {
  if (open.length > 0) return controlText(table, open);
  if (accepted.length > 0) return `${ACCEPTED_PREFIX}${controlText(table, accepted)}`;
  return 'OK';
}

/** Start of the Controle text of a row whose findings are all accepted. */
export const ACCEPTED_PREFIX = 'Geaccepteerd: ';

function municipalityRow(table: ExtractedTable, original: ExtractedTable, base: TableBase, row: number | 'total'): MunicipalityRow {
  const source = row === 'total' ? table.totalRow : table.rows[row];
  const { flags, hints, accepted, rowFlags, acceptedFlags } = flagsIn(table, base, row, ROW_PLACE_COLUMNS);
  const originals: Partial<Record<RowColumnId, string>> = {};
  for (const column of ROW_COLUMNS) {
    const cell = { doc: base.doc, table: base.table, row, column };
    const before = readCell(original, cell);
    if (!sameValue(before, readCell(table, cell))) originals[column] = displayValue(before);
  }
  return {
    ...base,
    id: rowIdOf({ ...base, row }),
    row,
    isTotal: row === 'total',
    name: row === 'total' ? TOTAL_ROW_NAME : (source?.name ?? ''),
    c0: source?.counts[0] ?? null,
    c1: source?.counts[1] ?? null,
    c2: source?.counts[2] ?? null,
    c3: source?.counts[3] ?? null,
    total: source?.total ?? null,
    check: rowCheckText(table, rowFlags, acceptedFlags),
    flags,
    hints,
    accepted,
    rowFlags,
    acceptedFlags,
    originals,
  };
}

function regionRow(table: ExtractedTable, original: ExtractedTable, base: TableBase): RegionRow {
  const { flags, hints, accepted, rowFlags, acceptedFlags } = flagsIn(table, base, 'region', REGION_COLUMNS);
  const originals: Partial<Record<RegisterColumnId, string>> = {};
  for (const column of ['register', 'percent'] as const) {
    const cell = { doc: base.doc, table: base.table, row: 'region' as const, column };
    const before = readCell(original, cell);
    if (!sameValue(before, readCell(table, cell))) originals[column] = displayValue(before);
  }
  const otherFlags = table.flags.filter(isOpenFlag).length - rowFlags.length;
  const own = rowFlags.length > 0 || acceptedFlags.length > 0 ? rowCheckText(table, rowFlags, acceptedFlags) : '';
  const elsewhere = otherFlags === 0 ? '' : `${otherFlags} ${otherFlags === 1 ? 'melding' : 'meldingen'} in de tabel`;
  return {
    ...base,
    id: rowIdOf({ ...base, row: 'region' }),
    row: 'region',
    page: table.page,
    pageLabel: table.pageLabel ?? '',
    known: table.totalRow?.total ?? null,
    register: table.register?.total ?? null,
    percent: table.register?.percentInSonar ?? null,
    computed: computedPercentInSonar(table),
    check: [own, elsewhere].filter(Boolean).join('; ') || 'OK',
    flags,
    hints,
    accepted,
    rowFlags,
    acceptedFlags,
    otherFlags,
    originals,
  };
}
