// Moving the cursor to a place from outside the grid (F8), and reading where it is.
import type { CellFocusedEvent, GridApi } from 'ag-grid-community';
import { rowIdOf, type Place, type PlaceColumnId } from '../../session';

interface RowWithPlace {
  doc: number;
  table: number;
  row: Place['row'];
}

/** True when the place's row is shown (not filtered out). */
export function isShown(api: GridApi | null, place: Place): boolean {
  return api?.getRowNode(rowIdOf(place))?.displayed === true;
}

/** Selects the cell and scrolls it into view, in the middle when it was off screen. */
export function focusPlace(api: GridApi, place: Place): boolean {
  const node = api.getRowNode(rowIdOf(place));
  if (!node || node.rowIndex === null || !node.displayed) return false;
  api.stopEditing();
  api.ensureNodeVisible(node, 'middle');
  api.ensureColumnVisible(place.column, 'auto');
  const rowIndex = node.rowIndex;
  api.setFocusedCell(rowIndex, place.column);
  // A row scrolled into view is drawn a frame or two later, and the grid does not move the
  // browser's focus into a cell it draws after the fact. Until the cell has focus (so typing
  // edits it right away), focus it again.
  let frames = 0;
  const refocus = (): void => {
    if (api.isDestroyed() || hasBrowserFocus(place) || ++frames > 10) return;
    api.clearFocusedCell();
    api.setFocusedCell(rowIndex, place.column);
    requestAnimationFrame(refocus);
  };
  requestAnimationFrame(refocus);
  return true;
}

/** The place of the focused cell, or null when focus left the cells. */
export function placeOfFocus<T extends RowWithPlace>(event: CellFocusedEvent<T>): Place | null {
  if (event.rowIndex === null || !event.column || event.rowPinned) return null;
  const data = event.api.getDisplayedRowAtIndex(event.rowIndex)?.data;
  if (!data) return null;
  const column = (typeof event.column === 'string' ? event.column : event.column.getColId()) as PlaceColumnId;
  return { doc: data.doc, table: data.table, row: data.row, column };
}

function hasBrowserFocus(place: Place): boolean {
  const cell = document.activeElement?.closest('.ag-cell');
  return cell?.getAttribute('col-id') === place.column && cell.closest('.ag-row')?.getAttribute('row-id') === rowIdOf(place);
}
