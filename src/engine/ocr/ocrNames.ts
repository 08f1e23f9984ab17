// Municipality names OCR misread, taken as the official name once the table's period and region
// are known (municipalities/ocrReading.ts): a reading that is no municipality becomes the one name
// of the region's composition it clearly reads as ("Qosterhout" → Oosterhout), and a reading with
// a municipality's letters in none of its spellings, or without its accents, gets that spelling
// ("Ijsselstein," → IJsselstein, "Noardeast-Fryslan" → Noardeast-Fryslân). The OCR text stays in
// the name cell's source, where the `ocr-name-read` hint (checks/ocrNames.ts) finds it. Not
// decided here, so the name keeps its flag with suggestion:
// - text-layer names (what is printed is what is read);
// - a region reading in a row whose numbers are doubtful too (a count unreadable or read with low
//   confidence, or counts that do not add up to the total): OCR struggled with that row, and the
//   analyst looks at it anyway;
// - a name another row already has, or that two rows would get: a duplicate is a question.
import { LOW_CONFIDENCE_THRESHOLD } from '../checks/confidence';
import { countsOf, isCount, sumCounts } from '../checks/values';
import { matchMunicipality, readOcrName } from '../municipalities';
import type { ExtractedTable, TableRow } from '../model';

export function readOcrNames(table: ExtractedTable): ExtractedTable {
  if (table.source !== 'ocr') return table;
  const readings = table.rows.map((row) => {
    if (!isOcrReading(row)) return null;
    const reading = readOcrName(row.name, table.region, table.period);
    // A spelling leaves no doubt which municipality it is, whatever the numbers.
    return reading && (reading.basis === 'spelling' || !hasDoubtfulNumbers(row)) ? reading : null;
  });
  if (readings.every((reading) => reading === null)) return table;
  // How often each municipality would be named: as read, or as printed where nothing is read.
  const uses = new Map<string, number>();
  const use = (code: string) => uses.set(code, (uses.get(code) ?? 0) + 1);
  table.rows.forEach((row, index) => {
    const reading = readings[index];
    if (reading) use(reading.code);
    else {
      const match = matchMunicipality(row.name, table.period);
      if (match.kind === 'valid' || match.kind === 'not-in-period') use(match.record.code);
    }
  });
  const rows = table.rows.map((row, index): TableRow => {
    const reading = readings[index];
    return reading && uses.get(reading.code) === 1 ? { ...row, name: reading.name } : row;
  });
  return rows.every((row, index) => row === table.rows[index]) ? table : { ...table, rows };
}

/** The name is OCR's text as read: its source has a confidence and holds that text. */
function isOcrReading(row: TableRow): boolean {
  const source = row.sources?.[0];
  return typeof source?.confidence === 'number' && source.text.trim() === row.name.trim();
}

function hasDoubtfulNumbers(row: TableRow): boolean {
  const counts = countsOf(row);
  if (!isCount(row.total) || sumCounts(counts) !== row.total) return true;
  // sources: index 0 is the name, 1..4 the counts, 5 the total.
  return (row.sources ?? []).slice(1).some((source) => typeof source?.confidence === 'number' && source.confidence < LOW_CONFIDENCE_THRESHOLD);
}
