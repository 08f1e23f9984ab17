// OCR cells that the layout must see as numbers although they are not: "£55" (a speck read
// as a symbol), "l55" (a 1 read as l), "LY" (a blurred 57). The table reader recognises a row
// by its five number-like cells, so one such cell would lose the whole row. For the layout
// only, such a word gets a stand-in that looks like a number but never parses ("0,0"); the
// tables then get the OCR text back (ocrTables.ts), so the cell shows what OCR read and stays
// null (flagged) until the second reading (numberReread.ts) reads it. A stand-in that somehow
// stayed would still be no number: the cell is flagged, never given a value.
import { median } from '../geometry/box';
import { groupIntoLines } from '../layout/lines';
import type { TextRun } from '../pdf/textRun';

export const STAND_IN = '0,0';
const NUMBER_LIKE = /^[\d.,]*\d[\d.,]*%?$/;
const VALUE_COLUMNS = 5;

export interface StandIns {
  runs: TextRun[];
  /** Run with a stand-in → the text OCR read. */
  ocrText: Map<TextRun, string>;
}

/** Only words in the value columns of lines that are table rows get a stand-in: prose,
 * titles and the register sentence keep their OCR text for the page's other readers. */
export function withLayoutStandIns(runs: readonly TextRun[]): StandIns {
  const ocrText = new Map<TextRun, string>();
  const out = [...runs];
  const lines = groupIntoLines(runs);
  // Rows the layout recognises anyway: a name, then five number-like words.
  const rows = lines.filter((line) => {
    const tail = line.words.slice(-VALUE_COLUMNS);
    return line.words.length > VALUE_COLUMNS && tail.every((w) => NUMBER_LIKE.test(w.text));
  });
  if (rows.length < 2) return { runs: out, ocrText };
  const valuesStart = Math.min(...rows.map((r) => r.words[r.words.length - VALUE_COLUMNS]!.box.x0)) - 0.5 * median(rows.map((r) => r.fontSize));
  const index = new Map(runs.map((run, i) => [run, i]));
  for (const line of lines) {
    if (rows.includes(line)) continue;
    const isValue = (w: TextRun) => (w.box.x0 + w.box.x1) / 2 >= valuesStart;
    const numbers = line.words.filter((w) => isValue(w) && NUMBER_LIKE.test(w.text)).length;
    const hasName = line.words.some((w) => !isValue(w) && !NUMBER_LIKE.test(w.text));
    // A row with a misread cell: a name and at least three numbers where the values are.
    if (numbers < 3 || !hasName) continue;
    for (const word of line.words) {
      const at = index.get(word);
      if (!isValue(word) || NUMBER_LIKE.test(word.text) || at === undefined) continue;
      const replaced = { ...word, text: STAND_IN };
      ocrText.set(replaced, word.text);
      out[at] = replaced;
    }
  }
  return { runs: out, ocrText };
}
