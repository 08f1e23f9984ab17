// Seeded, property-based page layouts for the engine's layout analysis: one seed gives one PDF
// (byte-identical on every run) with one or two region tables among other text, and the truth
// of what was drawn. The truth comes from the generator's own numbers and arithmetic, never
// from the engine, so the engine can be measured against it.
import type { TruthTable } from '../helpers/fixtures';
import { assertPlausible, moveShapes, moveTexts, newDocument, renderPdf, type DrawOrder, type Metrics, type PageDraw, type Shape, type TextItem } from './draw';
import { PAGE_TITLE, SOURCE_LINE, proseWords } from './pageText';
import { Rng } from './prng';
import { allRegions } from './regionData';
import { layoutLegend, layoutProse, legendHeight, randomSideColumn, type Band, type SideColumn } from './sideColumns';
import { layoutTable, randomTableStyle, sentenceOf, tableColumns, type TableBlock, type TablePart, type TableStyle, type TitleStyle } from './tableBlock';
import { expectedFlags, makeTableContent, type TableContent } from './tableData';

export interface TruthDocument {
  file: string;
  pageCount: number;
  tables: TruthTable[];
}

export interface LayoutCase {
  seed: number;
  pdf: Uint8Array;
  fileName: string;
  /** The drawn choices in one line, for failure reports. */
  description: string;
  truth: TruthDocument;
}

export async function generateLayoutCase(seed: number): Promise<LayoutCase> {
  const rng = new Rng(seed);
  const { doc, fonts, metrics } = await newDocument();
  const plan = planCase(rng, metrics);
  for (const page of plan.pages) assertPlausible(page, metrics);
  const order = rng.weighted([
    ['shuffled', 6],
    ['natural', 2],
    ['reversed', 2],
  ] as const);
  plan.notes.push(`order=${order}`);
  const pdf = await renderPdf(doc, fonts, plan.pages, (items) => drawOrder(rng, order, items));
  const fileName = `layout-${seed}.pdf`;
  return {
    seed,
    pdf,
    fileName,
    description: `seed ${seed}: ${plan.notes.join(' | ')}`,
    truth: { file: fileName, pageCount: plan.pages.length, tables: plan.tables },
  };
}

function drawOrder<T>(rng: Rng, order: DrawOrder, items: readonly T[]): T[] {
  if (order === 'natural') return [...items];
  if (order === 'reversed') return [...items].reverse();
  return rng.shuffle(items);
}

interface Plan {
  pages: PageDraw[];
  tables: TruthTable[];
  notes: string[];
}

/** The page frame: size, margins and the band between page title and footer. */
interface Frame {
  width: number;
  height: number;
  margin: number;
  top: number;
  bottom: number;
  footerBaseline: number;
  pageTitle: boolean;
  sourceLine: boolean;
}

interface Context {
  rng: Rng;
  metrics: Metrics;
  frame: Frame;
  titleStyle: TitleStyle;
  notes: string[];
}

function planCase(rng: Rng, metrics: Metrics): Plan {
  const landscape = rng.chance(0.4);
  const titleStyle: TitleStyle = rng.chance(0.5) ? '2017' : '2020';
  const frame = randomFrame(rng, landscape, titleStyle);
  const notes = [`${landscape ? 'landscape' : 'portrait'} ${frame.width}x${frame.height}`, `title ${titleStyle}`];
  const ctx: Context = { rng, metrics, frame, titleStyle, notes };
  const period = { year: rng.int(2017, 2026), quarter: rng.int(1, 4) };
  const regions = rng.shuffle(allRegions());
  const label = rng.int(1, 40);
  const plantError = rng.chance(0.3);
  const first = makeTableContent(rng, period, regions[0]!, String(label), plantError);
  if (landscape && rng.chance(0.35)) {
    const second = makeTableContent(rng, period, regions[1]!, String(label + 1), plantError && rng.chance(0.5));
    const plan = planDouble(ctx, first, second);
    if (plan) return plan;
  }
  return planSingle(ctx, first);
}

