// The arithmetic of showing a page: zoom steps, fit to width, how many device pixels to
// render, and where to scroll so a box is in view. Scales are CSS pixels per PDF point.
import type { Box } from '@engine/model';

/** A PDF viewer's "100%": 96 CSS px per inch over 72 points per inch. */
export const ACTUAL_SIZE = 96 / 72;
export const MIN_SCALE = 0.25 * ACTUAL_SIZE;
export const MAX_SCALE = 4 * ACTUAL_SIZE;
const ZOOM_STEP = 1.25;
/** Room left and right of the page when it fits the width (CSS px, both sides together). */
export const PAGE_MARGIN = 24;
/** Above this many device pixels a page is rendered at a lower resolution: a huge canvas
 * costs memory and time and looks no sharper on screen. */
export const MAX_CANVAS_PIXELS = 16_777_216;

export type Zoom = { mode: 'fit' } | { mode: 'scale'; scale: number };

export interface Size {
  width: number;
  height: number;
}

export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

/** The scale at which the page fills the panel's width. */
export function fitWidthScale(page: Size, viewportWidth: number): number {
  if (page.width <= 0 || viewportWidth <= 0) return ACTUAL_SIZE;
  return clampScale((viewportWidth - PAGE_MARGIN) / page.width);
}

export function scaleOf(zoom: Zoom, page: Size, viewportWidth: number): number {
  return zoom.mode === 'fit' ? fitWidthScale(page, viewportWidth) : zoom.scale;
}

export function zoomIn(scale: number): number {
  return clampScale(scale * ZOOM_STEP);
}

export function zoomOut(scale: number): number {
  return clampScale(scale / ZOOM_STEP);
}

/** "125%", relative to the page's actual size. */
export function zoomLabel(scale: number): string {
  return `${Math.round((scale / ACTUAL_SIZE) * 100)}%`;
}

/** Device pixels per point to render at: one canvas pixel per screen pixel (text is sharpest
 * unscaled), on high-DPI screens too, capped in size. */
export function pixelScaleOf(scale: number, devicePixelRatio: number, page: Size): number {
  let pixelScale = scale * Math.max(1, devicePixelRatio);
  const pixels = page.width * page.height * pixelScale * pixelScale;
  if (pixels > MAX_CANVAS_PIXELS) pixelScale *= Math.sqrt(MAX_CANVAS_PIXELS / pixels);
  // Rounded only to drop float noise, which would make the same zoom a new cache entry.
  return Math.max(0.05, Math.round(pixelScale * 1000) / 1000);
}

/** A box in page points as a CSS-pixel rectangle on the page drawn at `scale`. */
export function boxToCss(box: Box, scale: number): { left: number; top: number; width: number; height: number } {
  return { left: box.x0 * scale, top: box.y0 * scale, width: (box.x1 - box.x0) * scale, height: (box.y1 - box.y0) * scale };
}

export interface ScrollView {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Where to scroll so `target` (CSS px in the scrolled content) is in view: unchanged when it
 * already is (with a margin), else centred. The same place for the same cell, so moving
 * through a column does not jerk the page. */
export function scrollToShow(
  view: ScrollView,
  target: { left: number; top: number; width: number; height: number },
  margin = 24,
): { left: number; top: number } {
  const inside = (start: number, size: number, viewStart: number, viewSize: number) =>
    start - margin >= viewStart && start + size + margin <= viewStart + viewSize;
  const left = inside(target.left, target.width, view.left, view.width) ? view.left : target.left + target.width / 2 - view.width / 2;
  const top = inside(target.top, target.height, view.top, view.height) ? view.top : target.top + target.height / 2 - view.height / 2;
  return { left: Math.max(0, left), top: Math.max(0, top) };
}

/** Where to scroll so all of `target` (CSS px in the scrolled content) is in view with
 * `margin` around it, moving as little as possible: a value cut off by an edge comes just
 * inside it, and what was in view stays put. A target too big for the view is centred. */
export function scrollToInclude(
  view: ScrollView,
  target: { left: number; top: number; width: number; height: number },
  margin = 24,
): { left: number; top: number } {
  const axis = (start: number, size: number, viewStart: number, viewSize: number): number => {
    if (size + 2 * margin > viewSize) return start + size / 2 - viewSize / 2;
    if (start - margin < viewStart) return start - margin;
    if (start + size + margin > viewStart + viewSize) return start + size + margin - viewSize;
    return viewStart;
  };
  return {
    left: Math.max(0, axis(target.left, target.width, view.left, view.width)),
    top: Math.max(0, axis(target.top, target.height, view.top, view.height)),
  };
}

/** True when some of `target` is in view. */
export function overlapsView(view: ScrollView, target: { left: number; top: number; width: number; height: number }): boolean {
  return (
    target.left < view.left + view.width &&
    target.left + target.width > view.left &&
    target.top < view.top + view.height &&
    target.top + target.height > view.top
  );
}

export interface Point {
  x: number;
  y: number;
}

/** The page point (points) under `anchor` (CSS px in the panel's viewport). `offset` is
 * where the page starts in the scrolled content (it is centred when narrower). */
export function pagePointAt(scroll: { left: number; top: number }, anchor: Point, scale: number, offset: Point): Point {
  return { x: (scroll.left + anchor.x - offset.x) / scale, y: (scroll.top + anchor.y - offset.y) / scale };
}

/** The scroll position that puts page point `point` under `anchor` again, at a new scale:
 * zooming keeps what is under the pointer (or the highlighted value) where it was. */
export function scrollToKeep(point: Point, anchor: Point, scale: number, offset: Point): { left: number; top: number } {
  return { left: Math.max(0, point.x * scale + offset.x - anchor.x), top: Math.max(0, point.y * scale + offset.y - anchor.y) };
}
