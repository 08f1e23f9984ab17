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
      <ZoomButton testId="source-zoom-out" label="Uitzoomen" symbol="−" onClick={scale ? () => onZoom({ mode: 'scale', scale: zoomOut(scale) }) : undefined} />
      <span className="source-zoom__level" data-testid="source-zoom-level">
        {scale ? zoomLabel(scale) : ''}
      </span>
      <ZoomButton testId="source-zoom-in" label="Inzoomen" symbol="+" onClick={scale ? () => onZoom({ mode: 'scale', scale: zoomIn(scale) }) : undefined} />
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

/** − or +: disabled (no onClick) while no page is laid out. */
function ZoomButton({
  testId,
  label,
  symbol,
  onClick,
}: {
  testId: string;
  label: string;
  symbol: string;
  onClick: (() => void) | undefined;
}): React.JSX.Element {
  return (
    <button
      type="button"
      className="source-zoom__button"
      data-testid={testId}
      disabled={!onClick}
      onClick={onClick}
      title={`${label} (Ctrl+scrollwiel)`}
      aria-label={label}
    >
      {symbol}
    </button>
  );
}