function randomFrame(rng: Rng, landscape: boolean, titleStyle: TitleStyle): Frame {
  const [width, height] = landscape ? [842, 595] : [595, 842];
  const topMargin = rng.pt(24, 44);
  const pageTitle = titleStyle === '2020' || rng.chance(0.6);
  const footerBaseline = height - rng.pt(18, 28);
  return {
    width,
    height,
    margin: rng.pt(28, 48),
    top: pageTitle ? topMargin + 34 : topMargin,
    bottom: footerBaseline - 22,
    footerBaseline,
    pageTitle,
    sourceLine: rng.chance(0.5),
  };
}

// ---------------------------------------------------------------- single table (maybe continued)

type Position = 'left' | 'right' | 'centre';

function planSingle(ctx: Context, content: TableContent): Plan {
  const { rng, frame, metrics } = ctx;
  const style = randomTableStyle(rng, ctx.titleStyle);
  const position = rng.weighted([
    ['left', 2],
    ['right', 1],
    ['centre', 1],
  ] as const);
  let sides = randomSides(ctx, position);
  if (style.sentence === 'prose') {
    const holder = sides.find((c) => c.kind === 'prose');
    if (holder) holder.holdsSentence = true;
    else style.sentence = rng.chance(0.5) ? 'below' : 'above';
  }
  const wantContinued = content.rows.length >= 6 && sides.some((c) => c.kind === 'prose') && rng.chance(0.3);
  if (wantContinued && style.sentence === 'above') style.sentence = 'below';

  const available = frame.bottom - frame.top;
  const full = (): TablePart => ({ rows: content.rows, title: true, totalRow: true, sentence: style.sentence !== 'prose' });
  // A table that is not continued must fit the page's height: tighter and smaller first.
  while (!wantContinued && heightOf(ctx, content, style, full()) > available && shrink(style)) {
    /* shrink */
  }
  // Then across: shrink until table and side columns fit between the margins; drop columns if not.
  let allocation = allocate(frame, tableWidth(ctx, content, style), position, sides, sentenceOf(content, style), metrics);
  while (!allocation) {
    if (!shrink(style)) sides = dropLastColumn(sides, style, rng);
    allocation = allocate(frame, tableWidth(ctx, content, style), position, sides, sentenceOf(content, style), metrics);
  }
  const columns = tableColumns(content, style, metrics);
  // One horizontal shift for every part, so a page with fewer rows keeps the same columns.
  const dx = allocation.tableX - dryRun(ctx, content, style, full()).box.x0;
  const continued = wantContinued || heightOf(ctx, content, style, full()) > available;
  const parts = continued ? splitParts(ctx, content, style, available) : [full()];

  notes(ctx, content, style, position, sides, parts.length);
  const pages = parts.map((part, i) => buildSinglePage(ctx, content, style, columns, part, dx, sides, i === parts.length - 1, i));
  const truth = truthOf(content, 1, parts.length > 1 ? parts.map((_, i) => i + 1) : null);
  return { pages, tables: [truth], notes: ctx.notes };
}

function randomSides(ctx: Context, position: Position): SideColumn[] {
  const { rng, metrics } = ctx;
  const count = rng.weighted([
    [0, 2],
    [1, 4],
    [2, 3],
  ] as const);
  const kinds = Array.from({ length: count }, (): SideColumn['kind'] => (rng.chance(0.25) ? 'legend' : 'prose'));
  if (kinds.filter((k) => k === 'legend').length > 1) kinds[1] = 'prose';
  return kinds.map((kind, i) => {
    const side =
      position === 'left' ? 'right' : position === 'right' ? 'left' : count === 2 ? (i === 0 ? 'left' : 'right') : rng.chance(0.5) ? 'left' : 'right';
    return randomSideColumn(rng, kind, side, metrics);
  });
}

