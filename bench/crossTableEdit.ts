// `npx tsx bench/crossTableEdit.ts [runs]`: what the cross-table checks cost the app after one cell
// edit (issue 15's unusual-jump hint runs on every edit). 20 copies of the national file, each
// its own file and quarter (2017-K1 on), so every municipality has a series of 20 quarters over
// 200 tables; each run edits one cell of one table (a new table object, as the grid makes) and
// times crossTableFlags over all of them. Prints the median and quartiles in milliseconds.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkTable } from '../src/engine/checks';
import { crossTableFlags } from '../src/engine/compare';
import type { ExtractedDocument, ExtractedTable } from '../src/engine/model';
import { extractFile } from '../tests/helpers/extract';

const COPIES = 20;
const runs = Number(process.argv[2] ?? 30);

/** The table one quarter on, its counts grown by 1 % a quarter (rounded), every sum kept. */
function inQuarter(table: ExtractedTable, q: number): ExtractedTable {
  const grow = (value: number | null) => (value === null ? null : Math.round(value * (1 + q / 100)));
  const rows = table.rows.map((row) => {
    const counts = row.counts.map(grow);
    return { ...row, counts, total: counts.reduce<number>((sum, value) => sum + (value ?? 0), 0) };
  });
  const column = (c: number) => rows.reduce((sum, row) => sum + (row.counts[c] ?? 0), 0);
  const totalRow = table.totalRow && { ...table.totalRow, counts: [0, 1, 2, 3].map(column), total: rows.reduce((sum, row) => sum + (row.total ?? 0), 0) };
  const moved = { ...table, period: { year: 2017 + Math.floor(q / 4), quarter: (q % 4) + 1 }, rows, totalRow };
  return { ...moved, flags: checkTable(moved) };
}

/** One cell edit as the grid makes it: a new table with the row's first count one higher. */
function edited(table: ExtractedTable, run: number): ExtractedTable {
  const rowIndex = run % table.rows.length;
  const rows = table.rows.map((row, index) =>
    index === rowIndex ? { ...row, counts: row.counts.map((value, c) => (c === 0 ? (value ?? 0) + 1 : value)) } : row,
  );
  const next = { ...table, rows };
  return { ...next, flags: checkTable(next) };
}

async function main(): Promise<void> {
  const national = await extractFile(path.join(__dirname, '../tests/fixtures/national/p5_2019q2_national_10regions.pdf'));
  let documents: ExtractedDocument[] = Array.from({ length: COPIES }, (_, q) => ({
    ...national,
    file: `kwartaal_${String(q + 1).padStart(2, '0')}.pdf`,
    sha256: `kwartaal-${q}`,
    tables: national.tables.map((table) => inQuarter(table, q)),
  }));
  const tables = documents.reduce((sum, document) => sum + document.tables.length, 0);
  // Warm: every table seen once, as after loading.
  for (let i = 0; i < 5; i++) crossTableFlags(documents);

  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const doc = run % COPIES;
    const t = (run * 7) % documents[doc]!.tables.length;
    const document = documents[doc]!;
    documents = documents.map((d, i) => (i === doc ? { ...document, tables: document.tables.map((table, j) => (j === t ? edited(table, run) : table)) } : d));
    const start = performance.now();
    const flags = crossTableFlags(documents);
    times.push(performance.now() - start);
    if (flags.size < 0) throw new Error('unreachable');
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2);
  console.log(`crossTableFlags after one edit, ${tables} tables, ${runs} runs: median ${at(0.5)} ms (quartiles ${at(0.25)}–${at(0.75)} ms)`);
}

void main();
