// Ending the cell edits in progress before a save. AG Grid does not call onCellEditRequest at
// once: grid events reach the grid's callbacks through its queue of async events, emptied on a
// zero-delay timer (ag-stack's LocalEventService.dispatchAsync). This is not React's render;
// the edit reaches the window's store only when that timer has run. A timer started after
// stopEditing runs after it, also when the edit ended earlier (the cell lost the focus to the
// button that saves), so once it has fired the edit is in the store.
import type { GridApi } from 'ag-grid-community';

export function commitGridEdits(apis: readonly (GridApi | null)[]): Promise<void> {
  for (const api of apis) api?.stopEditing();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
