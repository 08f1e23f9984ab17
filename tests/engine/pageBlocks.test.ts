// Pages where the table shares its space with other text: prose columns, legend boxes, a second
// region's table, the register sentence wrapped in a narrow column. Every value must read as
// printed, with no flag, whatever stands beside the table on the same baselines.
import { describe, expect, it } from 'vitest';
import { buildPdf, helvetica, sampleTable, tableTexts, dutch, type PlacedText, type TableSpec } from '../helpers/buildPdf';
import { extractBytes } from '../helpers/extract';
import { isOpenFlag } from '../../src/engine/checks';
import type { ExtractedTable } from '../../src/engine/model';

const LANDSCAPE = { width: 842, height: 595 };

const PROSE = (
  'In het eerste kwartaal waren 12.345 personen bekend, 3,5% meer dan in 2019. De cijfers zijn ' +
  'afkomstig uit Sonar en gemaakt door UWV. Gemeenten met minder dan 10 personen zijn niet apart ' +
  'vermeld. Zie ook de toelichting achter in deze publicatie voor 1.234 begrippen en bronnen.'
).split(' ');

/** Prose set in a column: words filled into lines of at most `width` points, one line per `pitch`. */
function proseColumn(x: number, top: number, width: number, pitch: number, lineCount: number, size = 9): PlacedText[] {
  const texts: PlacedText[] = [];
  const charWidth = 0.5 * size;
  let word = 0;
  for (let line = 0; line < lineCount; line++) {
    let text = '';
    while ((text.length + PROSE[word % PROSE.length]!.length + 1) * charWidth < width) {
      text = text ? `${text} ${PROSE[word % PROSE.length]}` : PROSE[word % PROSE.length]!;
      word++;
    }
    texts.push({ text, x, y: top + line * pitch, size });
  }
  return texts;
}

const shift = (texts: PlacedText[], dx: number, dy = 0): PlacedText[] => texts.map((t) => ({ ...t, x: t.x + dx, y: t.y + dy }));

async function readPages(pages: PlacedText[][], size = LANDSCAPE) {
  const bytes = await buildPdf(pages.map((texts) => ({ ...size, texts })));
  if (process.env.DUMP_PDF) (await import('node:fs')).writeFileSync(process.env.DUMP_PDF, bytes);
  const doc = await extractBytes(bytes, 'blocks.pdf');
  expect(doc.error).toBeUndefined();
  return doc;
}

function expectExact(table: ExtractedTable, spec: Required<TableSpec>): void {
  expect(table.region).toBe(spec.region);
  expect(table.pageLabel).toBe(spec.label);
  expect(table.period).toEqual({ year: 2020, quarter: 2 });
  expect(table.rows.map((r) => ({ name: r.name, counts: r.counts, total: r.total }))).toEqual(spec.rows);
  expect(table.totalRow).toMatchObject({ counts: spec.totalRow.counts, total: spec.totalRow.total });
  expect(table.register).toMatchObject({ total: spec.register.total, percentInSonar: spec.register.percent });
  expect(table.flags.filter(isOpenFlag)).toEqual([]);
}

/** The sample table's rows sit at y = 124 + 14.5·i (top 90, header 34). */
const ROW_TOP = 124;

