// The grid both review tables are: AG Grid with the shared options, wired to the screen the same
// way (filter, cursor, edits, Enter on a suggestion, the API). Each table brings only what sets it
// apart: its columns, its row classes, which cells an edit may change, and its own sort rule.
import { useCallback, useMemo, useRef } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellEditRequestEvent, ColDef, GridApi, PostSortRowsParams, RowClassRules } from 'ag-grid-community';
import type { CellRef, MunicipalityRow, Place, RegionRow, RowFilter } from '../../session';
import { useGridWiring } from './useGridWiring';
import { sharedGridOptions, THEME_CLASS } from './gridSetup';

/** What the screen gives either grid. */
export interface ReviewGridProps<Row> {
  rows: Row[];
  /** Region, period, only findings and the search (see session/rowFilter.ts). */
  filter: RowFilter;
  onEdit(cell: CellRef, text: string): void;
  onFocusPlace(place: Place | null): void;
  onApi(api: GridApi<Row> | null): void;
  /** Enter on a cell: take its suggested value; false when it has none to take. */
  onTakeSuggestion(place: Place): boolean;
}

/** What sets one grid apart, the same for its whole life. */
export interface GridKind<Row> {
  /** The container's data-testid (the e2e page objects find the grid by it). */
  testId: string;
  rowClassRules: RowClassRules<Row>;
  /** The cell an edit of the row's column changes; null where that column cannot be edited. */
  editedCell(row: Row, column: string): CellRef | null;
  /** The rows' order after a sort, where the grid has a rule of its own. */
  postSortRows?: (params: PostSortRowsParams<Row>) => void;
}

interface ReviewGridOwnProps<Row> extends ReviewGridProps<Row> {
  kind: GridKind<Row>;
  columnDefs: ColDef<Row>[];
  /** What the grid's cells and headers need besides the Enter key's suggestion (GridKeyContext). */
  context?: object;
}

export function ReviewGrid<Row extends MunicipalityRow | RegionRow>(props: ReviewGridOwnProps<Row>): React.JSX.Element {
  const { kind, rows, columnDefs, context, filter, onEdit, onFocusPlace, onApi, onTakeSuggestion } = props;
  const { keyContext, ...wiring } = useGridWiring<Row>(filter, onFocusPlace, onApi, onTakeSuggestion);
  const gridContext = useMemo(() => ({ ...keyContext, ...context }), [keyContext, context]);

  // Stable, as the wiring's callbacks are: the window hands a new onEdit every render, and a
  // changed callback prop makes AG Grid re-read its options after every edit.
  const editRef = useRef(onEdit);
  editRef.current = onEdit;
  const onCellEditRequest = useCallback(
    (event: CellEditRequestEvent<Row>) => {
      const cell = event.data ? kind.editedCell(event.data, event.column.getColId()) : null;
      if (cell) editRef.current(cell, event.newValue == null ? '' : String(event.newValue));
    },
    [kind],
  );

  return (
    <div className={`grid ${THEME_CLASS}`} data-testid={kind.testId}>
      <AgGridReact<Row>
        {...sharedGridOptions}
        {...wiring}
        rowData={rows}
        columnDefs={columnDefs}
        context={gridContext}
        rowClassRules={kind.rowClassRules}
        postSortRows={kind.postSortRows}
        onCellEditRequest={onCellEditRequest}
      />
    </div>
  );
}
