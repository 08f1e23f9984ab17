// "Tijdreeks" beside the grids (issue 15): pick a region and optionally one of its
// municipalities; line charts over every loaded quarter, the grid's current values, findings
// marked; clicking a point (or its value in the table under the chart, for the keyboard) selects
// its cell. It follows the cursor: choosing a cell in the grid shows that row's series.
import { useId, useMemo, useRef, useState } from 'react';
import type { ExtractedDocument } from '@engine/model';
import { buildTrends, seriesKey, type BeforeMerger } from '@engine/series/trends';
import { trendCharts, type TrendChart, type TrendChoice } from '../../session/trendLines';
import type { Place } from '../../session';
import { Button } from '../Button';
import { MARK_LOOKS, pointDetails, TrendChartView, valueText } from './TrendChartView';
import './trend.css';

interface TrendPanelProps {
  documents: readonly ExtractedDocument[];
  countHeaders: readonly string[];
  cursor: Place | null;
  onPick(place: Place): void;
  /** "Grafiek opslaan": the PNG's bytes and a name to offer. */
  onSaveChart(png: Uint8Array, suggestedName: string): void;
  onClose(): void;
}

export function TrendPanel({ documents, countHeaders, cursor, onPick, onSaveChart, onClose }: TrendPanelProps): React.JSX.Element {
  const trends = buildTrends(documents);
  const [picked, setPicked] = useState<TrendChoice | null>(null);
  // The cursor's row decides until the analyst picks otherwise; a new cursor row decides again.
  const [followed, setFollowed] = useState<string | null>(null);
  const cursorChoice = choiceAtCursor(documents, cursor);
  const cursorKey = cursorChoice ? `${cursorChoice.region}|${cursorChoice.municipality}` : null;
  if (cursorKey !== followed) {
    setFollowed(cursorKey);
    if (cursorChoice) setPicked((current) => ({ ...cursorChoice, beforeMerger: current?.beforeMerger ?? 'sum' }));
  }
  const firstRegion = trends.regions[0]?.region ?? null;
  const choice = useMemo<TrendChoice | null>(
    () =>
      picked && trends.regions.some((region) => region.region === picked.region)
        ? picked
        : firstRegion
          ? { region: firstRegion, municipality: null, beforeMerger: 'sum' }
          : null,
    [picked, trends.regions, firstRegion],
  );
  const region = trends.regions.find((candidate) => candidate.region === choice?.region);
  const municipality = region?.municipalities.find((candidate) => candidate.key === choice?.municipality);
  const charts = useMemo(() => (choice ? trendCharts(documents, choice, countHeaders) : []), [documents, choice, countHeaders]);
  const regionId = useId();
  const municipalityId = useId();
  const mergerId = useId();
  const pick = (next: Partial<TrendChoice>) => choice && setPicked({ ...choice, ...next });

  return (
    <section className="panel trend-panel" aria-label="Tijdreeks" data-testid="trend-panel">
      <div className="panel__head trend-panel__head">
        <h2 className="panel__title">Tijdreeks</h2>
        <span className="panel__hint">{quartersText(trends.quarters.length)}</span>
        <button
          type="button"
          className="source-panel__close"
          onClick={onClose}
          title="Tijdreeks verbergen"
          aria-label="Tijdreeks verbergen"
          data-testid="trend-close"
        >
          ×
        </button>
      </div>
      {!choice || !region ? (
        <p className="trend-panel__empty">Er zijn nog geen tabellen met een periode en een regio.</p>
      ) : (
        <div className="trend-panel__body">
          <div className="trend-panel__choices">
            <label className="field" htmlFor={regionId}>
              <span className="field__label">Regio</span>
              <select
                id={regionId}
                data-testid="trend-region"
                value={choice.region}
                onChange={(event) => pick({ region: event.target.value, municipality: null })}
              >
                {trends.regions.map((candidate) => (
                  <option key={candidate.region} value={candidate.region}>
                    {candidate.region}
                  </option>
                ))}
              </select>
            </label>
            <label className="field" htmlFor={municipalityId}>
              <span className="field__label">Gemeente</span>
              <select
                id={municipalityId}
                data-testid="trend-municipality"
                value={choice.municipality ?? ''}
                onChange={(event) => pick({ municipality: event.target.value === '' ? null : event.target.value })}
              >
                <option value="">Hele regio (TOTAAL AMR)</option>
                {region.municipalities.map((candidate) => (
                  <option key={candidate.key} value={candidate.key}>
                    {candidate.nowPartOf ? `${candidate.name} (nu ${candidate.nowPartOf})` : candidate.name}
                  </option>
                ))}
              </select>
            </label>
            {municipality && municipality.predecessors.length > 0 && (
              <label className="field" htmlFor={mergerId} title={`Voorgangers: ${municipality.predecessors.join(', ')}`}>
                <span className="field__label">Voor de herindeling</span>
                <select
                  id={mergerId}
                  data-testid="trend-merger"
                  value={choice.beforeMerger}
                  onChange={(event) => pick({ beforeMerger: event.target.value as BeforeMerger })}
                >
                  <option value="sum">som van voorgangers</option>
                  <option value="break">onderbreking</option>
                </select>
              </label>
            )}
          </div>
          {charts.map((chart) => (
            <TrendChartBlock key={chart.title} chart={chart} onPick={onPick} onSave={onSaveChart} />
          ))}
        </div>
      )}
    </section>
  );
}

