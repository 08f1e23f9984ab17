// Above the grids: what to show (region, period, only findings, search) and the way from one
// finding to the next (also F8 / Shift+F8).
import { useId } from 'react';
import { formatNumber } from '@engine/format';
import type { RowFilter } from '../session';

interface ToolbarProps {
  filter: RowFilter;
  choices: { regions: string[]; periods: string[] };
  /** Open findings to step through, and the number of the one under the cursor. */
  stops: number;
  currentStop: number | null;
  onFilter(filter: RowFilter): void;
  onPreviousFlag(): void;
  onNextFlag(): void;
  onRenameColumns(): void;
  /** "Bron tonen": the PDF page beside the grid. */
  showSource?: boolean;
  onShowSource?(on: boolean): void;
}

export function Toolbar(props: ToolbarProps): React.JSX.Element {
  const { filter, choices, stops, currentStop, onFilter } = props;
  const regionId = useId();
  const periodId = useId();
  return (
    <div className="toolbar" role="toolbar" aria-label="Weergave">
      <div className="toolbar__group">
        <label className="field" htmlFor={regionId}>
          <span className="field__label">Regio</span>
          <select id={regionId} data-testid="filter-region" value={filter.region} onChange={(event) => onFilter({ ...filter, region: event.target.value })}>
            <option value="">Alle regio's</option>
            {choices.regions.map((region) => (
              <option key={region} value={region}>
                {region}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={periodId}>
          <span className="field__label">Periode</span>
          <select id={periodId} data-testid="filter-period" value={filter.period} onChange={(event) => onFilter({ ...filter, period: event.target.value })}>
            <option value="">Alle periodes</option>
            {choices.periods.map((period) => (
              <option key={period} value={period}>
                {period}
              </option>
            ))}
          </select>
        </label>
        <label className="toggle">
          <input
            type="checkbox"
            data-testid="only-flagged"
            checked={filter.onlyFlagged}
            onChange={(event) => onFilter({ ...filter, onlyFlagged: event.target.checked })}
          />
          <span>Alleen afwijkingen</span>
        </label>
        <input
          type="search"
          className="search"
          placeholder="Zoeken…"
          aria-label="Zoeken in de tabel"
          data-testid="search"
          value={filter.search}
          onChange={(event) => onFilter({ ...filter, search: event.target.value })}
        />
      </div>
      <div className="toolbar__group">
        <div className="flag-nav" aria-label="Meldingen">
          <button
            type="button"
            className="button button--quiet"
            data-testid="flag-previous"
            disabled={stops === 0}
            onClick={props.onPreviousFlag}
            title="Vorige melding (Shift+F8)"
          >
            ‹ Vorige
          </button>
          <span className="flag-nav__position" data-testid="flag-position">
            {/* The cells the filters show, as the status bar counts them: the position only. */}
            {stops === 0
              ? 'Niets te controleren'
              : currentStop
                ? `Cel ${formatNumber(currentStop)} van ${formatNumber(stops)}`
                : `Cel – van ${formatNumber(stops)}`}
          </span>
          <button
            type="button"
            className="button button--quiet"
            data-testid="flag-next"
            disabled={stops === 0}
            onClick={props.onNextFlag}
            title="Volgende melding (F8)"
          >
            Volgende ›
          </button>
        </div>
        <button type="button" className="button button--quiet" data-testid="rename-columns" onClick={props.onRenameColumns}>
          Kolomnamen…
        </button>
        {props.onShowSource && (
          <label className="toggle toggle--source" title="De PDF-pagina van de gekozen cel naast de tabel">
            <input
              type="checkbox"
              data-testid="source-toggle"
              checked={props.showSource ?? false}
              onChange={(event) => props.onShowSource?.(event.target.checked)}
            />
            <span>Bron tonen</span>
          </label>
        )}
      </div>
    </div>
  );
}