function dropLastColumn(sides: SideColumn[], style: TableStyle, rng: Rng): SideColumn[] {
  if (sides.length === 0) throw new Error('a table alone does not fit across the page');
  const dropped = sides[sides.length - 1]!;
  if (dropped.holdsSentence) {
    const next = sides.slice(0, -1).find((c) => c.kind === 'prose');
    if (next) next.holdsSentence = true;
    else style.sentence = rng.chance(0.5) ? 'below' : 'above';
  }
  return sides.slice(0, -1);
}

/** One step smaller: a tighter pitch, then tighter columns, then a smaller font; false at the
 * minimum. */
function shrink(style: TableStyle): boolean {
  const tight = Math.round(style.size * 1.3 * 4) / 4;
  if (style.pitch > tight) {
    style.pitch = tight;
  } else if (style.nameGap > 14 || style.columnGap > 9) {
    style.nameGap = Math.min(style.nameGap, 14);
    style.columnGap = Math.min(style.columnGap, 9);
  } else if (style.size > 7) {
    style.size -= 0.5;
    style.pitch = Math.round(style.size * 1.3 * 4) / 4;
    style.headerSize = Math.min(style.headerSize, style.size);
  } else {
    return false;
  }
  return true;
}

function dryRun(ctx: Context, content: TableContent, style: TableStyle, part: TablePart): TableBlock {
  return layoutTable(content, style, tableColumns(content, style, ctx.metrics), part, ctx.metrics, 'dry');
}

function tableWidth(ctx: Context, content: TableContent, style: TableStyle): number {
  const box = dryRun(ctx, content, style, { rows: content.rows, title: true, totalRow: true, sentence: style.sentence !== 'prose' }).box;
  return box.x1 - box.x0;
}

function heightOf(ctx: Context, content: TableContent, style: TableStyle, part: TablePart): number {
  const box = dryRun(ctx, content, style, part).box;
  return box.y1 - box.y0;
}

/** First page: title and the first rows; second page: the rest, TOTAAL AMR and the sentence. */
function splitParts(ctx: Context, content: TableContent, style: TableStyle, available: number): TablePart[] {
  const n = content.rows.length;
  const part = (from: number, to: number, last: boolean): TablePart => ({
    rows: content.rows.slice(from, to),
    title: !last,
    totalRow: last,
    sentence: last && style.sentence !== 'prose',
  });
  const fits = (k: number) => heightOf(ctx, content, style, part(0, k, false)) <= available && heightOf(ctx, content, style, part(k, n, true)) <= available;
  const preferred = Math.max(2, Math.min(n - 2, Math.round(n * ctx.rng.float(0.4, 0.7))));
  for (let d = 0; d < n; d++) {
    for (const k of [preferred - d, preferred + d]) if (k >= 2 && k <= n - 2 && fits(k)) return [part(0, k, false), part(k, n, true)];
  }
  throw new Error(`no split of ${n} rows fits two pages`);
}

interface Allocation {
  tableX: number;
}

/** Places the table by its position and the side columns outwards from it (prose may narrow
 * to the widest word it prints); null when they do not fit between the margins. */
function allocate(frame: Frame, width: number, position: Position, sides: SideColumn[], sentence: string, metrics: Metrics): Allocation | null {
  const left = sides.filter((c) => c.side === 'left');
  const right = sides.filter((c) => c.side === 'right');
  const inner = frame.width - 2 * frame.margin;
  const tableX = position === 'left' ? frame.margin : position === 'right' ? frame.width - frame.margin - width : (frame.width - width) / 2;
  const fitSide = (columns: SideColumn[], room: number) => {
    const need = () => columns.reduce((s, c) => s + c.width + c.gutter, 0);
    for (const c of columns) {
      if (need() <= room + 0.01) break;
      if (c.kind === 'prose') c.width = Math.max(minProseWidth(c, sentence, metrics), c.width - (need() - room));
    }
    return need() <= room + 0.01;
  };
  if (width > inner) return null;
  for (const c of sides) if (c.kind === 'prose') c.width = Math.max(c.width, minProseWidth(c, sentence, metrics));
  if (!fitSide(left, tableX - frame.margin) || !fitSide(right, frame.width - frame.margin - tableX - width)) return null;
  let x = tableX;
  for (const c of left) {
    x -= c.gutter + c.width;
    c.x = x;
  }
  x = tableX + width;
  for (const c of right) {
    c.x = x + c.gutter;
    x = c.x + c.width;
  }
  return { tableX };
}

