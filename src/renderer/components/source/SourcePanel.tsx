// The PDF page a cell was read from, beside the grid: the page drawn by pdf.js with the value's
// box highlighted, zoom and pan, and a click on another value selects that value's cell.
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ExtractedDocument } from '@engine/model';
import { LOW_CONFIDENCE_THRESHOLD } from '@engine/checks';
import { formatNumber } from '@engine/format';
import { placeKey, type Place } from '../../session';
import { boxesOnPage, hitTest } from './hitTest';
import { boxToCss, pagePointAt, scaleOf, scrollToKeep, scrollToShow, zoomIn, zoomLabel, zoomOut, type Point, type Size, type Zoom } from './pageView';
import { sourceOfPlace } from './sourceOfPlace';
import type { SourcePages } from './sourcePages';
import { useDragToPan } from './useDragToPan';
import { useElementWidth } from './useElementWidth';
import { usePdfPage } from './usePdfPage';
import './source.css';

interface SourcePanelProps {
  pages: SourcePages<HTMLCanvasElement>;
  /** The document under the cursor as extracted (its boxes and printed texts). */
  document: ExtractedDocument | undefined;
  /** False when the file's bytes are not in memory (nothing to draw). */
  available: boolean;
  place: Place | null;
  /** A value on the page was clicked: select its cell. */
  onPick(place: Place): void;
  onClose(): void;
}

