// The Gemeenten grid: every municipality and TOTAAL AMR row of every loaded table. Row and
// column ids: see src/renderer/session/cells.ts (`0-2-5`, `0-2-total`; name, c0..c3, total, check).
import { useMemo } from 'react';
import type { ColDef, PostSortRowsParams } from 'ag-grid-community';
import { COUNT_COLUMN_IDS, displayValue, isEditable, type CellRef, type MunicipalityRow, type RowColumnId } from '../../session';
import { checkTooltip, cellTooltip } from './cellTexts';
import { CountHeader, type CountHeaderContext } from './CountHeader';
import { headerMinWidth } from './headerWidth';
import { pinnedRegionColumn } from './gridSetup';
import { ReviewGrid, type GridKind, type ReviewGridProps } from './ReviewGrid';

interface MunicipalityGridProps extends ReviewGridProps<MunicipalityRow> {
  /** Headers of the four count columns. */
  countHeaders: readonly string[];
  onRenameRequest(column: number): void;
}

export function MunicipalityGrid({ countHeaders, onRenameRequest, ...grid }: MunicipalityGridProps): React.JSX.Element {
  const columnDefs = useMemo(() => municipalityColumns(countHeaders), [countHeaders]);
  const headerContext = useMemo<CountHeaderContext>(() => ({ requestRename: onRenameRequest }), [onRenameRequest]);
  return <ReviewGrid {...grid} kind={municipalityGrid} columnDefs={columnDefs} context={headerContext} />;
}

const municipalityGrid: GridKind<MunicipalityRow> = {
  testId: 'municipality-grid',
  rowClassRules: {
    'kp-row--total': (params) => params.data?.isTotal === true,
    'kp-row--flagged': (params) => (params.data?.rowFlags.length ?? 0) > 0,
  },
  editedCell: (row, column) => (isEditable(row.row, column as RowColumnId) ? ({ doc: row.doc, table: row.table, row: row.row, column } as CellRef) : null),
  postSortRows: totalsLast,
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
    // Region and name say whose numbers these are: both pinned, TOTAAL AMR rows included.
    { ...pinnedRegionColumn, tooltip: (params) => params.data?.region },
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
