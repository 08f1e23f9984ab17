// White text on a dark box (the 2017 layout prints the page label that way, some
// publications whole header bands) is invisible to OCR, which looks for dark text. Solid
// dark boxes are found on a coarse grid and turned into dark-on-light, in place.

/** Darker than this counts as ink. */
const INK = 128;
/** Darker than this is still the box's (blurred) edge. */
const EDGE = 200;
/** Share of ink that makes a grid cell solid. */
const SOLID = 0.75;
/** Share of a box's grid cells that must be solid (the rest are the letters). */
const MIN_BOX_FILL = 0.5;
/** Share of the cells along each side of a box that must be solid: a box is closed all round, a
 * bold letter or an icon is not. */
const MIN_EDGE_FILL = 0.85;

/** `cell` is the grid size in pixels (about a point); a box must span at least
 * `minBoxCells` cells both ways: more than any stroke of bold text is thick. */
export function invertDarkBoxes(data: Uint8Array, width: number, height: number, cell: number, minBoxCells: number): number {
  const cols = Math.floor(width / cell),
    rows = Math.floor(height / cell);
  const solid = solidCells(data, width, cell, cols, rows);
  const seen = new Uint8Array(cols * rows);
  let inverted = 0;
  for (let start = 0; start < solid.length; start++) {
    if (!solid[start] || seen[start]) continue;
    const box = component(solid, seen, cols, rows, start);
    const w = box.c1 - box.c0 + 1,
      h = box.r1 - box.r0 + 1;
    if (w < minBoxCells || h < minBoxCells || box.count < MIN_BOX_FILL * w * h) continue;
    if (edgeFill(solid, cols, box) < MIN_EDGE_FILL) continue;
    invertBox(data, width, height, cell, box);
    inverted++;
  }
  return inverted;
}

/** Inside the box: the box colour becomes white, the white text black. A thin ring along
 * its edge (blurred, neither box nor page) becomes white, so no frame is left for OCR. */
function invertBox(data: Uint8Array, width: number, height: number, cell: number, box: { c0: number; r0: number; c1: number; r1: number }): void {
  let x0 = box.c0 * cell,
    y0 = box.r0 * cell,
    x1 = (box.c1 + 1) * cell,
    y1 = (box.r1 + 1) * cell;
  // Grow to the box's real edge: lines beyond the grid cells that are still mostly ink.
  const inkShare = (xa: number, ya: number, xb: number, yb: number) => {
    let ink = 0,
      all = 0;
    for (let y = ya; y < yb; y++) for (let x = xa; x < xb; x++, all++) if (data[y * width + x]! < EDGE) ink++;
    return all ? ink / all : 0;
  };
  for (let k = 0; k < 2 * cell; k++) {
    if (x0 > 0 && inkShare(x0 - 1, y0, x0, y1) > 0.5) x0--;
    if (x1 < width && inkShare(x1, y0, x1 + 1, y1) > 0.5) x1++;
    if (y0 > 0 && inkShare(x0, y0 - 1, x1, y0) > 0.5) y0--;
    if (y1 < height && inkShare(x0, y1, x1, y1 + 1) > 0.5) y1++;
  }
  const darkest: number[] = [];
  for (let y = y0; y < y1; y += 2) for (let x = x0; x < x1; x += 2) darkest.push(data[y * width + x]!);
  darkest.sort((a, b) => a - b);
  const boxColour = darkest[Math.floor(darkest.length / 4)] ?? 0;
  const range = Math.max(1, 255 - boxColour);
  const margin = 2;
  for (let y = Math.max(0, y0 - margin); y < Math.min(height, y1 + margin); y++) {
    for (let x = Math.max(0, x0 - margin); x < Math.min(width, x1 + margin); x++) {
      const i = y * width + x;
      const inside = x >= x0 + margin && x < x1 - margin && y >= y0 + margin && y < y1 - margin;
      data[i] = inside ? 255 - Math.min(255, Math.max(0, Math.round(((data[i]! - boxColour) * 255) / range))) : 255;
    }
  }
}

/** Solid share of the least solid side of the box. A side is its outermost line of cells
 * or the one inside it, whichever is more solid: the box edge rarely falls on the grid. */
function edgeFill(solid: Uint8Array, cols: number, box: { c0: number; r0: number; c1: number; r1: number }): number {
  const share = (cells: number[]) => cells.reduce((sum, i) => sum + solid[i]!, 0) / cells.length;
  const row = (r: number) => share(Array.from({ length: box.c1 - box.c0 + 1 }, (_, k) => r * cols + box.c0 + k));
  const column = (c: number) => share(Array.from({ length: box.r1 - box.r0 + 1 }, (_, k) => (box.r0 + k) * cols + c));
  const sides = [
    Math.max(row(box.r0), row(box.r0 + 1)),
    Math.max(row(box.r1), row(box.r1 - 1)),
    Math.max(column(box.c0), column(box.c0 + 1)),
    Math.max(column(box.c1), column(box.c1 - 1)),
  ];
  return Math.min(...sides);
}

function solidCells(data: Uint8Array, width: number, cell: number, cols: number, rows: number): Uint8Array {
  const solid = new Uint8Array(cols * rows);
  const needed = SOLID * cell * cell;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      let ink = 0;
      for (let y = r * cell; y < (r + 1) * cell; y++) {
        const row = y * width;
        for (let x = c * cell; x < (c + 1) * cell; x++) if (data[row + x]! < INK) ink++;
      }
      if (ink >= needed) solid[r * cols + c] = 1;
    }
  }
  return solid;
}

/** Bounding box and size of the 4-connected solid cells around `start`. */
function component(solid: Uint8Array, seen: Uint8Array, cols: number, rows: number, start: number) {
  const box = { c0: cols, r0: rows, c1: -1, r1: -1, count: 0 };
  const stack = [start];
  seen[start] = 1;
  while (stack.length) {
    const i = stack.pop()!;
    const r = Math.floor(i / cols),
      c = i % cols;
    box.count++;
    box.c0 = Math.min(box.c0, c);
    box.c1 = Math.max(box.c1, c);
    box.r0 = Math.min(box.r0, r);
    box.r1 = Math.max(box.r1, r);
    const next = [c > 0 ? i - 1 : -1, c < cols - 1 ? i + 1 : -1, r > 0 ? i - cols : -1, r < rows - 1 ? i + cols : -1];
    for (const j of next) {
      if (j >= 0 && solid[j] && !seen[j]) {
        seen[j] = 1;
        stack.push(j);
      }
    }
  }
  return box;
}