export function SourcePanel({ pages, document, available, place, onPick, onClose }: SourcePanelProps): React.JSX.Element {
  const viewport = useRef<HTMLDivElement>(null);
  const layer = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [zoom, setZoom] = useState<Zoom>({ mode: 'fit' });
  const viewportWidth = useElementWidth(viewport);

  const source = place ? sourceOfPlace(document, place) : null;
  const sha256 = available && document?.sha256 ? document.sha256 : null;
  const pageNumber = source?.page ?? null;
  const scaleFor = useCallback((size: Size) => (viewportWidth > 0 ? scaleOf(zoom, size, viewportWidth) : null), [zoom, viewportWidth]);
  const { size, scale, shown, sharp, error } = usePdfPage(pages, sha256, pageNumber, scaleFor, canvas);

  // While the next page opens, keep the last one's size: the panel does not collapse and jump.
  const lastLayout = useRef<{ size: Size; scale: number } | null>(null);
  if (size && scale) lastLayout.current = { size, scale };
  const layout = size && scale ? { size, scale } : lastLayout.current;

  const docIndex = place?.doc ?? null;
  const boxes = useMemo(
    () => (document && docIndex !== null && pageNumber !== null ? boxesOnPage(document, docIndex, pageNumber) : []),
    [document, docIndex, pageNumber],
  );
  const [hovered, setHovered] = useState<string | null>(null);
  const hoveredBox = boxes.find((candidate) => placeKey(candidate.place) === hovered)?.box ?? null;

  /** Page point under a client position, or null outside the drawn page. */
  const pointAt = (clientX: number, clientY: number): Point | null => {
    const rect = layer.current?.getBoundingClientRect();
    if (!rect || !scale) return null;
    return { x: (clientX - rect.left) / scale, y: (clientY - rect.top) / scale };
  };

  // Zooming keeps the highlighted value (or what is under the pointer) where it is on screen.
  const pendingAnchor = useRef<{ point: Point; anchor: Point } | null>(null);
  const zoomTo = (next: Zoom, client?: Point): void => {
    const element = viewport.current;
    const page = layer.current;
    if (element && page && scale) {
      const rect = element.getBoundingClientRect();
      const anchor = client ? { x: client.x - rect.left, y: client.y - rect.top } : (highlightAnchor(element, page, source?.box ?? null, scale) ?? { x: element.clientWidth / 2, y: element.clientHeight / 2 });
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
    const { left, top } = scrollToKeep(pending.point, pending.anchor, scale, offsetOf(page));
    element.scrollTo({ left, top });
  }, [scale]);

  // A new cell: bring its value into view (left alone when it is in view already).
  const scrolledFor = useRef<string | null>(null);
  const target = place && pageNumber !== null ? `${placeKey(place)}@${sha256}|${pageNumber}` : null;
  useLayoutEffect(() => {
    const element = viewport.current;
    const page = layer.current;
    if (!target || !size || !scale || !element || !page || scrolledFor.current === target) return;
    scrolledFor.current = target;
    if (!source?.box) return;
    const box = boxToCss(source.box, scale);
    const offset = offsetOf(page);
    element.scrollTo(scrollToShow({ ...scrollOf(element), width: element.clientWidth, height: element.clientHeight }, { ...box, left: box.left + offset.x, top: box.top + offset.y }));
  }, [target, size, scale, source?.box]);

  const pan = useDragToPan(viewport, {
    draggingClass: 'source-view--dragging',
    onClick(clientX, clientY) {
      const point = pointAt(clientX, clientY);
      const picked = point ? hitTest(boxes, point.x, point.y) : null;
      if (picked) onPick(picked);
    },
    onHover(clientX, clientY) {
      const point = pointAt(clientX, clientY);
      const over = point ? hitTest(boxes, point.x, point.y) : null;
      const key = over ? placeKey(over) : null;
      if (key !== hovered) setHovered(key);
    },
    onWheelZoom(direction, clientX, clientY) {
      if (scale) zoomTo({ mode: 'scale', scale: direction > 0 ? zoomIn(scale) : zoomOut(scale) }, { x: clientX, y: clientY });
    },
  });

  const status = !place ? 'empty' : !source ? 'no-source' : !sha256 ? 'missing' : error ? 'error' : sharp ? 'ready' : 'loading';
  const pageCss = layout ? { width: layout.size.width * layout.scale, height: layout.size.height * layout.scale } : undefined;
  const highlight = source?.box && scale && shown ? boxToCss(source.box, scale) : null;
  const hover = hoveredBox && scale && shown && hovered !== (place ? placeKey(place) : null) ? boxToCss(hoveredBox, scale) : null;

  return (
    <section className="panel source-panel" aria-label="Bron" data-testid="source-panel" data-status={status} data-page={pageNumber ?? undefined}>
      <div className="panel__head source-panel__head">
        <h2 className="panel__title">Bron</h2>
        <SourceCaption document={document} page={pageNumber} />
        <button type="button" className="source-panel__close" onClick={onClose} title="Bron verbergen" aria-label="Bron verbergen" data-testid="source-close">
          ×
        </button>
      </div>
      <div className="source-panel__bar">
        <SourceReading text={source?.text ?? null} confidence={source?.confidence} via={source?.via} hasBox={!!source?.box} />
        <div className="source-zoom" role="group" aria-label="Zoom">
          <button type="button" className="source-zoom__button" data-testid="source-zoom-out" disabled={!scale} onClick={() => scale && zoomTo({ mode: 'scale', scale: zoomOut(scale) })} title="Uitzoomen (Ctrl+scrollwiel)" aria-label="Uitzoomen">
            −
          </button>
          <span className="source-zoom__level" data-testid="source-zoom-level">{scale ? zoomLabel(scale) : '–'}</span>
          <button type="button" className="source-zoom__button" data-testid="source-zoom-in" disabled={!scale} onClick={() => scale && zoomTo({ mode: 'scale', scale: zoomIn(scale) })} title="Inzoomen (Ctrl+scrollwiel)" aria-label="Inzoomen">
            +
          </button>
          <button
            type="button"
            className={`source-zoom__fit${zoom.mode === 'fit' ? ' source-zoom__fit--active' : ''}`}
            data-testid="source-fit"
            aria-pressed={zoom.mode === 'fit'}
            onClick={() => zoomTo({ mode: 'fit' })}
            title="Paginabreedte"
          >
            Paginabreedte
          </button>
        </div>
      </div>
      <div className="source-view" ref={viewport} {...pan} data-hover={hover ? 'value' : undefined}>
        {pageCss && sha256 && pageNumber !== null && (
          <div className={`source-page${error ? ' source-page--failed' : ''}`} ref={layer} style={pageCss}>
            <canvas className={`source-page__canvas${shown ? '' : ' source-page__canvas--stale'}`} ref={canvas} style={pageCss} data-testid="source-canvas" aria-label={`Pagina ${pageNumber}`} />
            {hover && <div className="source-hover" style={hover} aria-hidden="true" />}
            {highlight && <div className={`source-highlight${source?.via === 'ocr' ? ' source-highlight--ocr' : ''}`} style={highlight} data-testid="source-highlight" aria-hidden="true" />}
          </div>
        )}
        <SourceMessage status={status} error={error} />
      </div>
    </section>
  );
}

