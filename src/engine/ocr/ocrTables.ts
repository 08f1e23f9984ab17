// Tables from an OCR'd page: the text-layer reader on the OCR runs, then the few
// readings OCR needs on top (separator look-alikes, a register sentence the strict reader
// missed, a TOTAAL AMR row with a misread word).
import { COUNT_COLUMNS, TOTAL_ROW_NAME, type Register, type TableRow } from '../model';
import type { PageText, TextRun } from '../pdf/textRun';
import { centerX, centerY } from '../geometry/box';
import { splitRunsIntoWords, mergeTouchingWords } from '../layout/words';
import { groupIntoLines, type Line } from '../layout/lines';
import { locateText } from '../publication/pageMeta';
import { readPageTables, type PageTable } from '../publication/pageTables';
import { parseOcrInteger } from './ocrNumber';

/** `ocrText` maps runs that carry a layout stand-in (layoutStandIns.ts) to the text OCR read. */
export function readOcrPageTables(page: PageText, ocrText: ReadonlyMap<TextRun, string> = new Map()): PageTable[] {
  const tables = readPageTables(page, 'ocr').map((table) => restoreOcrText(table, ocrText));
  if (tables.length === 0) return tables;
  let lines: Line[] | undefined;
  const pageLines = () => (lines ??= groupIntoLines(mergeTouchingWords(splitRunsIntoWords(page.runs))));
  return tables.map((table) => {
    const withTotal = recoverTotalRow(table);
    const rows = withTotal.rows.map(readOcrNumbers);
    const totalRow = withTotal.totalRow && readOcrNumbers(withTotal.totalRow);
    return { ...withTotal, rows, totalRow, register: readOcrRegister(withTotal.register, pageLines(), page.page) };
  });
}

/** Cells that hold a stand-in get the OCR text back, and no value: it did not parse. */
function restoreOcrText(table: PageTable, ocrText: ReadonlyMap<TextRun, string>): PageTable {
  if (ocrText.size === 0) return table;
  const standIns = [...ocrText.entries()];
  const restore = (row: TableRow): TableRow => {
    const sources = row.sources;
    if (!sources) return row;
    const values: (number | null)[] = [...row.counts, row.total];
    const restored = sources.map((source, index) => {
      if (!source || index === 0) return source;
      const inside = standIns.filter(([run]) => {
        const x = centerX(run.box),
          y = centerY(run.box);
        return x >= source.box.x0 - 0.5 && x <= source.box.x1 + 0.5 && y >= source.box.y0 - 0.5 && y <= source.box.y1 + 0.5;
      });
      if (inside.length === 0) return source;
      let text = source.text;
      for (const [run, original] of inside) text = text.replace(run.text, original);
      // A stand-in never parses, so the value is null already; the text is OCR's again.
      values[index - 1] = null;
      return { ...source, text };
    });
    return { ...row, counts: values.slice(0, COUNT_COLUMNS), total: values[COUNT_COLUMNS] ?? null, sources: restored };
  };
  return { ...table, rows: table.rows.map(restore), totalRow: table.totalRow && restore(table.totalRow) };
}

/** Cells the strict reader left null get the OCR reading of their printed text. */
function readOcrNumbers(row: TableRow): TableRow {
  const values = [...row.counts, row.total];
  const reread = values.map((value, column) => {
    if (value !== null) return value;
    const text = row.sources?.[column + 1]?.text;
    return text === undefined ? null : parseOcrInteger(text);
  });
  return { ...row, counts: reread.slice(0, COUNT_COLUMNS), total: reread[COUNT_COLUMNS] ?? null };
}

/** "TOTAAL AMR" read as "TOTAALAMR" or "TOTAAL AMA": the last row whose name starts with
 * "Totaal" is the total row when the strict reader found none. */
function recoverTotalRow(table: PageTable): PageTable {
  const last = table.rows[table.rows.length - 1];
  if (table.totalRow || !last || !/^totaa?l/i.test(last.name.trim())) return table;
  return { ...table, rows: table.rows.slice(0, -1), totalRow: { ...last, name: TOTAL_ROW_NAME } };
}

/** "… in totaal 13,990 personen": the strict reader wants the printed dot. */
function readOcrRegister(register: Register | null, lines: readonly Line[], page: number): Register | null {
  if (register?.total != null) return register;
  const text = lines
    .map((l) => l.text)
    .join(' ')
    .replace(/\s+/g, ' ');
  const match = /doelgroepregister(?:\s+banenafspraak)?\s+in\s+totaal\s+(\S+)\s+personen/i.exec(text);
  const total = match ? parseOcrInteger(match[1]!) : null;
  if (total === null) return register;
  return {
    total,
    percentInSonar: register?.percentInSonar ?? null,
    source: locateText(lines, match![1]!, page),
    percentSource: register?.percentSource ?? null,
  };
}
