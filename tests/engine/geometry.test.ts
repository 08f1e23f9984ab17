// Geometry on pages built for the purpose: the reader must follow positions, not the order
// or the grouping in which a producer happened to draw the text.
import { describe, expect, it } from 'vitest';
import { buildPdf, helvetica, sampleTable, tableTexts, dutch, type PlacedText } from '../helpers/buildPdf';
import { extractBytes } from '../helpers/extract';
import { isOpenFlag } from '../../src/engine/checks';

const A4 = { width: 595, height: 842 };

async function readOne(texts: PlacedText[], page: { width: number; height: number; pageRotate?: 0 | 90 } = A4) {
  const bytes = await buildPdf([{ ...page, texts }]);
  const doc = await extractBytes(bytes, 'constructed.pdf');
  expect(doc.error).toBeUndefined();
  expect(doc.tables).toHaveLength(1);
  return doc.tables[0]!;
}

describe('table geometry', () => {
  it('reads a plain constructed page with names containing apostrophes and diacritics', async () => {
    const spec = sampleTable();
    const table = await readOne(tableTexts(spec, await helvetica()));
    expect(table.period).toEqual({ year: 2020, quarter: 2 });
    expect(table.region).toBe('Rijk van Nijmegen');
    expect(table.pageLabel).toBe('25');
    expect(table.rows.map((r) => r.name)).toEqual(spec.rows.map((r) => r.name));
    expect(table.rows[2]).toMatchObject({ counts: [209, 654, 1417, 386], total: 2666 });
    expect(table.totalRow).toMatchObject({ name: 'TOTAAL AMR', counts: spec.totalRow.counts, total: spec.totalRow.total });
    expect(table.register).toMatchObject({ total: 5000, percentInSonar: 72 });
    expect(table.headers[4]).toBe('Totaal doelgroep banenafspraak in Sonar');
    expect(table.headers.slice(0, 4)).toEqual(['Kolom 1', 'Kolom 2', 'Kolom 3', 'Kolom 4']);
    expect(table.flags.filter(isOpenFlag)).toEqual([]);
    // The sample borrows two municipalities from other regions: a hint, not an open flag.
    expect(table.flags.map((f) => [f.code, f.row, f.severity])).toEqual([
      ['municipality-region', "'s-Hertogenbosch", 'info'],
      ['municipality-region', 'Súdwest-Fryslân', 'info'],
    ]);
  });

  it('follows positions when rows are drawn out of order', async () => {
    const spec = sampleTable();
    const texts = tableTexts(spec, await helvetica());
    // Reverse the drawing order entirely: the banner and TOTAAL AMR come first.
    const table = await readOne([...texts].reverse());
    expect(table.rows.map((r) => r.name)).toEqual(spec.rows.map((r) => r.name));
    expect(table.totalRow?.total).toBe(spec.totalRow.total);
    expect(table.flags.filter(isOpenFlag)).toEqual([]);
  });

  it('joins numbers and names drawn in several runs', async () => {
    const spec = sampleTable();
    const font = await helvetica();
    const texts: PlacedText[] = [];
    for (const t of tableTexts(spec, font)) {
      if (t.text === '2.666' || t.text === 'Beuningen') {
        // Draw glyph by glyph, as some producers do.
        let x = t.x;
        for (const ch of t.text) {
          texts.push({ ...t, text: ch, x });
          x += font.widthOfTextAtSize(ch, t.size ?? 9);
        }
      } else {
        texts.push(t);
      }
    }
    const table = await readOne(texts);
    expect(table.rows[0]!.name).toBe('Beuningen');
    expect(table.rows[2]!.total).toBe(2666);
    expect(table.flags.filter(isOpenFlag)).toEqual([]);
  });

  it('reads a row drawn as one run with spaces', async () => {
    const spec = sampleTable();
    const font = await helvetica();
    const all = tableTexts(spec, font);
    const y = all.find((u) => u.text === 'Berg en Dal')!.y;
    const texts = all.filter((t) => t.y !== y);
    // One run, padded with spaces so that each number ends near its column's right edge,
    // as a producer that "prints" a text line would do.
    let run = 'Berg en Dal';
    ['26', '85', '188', '66', '365'].forEach((value, i) => {
      const right = [300, 355, 410, 465, 545][i]! - 45;
      while (font.widthOfTextAtSize(`${run} ${value}`, 9) < right) run += ' ';
      run += value;
    });
    texts.push({ text: run, x: 45, y });
    const table = await readOne(texts);
    expect(table.rows[1]).toMatchObject({ name: 'Berg en Dal', counts: [26, 85, 188, 66], total: 365 });
    expect(table.flags.filter(isOpenFlag)).toEqual([]);
  });

  it('joins a name wrapped over two lines inside its cell', async () => {
    const spec = sampleTable();
    spec.rows[1]!.name = 'Nuenen, Gerwen en Nederwetten';
    const font = await helvetica();
    const texts = tableTexts(spec, font);
    const nameText = texts.find((t) => t.text === 'Nuenen, Gerwen en Nederwetten')!;
    // Narrow name column: the cell wraps, vertically centred on the numbers.
    texts.splice(
      texts.indexOf(nameText),
      1,
      { ...nameText, text: 'Nuenen, Gerwen en', y: nameText.y - 5 },
      { ...nameText, text: 'Nederwetten', y: nameText.y + 5 },
    );
    const table = await readOne(texts);
    expect(table.rows.map((r) => r.name)).toEqual(['Beuningen', 'Nuenen, Gerwen en Nederwetten', "'s-Hertogenbosch", 'Súdwest-Fryslân']);
  });

  it('reads rotated count headers and a total header wrapped over three lines', async () => {
    const spec = sampleTable();
    const font = await helvetica();
    const texts = tableTexts(spec, font);
    const firstRowY = texts.find((t) => t.text === 'Beuningen')!.y;
    const headers = ['Met profiel', 'Zonder profiel', 'Werkzoekend', 'Overig'];
    [300, 355, 410, 465].forEach((right, i) => {
      texts.push({ text: headers[i]!, x: right - 4, y: firstRowY - 14, size: 7, rotate: 90 });
    });
    const table = await readOne(texts);
    expect(table.headers).toEqual([...headers, 'Totaal doelgroep banenafspraak in Sonar']);
    expect(table.rows).toHaveLength(4);
  });

  it('reads horizontal count headers on the line of a name-column header', async () => {
    const spec = sampleTable();
    const texts = tableTexts(spec, await helvetica());
    const headerY = texts.find((t) => t.text === 'Sonar')!.y;
    texts.push({ text: 'Gemeente', x: 45, y: headerY, size: 7.5 });
    ['Type A', 'Type B', 'Type C', 'Type D'].forEach((h, i) => {
      texts.push({ text: h, x: [300, 355, 410, 465][i]! - 22, y: headerY, size: 7.5 });
    });
    const table = await readOne(texts);
    expect(table.headers).toEqual(['Type A', 'Type B', 'Type C', 'Type D', 'Totaal doelgroep banenafspraak in Sonar']);
    expect(table.rows.map((r) => r.name)).toEqual(spec.rows.map((r) => r.name));
  });

  it('reads a landscape page', async () => {
    const spec = sampleTable();
    const table = await readOne(tableTexts(spec, await helvetica(), { columnRight: [420, 500, 580, 660, 780] }), { width: 842, height: 595 });
    expect(table.rows).toHaveLength(4);
    expect(table.totalRow?.total).toBe(spec.totalRow.total);
    expect(table.flags.filter(isOpenFlag)).toEqual([]);
  });

  it('reads a page turned by /Rotate 90 the way it is displayed', async () => {
    const spec = sampleTable();
    const table = await readOne(tableTexts(spec, await helvetica(), { columnRight: [420, 500, 580, 660, 780] }), { width: 842, height: 595, pageRotate: 90 });
    expect(table.rows.map((r) => r.name)).toEqual(spec.rows.map((r) => r.name));
    expect(table.totalRow?.counts).toEqual(spec.totalRow.counts);
    expect(table.register?.percentInSonar).toBe(72);
    expect(table.flags.filter(isOpenFlag)).toEqual([]);
  });

  it('joins a table continued on the next page into one table', async () => {
    const spec = sampleTable();
    const font = await helvetica();
    const first = tableTexts({ ...spec, rows: spec.rows.slice(0, 2) }, font);
    const second = tableTexts({ ...spec, period: undefined, rows: spec.rows.slice(2) }, font).filter((t) => t.text !== spec.label && t.text !== spec.region);
    // First page: no TOTAAL AMR and no sentence.
    const firstPage = first.filter((t) => !/TOTAAL|Sonar zijn|doelgroepregister/.test(t.text) && !isTotalRowValue(t, first));
    const bytes = await buildPdf([
      { ...A4, texts: firstPage },
      { ...A4, texts: second },
    ]);
    const doc = await extractBytes(bytes, 'continued.pdf');
    expect(doc.tables).toHaveLength(1);
    const table = doc.tables[0]!;
    expect(table.page).toBe(1);
    expect(table.pages).toEqual([1, 2]);
    expect(table.pageLabel).toBe('25');
    expect(table.rows.map((r) => r.name)).toEqual(spec.rows.map((r) => r.name));
    expect(table.totalRow?.total).toBe(spec.totalRow.total);
    expect(table.flags.filter(isOpenFlag)).toEqual([]);
  });

  it('flags a cell that is not a whole number instead of guessing', async () => {
    const spec = sampleTable();
    const texts = tableTexts(spec, await helvetica());
    const cell = texts.find((t) => t.text === dutch(654))!;
    cell.text = '65,4';
    const table = await readOne(texts);
    expect(table.rows[2]!.counts[1]).toBeNull();
    expect(table.rows[2]!.sources?.[2]?.text).toBe('65,4');
    expect(table.flags.map((f) => f.code)).toContain('invalid-number');
    const flag = table.flags.find((f) => f.code === 'invalid-number')!;
    expect(flag).toMatchObject({ row: "'s-Hertogenbosch", column: 1 });
  });

  it('keeps where every value came from', async () => {
    const table = await readOne(tableTexts(sampleTable(), await helvetica()));
    const src = table.rows[2]!.sources!;
    expect(src[0]).toMatchObject({ page: 1, text: "'s-Hertogenbosch" });
    expect(src[5]).toMatchObject({ page: 1, text: '2.666' });
    // Right-aligned at x = 545 on the page, y measured from the top.
    expect(src[5]!.box.x1).toBeCloseTo(545, 0);
    expect(src[5]!.box.y0).toBeLessThan(src[5]!.box.y1);
  });
});

function isTotalRowValue(t: PlacedText, all: PlacedText[]): boolean {
  const totalY = all.find((u) => u.text === 'TOTAAL AMR')?.y;
  return totalY !== undefined && t.y === totalY;
}
