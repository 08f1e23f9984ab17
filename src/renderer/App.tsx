// The one window: a drop zone until PDFs are loaded, then the files, the toolbar, the
// Gemeenten grid and the Regio's grid, with the status bar below. The window's state and what is
// done to it live in its controller (src/renderer/window, around the session model in
// src/renderer/session); this component shows it and wires it to the screen and the keyboard.
import { lazy, Suspense, useCallback, useEffect, useEffectEvent, useMemo, useRef, useState, type DragEvent } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { Backend } from './backend/types';
import { AppHeader } from './components/AppHeader';
import { Button } from './components/Button';
import { ColumnNamesDialog } from './components/ColumnNamesDialog';
import { useConfirm } from './components/ConfirmDialog';
import { CursorDetail } from './components/CursorDetail';
import { DropZone } from './components/DropZone';
import { OcrModeSelect } from './components/OcrModeSelect';
import { ExtractionProgress } from './components/ExtractionProgress';
import { FileList } from './components/FileList';
import { commitGridEdits } from './components/grid/commitEdits';
import { AcceptDialog, type AcceptRequest } from './components/review/AcceptDialog';
import { PendingFiles } from './components/review/PendingFiles';
import { KeptAside } from './components/review/KeptAside';
import { PreviousSessions } from './components/review/PreviousSessions';
import { RestoreOffer } from './components/review/RestoreOffer';
import { focusPlace, isShown } from './components/grid/focusPlace';
import { DeltaToggle } from './components/grid/DeltaToggle';
import { MunicipalityGrid } from './components/grid/MunicipalityGrid';
import { RegionGrid } from './components/grid/RegionGrid';
import { SourcePanel } from './components/source/SourcePanel';
import { SourceSplit } from './components/source/SourceSplit';
import { useSourcePanel } from './components/source/useSourcePanel';
import { StatusBar } from './components/StatusBar';
import { Toolbar } from './components/Toolbar';
import { SHORTCUTS } from './components/shortcutKeys';
import { useShortcuts } from './components/useShortcuts';
import { useWindowFileDrag } from './components/useWindowFileDrag';
import { WindowDropIndicator } from './components/WindowDropIndicator';
import type { Flag } from '@engine/model';
import { flagLabels } from '@engine/checks';
import { previousQuarterChanges } from '@engine/series/previousQuarter';
import {
  canRedo,
  canUndo,
  correctionsOf,
  filterChoices,
  findingsAt,
  fixesAt,
  fixToTake,
  flagStops,
  gridCountHeaders,
  hasUnsavedEdits,
  municipalityRows,
  nextStop,
  NO_FILTER,
  placeColumnLabel,
  passesFilter,
  placedFlags,
  previousStop,
  reviewCounts,
  regionRows,
  rowIdOf,
  stopNumber,
  type CellRef,
  type CellValue,
  type FlagRef,
  type MunicipalityRow,
  type Place,
  type RegionRow,
  type RowFilter,
} from './session';
import { OCR_MODE_SETTING } from './settings/ocrMode';
import { SHOW_DELTAS } from './settings/showDeltas';
import { useStoredSetting } from './settings/useStoredSetting';
import { countAccepted } from './summary';
import { useWindow } from './window/useWindow';

// Chart.js and the Tijdreeks view load the first time it is shown, not with the app.
const TrendPanel = lazy(() => import('./components/trend/TrendPanel').then((module) => ({ default: module.TrendPanel })));

/** Up to this many tables the Regio's panel is as tall as its rows (styles.css); beyond, it
 * takes a share of the window and scrolls. */
const FIT_REGION_ROWS = 5;

