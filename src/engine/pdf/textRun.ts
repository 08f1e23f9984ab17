import type { Box } from '../model';

/** One piece of text as drawn on a page, in display coordinates (points, origin top-left,
 * y down), whatever the page's /Rotate or the item's own transform. */
export interface TextRun {
  text: string;
  box: Box;
  /** Baseline start, display coordinates. */
  originX: number;
  originY: number;
  /** Height of the font in points. */
  fontSize: number;
  /** Direction of the text in degrees, display coordinates: 0 = left to right,
   * 90 = top to bottom, -90 = bottom to top. */
  angle: number;
  /** Advance width in points along the text direction. */
  width: number;
  /** OCR confidence 0..100; absent for a text layer. */
  confidence?: number;
}

/** All text of one page, ready for layout analysis. */
export interface PageText {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  runs: TextRun[];
}

export const isHorizontal = (run: TextRun): boolean => Math.abs(run.angle) < 5;
