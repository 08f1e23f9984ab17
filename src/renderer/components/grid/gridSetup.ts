// AG Grid, set up once for both grids. Under our CSP (style-src 'self', no inline <style>) the
// theming API of AG Grid 33+ cannot inject its styles, so the grids use the CSS-file theme:
// theme 'legacy' with ag-grid.css + ag-theme-quartz.css, loaded as files.
import {
  AllCommunityModule,
  ModuleRegistry,
  type ColDef,
  type GetRowIdParams,
  type GridOptions,
  type SuppressKeyboardEventParams,
  type TabToNextCellParams,
} from 'ag-grid-community';
import type { MunicipalityRow, Place, PlaceColumnId, RegionRow, RowRef } from '../../session';
import 'ag-grid-community/styles/ag-grid.css';
import 'ag-grid-community/styles/ag-theme-quartz.css';

ModuleRegistry.registerModules([AllCommunityModule]);

/** The class the legacy theme needs on the grid's container. */
export const THEME_CLASS = 'ag-theme-quartz';

/** Options both grids share. */
export const sharedGridOptions = {
  theme: 'legacy',
  // The grid never changes its rows itself: an edit becomes a cellEditRequest, the session
  // applies it and re-runs the checks, and the new rows flow back in. Undo is the session's.
  readOnlyEdit: true,
  stopEditingWhenCellsLoseFocus: true,
  // Excel habits: Enter confirms and moves down.
  enterNavigatesVertically: true,
  enterNavigatesVerticallyAfterEdit: true,
  // Tab leaves the grid (arrow keys move between cells), so the buttons around it are one key
  // away; while a value is being typed, Tab confirms it and moves right, as in Excel.
  tabToNextCell: (params: TabToNextCellParams) => (params.editing ? (params.nextCellPosition ?? false) : false),
  tabToNextHeader: () => false,
  tooltipShowDelay: 250,
  suppressDragLeaveHidesColumns: true,
  // Eleven columns at most, twenty-one with "Δ vorig kwartaal": every cell of a drawn row is in
  // the page, also those scrolled out of sight beside the source panel, so a row reads (and is
  // found) whole. Rows stay virtual.
  suppressColumnVirtualisation: true,
  animateRows: false,
  defaultColDef: {
    sortable: true,
    resizable: true,
    suppressHeaderMenuButton: true,
    suppressKeyboardEvent: gridKeys,
    // Values are ours to format and parse (Dutch numbers): no type inference, no number editor.
    cellDataType: false,
  },
  getRowId: idOfRow,
  localeText: {
    noRowsToShow: 'Geen rijen',
    noMatchingRows: 'Geen rijen die aan de filters voldoen',
    loadingOoo: 'Bezig met laden…',
  },
} satisfies GridOptions;

/** The region column both grids pin at the left: it says whose numbers a row holds, so it stays
 * in view however far the grid scrolls (a narrow window, the source panel open). */
export const pinnedRegionColumn = {
  colId: 'region',
  field: 'region',
  headerName: 'Arbeidsmarktregio',
  pinned: 'left',
  lockPinned: true,
  initialWidth: 168,
  minWidth: 110,
} as const satisfies ColDef<MunicipalityRow> & ColDef<RegionRow>;

/** Every row carries its id (session/cells.ts: `0-2-5`, `0-2-total`, `0-2`). */
function idOfRow<Row extends { id: string }>(params: GetRowIdParams<Row>): string {
  return params.data.id;
}

/** What both grids' context offers their cells: Enter on a cell takes its suggested value. */
export interface GridKeyContext {
  /** Takes the suggestion at the place when there is exactly one to take; false when none. */
  takeSuggestionAt(place: Place): boolean;
}

interface RowWithPlace {
  doc: number;
  table: number;
  row: RowRef;
}

/** The grid calls suppressKeyboardEvent more than once for one key press. */
const handled = new WeakSet<KeyboardEvent>();

/** Keys the grids handle their own way (suppressKeyboardEvent: true = the grid leaves the key):
 * Enter on a cell with a suggested value takes it, instead of moving down; Ctrl+A on a cell
 * would ask the grid to select all rows, which these grids do not do (and it warns about it);
 * inside a cell editor both keys work as usual. */
export function gridKeys<Row extends RowWithPlace>(params: SuppressKeyboardEventParams<Row>): boolean {
  const { event, editing, data } = params;
  const context = params.context as GridKeyContext | undefined;
  if (editing) return false;
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') return true;
  if (event.key !== 'Enter' || event.shiftKey || event.ctrlKey || event.metaKey || event.altKey || !data) return false;
  if (handled.has(event)) return true;
  const place: Place = { doc: data.doc, table: data.table, row: data.row, column: params.column.getColId() as PlaceColumnId };
  if (event.type !== 'keydown' || !context?.takeSuggestionAt(place)) return false;
  handled.add(event);
  event.preventDefault();
  return true;
}
