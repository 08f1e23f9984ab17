// One region's table block laid out from its top-left corner (0, 0): title in the 2017 or 2020
// style, optional register sentence above or below, column headers, municipality rows and
// TOTAAL AMR, numbers right-aligned at their column's right edge.
import { blockBox, type Box, type Metrics, type Shape, type TextItem } from './draw';
import { TOTAL_HEADER, registerSentence, wrapWords, type Wording } from './pageText';
import type { Rng } from './prng';
import { TOTAL_ROW, dutchNumber, periodText, type TableContent, type TruthRow } from './tableData';

export type TitleStyle = '2017' | '2020';
export type TotalHeader = 'line' | 'wrap2' | 'wrap3' | 'rotated';
export type SentencePlace = 'below' | 'above' | 'prose';

export interface TableStyle {
  size: number;
  pitch: number;
  /** Space between the longest name and the first column, and added to each value column. */
  nameGap: number;
  columnGap: number;
  countHeaders: readonly string[] | null;
  totalHeader: TotalHeader;
  totalHeaderLines: readonly string[];
  headerSize: number;
  /** Extra space between the header and the first row, in pitches. */
  headerGap: number;
  /** Distance of TOTAAL AMR from the last row, in pitches. */
  totalGap: number;
  titleStyle: TitleStyle;
  /** The 2020 title line as one text run or as period and region runs. */
  titleOneRun: boolean;
  sentence: SentencePlace;
  sentenceSize: number;
  wording: Wording;
  rules: boolean;
  zebra: boolean;
}

const COUNT_HEADER_SETS: readonly (readonly string[])[] = [
  ['A', 'B', 'C', 'D'],
  ['Cat. A', 'Cat. B', 'Cat. C', 'Cat. D'],
  ['Groep 1', 'Groep 2', 'Groep 3', 'Groep 4'],
  ['Gemeente', 'UWV', 'Beide', 'Overig'],
];

const WRAPS: Record<Exclude<TotalHeader, 'line' | 'rotated'>, readonly (readonly string[])[]> = {
  wrap2: [
    ['Totaal doelgroep', 'banenafspraak in Sonar'],
    ['Totaal doelgroep banenafspraak', 'in Sonar'],
  ],
  wrap3: [
    ['Totaal doelgroep', 'banenafspraak in', 'Sonar'],
    ['Totaal', 'doelgroep banenafspraak', 'in Sonar'],
  ],
};

export function randomTableStyle(rng: Rng, titleStyle: TitleStyle): TableStyle {
  const size = rng.pick([7, 7.5, 8, 8.5, 9, 9, 9.5, 10, 10.5, 11]);
  const totalHeader = rng.weighted([
    ['line', 2],
    ['wrap2', 2],
    ['wrap3', 3],
    ['rotated', 2],
  ] as const);
  return {
    size,
    pitch: Math.round(size * rng.float(1.35, 1.8) * 4) / 4,
    nameGap: rng.pt(10, 40),
    columnGap: rng.pt(8, 22),
    countHeaders: rng.chance(0.6) ? null : rng.pick(COUNT_HEADER_SETS),
    totalHeader,
    totalHeaderLines: totalHeader === 'line' || totalHeader === 'rotated' ? [TOTAL_HEADER] : rng.pick(WRAPS[totalHeader]),
    headerSize: rng.pick([6.5, 7, 7.5, 8]),
    headerGap: rng.float(1.1, 1.7),
    totalGap: rng.float(1, 1.35),
    titleStyle,
    titleOneRun: rng.chance(0.5),
    sentence: rng.weighted([
      ['below', 5],
      ['above', 2],
      ['prose', 3],
    ] as const),
    sentenceSize: rng.pick([8, 8.5, 9, 9.5]),
    wording: rng.chance(0.5) ? '2017' : '2020',
    rules: rng.chance(0.4),
    zebra: rng.chance(0.25),
  };
}

/** Where the value columns end, measured over every row the table prints (all its pages). */
export interface Columns {
  rights: number[];
  gridWidth: number;
}