function TrendChartBlock({
  chart,
  onPick,
  onSave,
}: {
  chart: TrendChart;
  onPick(place: Place): void;
  onSave(png: Uint8Array, name: string): void;
}): React.JSX.Element {
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const marks = [...new Set(chart.lines.flatMap((line) => line.points.flatMap((point) => (point?.mark ? [point.mark] : []))))];
  const hasSums = chart.lines.some((line) => line.points.some((point) => point?.sumOf));
  const save = (): void => {
    canvas.current?.toBlob((blob) => {
      if (blob)
        void blob
          .arrayBuffer()
          .then((buffer) => onSave(new Uint8Array(buffer), `Tijdreeks ${chart.title} ${chart.labels[0] ?? ''}-${chart.labels.at(-1) ?? ''}`));
    }, 'image/png');
  };
  return (
    <figure className="trend-chart" data-testid="trend-chart" data-title={chart.title}>
      <TrendChartView chart={chart} onPick={onPick} canvasRef={canvas} />
      <figcaption className="trend-chart__caption">
        <span className="trend-chart__legend">
          {marks.map((mark) => (
            <span key={mark} className={`trend-mark trend-mark--${mark}`}>
              {MARK_LOOKS[mark].text}
            </span>
          ))}
          {hasSums && <span className="trend-mark trend-mark--sum">som van voorgangers (gestippeld)</span>}
        </span>
        <Button look="quiet" size="small" data-testid="trend-save" onClick={save} title="De grafiek als PNG-afbeelding opslaan">
          Grafiek opslaan
        </Button>
      </figcaption>
      <details className="trend-values">
        <summary>Waarden als tabel</summary>
        <TrendValues chart={chart} onPick={onPick} />
      </details>
    </figure>
  );
}

/** The chart's values as a table: for the keyboard and screen readers, each value a button that
 * selects its cell. */
function TrendValues({ chart, onPick }: { chart: TrendChart; onPick(place: Place): void }): React.JSX.Element {
  return (
    <table className="trend-values__table" data-testid="trend-values">
      <thead>
        <tr>
          <th scope="col">Kwartaal</th>
          {chart.lines.map((line) => (
            <th key={line.id} scope="col">
              {line.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {chart.labels.map((label, quarter) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {chart.lines.map((line) => {
              const point = line.points[quarter];
              if (!point) return <td key={line.id} />;
              const text = valueText(point.value, line.unit);
              const details = pointDetails(point).join('; ');
              return (
                <td key={line.id} className={point.mark ? `trend-values__cell--${point.mark}` : undefined}>
                  {point.place ? (
                    <button type="button" className="trend-values__pick" title={details} onClick={() => point.place && onPick(point.place)}>
                      {text}
                    </button>
                  ) : (
                    <span title={details}>{text}*</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function quartersText(count: number): string {
  if (count === 1) return 'één kwartaal geladen: laad meer kwartalen om een ontwikkeling te zien';
  return `${count} kwartalen geladen`;
}

/** The series of the cursor's row: its region, and its municipality unless it is TOTAAL AMR or
 * the table's own line. */
function choiceAtCursor(documents: readonly ExtractedDocument[], cursor: Place | null): Omit<TrendChoice, 'beforeMerger'> | null {
  const table = cursor ? documents[cursor.doc]?.tables[cursor.table] : undefined;
  if (!cursor || !table?.region || !table.period) return null;
  const row = typeof cursor.row === 'number' ? table.rows[cursor.row] : undefined;
  return { region: table.region, municipality: row ? seriesKey(row.name, table.period).key : null };
}