function SourceCaption({ document, page }: { document: ExtractedDocument | undefined; page: number | null }): React.JSX.Element | null {
  if (!document || page === null) return null;
  return (
    <span className="source-panel__caption" title={document.file}>
      <span className="source-panel__file" data-testid="source-file">
        {document.file}
      </span>
      <span className="source-panel__page" data-testid="source-page">
        pagina {formatNumber(page)}
        {document.pageCount > 1 ? ` van ${formatNumber(document.pageCount)}` : ''}
      </span>
    </span>
  );
}

interface SourceReadingProps {
  text: string | null;
  confidence: number | undefined;
  via: 'text' | 'ocr' | undefined;
  hasBox: boolean;
}

/** What was read where the highlight is, and how: the text layer, or OCR with its confidence. */
function SourceReading({ text, confidence, via, hasBox }: SourceReadingProps): React.JSX.Element {
  return (
    <span className="source-reading" data-testid="source-reading">
      {via && (
        <span className={`source-reading__via source-reading__via--${via}`} title={via === 'ocr' ? 'Gelezen uit een scan met tekstherkenning (OCR)' : 'Gelezen uit de tekst van de PDF'}>
          {via === 'ocr' ? 'OCR' : 'Tekstlaag'}
        </span>
      )}
      {hasBox && text !== null && (
        <span className="source-reading__text">
          Gelezen: <strong>{text === '' ? '(leeg)' : text}</strong>
        </span>
      )}
      {via === 'ocr' && confidence !== undefined && (
        <span
          className={`source-reading__confidence${confidence < LOW_CONFIDENCE_THRESHOLD ? ' source-reading__confidence--low' : ''}`}
          data-testid="source-confidence"
          title="Hoe zeker de tekstherkenning van deze waarde is"
        >
          zekerheid {formatNumber(Math.round(confidence))}%
        </span>
      )}
      {via && !hasBox && <span className="source-reading__none">geen eigen waarde op de pagina</span>}
    </span>
  );
}

const MESSAGES: Partial<Record<string, string>> = {
  empty: 'Kies een cel in de tabel om te zien waar de waarde op de PDF-pagina staat.',
  'no-source': 'Voor deze cel is geen bron bekend.',
  missing: 'De PDF van dit bestand is niet in het geheugen, dus de pagina kan niet worden getoond. Lees het bestand opnieuw in om de bron te zien.',
};

function SourceMessage({ status, error }: { status: string; error: string | null }): React.JSX.Element | null {
  const text = status === 'error' ? `Deze pagina kan niet worden getoond (${error ?? 'onbekende fout'}).` : MESSAGES[status];
  if (!text) return null;
  return (
    <p className="source-view__message" data-testid="source-message">
      {text}
    </p>
  );
}

function scrollOf(element: HTMLElement): { left: number; top: number } {
  return { left: element.scrollLeft, top: element.scrollTop };
}

/** Where the page starts inside the scrolled content. */
function offsetOf(page: HTMLElement): Point {
  return { x: page.offsetLeft, y: page.offsetTop };
}

/** The highlighted value's centre in viewport coordinates, when it is in view. */
function highlightAnchor(element: HTMLElement, page: HTMLElement, box: Parameters<typeof boxToCss>[0] | null, scale: number): Point | null {
  if (!box) return null;
  const css = boxToCss(box, scale);
  const x = page.offsetLeft + css.left + css.width / 2 - element.scrollLeft;
  const y = page.offsetTop + css.top + css.height / 2 - element.scrollTop;
  return x >= 0 && y >= 0 && x <= element.clientWidth && y <= element.clientHeight ? { x, y } : null;
}