export function tableColumns(content: TableContent, style: TableStyle, metrics: Metrics): Columns {
  const all = [...content.rows, content.totalRow];
  const nameWidth = Math.max(...all.map((r) => metrics.width(r.name, style.size, r.name === TOTAL_ROW)));
  const rights: number[] = [];
  let x = nameWidth + style.nameGap;
  for (let c = 0; c < 5; c++) {
    const numbers = all.map((r) => metrics.width(dutchNumber(c === 4 ? r.total : r.counts[c]!), style.size, true));
    const label = c < 4 && style.countHeaders ? metrics.width(style.countHeaders[c]!, style.headerSize) : 0;
    // A wrapped total header fits its column, as on the real pages; one line may reach over.
    const wrapped =
      c === 4 && style.totalHeader.startsWith('wrap')
        ? Math.max(...style.totalHeaderLines.map((l) => metrics.width(l, style.headerSize))) + 4 - style.columnGap
        : 0;
    x += Math.max(...numbers, label, wrapped) + style.columnGap + (c === 4 ? style.columnGap : 0);
    rights.push(x);
  }
  return { rights, gridWidth: x };
}

/** What one page prints of a table: all of it, or one part of a table continued over pages. */
export interface TablePart {
  rows: readonly TruthRow[];
  title: boolean;
  totalRow: boolean;
  /** The sentence inside the block (above or below); 'prose' puts it elsewhere. */
  sentence: boolean;
}

export interface TableBlock {
  texts: TextItem[];
  shapes: Shape[];
  rowBaselines: number[];
  box: Box;
}

export function layoutTable(content: TableContent, style: TableStyle, columns: Columns, part: TablePart, metrics: Metrics, block: string): TableBlock {
  const texts: TextItem[] = [];
  const shapes: Shape[] = [];
  const add = (text: string, x: number, y: number, size: number, role: TextItem['role'], bold = false, rotate: 0 | 90 = 0) =>
    texts.push({ text, x, y, size, bold, rotate, role, block });

  let y = 0;
  if (part.title) y = addTitle(content, style, add, shapes, metrics, block);
  const sentenceLines = wrapWords(sentenceOf(content, style), Math.max(columns.gridWidth, 200), (s) => metrics.width(s, style.sentenceSize));
  if (part.sentence && style.sentence === 'above') {
    y = addLines(sentenceLines, 0, y + style.sentenceSize * 1.2, style.sentenceSize, 'sentence', add) + style.sentenceSize;
  }
  const headerBaseline = addHeader(style, columns, y, add, metrics);
  const rowBaselines: number[] = [];
  let baseline = headerBaseline + style.pitch * style.headerGap;
  const addRow = (row: TruthRow, bold: boolean) => {
    add(row.name, 0, baseline, style.size, 'cell', bold);
    [...row.counts, row.total].forEach((value, c) => {
      const s = dutchNumber(value);
      add(s, columns.rights[c]! - metrics.width(s, style.size, bold), baseline, style.size, 'cell', bold);
    });
    rowBaselines.push(baseline);
  };
  for (const row of part.rows) {
    addRow(row, false);
    baseline += style.pitch;
  }
  if (style.zebra) addZebra(rowBaselines, style, columns, shapes, block);
  if (style.rules) addRules(headerBaseline, rowBaselines, style, columns, shapes, block);
  let bottom = baseline - style.pitch;
  if (part.totalRow) {
    baseline = bottom + style.pitch * style.totalGap;
    addRow(content.totalRow, true);
    bottom = baseline;
  }
  if (part.sentence && style.sentence === 'below') {
    addLines(sentenceLines, 0, bottom + style.size + style.sentenceSize * 1.6, style.sentenceSize, 'sentence', add);
  }
  return { texts, shapes, rowBaselines, box: blockBox(texts, shapes, metrics) };
}

type Add = (text: string, x: number, y: number, size: number, role: TextItem['role'], bold?: boolean, rotate?: 0 | 90) => void;

export function sentenceOf(content: TableContent, style: TableStyle): string {
  return registerSentence(style.wording, content.region.name, content.register.total, content.register.percentInSonar);
}