export function App({ backend }: { backend: Backend }): React.JSX.Element {
  const rowsApi = useRef<GridApi | null>(null);
  const regionsApi = useRef<GridApi | null>(null);
  // Ends the grids' cell edits and waits until they are in the store, so a save includes them.
  const commitEdits = useCallback(() => commitGridEdits([rowsApi.current, regionsApi.current]), []);
  const [ocrMode, setOcrMode] = useStoredSetting(OCR_MODE_SETTING);
  const [showDeltas, setShowDeltas] = useStoredSetting(SHOW_DELTAS);
  // Every "are you sure?" of the window, in the app's own dialog.
  const { confirm, confirmDialog } = useConfirm();
  // The window's state and everything done to it (reading, saving, the saved session, the menu).
  const { state: windowState, controller } = useWindow(backend, { commitEdits, ocrMode, confirm });
  const { workspace, offer, history, keptAside } = windowState;
  const { session, jobs } = workspace;
  const { documents } = session;
  const hasTables = documents.some((document) => !document.error && document.tables.length > 0);

  const [filter, setFilter] = useState<RowFilter>(NO_FILTER);
  const [renaming, setRenaming] = useState<number | null>(null);
  const [cursor, setCursor] = useState<Place | null>(null);
  const [accepting, setAccepting] = useState<{ flags: FlagRef[]; request: AcceptRequest } | null>(null);
  const source = useSourcePanel(controller.pdfBytes);
  // "Tijdreeks" and "Bron tonen" share the place beside the grids: one at a time.
  const [showTrend, setShowTrend] = useState(false);
  const onShowTrend = (on: boolean): void => {
    setShowTrend(on);
    if (on) source.setChecked(false);
  };
  const onShowSource = (on: boolean): void => {
    source.setChecked(on);
    if (on) setShowTrend(false);
  };

  const rows = useMemo(() => municipalityRows(session), [session]);
  const regions = useMemo(() => regionRows(session), [session]);
  const choices = useMemo(() => filterChoices(regions), [regions]);
  // Row ids of the two grids never collide (3 parts vs 2), so one map serves the cursor.
  const rowsById = useMemo(() => new Map<string, MunicipalityRow | RegionRow>([...rows, ...regions].map((row) => [row.id, row])), [rows, regions]);
  const placed = useMemo(() => placedFlags(documents), [documents]);
  const stops = useMemo(() => flagStops(placed), [placed]);
  const counts = useMemo(() => reviewCounts(rows, regions, placed, filter), [rows, regions, placed, filter]);
  // The navigator counts the stops the filters leave, as F8 goes.
  const shownStops = useMemo(
    () =>
      stops.filter((place) => {
        const row = rowsById.get(rowIdOf(place));
        return row !== undefined && passesFilter(row, filter);
      }),
    [stops, rowsById, filter],
  );
  const corrections = useMemo(() => correctionsOf(session).length, [session]);
  // "Δ vorig kwartaal": from the documents as corrected, anew after each edit (one build of the
  // series; each row's changes are worked out when the grid shows it). Nothing while off.
  const changes = useMemo(() => (showDeltas ? previousQuarterChanges(documents) : null), [showDeltas, documents]);
  // Same names → same array, so the grid's columns are not rebuilt after every edit.
  const headerKey = gridCountHeaders(documents).join('\u0000');
  const countHeaders = useMemo(() => headerKey.split('\u0000'), [headerKey]);

  useEffect(() => {
    if (!hasTables) {
      setFilter(NO_FILTER);
      setCursor(null);
    }
  }, [hasTables]);

  /** "Bestand sluiten": the cursor stays on its cell, which moves up when it was below the file. */
  const closeFile = async (doc: number): Promise<boolean> => {
    const closed = await controller.closeFile(doc);
    if (closed) setCursor((place) => (!place || place.doc < doc ? place : place.doc === doc ? null : { ...place, doc: place.doc - 1 }));
    return closed;
  };

  const apiFor = (place: Place) => (place.row === 'region' ? regionsApi.current : rowsApi.current);

  /** F8 / Shift+F8: the next or previous finding among the rows the filters show, from `from`
   * (the cursor). Quiet: no notice when there is none (after a fix, say). */
  const goToFlag = (direction: 1 | -1, attempt = 0, from: Place | null = cursor, quiet = false): void => {
    const shown = stops.filter((place) => isShown(apiFor(place), place));
    const target = direction === 1 ? nextStop(shown, from) : previousStop(shown, from);
    if (!target) {
      // Rows that have just arrived reach the grid a frame later: look again before giving up.
      const arriving = stops.some((place) => !apiFor(place)?.getRowNode(rowIdOf(place)));
      if (arriving && attempt < 10) {
        requestAnimationFrame(() => goToFlag(direction, attempt + 1, from, quiet));
        return;
      }
      if (quiet) return;
      controller.showNotice({
        kind: 'info',
        text: stops.length === 0 ? 'Er zijn geen meldingen.' : 'De meldingen vallen buiten de filters.',
      });
      return;
    }
    const api = apiFor(target);
    if (api && focusPlace(api, target)) setCursor(target);
  };

  /** A value clicked on the source page: its cell becomes the cursor, as if clicked there. */
  const pickPlace = (place: Place): void => {
    const api = apiFor(place);
    if (api && focusPlace(api, place)) setCursor(place);
    else controller.showNotice({ kind: 'info', text: 'Die waarde staat in een rij die de filters nu verbergen.' });
  };

  // A filter or search change: the grid keeps its cursor by row number, so it would land on
  // whichever row now has that number. The cursor stays on its cell while that is shown; when
  // the filters hide it, the grid shows no cursor and the bar above it still tells of the cell.
  const filterSeen = useRef(filter);
  // Reads the cursor at the time of the filter change without following it (an effect event).
  const keepCursorAcrossFilter = useEffectEvent(() => {
    if (!cursor) return;
    const place = cursor;
    for (const api of [rowsApi.current, regionsApi.current]) {
      const focused = api?.getFocusedCell();
      if (api && focused && !focused.rowPinned) {
        const data = api.getDisplayedRowAtIndex(focused.rowIndex)?.data as { id?: string } | undefined;
        if (data?.id !== rowIdOf(place)) api.clearFocusedCell();
      }
    }
    setCursor(place);
    const api = apiFor(place);
    if (api && isShown(api, place)) api.setFocusedCell(api.getRowNode(rowIdOf(place))?.rowIndex ?? 0, place.column);
  });
  useEffect(() => {
    if (filterSeen.current === filter) return;
    filterSeen.current = filter;
    keepCursorAcrossFilter();
  }, [filter]);

  // The panel opening narrows the grids: keep the cursor's cell in view once they have re-laid out.
  // Only when the panel appears, not on every cursor move (the grid follows those itself).
  const cursorColumnIntoView = useEffectEvent(() => {
    if (cursor) apiFor(cursor)?.ensureColumnVisible(cursor.column, 'auto');
  });
  useEffect(() => {
    if (!source.checked) return;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => cursorColumnIntoView());
    });
    return () => cancelAnimationFrame(frame);
  }, [source.checked]);

  // An edit that makes its row leave the view ("Alleen afwijkingen", a fixed row): the cursor
  // goes on to the next open finding instead of wherever the grid puts it.
  const editedPlace = useRef<Place | null>(null);
  const edit = (cell: CellRef, text: string): void => {
    editedPlace.current = cell;
    controller.edit(cell, text);
  };
  const setValue = (cell: CellRef, value: CellValue): void => {
    editedPlace.current = cell;
    controller.setValue(cell, value);
  };
  const nextFindingIfEditedRowLeft = useEffectEvent((edited: Place) => {
    const api = apiFor(edited);
    if (api?.getRowNode(rowIdOf(edited)) && !isShown(api, edited)) goToFlag(1, 0, edited, true);
  });
  useEffect(() => {
    const edited = editedPlace.current;
    editedPlace.current = null;
    if (!edited) return;
    // The grids take the new rows and re-filter them a frame later.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => nextFindingIfEditedRowLeft(edited));
    });
    return () => cancelAnimationFrame(frame);
  }, [documents]);

  /** The suggested value at a place, taken when there is exactly one to take (Enter, Alt+V). */
  const takeSuggestionAt = (place: Place): boolean => {
    const row = rowsById.get(rowIdOf(place));
    const table = documents[place.doc]?.tables[place.table];
    if (!row || !table) return false;
    const fix = fixToTake(fixesAt(table, place, findingsAt(row, place.column)), place);
    if (!fix) return false;
    setValue(fix.cell, fix.value);
    return true;
  };
  const cursorFindings = (): { flags: Flag[]; accepted: Flag[] } | null => {
    const row = cursor ? rowsById.get(rowIdOf(cursor)) : undefined;
    return cursor && row ? findingsAt(row, cursor.column) : null;
  };

  useShortcuts({
    undo: controller.undo,
    redo: controller.redo,
    save: () => void controller.save(),
    nextFlag: () => goToFlag(1),
    previousFlag: () => goToFlag(-1),
    takeSuggestion: () => {
      if (cursor && takeSuggestionAt(cursor)) return;
      controller.showNotice({ kind: 'info', text: cursor ? 'Er is geen voorstel voor deze cel.' : 'Kies eerst een cel (F8: volgende melding).' });
    },
    accept: () => {
      const findings = cursorFindings();
      if (findings && findings.flags.length > 0) onAccept(findings.flags, false);
      else if (findings && findings.accepted.length > 0) onAccept(findings.accepted, true);
      else controller.showNotice({ kind: 'info', text: 'Deze cel heeft geen melding om te accepteren.' });
    },
    withdraw: () => {
      const findings = cursorFindings();
      if (findings && findings.accepted.length > 0) onWithdraw(findings.accepted);
      else controller.showNotice({ kind: 'info', text: 'Deze cel heeft geen geaccepteerde melding.' });
    },
  });

  /** After a dialog: the cursor's cell gets the keyboard again, so F8 goes on from there. */
  const refocusCursor = (): void => {
    if (!cursor) return;
    const place = cursor;
    requestAnimationFrame(() => {
      const api = apiFor(place);
      if (api) focusPlace(api, place);
    });
  };

  /** "Accepteren…" / "Notitie…" on the cursor's cell: the dialog asks for the note. */
  const onAccept = (flags: Flag[], editing: boolean): void => {
    if (!cursor) return;
    const row = rowsById.get(rowIdOf(cursor));
    const table = documents[cursor.doc]?.tables[cursor.table];
    const where = [row ? ('isTotal' in row ? row.name : row.region) : '', table && cursor.column !== 'check' ? placeColumnLabel(table, cursor.column) : '']
      .filter(Boolean)
      .join(', ');
    const what = [...new Set(flags.map((flag) => flagLabels[flag.code]))].join(', ');
    setAccepting({
      flags: flags.map((flag) => ({ doc: cursor.doc, table: cursor.table, flag })),
      request: { label: `${where}: ${what}`, note: editing ? (flags[0]?.accepted?.note ?? '') : '', editing },
    });
  };
  const onWithdraw = (flags: Flag[]): void => {
    if (!cursor) return;
    controller.withdraw(flags.map((flag) => ({ doc: cursor.doc, table: cursor.table, flag })));
  };

  const onFocusPlace = useCallback((place: Place | null) => {
    if (place) setCursor(place);
  }, []);
  const onRowsApi = useCallback((api: GridApi | null) => (rowsApi.current = api), []);
  const onRegionsApi = useCallback((api: GridApi | null) => (regionsApi.current = api), []);

  // Once tables are shown, PDFs can be dropped anywhere in the window.
  const draggingFiles = useWindowFileDrag(hasTables);
  const onWindowDragOver = (event: DragEvent<HTMLElement>): void => {
    if (!hasTables || !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };
  const onWindowDrop = (event: DragEvent<HTMLElement>): void => {
    if (!hasTables) return;
    event.preventDefault();
    controller.addFiles(Array.from(event.dataTransfer.files));
  };

  // The files read (and failed), and saved work waiting for its files: on both screens.
  const filesAndPending = (
    <>
      <FileList documents={documents} skipped={workspace.skipped} onClose={closeFile} />
      <PendingFiles
        pending={workspace.pending}
        canLocate={controller.canLocate}
        onLocate={(file) => void controller.locate(file)}
        onChoose={controller.addFiles}
        onForget={(file) => void controller.forget(file)}
      />
    </>
  );

  return (
    <div className="app" data-saved-work={windowState.savedWorkChecked ? 'checked' : 'checking'} onDragOver={onWindowDragOver} onDrop={onWindowDrop}>
      <AppHeader
        documents={documents}
        canUndo={canUndo(session)}
        canRedo={canRedo(session)}
        saving={workspace.saving}
        onFiles={controller.addFiles}
        onUndo={controller.undo}
        onRedo={controller.redo}
        onSave={() => void controller.save()}
        onCloseAll={() => void controller.closeAll()}
        onOpenProject={() => void controller.openProject()}
        onSaveProject={() => void controller.saveProject()}
        onPreviousSessions={() => void controller.showHistory()}
        hasWork={documents.length > 0 || workspace.pending.length > 0}
      />
      {hasTables ? (
        <main className="workspace">
          <ExtractionProgress jobs={jobs} onCancel={controller.cancelReading} />
          {/* Files opened by main while the offer stood: it stays, as one line. */}
          <RestoreOffer offer={offer} compact onRestore={controller.restore} onStartFresh={() => void controller.startFresh()} />
          {filesAndPending}
          <Toolbar
            filter={filter}
            choices={choices}
            stops={shownStops.length}
            currentStop={stopNumber(shownStops, cursor)}
            onFilter={setFilter}
            onPreviousFlag={() => goToFlag(-1)}
            onNextFlag={() => goToFlag(1)}
            showSource={source.checked && !showTrend}
            onShowSource={onShowSource}
            showTrend={showTrend}
            onShowTrend={onShowTrend}
          />
          <SourceSplit
            side={
              showTrend ? (
                <Suspense fallback={<p className="panel trend-panel__empty">Tijdreeks laden…</p>}>
                  <TrendPanel
                    documents={documents}
                    countHeaders={countHeaders}
                    cursor={cursor}
                    onPick={pickPlace}
                    onSaveChart={(png, name) => void controller.saveChart(png, name)}
                    onClose={() => setShowTrend(false)}
                  />
                </Suspense>
              ) : source.checked ? (
                <SourcePanel
                  pages={source.pages}
                  document={cursor ? session.originals[cursor.doc] : undefined}
                  available={cursor ? controller.pdfBytes.get(session.originals[cursor.doc]?.sha256) !== undefined : false}
                  place={cursor}
                  onPick={pickPlace}
                  onClose={() => source.setChecked(false)}
                />
              ) : null
            }
          >
            <section className="panel panel--rows" aria-label="Gemeenten">
              <div className="panel__head">
                <h2 className="panel__title">Gemeenten</h2>
                <DeltaToggle on={showDeltas} onChange={setShowDeltas} />
                {/* The count columns' names are the Gemeenten grid's: renamed from its head (which also
                    keeps the toolbar on one line at 1280 px with both side panels' toggles). */}
                <Button look="quiet" size="small" data-testid="rename-columns" onClick={() => setRenaming(0)}>
                  Kolomnamen…
                </Button>
                <CursorDetail
                  place={cursor}
                  row={cursor ? rowsById.get(rowIdOf(cursor)) : undefined}
                  table={cursor ? documents[cursor.doc]?.tables[cursor.table] : undefined}
                  onApply={setValue}
                  onAccept={onAccept}
                  onWithdraw={onWithdraw}
                />
                <Legend />
              </div>
              <MunicipalityGrid
                rows={rows}
                countHeaders={countHeaders}
                changes={changes}
                filter={filter}
                onEdit={edit}
                onRenameRequest={setRenaming}
                onFocusPlace={onFocusPlace}
                onApi={onRowsApi}
                onTakeSuggestion={takeSuggestionAt}
              />
            </section>
            <section className={`panel panel--regions panel--regions-${Math.min(regions.length, FIT_REGION_ROWS + 1)}`} aria-label="Regio's">
              <div className="panel__head">
                <h2 className="panel__title">Regio's</h2>
                <span className="panel__hint">Doelgroepregister en percentage bekend binnen Sonar, per tabel</span>
              </div>
              <RegionGrid rows={regions} filter={filter} onEdit={edit} onFocusPlace={onFocusPlace} onApi={onRegionsApi} onTakeSuggestion={takeSuggestionAt} />
            </section>
          </SourceSplit>
        </main>
      ) : (
        <main className="start">
          <KeptAside kept={keptAside} onShowHistory={() => void controller.showHistory()} onDismiss={controller.dismissKeptAside} />
          <RestoreOffer offer={offer} onRestore={controller.restore} onStartFresh={() => void controller.startFresh()} />
          <DropZone compact={false} onFiles={controller.addFiles}>
            <OcrModeSelect mode={ocrMode} onChange={setOcrMode} />
          </DropZone>
          <ExtractionProgress jobs={jobs} onCancel={controller.cancelReading} />
          {filesAndPending}
        </main>
      )}
      <StatusBar
        counts={hasTables ? counts : null}
        accepted={countAccepted(documents)}
        corrections={corrections}
        unsaved={hasUnsavedEdits(workspace)}
        pending={jobs.queue.length}
        notice={workspace.notice}
        onDismissNotice={() => controller.showNotice(null)}
      />
      {draggingFiles && <WindowDropIndicator />}
      <ColumnNamesDialog names={session.columnNames} focusColumn={renaming} onRename={controller.rename} onClose={() => setRenaming(null)} />
      <PreviousSessions
        history={history}
        onRestore={(kept) => void controller.restoreKept(kept)}
        onExport={(kept) => void controller.exportKept(kept)}
        onClose={controller.closeHistory}
      />
      {confirmDialog}
      <AcceptDialog
        request={accepting?.request ?? null}
        onAccept={(note) => accepting && controller.accept(accepting.flags, note)}
        onClose={() => {
          setAccepting(null);
          refocusCursor();
        }}
      />
    </div>
  );
}

function Legend(): React.JSX.Element {
  return (
    <span className="legend" aria-hidden="true">
      <span className="legend__item legend__item--flagged">melding</span>
      <span className="legend__item legend__item--edited">gecorrigeerd</span>
      <span className="legend__item legend__item--accepted">geaccepteerd</span>
      <span className="legend__item legend__item--hint">opmerking</span>
      <span className="legend__item legend__item--total">TOTAAL AMR</span>
      <span className="legend__keys">
        {SHORTCUTS.nextFlag} volgende melding · {SHORTCUTS.takeSuggestion} voorstel · {SHORTCUTS.accept} accepteren · {SHORTCUTS.undo} ongedaan maken
      </span>
    </span>
  );
}
