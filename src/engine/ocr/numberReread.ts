// A second look at doubtful numbers. The page pass reads text at about 300 dpi, where
// tesseract's LSTM sometimes merges repeated digits ("77" → "7", "11" → "1" or nothing).
// Cut out on its own and enlarged, the same cell reads right. Re-reading every cell would
// double the time, so only cells that cannot be trusted are read again: unreadable or empty
// ones, and those in a row or column whose sums do not agree (where such a row and column
// cross first).
//
// A second reading replaces the first only when that is not a guess: the first was no
// number at all, or with the second the row adds up exactly (and the column, unless a second
// misread elsewhere in it keeps it off). Either way the cell keeps the OCR text and
// confidence of the reading it shows.
import { COUNT_COLUMNS, TOTAL_COLUMN, type Box, type SourceRef, type TableRow } from '../model';
import type { PageTable } from '../publication/pageTables';
import type { OcrEngine, OcrWord } from './ocrEngine';
import { parseOcrInteger } from './ocrNumber';
import type { PageRaster } from './pageRaster';
import { unskew } from './deskew';

/** Digits are enlarged to about this many pixels high before the second reading: at the
 * page pass's ~27 px tesseract merges repeated digits, at 40–60 px it reads them. */
const TARGET_DIGIT_HEIGHT = 48;
/** More doubtful cells than this on one table means the page as a whole went wrong;
 * re-reading them all would cost time without a way to verify the readings. */
const MAX_REREADS = 150;

export interface RereadContext {
  raster: PageRaster;
  /** Skew removed from the words: page coordinates → raster needs it put back. */
  skewDegrees: number;
  page: { width: number; height: number };
  engine: OcrEngine;
}

interface Cell {
  row: TableRow;
  /** Index in table.rows; rows.length = TOTAAL AMR. */
  rowIndex: number;
  column: number;
}

export async function rereadDoubtfulNumbers(table: PageTable, context: RereadContext): Promise<PageTable> {
  const rows = [...table.rows.map(copyRow), ...(table.totalRow ? [copyRow(table.totalRow)] : [])];
  const hasTotalRow = table.totalRow !== null;
  const bands = columnBands(rows);
  const seen = new Set<string>();
  let changed = false;
  const apply = (cell: Cell, box: Box, reading: Reading) => {
    setValue(cell.row, cell.column, reading.value);
    const sources = cell.row.sources ?? (cell.row.sources = Array.from({ length: TOTAL_COLUMN + 2 }, () => null));
    sources[cell.column + 1] = { page: table.page, box, text: reading.text, confidence: reading.confidence };
    changed = true;
  };
  // Readings that did not settle the sums when they were made: with two misreads in one row,
  // the first one read again only settles it once the second has been put right.
  const waiting: { cell: Cell; box: Box; reading: Reading }[] = [];
  // First the likely culprits (one misread breaks exactly one row and one column), then,
  // while sums are still off, the other cells of those rows and columns.
  for (const tier of ['likely', 'rest'] as const) {
    const cells = doubtfulCells(rows, hasTotalRow, tier).filter((c) => !seen.has(`${c.rowIndex}:${c.column}`));
    if (cells.length > MAX_REREADS) break;
    for (const cell of cells) {
      seen.add(`${cell.rowIndex}:${cell.column}`);
      const box = cell.row.sources?.[cell.column + 1]?.box ?? emptyCellBox(cell.row, bands[cell.column]);
      if (!box) continue;
      const reading = await readNumber(box, context);
      if (!reading) continue;
      const first = valueOf(cell.row, cell.column);
      if (reading.value === first) continue;
      if (first !== null && !settlesSums(rows, hasTotalRow, cell, reading.value)) {
        waiting.push({ cell, box, reading });
        continue;
      }
      apply(cell, box, reading);
    }
    // The same test as above, now that other cells may have changed (no new readings).
    for (let settled = true; settled;) {
      settled = false;
      for (const [i, { cell, box, reading }] of waiting.entries()) {
        if (!settlesSums(rows, hasTotalRow, cell, reading.value)) continue;
        apply(cell, box, reading);
        waiting.splice(i, 1);
        settled = true;
        break;
      }
    }
  }
  if (!changed) return table;
  return {
    ...table,
    rows: rows.slice(0, table.rows.length),
    totalRow: hasTotalRow ? rows[rows.length - 1]! : null,
  };
}

