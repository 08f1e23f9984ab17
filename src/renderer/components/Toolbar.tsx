// Above the grids: what to show (region, period, only findings, search) and the way from one
// finding to the next (also F8 / Shift+F8).
import { useId } from 'react';
import { formatNumber } from '@engine/format';
import type { RowFilter } from '../session';
import { Button } from './Button';
import { SHORTCUTS } from './shortcutKeys';

interface ToolbarProps {
  filter: RowFilter;
  choices: { regions: string[]; periods: string[] };
  /** Open findings to step through, and the number of the one under the cursor. */
  stops: number;
  currentStop: number | null;
  onFilter(filter: RowFilter): void;
  onPreviousFlag(): void;
  onNextFlag(): void;
  /** "Bron tonen": the PDF page beside the grid. */
  showSource?: boolean;
  onShowSource?(on: boolean): void;
  /** "Tijdreeks": the loaded quarters as line charts beside the grid. */
  showTrend?: boolean;
  onShowTrend?(on: boolean): void;
}

export function Toolbar(props: ToolbarProps): React.JSX.Element {
  const { filter, choices, stops, currentStop, onFilter } = props;
  return (
    <div className="toolbar" role="toolbar" aria-label="Weergave">
      <div className="toolbar__group">
        {CHOICE_FILTERS.map(({ key, label, all, list }) => (
          <ChoiceFilter
            key={key}
            name={key}
            label={label}
            all={all}
            choices={choices[list]}
            value={filter[key]}
            onChange={(value) => onFilter({ ...filter, [key]: value })}
          />
        ))}
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
          <FlagStepButton step="previous" disabled={stops === 0} onClick={props.onPreviousFlag} />
          <span className="flag-nav__position" data-testid="flag-position">
            {/* The cells the filters show, as the status bar counts them: the position only. */}
            {stops === 0
              ? 'Niets te controleren'
              : currentStop
                ? `Cel ${formatNumber(currentStop)} van ${formatNumber(stops)}`
                : `Cel – van ${formatNumber(stops)}`}
          </span>
          <FlagStepButton step="next" disabled={stops === 0} onClick={props.onNextFlag} />
        </div>
        {props.onShowSource && (
          <PanelToggle
            testId="source-toggle"
            title="De PDF-pagina van de gekozen cel naast de tabel"
            checked={props.showSource ?? false}
            onChange={props.onShowSource}
          >
            Bron tonen
          </PanelToggle>
        )}
        {props.onShowTrend && (
          <PanelToggle
            testId="trend-toggle"
            title="De geladen kwartalen als lijngrafiek naast de tabel"
            checked={props.showTrend ?? false}
            onChange={props.onShowTrend}
          >
            Tijdreeks
          </PanelToggle>
        )}
      </div>
    </div>
  );
}

/** The filters that keep one region or one period of the loaded tables (data-testid filter-…). */
const CHOICE_FILTERS = [
  { key: 'region', label: 'Regio', all: "Alle regio's", list: 'regions' },
  { key: 'period', label: 'Periode', all: 'Alle periodes', list: 'periods' },
] as const;

interface ChoiceFilterProps {
  name: string;
  label: string;
  /** The first choice, the empty value: no filter. */
  all: string;
  choices: readonly string[];
  value: string;
  onChange(value: string): void;
}

function ChoiceFilter({ name, label, all, choices, value, onChange }: ChoiceFilterProps): React.JSX.Element {
  const id = useId();
  return (
    <label className="field" htmlFor={id}>
      <span className="field__label">{label}</span>
      <select id={id} data-testid={`filter-${name}`} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{all}</option>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </select>
    </label>
  );
}

/** F8 and Shift+F8 as buttons: the next or previous open finding. */
const FLAG_STEPS = {
  previous: { text: '‹ Vorige', title: `Vorige melding (${SHORTCUTS.previousFlag})` },
  next: { text: 'Volgende ›', title: `Volgende melding (${SHORTCUTS.nextFlag})` },
} as const;

function FlagStepButton({ step, disabled, onClick }: { step: keyof typeof FLAG_STEPS; disabled: boolean; onClick(): void }): React.JSX.Element {
  return (
    <Button look="quiet" data-testid={`flag-${step}`} disabled={disabled} onClick={onClick} title={FLAG_STEPS[step].title}>
      {FLAG_STEPS[step].text}
    </Button>
  );
}

/** A panel beside the grids, shown or not ("Bron tonen", "Tijdreeks"). */
function PanelToggle(props: { testId: string; title: string; checked: boolean; onChange(on: boolean): void; children: string }): React.JSX.Element {
  return (
    <label className="toggle toggle--source" title={props.title}>
      <input type="checkbox" data-testid={props.testId} checked={props.checked} onChange={(event) => props.onChange(event.target.checked)} />
      <span>{props.children}</span>
    </label>
  );
}
