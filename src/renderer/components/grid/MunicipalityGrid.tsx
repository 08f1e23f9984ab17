// The Gemeenten grid: every municipality and TOTAAL AMR row of every loaded table. Row and
// column ids: see src/renderer/session/cells.ts (`0-2-5`, `0-2-total`; name, c0..c3, total, check).
import { useCallback, useMemo } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellEditRequestEvent, ColDef, GetRowIdParams, GridApi, PostSortRowsParams } from 'ag-grid-community';
import { COUNT_COLUMN_IDS, displayValue, isEditable, type CellRef, type MunicipalityRow, type Place, type RowColumnId, type RowFilter } from '../../session';
import { checkTooltip, cellTooltip } from './cellTexts';
import { CountHeader, type CountHeaderContext } from './CountHeader';
import { headerMinWidth } from './headerWidth';
import { useGridWiring } from './useGridWiring';
import { gridKeys, sharedGridOptions, THEME_CLASS, type GridKeyContext } from './gridSetup';

interface MunicipalityGridProps {
  rows: MunicipalityRow[];
  /** Headers of the four count columns. */
  countHeaders: readonly string[];
  /** Region, period, only findings and the search (see session/rowFilter.ts). */
  filter: RowFilter;
  onEdit(cell: CellRef, text: string): void;
  onRenameRequest(column: number): void;
  onFocusPlace(place: Place | null): void;
  onApi(api: GridApi<MunicipalityRow> | null): void;
  /** Enter on a cell: take its suggested value; false when it has none to take. */
  onTakeSuggestion(place: Place): boolean;
}

export function MunicipalityGrid(props: MunicipalityGridProps): React.JSX.Element {
  const { rows, countHeaders, filter, onEdit, onRenameRequest, onFocusPlace, onApi, onTakeSuggestion } = props;
  const columnDefs = useMemo(() => municipalityColumns(countHeaders), [countHeaders]);

  const onCellEditRequest = useCallback(
    (event: CellEditRequestEvent<MunicipalityRow>) => {
      const row = event.data;
      const column = event.column.getColId() as RowColumnId;
      if (!row || !isEditable(row.row, column)) return;
      onEdit({ doc: row.doc, table: row.table, row: row.row, column } as CellRef, event.newValue == null ? '' : String(event.newValue));
    },
    [onEdit],
  );

  const { isExternalFilterPresent, doesExternalFilterPass, onCellFocused, onGridReady, onGridPreDestroyed, keyContext } = useGridWiring<MunicipalityRow>(
    filter,
    onFocusPlace,
    onApi,
    onTakeSuggestion,
  );
  const context = useMemo<CountHeaderContext & GridKeyContext>(() => ({ ...keyContext, requestRename: onRenameRequest }), [keyContext, onRenameRequest]);

  return (
    <div className={`grid ${THEME_CLASS}`} data-testid="municipality-grid">
      <AgGridReact<MunicipalityRow>
        {...sharedGridOptions}
        rowData={rows}
        columnDefs={columnDefs}
        defaultColDef={defaultColDef}
        context={context}
        getRowId={rowId}
        rowClassRules={rowClassRules}
        isExternalFilterPresent={isExternalFilterPresent}
        doesExternalFilterPass={doesExternalFilterPass}
        postSortRows={totalsLast}
        onCellEditRequest={onCellEditRequest}
        onCellFocused={onCellFocused}
        onGridReady={onGridReady}
        onGridPreDestroyed={onGridPreDestroyed}
      />
    </div>
  );
}

const defaultColDef: ColDef<MunicipalityRow> = {
  sortable: true,
  resizable: true,
  suppressHeaderMenuButton: true,
  suppressKeyboardEvent: gridKeys,
  // Values are ours to format and parse (Dutch numbers): no type inference, no number editor.
  cellDataType: false,
};

const rowClassRules = {
  'kp-row--total': (params: { data?: MunicipalityRow }) => params.data?.isTotal === true,
  'kp-row--flagged': (params: { data?: MunicipalityRow }) => (params.data?.rowFlags.length ?? 0) > 0,
};

