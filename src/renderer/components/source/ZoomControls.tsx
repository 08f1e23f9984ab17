// Zoom out, the level, zoom in, and back to the page's width.
import { zoomIn, zoomLabel, zoomOut, type Zoom } from './pageView';

interface ZoomControlsProps {
  /** The current scale; null while no page is laid out. */
  scale: number | null;
  /** The page follows the panel's width. */
  fitting: boolean;
  onZoom(zoom: Zoom): void;
}

export function ZoomControls({ scale, fitting, onZoom }: ZoomControlsProps): React.JSX.Element {
  return (
    <div className="source-zoom" role="group" aria-label="Zoom">
      <button
        type="button"
        className="source-zoom__button"
        data-testid="source-zoom-out"
        disabled={!scale}
        onClick={() => scale && onZoom({ mode: 'scale', scale: zoomOut(scale) })}
        title="Uitzoomen (Ctrl+scrollwiel)"
        aria-label="Uitzoomen"
      >
        −
      </button>
      <span className="source-zoom__level" data-testid="source-zoom-level">
        {scale ? zoomLabel(scale) : ''}
      </span>
      <button
        type="button"
        className="source-zoom__button"
        data-testid="source-zoom-in"
        disabled={!scale}
        onClick={() => scale && onZoom({ mode: 'scale', scale: zoomIn(scale) })}
        title="Inzoomen (Ctrl+scrollwiel)"
        aria-label="Inzoomen"
      >
        +
      </button>
      <button
        type="button"
        className={`source-zoom__fit${fitting ? ' source-zoom__fit--active' : ''}`}
        data-testid="source-fit"
        aria-pressed={fitting}
        onClick={() => onZoom({ mode: 'fit' })}
        title="De pagina zo breed als het paneel"
      >
        Paginabreedte
      </button>
    </div>
  );
}