function minProseWidth(column: SideColumn, sentence: string, metrics: Metrics): number {
  const words = [...proseWords(), ...(column.holdsSentence ? sentence.split(' ') : [])];
  return Math.ceil(Math.max(70, ...words.map((w) => metrics.width(w, column.size, true))) + 4);
}

function buildSinglePage(
  ctx: Context,
  content: TableContent,
  style: TableStyle,
  columns: ReturnType<typeof tableColumns>,
  part: TablePart,
  dx: number,
  sides: readonly SideColumn[],
  lastPart: boolean,
  pageIndex: number,
): PageDraw {
  const { rng, frame, metrics } = ctx;
  const table = layoutTable(content, style, columns, part, metrics, 'table');
  const height = table.box.y1 - table.box.y0;
  // A table breaks to the next page because it starts low: after an introduction, it runs
  // to the bottom of its first page.
  const intro = !lastPart ? introProse(ctx, frame.bottom - height - rng.pt(0, 8) - 18) : [];
  const ceiling = intro.length ? Math.max(...intro.map((t) => t.y + t.size * 0.25)) + 16 : frame.top;
  const top = intro.length ? frame.bottom - height - rng.pt(0, 4) : frame.top + rng.pt(0, Math.max(0, Math.min(24, frame.bottom - frame.top - height)));
  const dy = top - table.box.y0;
  const texts = [...intro, ...moveTexts(table.texts, dx, dy)];
  const shapes = moveShapes(table.shapes, dx, dy);
  const rows = table.rowBaselines.map((b) => b + dy);
  const tableTop = table.box.y0 + dy;
  sides.forEach((column, i) => {
    const block = `side${i}`;
    const sentence = column.holdsSentence && lastPart ? sentenceOf(content, style) : null;
    const drawn =
      column.kind === 'legend'
        ? layoutLegend(column, legendBand(ctx, column, rows, style.pitch, ceiling), block)
        : { texts: proseColumn(ctx, column, proseBand(ctx, column, tableTop, rows, style.pitch, sentence !== null, ceiling), sentence, block), shapes: [] };
    texts.push(...drawn.texts);
    shapes.push(...drawn.shapes);
  });
  const footer =
    ctx.titleStyle === '2020' ? [{ text: `${Number(content.pageLabel) + pageIndex} ${content.region.name}`, right: frame.width - frame.margin }] : [];
  texts.push(...belowProse(ctx, texts, shapes), ...pageChrome(ctx, footer, true));
  return { width: frame.width, height: frame.height, texts, shapes };
}

function proseColumn(ctx: Context, column: SideColumn, band: Band, sentence: string | null, block: string): TextItem[] {
  const texts = layoutProse(ctx.rng, column, band, sentence, ctx.metrics, block);
  if (!texts) throw new Error('the register sentence does not fit its prose column');
  return texts;
}

/** A prose column's band: from somewhere between the block top and the first row to somewhere
 * below the last row; the one holding the sentence runs to the page bottom. */
