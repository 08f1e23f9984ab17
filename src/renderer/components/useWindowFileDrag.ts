// Whether files are being dragged over the window, for the drop indicator once tables are shown
// (the start screen's drop zone shows its own). dragenter and dragleave fire for every element
// the pointer crosses, so they are counted: back at zero the drag has left the window. A drop,
// the end of the drag or Escape (should a leave never arrive) ends it too.
import { useEffect, useState } from 'react';

export function useWindowFileDrag(enabled: boolean): boolean {
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    if (!enabled) return;
    let depth = 0;
    const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;
    const onEnter = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const end = (): void => {
      depth = 0;
      setDragging(false);
    };
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') end();
    };
    // Capture: a drop zone that stops the event (the header's) still ends the drag here.
    window.addEventListener('dragenter', onEnter, true);
    window.addEventListener('dragleave', onLeave, true);
    window.addEventListener('drop', end, true);
    window.addEventListener('dragend', end, true);
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.removeEventListener('dragenter', onEnter, true);
      window.removeEventListener('dragleave', onLeave, true);
      window.removeEventListener('drop', end, true);
      window.removeEventListener('dragend', end, true);
      window.removeEventListener('keydown', onKey, true);
      setDragging(false);
    };
  }, [enabled]);

  return enabled && dragging;
}
