// The source panel's page arithmetic: zoom steps, fit to width, resolution, scrolling.
import { describe, expect, it } from 'vitest';
import {
  ACTUAL_SIZE,
  boxToCss,
  fitWidthScale,
  MAX_CANVAS_PIXELS,
  MAX_SCALE,
  MIN_SCALE,
  PAGE_MARGIN,
  pagePointAt,
  pixelScaleOf,
  scaleOf,
  overlapsView,
  scrollToInclude,
  scrollToKeep,
  scrollToShow,
  zoomIn,
  zoomLabel,
  zoomOut,
} from '../../src/renderer/components/source/pageView';

const A4 = { width: 595.276, height: 841.89 };

describe('zoom', () => {
  it('fits the page to the width, leaving the margin', () => {
    const scale = fitWidthScale(A4, 500);
    expect(A4.width * scale + PAGE_MARGIN).toBeCloseTo(500, 6);
    expect(scaleOf({ mode: 'fit' }, A4, 500)).toBe(scale);
    expect(scaleOf({ mode: 'scale', scale: 2 }, A4, 500)).toBe(2);
    expect(fitWidthScale(A4, 0)).toBe(ACTUAL_SIZE);
  });

  it('steps by a quarter, within bounds, and names the level relative to actual size', () => {
    expect(zoomIn(ACTUAL_SIZE)).toBeCloseTo(ACTUAL_SIZE * 1.25, 9);
    expect(zoomOut(zoomIn(ACTUAL_SIZE))).toBeCloseTo(ACTUAL_SIZE, 9);
    expect(zoomIn(MAX_SCALE)).toBe(MAX_SCALE);
    expect(zoomOut(MIN_SCALE)).toBe(MIN_SCALE);
    expect(zoomLabel(ACTUAL_SIZE)).toBe('100%');
    expect(zoomLabel(ACTUAL_SIZE * 1.25)).toBe('125%');
    expect(fitWidthScale(A4, 100_000)).toBe(MAX_SCALE);
  });
});

describe('pixelScaleOf', () => {
  it('renders one canvas pixel per screen pixel', () => {
    expect(pixelScaleOf(1, 2, A4)).toBe(2);
    expect(pixelScaleOf(0.79, 1, A4)).toBe(0.79);
    expect(pixelScaleOf(0.1 + 0.2, 1, A4)).toBe(pixelScaleOf(0.3, 1, A4)); // float noise is one cache entry
    expect(pixelScaleOf(1, 0, A4)).toBe(1); // an unknown ratio counts as 1
  });

  it('caps the canvas size for huge zoom on dense screens', () => {
    const pixelScale = pixelScaleOf(MAX_SCALE, 3, A4);
    expect(A4.width * A4.height * pixelScale * pixelScale).toBeLessThanOrEqual(MAX_CANVAS_PIXELS * 1.01);
    expect(pixelScale).toBeLessThan(MAX_SCALE * 3);
  });
});

describe('scrolling', () => {
  const view = { left: 0, top: 0, width: 400, height: 300 };

  it('leaves a box in view alone and centres one out of view', () => {
    expect(scrollToShow(view, { left: 100, top: 100, width: 20, height: 10 })).toEqual({ left: 0, top: 0 });
    expect(scrollToShow(view, { left: 900, top: 1000, width: 20, height: 10 })).toEqual({ left: 910 - 200, top: 1005 - 150 });
    expect(scrollToShow(view, { left: 390, top: 100, width: 20, height: 10 }).left).toBe(400 - 200);
  });

  it('brings a box cut off by an edge wholly into view by the least scroll, with room around it', () => {
    const scrolled = { left: 100, top: 200, width: 400, height: 300 };
    expect(scrollToInclude(scrolled, { left: 200, top: 300, width: 40, height: 10 }, 24)).toEqual({ left: 100, top: 200 });
    // Cut off on the right (the case of a zoom around the pointer): moved left just enough.
    expect(scrollToInclude(scrolled, { left: 480, top: 300, width: 40, height: 10 }, 24)).toEqual({ left: 480 + 40 + 24 - 400, top: 200 });
    // Out of view above and to the left.
    expect(scrollToInclude(scrolled, { left: 50, top: 150, width: 40, height: 10 }, 24)).toEqual({ left: 26, top: 126 });
    // Below.
    expect(scrollToInclude(scrolled, { left: 200, top: 495, width: 40, height: 10 }, 24).top).toBe(495 + 10 + 24 - 300);
    // Wider than the view with its room: centred.
    expect(scrollToInclude(scrolled, { left: 1000, top: 300, width: 380, height: 10 }, 24).left).toBe(1190 - 200);
    // Never before the start.
    expect(scrollToInclude(scrolled, { left: 10, top: 10, width: 20, height: 10 }, 24)).toEqual({ left: 0, top: 0 });
  });

  it('tells whether any of a box is in view', () => {
    const scrolled = { left: 100, top: 200, width: 400, height: 300 };
    expect(overlapsView(scrolled, { left: 480, top: 300, width: 40, height: 10 })).toBe(true);
    expect(overlapsView(scrolled, { left: 501, top: 300, width: 40, height: 10 })).toBe(false);
    expect(overlapsView(scrolled, { left: 200, top: 150, width: 40, height: 10 })).toBe(false);
  });

  it('keeps the anchored page point in place across a zoom', () => {
    const offset = { x: 12, y: 12 };
    const anchor = { x: 150, y: 100 };
    const point = pagePointAt({ left: 40, top: 300 }, anchor, 1, offset);
    const scroll = scrollToKeep(point, anchor, 2, offset);
    expect(pagePointAt(scroll, anchor, 2, offset)).toEqual(point);
  });

  it('maps a box in points to CSS pixels', () => {
    expect(boxToCss({ x0: 10, y0: 20, x1: 30, y1: 25 }, 2)).toEqual({ left: 20, top: 40, width: 40, height: 10 });
  });
});