/** Lines at a leading of 1.25 × size from the first baseline; returns the last baseline. */
function addLines(lines: readonly string[], x: number, first: number, size: number, role: TextItem['role'], add: Add): number {
  let y = first;
  lines.forEach((line, i) => {
    y = first + i * size * 1.25;
    add(line, x, y, size, role);
  });
  return y;
}

/** 2017: period line, then label box + region name. 2020: "Tweede kwartaal 2020  Region" on one
 * line (its page label goes in the footer). Returns the y below the title. */
function addTitle(content: TableContent, style: TableStyle, add: Add, shapes: Shape[], metrics: Metrics, block: string): number {
  const period = periodText(content.period);
  if (style.titleStyle === '2020') {
    const baseline = 11;
    if (style.titleOneRun) add(`${period}  ${content.region.name}`, 0, baseline, 11, 'title');
    else {
      add(period, 0, baseline, 11, 'title');
      add(content.region.name, metrics.width(period, 11) + 14, baseline, 11, 'title');
    }
    return baseline + 14;
  }
  add(period, 0, 11, 11, 'title');
  const baseline = 37;
  const labelWidth = metrics.width(content.pageLabel, 12);
  add(content.pageLabel, 6, baseline, 12, 'label');
  shapes.push({ kind: 'stroke', x: 2, y: baseline - 12, w: labelWidth + 8, h: 16, block });
  add(content.region.name, Math.max(34, labelWidth + 18), baseline, 14, 'title');
  return baseline + 14;
}

/** Count labels (optional) on the header baseline; the total header on one line, wrapped or
 * rotated above the total column. Returns the header baseline. */
function addHeader(style: TableStyle, columns: Columns, top: number, add: Add, metrics: Metrics): number {
  const hs = style.headerSize;
  const leading = hs * 1.2;
  const totalRight = columns.rights[4]!;
  const totalLeft = columns.rights[3]!;
  const totalCentre = (totalLeft + totalRight) / 2;
  if (style.totalHeader === 'rotated') {
    const height = metrics.width(TOTAL_HEADER, hs);
    const baseline = top + height + 4;
    add(TOTAL_HEADER, totalCentre + hs * 0.3, baseline, hs, 'header', false, 90);
    addCountLabels(style, columns, baseline, add, metrics);
    return baseline;
  }
  const lines = style.totalHeaderLines;
  const xOf = (line: string) => Math.min(totalCentre - metrics.width(line, hs) / 2, totalRight - metrics.width(line, hs));
  // The last total-header line shares the count labels' baseline unless it would reach them.
  const lastLeft = xOf(lines[lines.length - 1]!);
  const labelRight = style.countHeaders ? columns.rights[3]! : -Infinity;
  const ownLine = lastLeft < labelRight + 4 ? 1 : 0;
  const baseline = top + hs + (lines.length - 1 + ownLine) * leading;
  lines.forEach((line, i) => add(line, xOf(line), baseline - (lines.length - 1 - i + ownLine) * leading, hs, 'header'));
  addCountLabels(style, columns, baseline, add, metrics);
  return baseline;
}

function addCountLabels(style: TableStyle, columns: Columns, baseline: number, add: Add, metrics: Metrics): void {
  style.countHeaders?.forEach((label, c) => {
    add(label, columns.rights[c]! - metrics.width(label, style.headerSize), baseline, style.headerSize, 'header');
  });
}

function addZebra(baselines: readonly number[], style: TableStyle, columns: Columns, shapes: Shape[], block: string): void {
  baselines.forEach((b, i) => {
    if (i % 2 === 1) shapes.push({ kind: 'fill', x: -2, y: b - style.pitch / 2 - style.size * 0.28, w: columns.gridWidth + 4, h: style.pitch, block });
  });
}

function addRules(header: number, baselines: readonly number[], style: TableStyle, columns: Columns, shapes: Shape[], block: string): void {
  const first = baselines[0];
  if (first === undefined) return;
  const y = (header + style.headerSize * 0.25 + first - style.size * 0.8) / 2;
  shapes.push({ kind: 'line', x: 0, y, w: columns.gridWidth, h: 0, block });
}
