// Dragging the page moves it (the panel scrolls); a press that does not move is a click.
// Wheel and trackpad scroll natively; Ctrl+wheel zooms around the pointer.
import { useEffect, useRef, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';

/** Movement (CSS px) below which a press counts as a click, not a drag. */
const CLICK_SLOP = 4;
/** Wheel delta (pixels) of one zoom step. */
const WHEEL_STEP = 100;

export interface DragToPanHandlers {
  onPointerDown(event: ReactPointerEvent<HTMLElement>): void;
  onPointerMove(event: ReactPointerEvent<HTMLElement>): void;
  onPointerUp(event: ReactPointerEvent<HTMLElement>): void;
  onPointerCancel(event: ReactPointerEvent<HTMLElement>): void;
}

export interface DragToPanOptions {
  onClick(clientX: number, clientY: number): void;
  /** Pointer moving without a button pressed (hover). */
  onHover(clientX: number, clientY: number): void;
  /** Ctrl+wheel: a zoom step in (1) or out (-1) around the pointer. */
  onWheelZoom(direction: 1 | -1, clientX: number, clientY: number): void;
  /** Toggled on the viewport while dragging, for the grabbing cursor. */
  draggingClass: string;
}

export function useDragToPan(viewport: RefObject<HTMLElement | null>, options: DragToPanOptions): DragToPanHandlers {
  const press = useRef<{ id: number; x: number; y: number; left: number; top: number; dragging: boolean } | null>(null);
  const latest = useRef(options);
  latest.current = options;

  // React's wheel listener is passive, so Ctrl+wheel could not keep the browser from zooming
  // the whole window; this one is not.
  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    // A mouse wheel notch is about 100; a trackpad pinch sends many small deltas: add them up
    // so both zoom one step per notch's worth.
    let pending = 0;
    const onWheel = (event: WheelEvent): void => {
      if (!event.ctrlKey && !event.metaKey) return;
      event.preventDefault();
      pending += event.deltaMode === WheelEvent.DOM_DELTA_PIXEL ? event.deltaY : event.deltaY * WHEEL_STEP;
      if (Math.abs(pending) < WHEEL_STEP / 2) return;
      latest.current.onWheelZoom(pending < 0 ? 1 : -1, event.clientX, event.clientY);
      pending = 0;
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [viewport]);

  const end = (event: ReactPointerEvent<HTMLElement>, click: boolean): void => {
    const current = press.current;
    if (!current || current.id !== event.pointerId) return;
    press.current = null;
    viewport.current?.classList.remove(latest.current.draggingClass);
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
    if (click && !current.dragging) latest.current.onClick(event.clientX, event.clientY);
  };

  return {
    onPointerDown(event) {
      const element = viewport.current;
      if (event.button !== 0 || !element) return;
      press.current = { id: event.pointerId, x: event.clientX, y: event.clientY, left: element.scrollLeft, top: element.scrollTop, dragging: false };
    },
    onPointerMove(event) {
      const current = press.current;
      const element = viewport.current;
      if (!current || current.id !== event.pointerId || !element) {
        if (event.buttons === 0) latest.current.onHover(event.clientX, event.clientY);
        return;
      }
      const dx = event.clientX - current.x;
      const dy = event.clientY - current.y;
      if (!current.dragging && Math.hypot(dx, dy) < CLICK_SLOP) return;
      if (!current.dragging) {
        current.dragging = true;
        // Captured only once it is a drag: a plain click stays an ordinary click.
        event.currentTarget.setPointerCapture(event.pointerId);
        element.classList.add(latest.current.draggingClass);
      }
      element.scrollLeft = current.left - dx;
      element.scrollTop = current.top - dy;
    },
    onPointerUp: (event) => end(event, true),
    onPointerCancel: (event) => end(event, false),
  };
}