describe('a table beside other text', () => {
  it("reads a table with a prose column on its right, on the rows' own baselines", async () => {
    const spec = sampleTable();
    const texts = [...tableTexts(spec, await helvetica()), ...proseColumn(580, ROW_TOP - 29, 220, 14.5, 12)];
    const doc = await readPages([texts]);
    expect(doc.tables).toHaveLength(1);
    expectExact(doc.tables[0]!, spec);
  });

  it('reads a table with a prose column on its left, names not glued to the prose', async () => {
    const spec = sampleTable();
    const texts = [...shift(tableTexts(spec, await helvetica()), 250), ...proseColumn(42, ROW_TOP, 220, 14.5, 10)];
    const doc = await readPages([texts]);
    expect(doc.tables).toHaveLength(1);
    expectExact(doc.tables[0]!, spec);
  });

  it('reads a table with a legend box on the left and prose on the right', async () => {
    const spec = sampleTable();
    const legend = ['Categorie A', 'A = 0–1 jaar', 'B = 1–2 jaar', 'C = 2–5 jaar', 'D = 5+ jaar'].map((text, i): PlacedText => ({
      text,
      x: 42,
      y: ROW_TOP + i * 14.5,
      size: 8,
    }));
    const texts = [...shift(tableTexts(spec, await helvetica()), 110), ...legend, ...proseColumn(690, ROW_TOP, 120, 14.5, 8)];
    const doc = await readPages([texts]);
    expect(doc.tables).toHaveLength(1);
    expectExact(doc.tables[0]!, spec);
  });

  it("reads two regions' tables side by side, each with its own title, total row and sentence", async () => {
    const left = sampleTable();
    const right = otherRegion(4);
    const texts = [...halfPage(left, await helvetica()), ...shift(halfPage(right, await helvetica()), 400, 3)];
    const doc = await readPages([texts]);
    expect(doc.tables).toHaveLength(2);
    const byRegion = new Map(doc.tables.map((t) => [t.region, t]));
    expectExact(byRegion.get('Rijk van Nijmegen')!, left);
    expectExact(byRegion.get('Zuid-Limburg')!, right);
  });

  it('gives a short table beside a long one its own sentence, even where the sentence runs beside the long table', async () => {
    const font = await helvetica();
    const left = sampleTable();
    left.rows = [...left.rows, ...left.rows.map((r) => ({ ...r, name: `${r.name} Oost` }))];
    left.totalRow = { counts: left.totalRow.counts.map((c) => 2 * c), total: 2 * left.totalRow.total };
    left.register = { total: 9000, percent: Math.round((100 * left.totalRow.total) / 9000) };
    const right = otherRegion(2);
    // A one-line total header wider than its column, and the sentence in lines of ~30 characters.
    const texts = [...halfPage(left, font), ...shift(halfPage(right, font, 30, true), 400)];
    const doc = await readPages([texts]);
    const byRegion = new Map(doc.tables.map((t) => [t.region, t]));
    expect([...byRegion.keys()].sort()).toEqual(['Rijk van Nijmegen', 'Zuid-Limburg']);
    expect(byRegion.get('Rijk van Nijmegen')!.rows.map((r) => r.name)).toEqual(left.rows.map((r) => r.name));
    expect(byRegion.get('Rijk van Nijmegen')!.register).toMatchObject({ total: 9000 });
    expectExact(byRegion.get('Zuid-Limburg')!, right);
    expect(byRegion.get('Zuid-Limburg')!.headers[4]).toBe('Totaal doelgroep banenafspraak in Sonar');
  });

  it("reads two regions' tables printed one right below the other as two tables", async () => {
    const font = await helvetica();
    const upper = sampleTable();
    const lower = otherRegion(3);
    const texts = [...tableTexts({ ...upper, register: undefined }, font), ...tableTexts({ ...lower, period: undefined }, font, { top: 240, header: false })];
    const doc = await readPages([texts], { width: 595, height: 842 });
    expect(doc.tables.map((t) => [t.region, t.pageLabel, t.rows.length, t.totalRow?.total])).toEqual([
      ['Rijk van Nijmegen', '25', 4, upper.totalRow.total],
      ['Zuid-Limburg', '35', 3, lower.totalRow.total],
    ]);
    expect(doc.tables[1]!.register).toMatchObject({ total: lower.register.total });
  });

  it('reads the register sentence above the table', async () => {
    const spec = sampleTable();
    const texts = tableTexts({ ...spec, register: undefined }, await helvetica(), { top: 150 }).concat(sentence(spec, 42, 80, 95));
    const doc = await readPages([texts]);
    expectExact(doc.tables[0]!, spec);
  });

  it('reads the register sentence wrapped over short lines in a narrow column beside prose', async () => {
    const spec = sampleTable();
    const texts = tableTexts({ ...spec, register: undefined }, await helvetica()).concat(
      sentence(spec, 580, ROW_TOP, 28),
      proseColumn(735, ROW_TOP - 10, 95, 12, 12),
    );
    const doc = await readPages([texts]);
    expectExact(doc.tables[0]!, spec);
  });

  it('reads a sentence whose words are broken by hyphenation at the ends of its lines', async () => {
    const spec = sampleTable();
    const lines = [
      'In Sonar zijn niet alle doelgroepers opgeno-',
      'men, in de arbeidsmarktregio Rijk van Nij-',
      'megen bevat het doelgroepregister banen-',
      'afspraak in totaal 5.000 personen. Hier-',
      'van is 72% bekend binnen Sonar.',
    ];
    const texts = tableTexts({ ...spec, register: undefined }, await helvetica()).concat(
      lines.map((text, i) => ({ text, x: 580, y: ROW_TOP + 11 * i, size: 9 })),
    );
    const doc = await readPages([texts]);
    expectExact(doc.tables[0]!, spec);
  });

  it('joins a table continued on the next page while prose sits beside it on both pages', async () => {
    const font = await helvetica();
    const spec = sampleTable();
    const first = tableTexts({ ...spec, rows: spec.rows.slice(0, 2), totalRow: undefined, register: undefined }, font);
    const second = tableTexts({ ...spec, rows: spec.rows.slice(2) }, font);
    const doc = await readPages([
      [...first, ...proseColumn(580, ROW_TOP, 220, 14.5, 20)],
      [...second, ...proseColumn(580, ROW_TOP - 60, 220, 14.5, 20)],
    ]);
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0]!.pages).toEqual([1, 2]);
    expectExact(doc.tables[0]!, spec);
  });
});

