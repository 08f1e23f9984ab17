// Where the panel is scrolled: a newly selected value is brought into view (left alone when it
// is in view already), and a zoom keeps the highlighted value, or what is under the pointer,
// at the same place on screen. A highlight the analyst could see stays wholly in view through
// a zoom or a resize of the panel: a zoom around the pointer would otherwise push a value at
// the right edge out of view. One panned (or zoomed) out of sight is left alone.
import { useEffect, useEffectEvent, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Box } from '@engine/model';
import { boxToCss, overlapsView, pagePointAt, scrollToInclude, scrollToKeep, scrollToShow, type Point, type ScrollView, type Zoom } from './pageView';

/** Sets the zoom, anchored at `client` (a pointer position) or else at the highlight. */
export type ZoomTo = (next: Zoom, client?: Point) => void;

export function usePageScroll(
  viewport: RefObject<HTMLElement | null>,
  /** The page's element inside the viewport (canvas and highlight). */
  layer: RefObject<HTMLElement | null>,
  /** The current scale; null while the page is not laid out. */
  scale: number | null,
  /** Changes when another value (or page) is selected. */
  target: string | null,
  box: Box | null,
  setZoom: (zoom: Zoom) => void,
): ZoomTo {
  const pendingAnchor = useRef<{ point: Point; anchor: Point } | null>(null);
  const scrolledFor = useRef<string | null>(null);
  /** Some of the highlight was on screen at the last look (scroll, zoom, selection). */
  const highlightSeen = useRef(false);
  const latest = useRef({ box, scale });
  latest.current = { box, scale };

  const zoomTo = (next: Zoom, client?: Point): void => {
    const element = viewport.current;
    const page = layer.current;
    if (element && page && scale) {
      const rect = element.getBoundingClientRect();
      const anchor = client
        ? { x: client.x - rect.left, y: client.y - rect.top }
        : (boxAnchor(element, page, box, scale) ?? { x: element.clientWidth / 2, y: element.clientHeight / 2 });
      pendingAnchor.current = { point: pagePointAt(scrollOf(element), anchor, scale, offsetOf(page)), anchor };
      highlightSeen.current = isSeen(element, page, box, scale);
    }
    setZoom(next);
  };

  // A new scale (a zoom, or the panel's width with the page fitted to it). `box` and `target` are
  // read, not followed (an effect event): only a new scale moves the page here.
  const afterRescale = useEffectEvent(() => {
    const pending = pendingAnchor.current;
    const element = viewport.current;
    const page = layer.current;
    if (!element || !page || !scale) return;
    pendingAnchor.current = null;
    if (pending) element.scrollTo(scrollToKeep(pending.point, pending.anchor, scale, offsetOf(page)));
    // A newly selected value is shown by the effect below.
    if (scrolledFor.current === target) keepInView(element, page, box, scale, highlightSeen.current);
  });
  useLayoutEffect(() => afterRescale(), [viewport, layer, scale]);

  useLayoutEffect(() => {
    const element = viewport.current;
    const page = layer.current;
    if (!target || !scale || !element || !page || scrolledFor.current === target) return;
    scrolledFor.current = target;
    highlightSeen.current = !!box;
    if (!box) return;
    element.scrollTo(scrollToShow(viewOf(element), contentRect(page, box, scale)));
  }, [viewport, layer, target, scale, box]);

  // The analyst's own scrolling and dragging decide whether the highlight is being looked at;
  // a resize of the panel (the split's handle, the window) keeps it in view if it was.
  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const onScroll = (): void => {
      const page = layer.current;
      const { box: current, scale: now } = latest.current;
      if (page && now) highlightSeen.current = isSeen(element, page, current, now);
    };
    const observer = new ResizeObserver(() => {
      const page = layer.current;
      const { box: current, scale: now } = latest.current;
      if (page && now) keepInView(element, page, current, now, highlightSeen.current);
    });
    element.addEventListener('scroll', onScroll, { passive: true });
    observer.observe(element);
    return () => {
      element.removeEventListener('scroll', onScroll);
      observer.disconnect();
    };
  }, [viewport, layer]);

  return zoomTo;
}

/** Scrolls the least that brings all of a highlight that was seen (with room for its ring) into view. */
function keepInView(element: HTMLElement, page: HTMLElement, box: Box | null, scale: number, seen: boolean): void {
  if (!box || !seen) return;
  const next = scrollToInclude(viewOf(element), contentRect(page, box, scale));
  if (next.left !== element.scrollLeft || next.top !== element.scrollTop) element.scrollTo(next);
}

function isSeen(element: HTMLElement, page: HTMLElement, box: Box | null, scale: number): boolean {
  return !!box && overlapsView(viewOf(element), contentRect(page, box, scale));
}

function scrollOf(element: HTMLElement): { left: number; top: number } {
  return { left: element.scrollLeft, top: element.scrollTop };
}

function viewOf(element: HTMLElement): ScrollView {
  return { ...scrollOf(element), width: element.clientWidth, height: element.clientHeight };
}

/** Where the page starts inside the scrolled content (it is centred when narrower). */
function offsetOf(page: HTMLElement): Point {
  return { x: page.offsetLeft, y: page.offsetTop };
}

/** A box of the page in CSS px of the scrolled content. */
function contentRect(page: HTMLElement, box: Box, scale: number): { left: number; top: number; width: number; height: number } {
  const css = boxToCss(box, scale);
  return { ...css, left: css.left + page.offsetLeft, top: css.top + page.offsetTop };
}

/** The box's centre in viewport coordinates, when it is in view. */
function boxAnchor(element: HTMLElement, page: HTMLElement, box: Box | null, scale: number): Point | null {
  if (!box) return null;
  const css = boxToCss(box, scale);
  const x = page.offsetLeft + css.left + css.width / 2 - element.scrollLeft;
  const y = page.offsetTop + css.top + css.height / 2 - element.scrollTop;
  return x >= 0 && y >= 0 && x <= element.clientWidth && y <= element.clientHeight ? { x, y } : null;
}
