// The Gemeenten grid: every municipality and TOTAAL AMR row of every loaded table. Row and
// column ids: see src/renderer/session/cells.ts (`0-2-5`, `0-2-total`; name, c0..c3, total, check,
// and with "Δ vorig kwartaal" on, each value's c0Delta and c0DeltaPct right after it).
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { ColDef, GridApi, PostSortRowsParams } from 'ag-grid-community';
import type { PreviousQuarterChanges, RowChanges } from '@engine/series/previousQuarter';
import {
  COUNT_COLUMN_IDS,
  DELTA_COLUMNS,
  DELTA_LABEL,
  deltaOf,
  deltaText,
  deltaTooltip,
  deltaValue,
  displayValue,
  isEditable,
  type CellRef,
  type DeltaColumn,
  type MunicipalityRow,
  type RowColumnId,
} from '../../session';
import { checkTooltip, cellTooltip } from './cellTexts';
import { CountHeader, type CountHeaderContext } from './CountHeader';
import { headerMinWidth } from './headerWidth';
import { pinnedRegionColumn } from './gridSetup';
import { ReviewGrid, type GridKind, type ReviewGridProps } from './ReviewGrid';

interface MunicipalityGridProps extends ReviewGridProps<MunicipalityRow> {
  /** Headers of the four count columns. */
  countHeaders: readonly string[];
  onRenameRequest(column: number): void;
  /** The "Δ vorig kwartaal" changes of the rows; null when those columns are off. */
  changes: PreviousQuarterChanges | null;
}

/** What the cells and headers of this grid find in the grid's context. */
interface MunicipalityGridContext extends CountHeaderContext {
  /** The latest changes of a row (the "Δ vorig kwartaal" cells read them here). */
  changesOf(row: MunicipalityRow): RowChanges | null;
}

const DELTA_COLUMN_IDS = DELTA_COLUMNS.flat().map((column) => column.id);

export function MunicipalityGrid({ countHeaders, onRenameRequest, changes, onApi, ...grid }: MunicipalityGridProps): React.JSX.Element {
  const showChanges = changes !== null;
  const columnDefs = useMemo(() => municipalityColumns(countHeaders, showChanges), [countHeaders, showChanges]);
  // The change cells read the latest changes through the context (one object for the grid's
  // life): after an edit, rows that are the same objects still show other changes, so the change
  // columns are redrawn when the changes are new. The rows stay as they are (the edit's cost).
  const changesRef = useRef(changes);
  changesRef.current = changes;
  const api = useRef<GridApi<MunicipalityRow> | null>(null);
  const context = useMemo<MunicipalityGridContext>(
    () => ({ requestRename: onRenameRequest, changesOf: (row) => changesRef.current?.at(row.doc, row.table, row.row) ?? null }),
    [onRenameRequest],
  );
  const onGridApi = useCallback(
    (next: GridApi<MunicipalityRow> | null) => {
      api.current = next;
      onApi(next);
    },
    [onApi],
  );
  useEffect(() => {
    const current = api.current;
    if (changes && current && !current.isDestroyed()) current.refreshCells({ columns: DELTA_COLUMN_IDS, force: true });
  }, [changes]);
  return <ReviewGrid {...grid} onApi={onGridApi} kind={municipalityGrid} columnDefs={columnDefs} context={context} />;
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

function municipalityColumns(countHeaders: readonly string[], showChanges: boolean): ColDef<MunicipalityRow>[] {
  const changeColumns = (index: number, name: string) => (showChanges ? (DELTA_COLUMNS[index] ?? []).map((column) => deltaColumn(column, name)) : []);
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
    // With "Δ vorig kwartaal" each value is followed by its change: read across, a number and
    // how it moved stand together (see deltaColumn).
    ...COUNT_COLUMN_IDS.flatMap((colId, index) => {
      const name = countHeaders[index] ?? `Kolom ${index + 1}`;
      return [
        valueColumn(colId, name, {
          headerTooltip: name,
          minWidth: headerMinWidth(name, 96),
          wrapHeaderText: true,
          autoHeaderHeight: true,
          headerComponentParams: { innerHeaderComponent: CountHeader, innerHeaderComponentParams: { countColumn: index } },
        }),
        ...changeColumns(index, name),
      ];
    }),
    valueColumn('total', 'Totaal', { headerTooltip: 'Totaal doelgroep banenafspraak in Sonar' }),
    ...changeColumns(COUNT_COLUMN_IDS.length, 'Totaal'),
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

/** A "Δ vorig kwartaal" column: read-only, narrow (a short header, the value column beside it
 * says whose change it is; the header's tooltip names it), the change with its sign. Sorting
 * goes by the change itself. A comparison with the sum of a merged municipality's predecessors
 * is marked Σ (in the absolute column; the tooltips of both say so). */
function deltaColumn(column: DeltaColumn, name: string): ColDef<MunicipalityRow> {
  const changeAt = (params: { data?: MunicipalityRow | undefined; context: unknown }) =>
    params.data ? deltaOf((params.context as MunicipalityGridContext).changesOf(params.data), column) : null;
  const absolute = column.kind === 'absolute';
  return {
    colId: column.id,
    headerName: absolute ? 'Δ' : 'Δ %',
    headerTooltip: `${DELTA_LABEL}, ${name}: ${absolute ? 'verschil in aantal' : 'verschil in procenten'}`,
    // Room for "+12.345" and "+999,9 %" (deltaText keeps a percentage to that), TOTAAL AMR's bold
    // included, with the narrower padding of these cells (styles.css).
    initialWidth: absolute ? 80 : 86,
    minWidth: absolute ? 80 : 86,
    type: 'rightAligned',
    editable: false,
    valueGetter: (params) => deltaValue(changeAt(params), column.kind),
    valueFormatter: (params) => deltaText(changeAt(params), column.kind),
    // The 'rightAligned' type's own cell class is replaced by a cellClass: name it again.
    cellClass: ['ag-right-aligned-cell', 'kp-cell--delta'],
    cellClassRules: {
      'kp-cell--muted': (params) => changeAt(params)?.absolute === null,
      'kp-cell--of-predecessors': (params) => absolute && changeAt(params)?.ofPredecessors === true,
    },
    tooltip: (params) => deltaTooltip(changeAt(params), column.kind, name),
  };
}

/** Sorted by a column, TOTAAL AMR rows go below the municipalities instead of among them. */
function totalsLast(params: PostSortRowsParams<MunicipalityRow>): void {
  if (!params.api.getColumnState().some((column) => column.sort)) return;
  const municipalities = params.nodes.filter((node) => !node.data?.isTotal);
  const totals = params.nodes.filter((node) => node.data?.isTotal);
  params.nodes.splice(0, params.nodes.length, ...municipalities, ...totals);
}
