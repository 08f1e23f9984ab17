// What a generated page is made of (texts and a few lines/boxes in display coordinates, origin
// top-left, y down), the checks that keep it a plausible page (nothing overlaps, everything
// inside the page, separate blocks keep a gutter) and the pdf-lib writer.
import { PDFDocument, StandardFonts, degrees, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

/** Which part of the page a text belongs to, so checks and descriptions can tell them apart. */
export type Role = 'pageTitle' | 'title' | 'label' | 'header' | 'cell' | 'sentence' | 'prose' | 'legend' | 'footer';

export interface TextItem {
  text: string;
  /** Baseline start; for rotate 90 the text runs upwards from here. */
  x: number;
  y: number;
  size: number;
  bold: boolean;
  rotate: 0 | 90;
  role: Role;
  /** Items of one block (a table, a prose column...) may sit close; different blocks keep a gutter. */
  block: string;
}

export interface Shape {
  kind: 'stroke' | 'fill' | 'line';
  x: number;
  y: number;
  w: number;
  h: number;
  block: string;
}

export interface PageDraw {
  width: number;
  height: number;
  texts: TextItem[];
  shapes: Shape[];
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Metrics {
  width(text: string, size: number, bold?: boolean): number;
}

/** Helvetica's ascent and descent, rounded outwards. */
const ASCENT = 0.75;
const DESCENT = 0.22;
/** Smallest horizontal gap between two blocks that share a band of the page. */
export const MIN_GUTTER = 12;

export function textBox(t: TextItem, metrics: Metrics): Box {
  const w = metrics.width(t.text, t.size, t.bold);
  if (t.rotate === 90) return { x0: t.x - ASCENT * t.size, y0: t.y - w, x1: t.x + DESCENT * t.size, y1: t.y };
  return { x0: t.x, y0: t.y - ASCENT * t.size, x1: t.x + w, y1: t.y + DESCENT * t.size };
}

export function shapeBox(s: Shape): Box {
  return { x0: s.x, y0: s.y, x1: s.x + s.w, y1: s.y + s.h };
}

export function unionBox(boxes: readonly Box[]): Box {
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}

export function blockBox(texts: readonly TextItem[], shapes: readonly Shape[], metrics: Metrics): Box {
  return unionBox([...texts.map((t) => textBox(t, metrics)), ...shapes.map(shapeBox)]);
}

export function moveTexts(texts: readonly TextItem[], dx: number, dy: number): TextItem[] {
  return texts.map((t) => ({ ...t, x: t.x + dx, y: t.y + dy }));
}

export function moveShapes(shapes: readonly Shape[], dx: number, dy: number): Shape[] {
  return shapes.map((s) => ({ ...s, x: s.x + dx, y: s.y + dy }));
}

const overlaps = (a: Box, b: Box, slack: number) => a.x0 < b.x1 - slack && b.x0 < a.x1 - slack && a.y0 < b.y1 - slack && b.y0 < a.y1 - slack;

/** Throws when the generator drew an implausible page: a bug in the generator, not a finding. */
export function assertPlausible(page: PageDraw, metrics: Metrics): void {
  const boxes = page.texts.map((t) => ({ t, box: textBox(t, metrics) }));
  for (const { t, box } of boxes) {
    if (box.x0 < 4 || box.y0 < 4 || box.x1 > page.width - 4 || box.y1 > page.height - 4) {
      throw new Error(`text outside the page: '${t.text}' at ${fmtBox(box)}`);
    }
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!,
        b = boxes[j]!;
      if (overlaps(a.box, b.box, 0.3)) throw new Error(`texts overlap: '${a.t.text}' and '${b.t.text}'`);
      if (a.t.block !== b.t.block && !separated(a.box, b.box)) {
        throw new Error(`no gutter between '${a.t.text}' (${a.t.block}) and '${b.t.text}' (${b.t.block})`);
      }
    }
  }
}

/** Blocks either do not share a band of the page or keep MIN_GUTTER apart across it. */
function separated(a: Box, b: Box): boolean {
  const verticalGap = Math.max(a.y0 - b.y1, b.y0 - a.y1);
  const horizontalGap = Math.max(a.x0 - b.x1, b.x0 - a.x1);
  return verticalGap >= 1 || horizontalGap >= MIN_GUTTER - 0.01;
}

const fmtBox = (b: Box) => `[${b.x0.toFixed(1)},${b.y0.toFixed(1)},${b.x1.toFixed(1)},${b.y1.toFixed(1)}]`;

export type DrawOrder = 'natural' | 'reversed' | 'shuffled';

/** Writes the pages. Fills go first so no text hides behind them; everything else is drawn in
 * the given order (texts and strokes interleaved), which is what content-stream order means. */
export async function renderPdf(
  doc: PDFDocument,
  fonts: { regular: PDFFont; bold: PDFFont },
  pages: readonly PageDraw[],
  order: (items: readonly (TextItem | Shape)[]) => (TextItem | Shape)[],
): Promise<Uint8Array> {
  for (const spec of pages) {
    const page = doc.addPage([spec.width, spec.height]);
    for (const s of spec.shapes.filter((s) => s.kind === 'fill')) drawShape(page, spec.height, s);
    for (const item of order([...spec.texts, ...spec.shapes.filter((s) => s.kind !== 'fill')])) {
      if ('text' in item) drawText(page, spec.height, item, item.bold ? fonts.bold : fonts.regular);
      else drawShape(page, spec.height, item);
    }
  }
  return doc.save({ useObjectStreams: false });
}

function drawText(page: PDFPage, height: number, t: TextItem, font: PDFFont): void {
  const color = t.role === 'pageTitle' ? rgb(0.05, 0.2, 0.45) : rgb(0, 0, 0);
  page.drawText(t.text, { x: t.x, y: height - t.y, size: t.size, font, color, rotate: degrees(t.rotate) });
}

function drawShape(page: PDFPage, height: number, s: Shape): void {
  if (s.kind === 'line') {
    page.drawLine({ start: { x: s.x, y: height - s.y }, end: { x: s.x + s.w, y: height - s.y - s.h }, thickness: 0.5, color: rgb(0.4, 0.4, 0.4) });
    return;
  }
  page.drawRectangle({
    x: s.x,
    y: height - s.y - s.h,
    width: s.w,
    height: s.h,
    ...(s.kind === 'fill' ? { color: rgb(0.93, 0.94, 0.96) } : { borderColor: rgb(0.45, 0.45, 0.45), borderWidth: 0.6 }),
  });
}

/** A document without dates or producer strings, so a seed gives the same bytes every time. */
export async function newDocument(): Promise<{ doc: PDFDocument; fonts: { regular: PDFFont; bold: PDFFont }; metrics: Metrics }> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const metrics: Metrics = { width: (text, size, isBold) => (isBold ? bold : regular).widthOfTextAtSize(text, size) };
  return { doc, fonts: { regular, bold }, metrics };
}
