// Text beside and below the table: narrow prose columns (optionally on the table's own row
// baselines, optionally holding the register sentence), a legend box, and full-width prose
// under everything, each filled to the band it was given.
import type { Metrics, Shape, TextItem } from './draw';
import { legendLines, proseParagraph, wrapWords, type Paragraph } from './pageText';
import type { Rng } from './prng';

export interface SideColumn {
  kind: 'prose' | 'legend';
  side: 'left' | 'right';
  /** Outer width (a legend's includes its box). */
  width: number;
  /** Horizontal gap to the neighbour on the table's side. */
  gutter: number;
  size: number;
  /** Baselines exactly on the table's row baselines, at the row pitch. */
  aligned: boolean;
  lines: string[];
  holdsSentence: boolean;
  /** Left edge, set when the page is laid out. */
  x: number;
}

const LEGEND_PAD = 5;

export function randomSideColumn(rng: Rng, kind: SideColumn['kind'], side: SideColumn['side'], metrics: Metrics): SideColumn {
  const size = kind === 'legend' ? rng.pick([6.5, 7, 7.5, 8]) : rng.pick([7, 7.5, 8, 8.5, 9, 9.5]);
  const lines = kind === 'legend' ? legendLines(rng) : [];
  const legendWidth = Math.max(...lines.map((l, i) => metrics.width(l, size, i === 0))) + 2 * LEGEND_PAD;
  return {
    kind,
    side,
    width: kind === 'legend' ? Math.ceil(legendWidth) : rng.pt(70, 210),
    gutter: rng.weighted([
      [rng.pt(12, 16), 2],
      [rng.pt(16, 40), 3],
    ] as const),
    size,
    aligned: rng.chance(0.5),
    lines,
    holdsSentence: false,
    x: 0,
  };
}

/** Baselines a column may use: on the row grid, or its own leading from `top`. */
export interface Band {
  top: number;
  bottom: number;
  /** First baseline and pitch of the table rows, for aligned columns. */
  grid: { first: number; pitch: number } | null;
}

interface Line {
  text: string;
  bold: boolean;
  role: 'prose' | 'sentence';
}

/** Fills a prose column; returns null when the sentence it must hold does not fit. */
export function layoutProse(
  rng: Rng,
  column: Pick<SideColumn, 'x' | 'width' | 'size' | 'aligned'>,
  band: Band,
  sentence: string | null,
  metrics: Metrics,
  block: string,
): TextItem[] | null {
  const { first, leading, size } = baselinesOf(column, band);
  const capacity = Math.floor((band.bottom - first) / leading) + 1;
  const wrap = (p: Paragraph, role: Line['role']): Line[] => [
    ...(p.heading ? [{ text: p.heading, bold: true, role }] : []),
    ...wrapWords(p.text, column.width, (s) => metrics.width(s, size)).map((text) => ({ text, bold: false, role })),
  ];
  const sentenceLines = sentence ? wrap({ heading: null, text: sentence }, 'sentence') : [];
  if (sentenceLines.length > capacity) return null;
  const lines: Line[] = [];
  const fits = (block: readonly Line[]) => lines.length + (lines.length ? 1 : 0) + block.length <= capacity;
  const push = (block: readonly Line[]) => {
    if (lines.length) lines.push({ text: '', bold: false, role: 'prose' });
    lines.push(...block);
  };
  const lead = wrap(proseParagraph(rng, rng.chance(0.6)), 'prose');
  if (!sentence || rng.chance(0.6)) {
    if (fits([...lead, { text: '', bold: false, role: 'prose' }, ...sentenceLines])) push(lead);
  }
  if (sentence) push(sentenceLines);
  // Whole paragraphs only: a column ends after a full stop, as typeset text does.
  for (let tries = 0; tries < 4;) {
    // After a miss, shorter paragraphs: a short band still gets some text.
    const paragraph = wrap(proseParagraph(rng, tries === 0 && rng.chance(0.5), tries === 0 ? rng.int(2, 5) : 1), 'prose');
    if (fits(paragraph)) push(paragraph);
    else tries++;
  }
  return lines.flatMap((line, i): TextItem[] =>
    line.text ? [{ text: line.text, x: column.x, y: first + i * leading, size, bold: line.bold, rotate: 0, role: line.role, block }] : [],
  );
}

function baselinesOf(column: Pick<SideColumn, 'size' | 'aligned'>, band: Band): { first: number; leading: number; size: number } {
  if (column.aligned && band.grid) {
    // Start on the first row baseline inside the band; keep lines from touching at tight pitches.
    const { pitch } = band.grid;
    let first = band.grid.first;
    while (first - column.size < band.top) first += pitch;
    while (first - pitch - column.size >= band.top) first -= pitch;
    return { first, leading: pitch, size: Math.min(column.size, Math.floor((pitch / 1.2) * 2) / 2) };
  }
  return { first: band.top + column.size, leading: column.size * 1.3, size: column.size };
}

/** A legend box: bold first line, short lines, a thin border. */
export function layoutLegend(
  column: Pick<SideColumn, 'x' | 'width' | 'size' | 'aligned' | 'lines'>,
  band: Band,
  block: string,
): { texts: TextItem[]; shapes: Shape[] } {
  const { first, leading, size } = baselinesOf(column, band);
  const texts = column.lines.map((text, i): TextItem => ({
    text,
    x: column.x + LEGEND_PAD,
    y: first + i * leading,
    size,
    bold: i === 0,
    rotate: 0,
    role: 'legend',
    block,
  }));
  const top = first - size - LEGEND_PAD + 1;
  const bottom = first + (column.lines.length - 1) * leading + size * 0.3 + LEGEND_PAD;
  return { texts, shapes: [{ kind: 'stroke', x: column.x, y: top, w: column.width, h: bottom - top, block }] };
}

/** Height a legend needs from its first baseline's top. */
export function legendHeight(column: Pick<SideColumn, 'size' | 'lines'>, pitch: number | null): number {
  return (column.lines.length - 1) * (pitch ?? column.size * 1.3) + column.size * 1.3 + 2 * LEGEND_PAD;
}