/** A second region with its own numbers and the first `rows` rows of the sample. */
function otherRegion(rows: number): Required<TableSpec> {
  const spec: Required<TableSpec> = { ...sampleTable(), region: 'Zuid-Limburg', label: '35' };
  spec.rows = spec.rows.slice(0, rows).map((r) => ({ ...r, counts: r.counts.map((c) => c + 1), total: r.total + 4 }));
  spec.totalRow = {
    counts: [0, 1, 2, 3].map((i) => spec.rows.reduce((s, r) => s + r.counts[i]!, 0)),
    total: spec.rows.reduce((s, r) => s + r.total, 0),
  };
  spec.register = { total: 4000, percent: Math.round((100 * spec.totalRow.total) / 4000) };
  return spec;
}

/** A table in the left half of a landscape page (narrow columns), its sentence wrapped under it. */
function halfPage(spec: Required<TableSpec>, font: Awaited<ReturnType<typeof helvetica>>, chars = 60, oneLineHeader = false): PlacedText[] {
  const texts = tableTexts({ ...spec, register: undefined }, font, { columnRight: [190, 225, 260, 300, 360] })
    .filter((t) => !oneLineHeader || !['Totaal doelgroep', 'banenafspraak in', 'Sonar'].includes(t.text))
    .map((t) => (['Totaal doelgroep', 'banenafspraak in', 'Sonar'].includes(t.text) ? { ...t, x: t.x - 185 } : t));
  if (oneLineHeader) texts.push({ text: 'Totaal doelgroep banenafspraak in Sonar', x: 270, y: 90 + 18, size: 7.5 });
  return texts.concat(sentence(spec, 42, 124 + 14.5 * (spec.rows.length + 1) + 20, chars));
}

/** The 2020 register sentence set in lines of about `chars` characters from (x, top). */
function sentence(spec: Required<TableSpec>, x: number, top: number, chars: number): PlacedText[] {
  const text =
    `In Sonar zijn niet alle doelgroepers opgenomen, in de arbeidsmarktregio ${spec.region} bevat het ` +
    `doelgroepregister banenafspraak in totaal ${dutch(spec.register.total)} personen. Hiervan is ${spec.register.percent}% bekend binnen Sonar.`;
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current && current.length + word.length + 1 > chars) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  lines.push(current);
  return lines.map((line, i) => ({ text: line, x, y: top + i * 11, size: 9 }));
}
