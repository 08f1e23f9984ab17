// The PDF page a cell was read from, beside the grid: the page drawn by pdf.js with the value's
// box highlighted, zoom and pan, and a click on another value selects that value's cell.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ExtractedDocument } from '@engine/model';
import { placeKey, type Place } from '../../session';
import { boxesOnPage, hitTest, hitTolerance } from './hitTest';
import { boxToCss, scaleOf, zoomIn, zoomOut, type Point, type Size, type Zoom } from './pageView';
import { SourceCaption, SourceMessage, SourceReading, type SourceStatus } from './SourceDetails';
import { sameBox, sourceOfPlace } from './sourceOfPlace';
import type { SourcePages } from './sourcePages';
import { useDragToPan } from './useDragToPan';
import { useElementWidth } from './useElementWidth';
import { usePageScroll } from './usePageScroll';
import { usePdfPage } from './usePdfPage';
import { ZoomControls } from './ZoomControls';
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
  const viewportWidth = useElementWidth(viewport);
  const [zoom, setZoom] = useState<Zoom>({ mode: 'fit' });

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
  /** The value clicked or pointed at: on its box or a few screen pixels beside it. */
  const valueAt = (clientX: number, clientY: number): Place | null => {
    const point = pointAt(clientX, clientY);
    return point && scale ? hitTest(boxes, point.x, point.y, hitTolerance(scale)) : null;
  };

  const target = place && pageNumber !== null ? `${placeKey(place)}@${sha256}|${pageNumber}` : null;
  const zoomTo = usePageScroll(viewport, layer, scale, target, source?.box ?? null, setZoom);

  const pan = useDragToPan(viewport, {
    draggingClass: 'source-view--dragging',
    onClick(clientX, clientY) {
      const picked = valueAt(clientX, clientY);
      if (picked) onPick(picked);
    },
    onHover(clientX, clientY) {
      const over = valueAt(clientX, clientY);
      const key = over ? placeKey(over) : null;
      if (key !== hovered) setHovered(key);
    },
    onWheelZoom(direction, clientX, clientY) {
      if (scale) zoomTo({ mode: 'scale', scale: direction > 0 ? zoomIn(scale) : zoomOut(scale) }, { x: clientX, y: clientY });
    },
  });

  const status: SourceStatus = !place ? 'empty' : !source ? 'no-source' : !sha256 ? 'missing' : error ? 'error' : sharp ? 'ready' : 'loading';
  const pageCss = layout ? { width: layout.size.width * layout.scale, height: layout.size.height * layout.scale } : undefined;
  const highlight = source?.box && scale && shown ? boxToCss(source.box, scale) : null;
  // No hover ring over the highlight itself ("Bekend in Sonar" highlights TOTAAL AMR's box).
  const hover = hoveredBox && scale && shown && !sameBox(hoveredBox, source?.box) ? boxToCss(hoveredBox, scale) : null;

  return (
    <section className="panel source-panel" aria-label="Bron" data-testid="source-panel" data-status={status} data-page={pageNumber ?? undefined}>
      <div className="panel__head source-panel__head">
        <h2 className="panel__title">Bron</h2>
        <SourceCaption document={document} page={pageNumber} />
        <button type="button" className="source-panel__close" onClick={onClose} title="Bron verbergen" aria-label="Bron verbergen" data-testid="source-close">
          ×
        </button>
      </div>
      {sha256 && pageNumber !== null && (
        <div className="source-panel__bar">
          <SourceReading text={source?.text ?? null} confidence={source?.confidence} via={source?.via} hasBox={!!source?.box} from={source?.from} />
          <ZoomControls scale={scale} fitting={zoom.mode === 'fit'} onZoom={(next) => zoomTo(next)} />
        </div>
      )}
      <div className="source-view" ref={viewport} {...pan} data-hover={hover ? 'value' : undefined}>
        {pageCss && sha256 && pageNumber !== null && (
          <div className={`source-page${error ? ' source-page--failed' : ''}`} ref={layer} style={pageCss}>
            <canvas
              className={`source-page__canvas${shown ? '' : ' source-page__canvas--stale'}`}
              ref={canvas}
              style={pageCss}
              data-testid="source-canvas"
              aria-label={`Pagina ${pageNumber}`}
            />
            {hover && <div className="source-hover" style={hover} aria-hidden="true" />}
            {highlight && <div className="source-highlight" style={highlight} data-testid="source-highlight" aria-hidden="true" />}
          </div>
        )}
        <SourceMessage status={status} error={error} />
      </div>
    </section>
  );
}
