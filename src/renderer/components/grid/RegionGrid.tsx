// The Regio's grid: one line per table with TOTAAL AMR's total, the doelgroepregister and the
// percentage known in Sonar (printed, and computed for comparison). Register and percentage are
// editable. Row id `${doc}-${table}`; col ids file, period, region, known, register, percent,
// computed, check (see src/renderer/session/cells.ts).
import type { ColDef } from 'ag-grid-community';
import { formatNumber } from '@engine/format';
import { displayValue, PRINTED_PERCENT_HEADER, type RegionRow, type RegisterColumnId } from '../../session';
import { cellTooltip, checkTooltip } from './cellTexts';
import { pinnedRegionColumn } from './gridSetup';
import { ReviewGrid, type GridKind, type ReviewGridProps } from './ReviewGrid';

export function RegionGrid(props: ReviewGridProps<RegionRow>): React.JSX.Element {
  return <ReviewGrid {...props} kind={regionGrid} columnDefs={columns} />;
}

const regionGrid: GridKind<RegionRow> = {
  testId: 'region-grid',
  rowClassRules: {
    'kp-row--flagged': (params) => (params.data?.rowFlags.length ?? 0) > 0,
  },
  // Register and percentage are the table's own numbers; the rest is read or computed.
  editedCell: (row, column) => (column === 'register' || column === 'percent' ? { doc: row.doc, table: row.table, row: 'region', column } : null),
};

/** Red when a check points here (period, region and check columns included); grey-green when
 * all that points here was accepted as true to the source. */
const flaggedRule = (colId: 'period' | 'region' | 'check' | RegisterColumnId) => ({
  'kp-cell--flagged': (params: { data?: RegionRow }) => (params.data?.flags[colId]?.length ?? 0) > 0,
  'kp-cell--accepted': (params: { data?: RegionRow }) => (params.data?.flags[colId]?.length ?? 0) === 0 && (params.data?.accepted[colId]?.length ?? 0) > 0,
});

const percentText = (value: number | null | undefined, digits?: number) =>
  value === null || value === undefined ? '' : `${digits === undefined ? displayValue(value) : formatNumber(value, digits)}%`;

const columns: ColDef<RegionRow>[] = [
  { colId: 'file', field: 'file', headerName: 'Bestand', initialFlex: 0.9, minWidth: 100, cellClass: 'kp-cell--muted', tooltip: (params) => params.data?.file },
  {
    colId: 'period',
    field: 'period',
    headerName: 'Periode',
    initialWidth: 92,
    cellClassRules: flaggedRule('period'),
    tooltip: (params) => cellTooltip(params.data?.flags.period, undefined, params.data?.hints.period, params.data?.accepted.period),
  },
  {
    // Pinned as in the Gemeenten grid: the line stays tied to its region when scrolled.
    ...pinnedRegionColumn,
    cellClassRules: flaggedRule('region'),
    tooltip: (params) => cellTooltip(params.data?.flags.region, undefined, params.data?.hints.region, params.data?.accepted.region),
  },
  {
    colId: 'known',
    field: 'known',
    headerName: 'Bekend in Sonar',
    headerTooltip: 'Totaal van TOTAAL AMR: doelgroepers bekend binnen Sonar',
    initialFlex: 1,
    minWidth: 156,
    type: 'rightAligned',
    valueFormatter: (params) => displayValue(params.value as number | null),
  },
  registerColumn('register', 'Doelgroepregister', 'Aantal personen in het doelgroepregister banenafspraak', (value) => displayValue(value)),
  registerColumn('percent', PRINTED_PERCENT_HEADER, 'Percentage doelgroepers bekend binnen Sonar, zoals gedrukt', (value) => percentText(value)),
  {
    colId: 'computed',
    field: 'computed',
    headerName: '% berekend',
    headerTooltip: '100 × Bekend in Sonar / Doelgroepregister',
    initialFlex: 0.8,
    minWidth: 116,
    type: 'rightAligned',
    cellClass: 'kp-cell--muted',
    valueFormatter: (params) => percentText(params.value as number | null, 1),
  },
  {
    colId: 'check',
    field: 'check',
    headerName: 'Controle',
    initialFlex: 2,
    minWidth: 160,
    cellClassRules: {
      ...flaggedRule('check'),
      'kp-check--ok': (params) => params.value === 'OK',
      'kp-check--accepted': (params) => !!params.data && params.data.rowFlags.length === 0 && params.data.otherFlags === 0 && params.value !== 'OK',
      'kp-check--bad': (params) => params.value !== 'OK' && !(params.data && params.data.rowFlags.length === 0 && params.data.otherFlags === 0),
      // A hint about the table as a whole (the same region and period read twice, agreeing).
      'kp-cell--hint': (params) => (params.data?.hints.check?.length ?? 0) > 0,
    },
    tooltip: (params) =>
      params.data
        ? [checkTooltip(params.data.rowFlags, params.data.acceptedFlags), ...(params.data.hints.check ?? []).map((flag) => flag.message)]
            .filter(Boolean)
            .join('\n') || undefined
        : undefined,
  },
];

function registerColumn(colId: RegisterColumnId, headerName: string, headerTooltip: string, format: (value: number | null) => string): ColDef<RegionRow> {
  return {
    colId,
    field: colId,
    headerName,
    headerTooltip,
    initialFlex: colId === 'register' ? 1.1 : 0.8,
    minWidth: colId === 'register' ? 166 : 104,
    type: 'rightAligned',
    editable: true,
    valueFormatter: (params) => format(params.value as number | null),
    cellEditor: 'agTextCellEditor',
    cellEditorParams: { useFormatter: true },
    cellClassRules: {
      ...flaggedRule(colId),
      'kp-cell--edited': (params) => params.data?.originals[colId] !== undefined,
      'kp-cell--hint': (params) => (params.data?.hints[colId]?.length ?? 0) > 0,
    },
    tooltip: (params) =>
      params.data ? cellTooltip(params.data.flags[colId], params.data.originals[colId], params.data.hints[colId], params.data.accepted[colId]) : undefined,
  };
}
