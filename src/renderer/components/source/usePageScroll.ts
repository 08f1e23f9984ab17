// Where the panel is scrolled: a newly selected value is brought into view (left alone when it
// is in view already), and a zoom keeps the highlighted value, or what is under the pointer,
// at the same place on screen.
import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { Box } from '@engine/model';
import { boxToCss, pagePointAt, scrollToKeep, scrollToShow, type Point, type Zoom } from './pageView';

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

  const zoomTo = (next: Zoom, client?: Point): void => {
    const element = viewport.current;
    const page = layer.current;
    if (element && page && scale) {
      const rect = element.getBoundingClientRect();
      const anchor = client
        ? { x: client.x - rect.left, y: client.y - rect.top }
        : (boxAnchor(element, page, box, scale) ?? { x: element.clientWidth / 2, y: element.clientHeight / 2 });
      pendingAnchor.current = { point: pagePointAt(scrollOf(element), anchor, scale, offsetOf(page)), anchor };
    }
    setZoom(next);
  };

  useLayoutEffect(() => {
    const pending = pendingAnchor.current;
    const element = viewport.current;
    const page = layer.current;
    if (!pending || !element || !page || !scale) return;
    pendingAnchor.current = null;
    element.scrollTo(scrollToKeep(pending.point, pending.anchor, scale, offsetOf(page)));
  }, [viewport, layer, scale]);

  useLayoutEffect(() => {
    const element = viewport.current;
    const page = layer.current;
    if (!target || !scale || !element || !page || scrolledFor.current === target) return;
    scrolledFor.current = target;
    if (!box) return;
    const css = boxToCss(box, scale);
    const offset = offsetOf(page);
    const view = { ...scrollOf(element), width: element.clientWidth, height: element.clientHeight };
    element.scrollTo(scrollToShow(view, { ...css, left: css.left + offset.x, top: css.top + offset.y }));
  }, [viewport, layer, target, scale, box]);

  return zoomTo;
}

function scrollOf(element: HTMLElement): { left: number; top: number } {
  return { left: element.scrollLeft, top: element.scrollTop };
}

/** Where the page starts inside the scrolled content (it is centred when narrower). */
function offsetOf(page: HTMLElement): Point {
  return { x: page.offsetLeft, y: page.offsetTop };
}

/** The box's centre in viewport coordinates, when it is in view. */
function boxAnchor(element: HTMLElement, page: HTMLElement, box: Box | null, scale: number): Point | null {
  if (!box) return null;
  const css = boxToCss(box, scale);
  const x = page.offsetLeft + css.left + css.width / 2 - element.scrollLeft;
  const y = page.offsetTop + css.top + css.height / 2 - element.scrollTop;
  return x >= 0 && y >= 0 && x <= element.clientWidth && y <= element.clientHeight ? { x, y } : null;
}