function copyRow(row: TableRow): TableRow {
  return { ...row, counts: [...row.counts], ...(row.sources ? { sources: [...row.sources] } : {}) };
}

function valueOf(row: TableRow, column: number): number | null {
  return (column < COUNT_COLUMNS ? row.counts[column] : row.total) ?? null;
}

function setValue(row: TableRow, column: number, value: number): void {
  if (column < COUNT_COLUMNS) row.counts[column] = value;
  else row.total = value;
}

function rowAddsUp(row: TableRow): boolean {
  const values = Array.from({ length: TOTAL_COLUMN + 1 }, (_, c) => valueOf(row, c));
  if (values.some((v) => v === null)) return false;
  return values.slice(0, COUNT_COLUMNS).reduce((a, b) => a! + b!, 0) === values[TOTAL_COLUMN];
}

/** Municipality rows add up to TOTAAL AMR in this column (unknown without that row). */
function columnAddsUp(rows: readonly TableRow[], hasTotalRow: boolean, column: number): boolean {
  if (!hasTotalRow) return false;
  const values = rows.map((row) => valueOf(row, column));
  if (values.some((v) => v === null)) return false;
  const total = values.pop()!;
  return values.reduce((a, b) => a! + b!, 0) === total;
}

/** 'likely': unreadable cells, and cells where a row and a column that do not add up cross
 * (without TOTAAL AMR, all cells of a row that does not add up). 'rest': every cell of such a
 * row or column. */
function doubtfulCells(rows: readonly TableRow[], hasTotalRow: boolean, tier: 'likely' | 'rest'): Cell[] {
  const rowOk = rows.map(rowAddsUp);
  const columnOk = Array.from({ length: TOTAL_COLUMN + 1 }, (_, c) => !hasTotalRow || columnAddsUp(rows, hasTotalRow, c));
  const cells: Cell[] = [];
  rows.forEach((row, rowIndex) => {
    for (let column = 0; column <= TOTAL_COLUMN; column++) {
      const doubtful =
        valueOf(row, column) === null || (tier === 'likely' ? !rowOk[rowIndex] && (!hasTotalRow || !columnOk[column]) : !rowOk[rowIndex] || !columnOk[column]);
      if (doubtful) cells.push({ row, rowIndex, column });
    }
  });
  return cells;
}

/** With `value` instead of the cell's (non-null) value its row adds up, and its column
 * adds up too unless it did not before either (two misreads in one column). */
function settlesSums(rows: TableRow[], hasTotalRow: boolean, cell: Cell, value: number): boolean {
  const before = valueOf(cell.row, cell.column)!;
  const columnBefore = columnAddsUp(rows, hasTotalRow, cell.column);
  setValue(cell.row, cell.column, value);
  const rowAfter = rowAddsUp(cell.row);
  const columnAfter = columnAddsUp(rows, hasTotalRow, cell.column);
  setValue(cell.row, cell.column, before);
  return rowAfter && (columnAfter || !columnBefore);
}

interface Band {
  x0: number;
  x1: number;
}

/** Horizontal extent of each value column over the cells that were read. */
function columnBands(rows: readonly TableRow[]): (Band | undefined)[] {
  return Array.from({ length: TOTAL_COLUMN + 1 }, (_, column) => {
    const boxes = rows.map((r) => r.sources?.[column + 1]?.box).filter((b): b is Box => b !== undefined);
    if (boxes.length === 0) return undefined;
    return { x0: Math.min(...boxes.map((b) => b.x0)), x1: Math.max(...boxes.map((b) => b.x1)) };
  });
}

/** Where an empty cell would be printed: its column's extent at its row's height. */
function emptyCellBox(row: TableRow, band: Band | undefined): Box | null {
  const boxes = (row.sources ?? []).filter((s): s is SourceRef => s !== null).map((s) => s.box);
  if (!band || boxes.length === 0) return null;
  return { x0: band.x0, x1: band.x1, y0: Math.min(...boxes.map((b) => b.y0)), y1: Math.max(...boxes.map((b) => b.y1)) };
}

interface Reading {
  value: number;
  text: string;
  confidence: number;
}

async function readNumber(box: Box, context: RereadContext): Promise<Reading | null> {
  const crop = cropCell(box, context);
  if (!crop) return null;
  const words: OcrWord[] = await context.engine.recognize(crop, { content: 'number' });
  const text = words
    .map((w) => w.text)
    .join(' ')
    .trim();
  const value = parseOcrInteger(text);
  if (value === null) return null;
  return { value, text, confidence: Math.min(...words.map((w) => w.confidence)) };
}