function municipalityColumns(countHeaders: readonly string[]): ColDef<MunicipalityRow>[] {
  return [
    {
      colId: 'file',
      field: 'file',
      headerName: 'Bestand',
      initialFlex: 1,
      minWidth: 80,
      cellClass: 'kp-cell--muted',
      tooltip: (params) => params.data?.file,
    },
    { colId: 'year', field: 'year', headerName: 'Jaar', initialWidth: 68, type: 'rightAligned' },
    { colId: 'quarter', field: 'quarter', headerName: 'Kwartaal', initialWidth: 94, type: 'rightAligned' },
    // Region and name say whose numbers these are: pinned, so they stay in view however far the
    // grid scrolls (a narrow window, the source panel open), TOTAAL AMR rows included.
    {
      colId: 'region',
      field: 'region',
      headerName: 'Arbeidsmarktregio',
      pinned: 'left',
      lockPinned: true,
      initialWidth: 168,
      minWidth: 110,
      tooltip: (params) => params.data?.region,
    },
    valueColumn('name', 'Gemeente', { pinned: 'left', lockPinned: true, initialWidth: 178, initialFlex: undefined, minWidth: 120, type: undefined }),
    // Given names are often alike at the start ("Categorie A", "Categorie B"): they wrap onto
    // more lines (the header grows) rather than end in four identical ellipses, and hover tells all.
    ...COUNT_COLUMN_IDS.map((colId, index) => {
      const name = countHeaders[index] ?? `Kolom ${index + 1}`;
      return valueColumn(colId, name, {
        headerTooltip: name,
        minWidth: headerMinWidth(name, 96),
        wrapHeaderText: true,
        autoHeaderHeight: true,
        headerComponentParams: { innerHeaderComponent: CountHeader, innerHeaderComponentParams: { countColumn: index } },
      });
    }),
    valueColumn('total', 'Totaal', { headerTooltip: 'Totaal doelgroep banenafspraak in Sonar' }),
    {
      colId: 'check',
      field: 'check',
      headerName: 'Controle',
      initialFlex: 2.2,
      minWidth: 150,
      cellClassRules: {
        'kp-check--ok': (params) => params.value === 'OK',
        // Only accepted findings: no longer a problem, but not plain OK either.
        'kp-check--accepted': (params) => !!params.data && params.data.rowFlags.length === 0 && params.data.acceptedFlags.length > 0,
        'kp-check--bad': (params) => (params.data?.rowFlags.length ?? 0) > 0,
      },
      tooltip: (params) => (params.data ? checkTooltip(params.data.rowFlags, params.data.acceptedFlags) : undefined),
    },
  ];
}

/** A value the analyst can edit: red with the check's arithmetic when flagged, grey-green when the
 * finding was accepted, marked when edited. */
function valueColumn(colId: RowColumnId, headerName: string, extra: Partial<ColDef<MunicipalityRow>>): ColDef<MunicipalityRow> {
  return {
    colId,
    field: colId,
    headerName,
    initialFlex: 1,
    minWidth: 96,
    type: 'rightAligned',
    editable: (params) => !!params.data && isEditable(params.data.row, colId),
    valueFormatter: (params) => displayValue(params.value as number | null),
    cellEditor: 'agTextCellEditor',
    cellEditorParams: { useFormatter: true },
    cellClassRules: {
      'kp-cell--flagged': (params) => (params.data?.flags[colId]?.length ?? 0) > 0,
      'kp-cell--edited': (params) => params.data?.originals[colId] !== undefined,
      'kp-cell--hint': (params) => (params.data?.hints[colId]?.length ?? 0) > 0,
      'kp-cell--accepted': (params) => (params.data?.flags[colId]?.length ?? 0) === 0 && (params.data?.accepted[colId]?.length ?? 0) > 0,
    },
    tooltip: (params) =>
      params.data ? cellTooltip(params.data.flags[colId], params.data.originals[colId], params.data.hints[colId], params.data.accepted[colId]) : undefined,
    ...extra,
  };
}

/** Sorted by a column, TOTAAL AMR rows go below the municipalities instead of among them. */
function totalsLast(params: PostSortRowsParams<MunicipalityRow>): void {
  if (!params.api.getColumnState().some((column) => column.sort)) return;
  const municipalities = params.nodes.filter((node) => !node.data?.isTotal);
  const totals = params.nodes.filter((node) => node.data?.isTotal);
  params.nodes.splice(0, params.nodes.length, ...municipalities, ...totals);
}

function rowId(params: GetRowIdParams<MunicipalityRow>): string {
  return params.data.id;
}
