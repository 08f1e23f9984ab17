import type { PageTable } from './pageTables';

/** A table that runs over several pages repeats its header and prints TOTAAL AMR (and the
 * register sentence) only at the end. A page table without TOTAAL AMR is joined with the
 * next page's table when nothing says they are different tables. */
export function joinContinuedTables(tables: readonly PageTable[]): PageTable[] {
  const out: PageTable[] = [];
  for (const table of tables) {
    const previous = out[out.length - 1];
    if (previous && continues(previous, table)) {
      const pages = [...(previous.pages ?? [previous.page]), table.page];
      out[out.length - 1] = {
        ...previous,
        pages,
        period: previous.period ?? table.period,
        region: previous.region ?? table.region,
        pageLabel: previous.pageLabel ?? table.pageLabel,
        printedHeaders: previous.printedHeaders.map((h, i) => h ?? table.printedHeaders[i] ?? null),
        headers: previous.printedHeaders.map((h, i) => h ?? table.headers[i] ?? previous.headers[i]!),
        rows: [...previous.rows, ...table.rows],
        totalRow: table.totalRow,
        register: table.register ?? previous.register,
      };
      continue;
    }
    out.push(table);
  }
  return out;
}

function continues(previous: PageTable, next: PageTable): boolean {
  const lastPage = previous.pages?.[previous.pages.length - 1] ?? previous.page;
  if (previous.totalRow || previous.register) return false;
  if (next.page !== lastPage + 1) return false;
  const same = <T>(a: T | null, b: T | null, eq: (x: T, y: T) => boolean) => a === null || b === null || eq(a, b);
  return (
    same(previous.region, next.region, (a, b) => a.toLowerCase() === b.toLowerCase()) &&
    same(previous.period, next.period, (a, b) => a.year === b.year && a.quarter === b.quarter)
  );
}