/** Darker than this is ink when measuring the digits; lighter is wiped (rule remnants,
 * zebra stripes) before the second reading. */
const INK = 140;
const BACKGROUND = 200;

/** The cell's digits, cut out tight, cleaned, enlarged and framed in white. */
function cropCell(box: Box, { raster, skewDegrees, page }: RereadContext) {
  // Page coordinates were straightened: turn the corners back to find the raster pixels.
  const cx = page.width / 2,
    cy = page.height / 2;
  const corners = [
    [box.x0, box.y0],
    [box.x1, box.y0],
    [box.x0, box.y1],
    [box.x1, box.y1],
  ].map(([x, y]) => unskew(x!, y!, -skewDegrees, cx, cy).map((v) => v / raster.pointsPerPixel));
  const pad = Math.max(2, Math.round(0.25 * ((box.y1 - box.y0) / raster.pointsPerPixel)));
  const around = {
    x0: Math.max(0, Math.floor(Math.min(...corners.map((p) => p[0]!))) - pad),
    x1: Math.min(raster.width, Math.ceil(Math.max(...corners.map((p) => p[0]!))) + pad),
    y0: Math.max(0, Math.floor(Math.min(...corners.map((p) => p[1]!))) - pad),
    y1: Math.min(raster.height, Math.ceil(Math.max(...corners.map((p) => p[1]!))) + pad),
  };
  const ink = inkBox(raster.data, raster.width, around);
  if (!ink) return null;
  const inkHeight = ink.y1 - ink.y0;
  const margin = Math.max(2, Math.round(0.2 * inkHeight));
  const region = {
    x0: Math.max(around.x0, ink.x0 - margin),
    x1: Math.min(around.x1, ink.x1 + margin),
    y0: Math.max(around.y0, ink.y0 - margin),
    y1: Math.min(around.y1, ink.y1 + margin),
  };
  const scale = Math.min(4, Math.max(1, TARGET_DIGIT_HEIGHT / Math.max(1, inkHeight)));
  return enlarge(raster.data, raster.width, region, scale, raster.dpi);
}

/** Bounding box of the ink in a region, or null when it holds none. */
function inkBox(data: Uint8Array, width: number, r: Box): Box | null {
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (let y = r.y0; y < r.y1; y++) {
    for (let x = r.x0; x < r.x1; x++) {
      if (data[y * width + x]! >= INK) continue;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  }
  return x1 < x0 ? null : { x0, y0, x1: x1 + 1, y1: y1 + 1 };
}

/** Bilinear enlargement of a raster region with a white frame of 10 pixels (tesseract
 * misreads text that touches the image edge); faint pixels become white. */
function enlarge(data: Uint8Array, width: number, r: Box, scale: number, dpi: number) {
  const frame = 10;
  const w = Math.round((r.x1 - r.x0) * scale),
    h = Math.round((r.y1 - r.y0) * scale);
  const outWidth = w + 2 * frame,
    outHeight = h + 2 * frame;
  const out = new Uint8Array(outWidth * outHeight).fill(255);
  const maxX = r.x1 - 1,
    maxY = r.y1 - 1;
  for (let y = 0; y < h; y++) {
    const v = Math.min(maxY, Math.max(r.y0, r.y0 + (y + 0.5) / scale - 0.5));
    const yi = Math.floor(v),
      fy = v - yi,
      y2 = Math.min(maxY, yi + 1);
    for (let x = 0; x < w; x++) {
      const u = Math.min(maxX, Math.max(r.x0, r.x0 + (x + 0.5) / scale - 0.5));
      const xi = Math.floor(u),
        fx = u - xi,
        x2 = Math.min(maxX, xi + 1);
      const top = data[yi * width + xi]! + (data[yi * width + x2]! - data[yi * width + xi]!) * fx;
      const bottom = data[y2 * width + xi]! + (data[y2 * width + x2]! - data[y2 * width + xi]!) * fx;
      const value = (top + (bottom - top) * fy + 0.5) | 0;
      out[(y + frame) * outWidth + x + frame] = value > BACKGROUND ? 255 : value;
    }
  }
  return { width: outWidth, height: outHeight, data: out, dpi: dpi * scale };
}
