// What ReviewGrid wires the same way for both grids: the external row filter, focus → place, Enter on a cell
// with a suggestion (the grid context, see gridKeys), and handing the grid API to the parent. Callbacks are stable because AG Grid re-reads a changed callback prop,
// so new ones every render would be churn (getRowId may not change at all after the grid starts).
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { CellFocusedEvent, GridApi, GridReadyEvent, IRowNode } from 'ag-grid-community';
import { isFiltering, passesFilter, type MunicipalityRow, type Place, type RegionRow, type RowFilter } from '../../session';
import { placeOfFocus } from './focusPlace';
import type { GridKeyContext } from './gridSetup';

export function useGridWiring<Row extends MunicipalityRow | RegionRow>(
  filter: RowFilter,
  onFocusPlace: (place: Place | null) => void,
  onApi: (api: GridApi<Row> | null) => void,
  takeSuggestionAt: (place: Place) => boolean,
) {
  const api = useRef<GridApi<Row> | null>(null);
  const filterRef = useRef(filter);
  filterRef.current = filter;
  const takeRef = useRef(takeSuggestionAt);
  takeRef.current = takeSuggestionAt;
  // One context object for the grid's lifetime: it reads the latest callback when a key comes.
  const keyContext = useMemo<GridKeyContext>(() => ({ takeSuggestionAt: (place) => takeRef.current(place) }), []);
  useEffect(() => api.current?.onFilterChanged(), [filter]);

  const isExternalFilterPresent = useCallback(() => isFiltering(filterRef.current), []);
  const doesExternalFilterPass = useCallback((node: IRowNode<Row>) => !!node.data && passesFilter(node.data, filterRef.current), []);
  const onCellFocused = useCallback((event: CellFocusedEvent<Row>) => onFocusPlace(placeOfFocus(event)), [onFocusPlace]);
  const onGridReady = useCallback(
    (event: GridReadyEvent<Row>) => {
      api.current = event.api;
      onApi(event.api);
    },
    [onApi],
  );
  const onGridPreDestroyed = useCallback(() => {
    api.current = null;
    onApi(null);
  }, [onApi]);

  return { isExternalFilterPresent, doesExternalFilterPass, onCellFocused, onGridReady, onGridPreDestroyed, keyContext };
}
