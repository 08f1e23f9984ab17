// The .xlsx as Excel and LibreOffice open it: the raw parts inside the zip (cell comments, print
// setup), not only what SheetJS reads back. The zip is opened with the reader SheetJS itself uses.
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { sheetNames, workbookBytes } from '../../src/engine/export/workbook';
import type { ExtractionResult } from '../../src/engine/model';
import { documentFromTruth, resultOf } from '../helpers/truthTables';

const MIDDEN_UTRECHT = 'errors/err_p1_2020q3_midden-utrecht_rowtotal.json';
const ZUID_LIMBURG = 'text/p1_2017q3_zuid-limburg_seed.json';

interface ZipEntry {
  content: Uint8Array;
}
interface Zip {
  FullPaths: string[];
}
// SheetJS bundles its zip reader as XLSX.CFB, typed `any`.
const zipReader = XLSX.CFB as {
  read(data: Uint8Array, options: { type: 'buffer' }): Zip;
  find(zip: Zip, path: string): ZipEntry | null;
};

function zipOf(bytes: Uint8Array): Zip {
  return zipReader.read(Buffer.from(bytes), { type: 'buffer' });
}

/** Paths inside the zip, "xl/workbook.xml" style. */
function partPaths(zip: Zip): string[] {
  return zip.FullPaths.map((path) => path.replace(/^Root Entry\//, '')).filter((path) => path && !path.endsWith('/'));
}

function partText(zip: Zip, path: string): string {
  const entry = zipReader.find(zip, `/${path}`);
  if (!entry) throw new Error(`no ${path} in the workbook`);
  return Buffer.from(entry.content).toString('utf8');
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('cell comments in the written file', () => {
  const rowTotal = '554 + 1.304 + 2.786 + 849 = 5.493, gedrukt totaal 5.503';
  const secondMessage = 'Utrecht, kolom Totaal: tekstherkenning 61% zeker';

  /** Midden-Utrecht with a second flag on Utrecht's total cell, next to the row-total flag. */
  function twoFlagsOnOneCell(): ExtractionResult {
    const document = documentFromTruth(MIDDEN_UTRECHT);
    const table = document.tables[0];
    if (!table) throw new Error('fixture has a table');
    table.flags.push({ code: 'low-confidence', row: 'Utrecht', column: 4, message: secondMessage });
    return resultOf(document);
  }

  it('a cell with two flags gets one plain comment with both Dutch messages, no "Comment:/Reply:" thread', () => {
    const bytes = workbookBytes(twoFlagsOnOneCell());
    const zip = zipOf(bytes);
    // Gemeenten is the first sheet, so its comments are comments1.xml.
    const commentsXml = partText(zip, 'xl/comments1.xml');
    const comments = [...commentsXml.matchAll(/<comment ref="([A-Z]+\d+)"[^>]*>([\s\S]*?)<\/comment>/g)];
    expect(comments).toHaveLength(1);
    const texts = [...(comments[0]?.[2] ?? '').matchAll(/<t(?: [^>]*)?>([\s\S]*?)<\/t>/g)].map((match) => unescapeXml(match[1] ?? ''));
    expect(texts).toEqual([`${rowTotal}\n${secondMessage}`]);
    expect(commentsXml).not.toMatch(/Comment:|Reply:/);
    // No threaded-comment parts, which Excel shows as a conversation with a "Reply".
    expect(partPaths(zip).filter((path) => /threadedComment|person/i.test(path))).toEqual([]);

    // Read back: one note on the cell, hidden until hovered.
    const gemeenten = XLSX.read(bytes, { type: 'array' }).Sheets[sheetNames.municipalities];
    const cell = gemeenten?.[comments[0]?.[1] ?? ''] as XLSX.CellObject | undefined;
    expect(cell?.v).toBe(5503);
    expect(cell?.c?.map((comment) => comment.t)).toEqual([`${rowTotal}\n${secondMessage}`]);
    const vml = partText(zip, 'xl/drawings/vmlDrawing1.vml');
    expect(vml).toContain('visibility:hidden');
  });
});

describe('print setup in the written file', () => {
  const result = resultOf(documentFromTruth(ZUID_LIMBURG), documentFromTruth(MIDDEN_UTRECHT));

  it('repeats the header row on every printed page of every sheet', () => {
    const bytes = workbookBytes(result);
    const names = XLSX.read(bytes, { type: 'array' }).Workbook?.Names ?? [];
    const printTitles = names.filter((name) => name.Name === '_xlnm.Print_Titles').map(({ Sheet, Ref }) => ({ Sheet, Ref }));
    expect(printTitles).toEqual([
      { Sheet: 0, Ref: "'Gemeenten'!$1:$1" },
      { Sheet: 1, Ref: "'Regio''s'!$1:$1" },
      { Sheet: 2, Ref: "'Lang formaat'!$1:$1" },
      { Sheet: 3, Ref: "'Tijdreeks'!$1:$1" },
      { Sheet: 4, Ref: "'Controles'!$1:$1" },
      { Sheet: 5, Ref: "'Bronnen'!$1:$1" },
    ]);
    const workbookXml = partText(zipOf(bytes), 'xl/workbook.xml');
    expect(workbookXml).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Regio&apos;&apos;s&apos;!$1:$1</definedName>');
  });

  it('prints every sheet with narrow margins', () => {
    const zip = zipOf(workbookBytes(result));
    const sheets = partPaths(zip).filter((path) => /^xl\/worksheets\/sheet\d+\.xml$/.test(path));
    expect(sheets).toHaveLength(6);
    for (const path of sheets) {
      expect(partText(zip, path), path).toContain('<pageMargins left="0.25" right="0.25" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
    }
  });
});