function proseBand(ctx: Context, column: SideColumn, tableTop: number, rows: readonly number[], pitch: number, holdsSentence: boolean, ceiling: number): Band {
  const { rng, frame } = ctx;
  const firstRow = rows[0] ?? tableTop;
  const lastRow = rows[rows.length - 1] ?? firstRow;
  const highest = Math.max(ceiling, Math.min(tableTop, firstRow - column.size));
  const top = rng.chance(0.3) ? ceiling : rng.pt(highest, Math.max(highest, firstRow - column.size));
  const bottom = holdsSentence || rng.chance(0.4) ? frame.bottom : rng.pt(Math.min(lastRow, frame.bottom), frame.bottom);
  return { top, bottom: Math.max(bottom, Math.min(frame.bottom, top + column.size * 6)), grid: { first: firstRow, pitch } };
}

/** A legend starts beside one of the first rows, moved up when it would run off the page. */
function legendBand(ctx: Context, column: SideColumn, rows: readonly number[], pitch: number, ceiling: number): Band {
  const { rng, frame } = ctx;
  const start = rows[rng.int(0, Math.min(3, rows.length - 1))] ?? frame.top;
  const height = legendHeight(column, column.aligned ? pitch : null);
  let top = start - column.size - 6;
  while (top + height > frame.bottom) top -= pitch;
  top = Math.max(top, ceiling);
  return { top, bottom: top + height, grid: { first: rows[0] ?? start, pitch } };
}

/** Full-width introduction from the top of the page down to `bottom`; empty when too little room. */
function introProse(ctx: Context, bottom: number): TextItem[] {
  const { rng, frame, metrics } = ctx;
  const size = rng.pick([8, 8.5, 9]);
  if (bottom - frame.top < size * 1.3 * 3) return [];
  ctx.notes.push('introduction above the table');
  const column = { x: frame.margin, width: frame.width - 2 * frame.margin, size, aligned: false };
  return layoutProse(rng, column, { top: frame.top, bottom, grid: null }, null, metrics, 'intro') ?? [];
}

/** Full-width explanatory prose under everything, as on the real pages; sometimes. */
function belowProse(ctx: Context, texts: readonly TextItem[], shapes: readonly Shape[]): TextItem[] {
  const { rng, frame, metrics } = ctx;
  if (!rng.chance(0.45)) return [];
  const lowest = Math.max(...texts.map((t) => t.y + t.size * 0.25), ...shapes.map((s) => s.y + s.h));
  const size = rng.pick([8, 8.5, 9]);
  const top = lowest + rng.pt(14, 30);
  if (frame.bottom - top < size * 1.3 * 3) return [];
  ctx.notes.push('prose below');
  const column = { x: frame.margin, width: frame.width - 2 * frame.margin, size, aligned: false };
  return layoutProse(rng, column, { top, bottom: frame.bottom, grid: null }, null, metrics, 'below') ?? [];
}

/** Page title on top; footer labels ("25 Rijk van Nijmegen", 2020 style) and the source line. */
function pageChrome(ctx: Context, footers: readonly { text: string; right: number }[], sourceAllowed: boolean): TextItem[] {
  const { frame, metrics } = ctx;
  const item = (text: string, x: number, y: number, size: number, role: TextItem['role'], bold = false): TextItem => ({
    text,
    x,
    y,
    size,
    bold,
    rotate: 0,
    role,
    block: `page-${role}-${x}`,
  });
  const texts: TextItem[] = [];
  if (frame.pageTitle) texts.push(item(PAGE_TITLE, frame.margin, frame.top - 18, 16, 'pageTitle', true));
  for (const f of footers) texts.push(item(f.text, f.right - metrics.width(f.text, 9), frame.footerBaseline, 9, 'footer'));
  if (frame.sourceLine && sourceAllowed) texts.push(item(SOURCE_LINE, frame.margin, frame.footerBaseline, 7, 'footer'));
  return texts;
}

// ---------------------------------------------------------------- two tables side by side

