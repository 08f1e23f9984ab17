// AG Grid, set up once for both grids. Under our CSP (style-src 'self', no inline <style>) the
// theming API of AG Grid 33+ cannot inject its styles, so the grids use the CSS-file theme:
// theme 'legacy' with ag-grid.css + ag-theme-quartz.css, loaded as files.
import { AllCommunityModule, ModuleRegistry, type GridOptions, type SuppressKeyboardEventParams } from 'ag-grid-community';
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
  tooltipShowDelay: 250,
  suppressDragLeaveHidesColumns: true,
  animateRows: false,
  localeText: {
    noRowsToShow: 'Geen rijen',
    noMatchingRows: 'Geen rijen die aan de filters voldoen',
    loadingOoo: 'Bezig met laden…',
  },
} satisfies GridOptions;

/** Ctrl+A on a cell would ask the grid to select all rows, which these grids do not do (and it
 * warns about it); inside a cell editor Ctrl+A selects the text as usual. */
export function suppressSelectAll(params: SuppressKeyboardEventParams): boolean {
  const { event } = params;
  return !params.editing && (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a';
}
