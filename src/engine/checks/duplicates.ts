import type { ExtractedTable, Flag } from '../model';

/** Name key that ignores case and spacing, so "Sittard-Geleen" and "sittard-geleen " match. */
export function municipalityKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** `duplicate-municipality`: the same municipality printed twice. The first occurrence is
 * taken as the real one; every later one is flagged. */
export function checkDuplicates(table: ExtractedTable): Flag[] {
  const firstIndex = new Map<string, number>();
  const flags: Flag[] = [];
  table.rows.forEach((row, rowIndex) => {
    const key = municipalityKey(row.name);
    if (key === '') return;
    const first = firstIndex.get(key);
    if (first === undefined) {
      firstIndex.set(key, rowIndex);
      return;
    }
    flags.push({
      code: 'duplicate-municipality',
      row: row.name,
      rowIndex,
      message: `Gemeente '${row.name.trim()}' staat meer dan eens in de tabel (rij ${first + 1} en rij ${rowIndex + 1})`,
    });
  });
  return flags;
}
