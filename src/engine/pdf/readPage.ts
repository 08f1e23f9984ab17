import { multiply } from './matrix';
import type { TextRun, PageText } from './textRun';

/** The structural slice of pdf.js's text item the engine needs. */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** Turns one pdf.js text item into a run with a display-space box. The viewport transform
 * makes rotated pages (landscape via /Rotate) come out upright. */
export function toTextRun(item: PdfTextItem, viewportTransform: readonly number[]): TextRun | null {
  if (!item.str || !item.str.trim()) return null;
  const [a, b, c, d, e, f] = multiply(viewportTransform, item.transform);
  const fontSize = Math.hypot(c, d) || Math.hypot(a, b);
  if (!(fontSize > 0)) return null;
  const angle = (Math.atan2(b, a) * 180) / Math.PI;
  const dirX = Math.cos((angle * Math.PI) / 180);
  const dirY = Math.sin((angle * Math.PI) / 180);
  // "Up" for the glyphs is perpendicular to the text direction, towards smaller y when upright.
  const upX = dirY,
    upY = -dirX;
  const ascent = 0.8 * fontSize,
    descent = 0.2 * fontSize;
  // pdf.js reports width in user space along the text direction.
  const w = item.width;
  const corners = [
    [e - upX * descent, f - upY * descent],
    [e + upX * ascent, f + upY * ascent],
    [e + dirX * w - upX * descent, f + dirY * w - upY * descent],
    [e + dirX * w + upX * ascent, f + dirY * w + upY * ascent],
  ] as const;
  const xs = corners.map((p) => p[0]);
  const ys = corners.map((p) => p[1]);
  return {
    text: item.str,
    box: { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) },
    originX: e,
    originY: f,
    fontSize,
    angle: Math.round(angle * 10) / 10,
    width: w,
  };
}

/** The slice of a pdf.js page proxy this module reads. */
export interface PdfPageLike {
  getViewport(params: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(): Promise<{ items: unknown[] }>;
}

export async function readPageText(page: PdfPageLike, pageNumber: number): Promise<PageText> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!item || typeof item !== 'object' || !('str' in item)) continue; // marked content
    const run = toTextRun(item as PdfTextItem, viewport.transform);
    if (run) runs.push(run);
  }
  return { page: pageNumber, width: viewport.width, height: viewport.height, runs };
}
