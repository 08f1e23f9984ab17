// Draws one PDF page onto the panel's canvas at the panel's scale. The canvas keeps showing
// the page it has (stretched by CSS) while a sharper one is rendered for a new zoom or width;
// a render that is no longer wanted (the cursor moved on, the zoom changed again) is
// cancelled. Pages already rendered at this resolution come from the cache without pdf.js.
import { useEffect, useRef, useState, type RefObject } from 'react';
import { pixelScaleOf, type Size } from './pageView';
import { RenderCancelled, type PageRef, type SourcePages } from './sourcePages';

/** After a zoom step or a resize of the panel, wait this long for the next before rendering. */
const SETTLE_MS = 120;

export interface PdfPageState {
  /** The page's size in points; null until pdf.js has opened it. */
  size: Size | null;
  /** CSS pixels per point the page is laid out at; null until its size is known. */
  scale: number | null;
  /** True once the canvas shows this page (perhaps still at the previous resolution). */
  shown: boolean;
  /** True when it shows it at the resolution the current scale wants (nothing left to draw). */
  sharp: boolean;
  /** Dutch, when the page cannot be drawn. */
  error: string | null;
}

export function usePdfPage(
  pages: SourcePages<HTMLCanvasElement>,
  sha256: string | null,
  pageNumber: number | null,
  /** CSS pixels per point for a page of this size (the zoom, or the fit to the panel's width);
   * null while the panel cannot tell yet. */
  scaleFor: (size: Size) => number | null,
  canvas: RefObject<HTMLCanvasElement | null>,
): PdfPageState {
  const key = sha256 !== null && pageNumber !== null ? `${sha256}|${pageNumber}` : null;
  const [sized, setSized] = useState<{ key: string; size: Size } | null>(null);
  const [failed, setFailed] = useState<{ key: string; message: string } | null>(null);
  const [drawnAt, setDrawnAt] = useState<{ key: string; pixelScale: number } | null>(null);
  // Read by the render effect without making it depend on it.
  const drawn = useRef<string | null>(null);
  const devicePixelRatio = useDevicePixelRatio();

  useEffect(() => {
    if (sha256 === null || pageNumber === null || key === null) return;
    let live = true;
    pages.pageSize({ sha256, page: pageNumber }).then(
      (size) => live && setSized({ key, size }),
      (error: unknown) => live && setFailed({ key, message: messageOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [pages, sha256, pageNumber, key]);

  const size = sized?.key === key ? sized.size : null;
  const scale = size ? scaleFor(size) : null;
  const pixelScale = size && scale ? pixelScaleOf(scale, devicePixelRatio, size) : null;

  useEffect(() => {
    if (key === null) {
      // No page: the canvas goes, and the next one starts blank.
      drawn.current = null;
      setDrawnAt(null);
      return;
    }
    if (sha256 === null || pageNumber === null || pixelScale === null) return;
    const page: PageRef = { sha256, page: pageNumber };
    const show = (bitmap: HTMLCanvasElement): void => {
      const target = canvas.current;
      if (!target) return;
      copyOnto(target, bitmap);
      drawn.current = key;
      setDrawnAt({ key, pixelScale });
    };
    const cached = pages.cached(page, pixelScale);
    if (cached) {
      show(cached);
      return;
    }
    let live = true;
    let cancel: (() => void) | undefined;
    const start = (): void => {
      const render = pages.render(page, pixelScale);
      cancel = render.cancel;
      render.promise.then(
        (bitmap) => live && show(bitmap),
        (error: unknown) => live && !(error instanceof RenderCancelled) && setFailed({ key, message: messageOf(error) }),
      );
    };
    // A new page is drawn at once; the same page at a new scale once the scale settles.
    const timer = drawn.current === key ? setTimeout(start, SETTLE_MS) : undefined;
    if (!timer) start();
    return () => {
      live = false;
      clearTimeout(timer);
      cancel?.();
    };
  }, [pages, sha256, pageNumber, key, pixelScale, canvas]);

  const shown = key !== null && drawnAt?.key === key;
  return { size, scale, shown, sharp: shown && drawnAt?.pixelScale === pixelScale, error: failed?.key === key ? failed.message : null };
}

function copyOnto(target: HTMLCanvasElement, bitmap: HTMLCanvasElement): void {
  // Setting the size clears the canvas, also when it does not change.
  target.width = bitmap.width;
  target.height = bitmap.height;
  target.getContext('2d')?.drawImage(bitmap, 0, 0);
}

/** window.devicePixelRatio, updated when the window moves to another screen or is zoomed. */
function useDevicePixelRatio(): number {
  const [ratio, setRatio] = useState(() => window.devicePixelRatio || 1);
  useEffect(() => {
    const query = window.matchMedia(`(resolution: ${ratio}dppx)`);
    const onChange = (): void => setRatio(window.devicePixelRatio || 1);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [ratio]);
  return ratio;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