function planDouble(ctx: Context, a: TableContent, b: TableContent): Plan | null {
  const { rng, frame, metrics } = ctx;
  const style = randomTableStyle(rng, ctx.titleStyle);
  if (style.sentence === 'prose') style.sentence = rng.chance(0.5) ? 'below' : 'above';
  const gap = rng.pt(24, 60);
  const half = (frame.width - 2 * frame.margin - gap) / 2;
  const available = frame.bottom - frame.top;
  const fits = () => [a, b].every((c) => tableWidth(ctx, c, style) <= half && heightOf(ctx, c, style, wholePart(c, style)) <= available);
  while (!fits()) if (!shrink(style)) return null;
  const centred = rng.chance(0.4);
  const texts: TextItem[] = [];
  const shapes: Shape[] = [];
  const footers: { text: string; right: number }[] = [];
  const top = frame.top + rng.pt(0, 16);
  [a, b].forEach((content, i) => {
    const block = layoutTable(content, style, tableColumns(content, style, metrics), wholePart(content, style), metrics, `table${i}`);
    const halfX = frame.margin + i * (half + gap);
    const w = block.box.x1 - block.box.x0;
    const dx = halfX + (centred ? (half - w) / 2 : 0) - block.box.x0;
    const dy = top - block.box.y0;
    texts.push(...moveTexts(block.texts, dx, dy));
    shapes.push(...moveShapes(block.shapes, dx, dy));
    if (ctx.titleStyle === '2020') footers.push({ text: `${content.pageLabel} ${content.region.name}`, right: halfX + half });
  });
  ctx.notes.push(`two tables ${centred ? 'centred' : 'left'} in halves, gap ${gap}`, ...[a, b].map((c) => describeContent(c)), describeStyle(style));
  texts.push(...belowProse(ctx, texts, shapes), ...pageChrome(ctx, footers, false));
  return {
    pages: [{ width: frame.width, height: frame.height, texts, shapes }],
    tables: [truthOf(a, 1, null), truthOf(b, 1, null)],
    notes: ctx.notes,
  };
}

function wholePart(content: TableContent, style: TableStyle): TablePart {
  return { rows: content.rows, title: true, totalRow: true, sentence: style.sentence !== 'prose' };
}

// ---------------------------------------------------------------- truth and description

function truthOf(content: TableContent, page: number, pages: number[] | null): TruthTable {
  return {
    page,
    ...(pages ? { pages } : {}),
    period: { ...content.period },
    region: content.region.name,
    pageLabel: content.pageLabel,
    rows: content.rows.map((r) => ({ name: r.name, counts: [...r.counts], total: r.total })),
    totalRow: { name: content.totalRow.name, counts: [...content.totalRow.counts], total: content.totalRow.total },
    register: { ...content.register },
    flags: expectedFlags(content),
  };
}

function describeContent(c: TableContent): string {
  return `${c.region.name} ${c.period.year}Q${c.period.quarter} ${c.rows.length} rows label ${c.pageLabel}` + (c.error ? ` ERROR ${c.error}` : '');
}

function describeStyle(s: TableStyle): string {
  const headers = s.countHeaders ? `'${s.countHeaders[0]}'..` : 'none';
  return (
    `table ${s.size}pt/${s.pitch} total header ${s.totalHeader} count headers ${headers} ` +
    `sentence ${s.sentence} (${s.wording} wording)${s.rules ? ' rules' : ''}${s.zebra ? ' zebra' : ''}`
  );
}

function notes(ctx: Context, content: TableContent, style: TableStyle, position: Position, sides: readonly SideColumn[], pages: number): void {
  ctx.notes.push(
    describeContent(content),
    `${position} table`,
    describeStyle(style),
    sides.length
      ? `side: ${sides.map((c) => `${c.side} ${c.kind} w${Math.round(c.width)} g${c.gutter}${c.aligned ? ' on row baselines' : ''}${c.holdsSentence ? ' +sentence' : ''}`).join(', ')}`
      : 'no side columns',
  );
  if (pages > 1) ctx.notes.push(`continued over ${pages} pages`);
}
