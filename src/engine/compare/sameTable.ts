// Which loaded tables describe the same arbeidsmarktregio in the same quarter. A region's name is
// matched through the region list (so "FoodValley" = "Food Valley", old names of renamed
// regions), falling back to the name key for a region the list does not know.
import { findRegion, nameKey } from '../municipalities';
import type { ExtractedDocument, ExtractedTable } from '../model';

/** One table among the loaded documents: its document's position, its own position, its file. */
export interface LocatedTable {
  doc: number;
  table: number;
  file: string;
  data: ExtractedTable;
}

/** Key of a table's region and period; null when either was not found (nothing to compare). */
export function regionPeriodKey(table: ExtractedTable): string | null {
  if (!table.period || !table.region) return null;
  const region = findRegion(table.region)?.code ?? `naam:${nameKey(table.region)}`;
  return `${table.period.year}-K${table.period.quarter}|${region}`;
}

/** Groups of two or more tables with the same region and period, in load order. */
export function sameRegionPeriodGroups(documents: readonly ExtractedDocument[]): LocatedTable[][] {
  const groups = new Map<string, LocatedTable[]>();
  documents.forEach((document, doc) => {
    if (document.error) return;
    document.tables.forEach((data, table) => {
      const key = regionPeriodKey(data);
      if (key === null) return;
      groups.set(key, [...(groups.get(key) ?? []), { doc, table, file: document.file, data }]);
    });
  });
  return [...groups.values()].filter((group) => group.length > 1);
}
