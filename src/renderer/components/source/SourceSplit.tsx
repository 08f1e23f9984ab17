// The grids on the left, the source panel on the right, with a handle between them to drag
// (or move with the arrow keys). The grids keep their place in the tree whether the panel is
// shown or not, so showing it never rebuilds them.
import { useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';

/** The panel's share of the window when it first opens. */
const INITIAL_SHARE = 0.4;
const MIN_SIDE = 320;
/** What the grids keep at least (the rest of a narrow window goes to them). */
const MIN_MAIN = 480;
const KEY_STEP = 32;

interface SourceSplitProps {
  children: ReactNode;
  /** The source panel, or null when it is hidden. */
  side: ReactNode | null;
}

export function SourceSplit({ children, side }: SourceSplitProps): React.JSX.Element {
  const container = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(() => Math.round(window.innerWidth * INITIAL_SHARE));
  const drag = useRef<{ id: number; startX: number; startWidth: number } | null>(null);

  const clamp = (next: number): number => {
    const total = container.current?.clientWidth ?? window.innerWidth;
    return Math.round(Math.max(MIN_SIDE, Math.min(next, total - MIN_MAIN)));
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    if (event.button !== 0) return;
    event.preventDefault(); // no text selection while dragging
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { id: event.pointerId, startX: event.clientX, startWidth: width };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>): void => {
    const current = drag.current;
    if (current?.id === event.pointerId) setWidth(clamp(current.startWidth - (event.clientX - current.startX)));
  };
  const onPointerEnd = (event: PointerEvent<HTMLDivElement>): void => {
    if (drag.current?.id === event.pointerId) drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    // The handle sits left of the panel: left makes the panel wider.
    if (event.key === 'ArrowLeft') setWidth(clamp(width + KEY_STEP));
    else if (event.key === 'ArrowRight') setWidth(clamp(width - KEY_STEP));
    else return;
    event.preventDefault();
  };

  return (
    <div className={`source-split${side ? ' source-split--open' : ''}`} ref={container}>
      <div className="source-split__main">{children}</div>
      {side && (
        <>
          <div
            className="source-split__handle"
            role="separator"
            aria-orientation="vertical"
            aria-label="Breedte van de bron"
            aria-valuenow={width}
            tabIndex={0}
            title="Sleep om de breedte te wijzigen"
            data-testid="source-split-handle"
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerEnd}
            onPointerCancel={onPointerEnd}
            onKeyDown={onKeyDown}
          />
          <div className="source-split__side" style={{ width }}>
            {side}
          </div>
        </>
      )}
    </div>
  );
}
