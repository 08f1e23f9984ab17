// The history check across loaded quarters, on a real reading of Zuid-Limburg made into six
// quarters: an ordinary series gets no hint; a misread planted consistently (the row total and
// TOTAAL AMR carry it too, so every sum agrees) gets an info hint on exactly its cells, with the
// three numbers; a row whose own sums disagree is left to its finding.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkTable } from '../../src/engine/checks';
import { withCrossTableFlags } from '../../src/engine/compare';
import type { ExtractedDocument, ExtractedTable } from '../../src/engine/model';
import { extractFile } from '../helpers/extract';
import { FIXTURES_DIR } from '../helpers/fixtures';

let zuid: ExtractedDocument;
beforeAll(async () => {
  zuid = await extractFile(path.join(FIXTURES_DIR, 'text/p1_2017q3_zuid-limburg_seed.pdf'));
});

const HEERLEN = 4;

/** Six quarters from 2017 K3 on, each a copy whose counts grow a little (+1 % per quarter). */
function quarters(change?: (table: ExtractedTable, quarter: number) => ExtractedTable): ExtractedDocument[] {
  return Array.from({ length: 6 }, (_, q) => {
    const source = zuid.tables[0]!;
    const grow = (value: number | null) => (value === null ? null : Math.round(value * (1 + q / 100)));
    const rows = source.rows.map((row) => ({ ...row, counts: row.counts.map(grow), total: null as number | null }));
    for (const row of rows) row.total = row.counts.reduce<number>((sum, value) => sum + (value ?? 0), 0);
    const sumColumn = (c: number) => rows.reduce((sum, row) => sum + (row.counts[c] ?? 0), 0);
    const totalRow = { ...source.totalRow!, counts: [0, 1, 2, 3].map(sumColumn), total: rows.reduce((sum, row) => sum + (row.total ?? 0), 0) };
    const period = { year: 2017 + Math.floor((2 + q) / 4), quarter: ((2 + q) % 4) + 1 };
    let table: ExtractedTable = { ...source, period, rows, totalRow };
    table = change ? change(table, q) : table;
    table = { ...table, flags: checkTable(table) };
    return { ...zuid, file: `kwartaal-${q}.pdf`, sha256: `kwartaal-${q}`, tables: [table] };
  });
}

/** Adds `extra` people to Heerlen's second count in that table, carried into every sum. */
function misread(extra: number) {
  return (table: ExtractedTable): ExtractedTable => {
    const rows = table.rows.map((row, index) =>
      index === HEERLEN ? { ...row, counts: row.counts.map((value, c) => (c === 1 ? (value ?? 0) + extra : value)), total: (row.total ?? 0) + extra } : row,
    );
    const totalRow = {
      ...table.totalRow!,
      counts: table.totalRow!.counts.map((value, c) => (c === 1 ? (value ?? 0) + extra : value)),
      total: (table.totalRow!.total ?? 0) + extra,
    };
    return { ...table, rows, totalRow };
  };
}

const jumps = (documents: ExtractedDocument[]) =>
  withCrossTableFlags(documents).flatMap((document) =>
    document.tables.flatMap((table) => table.flags.filter((flag) => flag.code === 'unusual-jump').map((flag) => ({ file: document.file, ...flag }))),
  );

describe('unusual jumps across quarters', () => {
  it('gives no hint on an ordinary series of six quarters', () => {
    const documents = quarters();
    // Every municipality's sums agree (the register sentence may not: it is not part of the series).
    expect(documents.flatMap((document) => document.tables[0]!.flags.filter((flag) => flag.rowIndex !== undefined && flag.severity !== 'info'))).toEqual([]);
    expect(jumps(documents)).toEqual([]);
  });

  it('hints at a misread that every sum carries, on its count and its total, with the numbers', () => {
    const documents = quarters((table, q) => (q === 3 ? misread(9_000)(table) : table));
    expect(documents[3]!.tables[0]!.flags.filter((flag) => flag.rowIndex !== undefined && flag.severity !== 'info')).toEqual([]);
    const found = jumps(documents);
    expect(found.map(({ file, row, rowIndex, column, severity }) => ({ file, row, rowIndex, column, severity }))).toEqual([
      { file: 'kwartaal-3.pdf', row: 'Heerlen', rowIndex: HEERLEN, column: 1, severity: 'info' },
      { file: 'kwartaal-3.pdf', row: 'Heerlen', rowIndex: HEERLEN, column: 4, severity: 'info' },
    ]);
    const [before, here, after] = [2, 3, 4].map((q) => documents[q]!.tables[0]!.rows[HEERLEN]!.counts[1] ?? 0);
    expect(found[0]!.message).toBe(
      `Ongebruikelijke sprong ten opzichte van de kwartalen ervoor en erna: ${[before, here, after].map((n) => (n ?? 0).toLocaleString('nl-NL')).join(' → ')}`,
    );
  });

  it('leaves a row whose own sums disagree to its finding', () => {
    const documents = quarters((table, q) =>
      q === 3
        ? {
            ...table,
            rows: table.rows.map((row, index) => (index === HEERLEN ? { ...row, counts: row.counts.map((v, c) => (c === 1 ? (v ?? 0) + 9_000 : v)) } : row)),
          }
        : table,
    );
    expect(documents[3]!.tables[0]!.flags.some((flag) => flag.code === 'row-total-mismatch' && flag.rowIndex === HEERLEN)).toBe(true);
    expect(jumps(documents)).toEqual([]);
  });
});
