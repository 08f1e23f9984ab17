// The checked tables are derived, never edited in place: what was read (the originals), the
// analyst's values, the column names and the acceptances go in; the documents the grid, counts and
// workbook show come out. Every change of the session goes through deriveDocuments, so no
// mutation can forget to re-run a check.
//
// It is memoised on object identity: a table whose original, values and names are the ones of the
// last call is not checked again, and a table whose flags come out the same keeps its object, so
// an edit costs one table's checks plus the cross-table step, and the grid redraws only what
// changed.
import { checkTable } from '@engine/checks';
import { COUNT_COLUMNS, type ExtractedDocument, type ExtractedTable } from '@engine/model';
import { sameItems } from '@engine/sameItems';
import { documentKey, type Acceptance } from './acceptances';
import { writeCell, type CellValue, type FileCell } from './cells';
import { displayValue } from './display';
import { settleDocuments, type Settled } from './settle';

/** One name per count column; null: as printed. */
export type ColumnNames = readonly (string | null)[];

/** The analyst's values in one table, by {@link fileCellKey}; only cells that differ from what was read. */
export type TableEdits = ReadonlyMap<string, { cell: FileCell; value: CellValue }>;

/** The analyst's values by table ({@link tableEditsKey}). */
export type Edits = ReadonlyMap<string, TableEdits>;

/** What the documents are derived from. */
export interface SessionInputs {
  readonly originals: readonly ExtractedDocument[];
  readonly edits: Edits;
  readonly columnNames: ColumnNames;
  readonly acceptances: ReadonlyMap<string, Acceptance>;
}

export function tableEditsKey(document: string, table: number): string {
  return `${document}|${table}`;
}

/** The checked documents (same order as the originals), the acceptances whose flags are there,
 * and those whose flags are gone. `previous`: the documents of the last call, returned as the
 * same array when nothing in them changed. */
export function deriveDocuments(inputs: SessionInputs, previous: readonly ExtractedDocument[] = []): Settled {
  const checked = inputs.originals.map((original) => checkedDocument(original, inputs));
  const settled = settleDocuments(checked, inputs.acceptances);
  settled.documents.forEach((document, doc) => {
    const original = inputs.originals[doc];
    const before = checked[doc];
    if (!original || !before || document.error) return;
    lastDocument.set(original, document);
    document.tables.forEach((table, t) => {
      const base = checkedBase.get(before.tables[t]!) ?? before.tables[t]!;
      lastSettled.set(base, table);
    });
  });
  const same = settled.documents.length === previous.length && settled.documents.every((document, doc) => document === previous[doc]);
  // Nothing dropped: the kept acceptances are the ones given, and keep their map (autosave tells
  // an acceptance change, written at once, from a cell edit, which waits a moment, by identity).
  const acceptances = settled.dropped.length === 0 ? inputs.acceptances : settled.acceptances;
  return { ...settled, acceptances, documents: same ? previous : settled.documents };
}

/** Per original table: the values and names it was last checked with, and the outcome. */
const lastChecked = new WeakMap<ExtractedTable, { edits: TableEdits | undefined; names: ColumnNames; table: ExtractedTable }>();
/** Per checked table: the table the last settling made of it (cross-table flags, acceptances). */
const lastSettled = new WeakMap<ExtractedTable, ExtractedTable>();
/** Per table handed to settling: the checked table it stands for. */
const checkedBase = new WeakMap<ExtractedTable, ExtractedTable>();
/** Per original document: the document the last call derived from it. */
const lastDocument = new WeakMap<ExtractedDocument, ExtractedDocument>();

/** The document with values, names and its tables' own checks; each table as settled last time
 * when it is unchanged, so settling can keep its object. */
function checkedDocument(original: ExtractedDocument, inputs: SessionInputs): ExtractedDocument {
  if (original.error) return original;
  const key = documentKey(original);
  const tables = original.tables.map((table, t) => {
    const checked = checkedTable(table, inputs.edits.get(tableEditsKey(key, t)), inputs.columnNames);
    const settled = lastSettled.get(checked);
    if (!settled) return checked;
    checkedBase.set(settled, checked);
    return settled;
  });
  const last = lastDocument.get(original);
  if (last && sameItems(last.tables, tables)) return last;
  return { ...original, tables };
}

function checkedTable(original: ExtractedTable, edits: TableEdits | undefined, names: ColumnNames): ExtractedTable {
  const last = lastChecked.get(original);
  if (last && last.edits === edits && last.names === names) return last.table;
  let table: ExtractedTable = { ...original, headers: headersWith(original.headers, names) };
  for (const { cell, value } of edits?.values() ?? []) table = writeCell(table, original, cell, value, displayValue(value));
  table = { ...table, flags: checkTable(table) };
  lastChecked.set(original, { edits, names, table });
  return table;
}

/** Printed headers with the analyst's names over the count columns. */
function headersWith(printed: readonly string[], names: ColumnNames): string[] {
  return Array.from({ length: Math.max(printed.length, COUNT_COLUMNS + 1) }, (_, c) => names[c] ?? printed[c] ?? '');
}
