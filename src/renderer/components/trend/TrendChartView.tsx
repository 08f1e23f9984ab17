// One line chart of the Tijdreeks view, drawn by Chart.js on a canvas (no <style> element, no
// eval: it runs under the app's CSP). Points with a finding are drawn larger in the finding's
// colour and shape, a sum of predecessors hollow with a dashed line to it; hovering shows the
// value and the file, clicking a point selects its cell in the grid.
import { useEffect, useRef } from 'react';
import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Title,
  Tooltip,
  type ChartConfiguration,
  type ChartDataset,
  type Plugin,
  type PointStyle,
  type ScriptableLineSegmentContext,
  type TooltipItem,
} from 'chart.js';
import { formatNumber } from '@engine/format';
import type { LinePoint, PointMark, TrendChart, TrendLine } from '../../session/trendLines';
import type { Place } from '../../session';

Chart.register(LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Title, Tooltip);

/** Okabe–Ito colours: told apart also with the common colour-vision deficiencies. */
const LINE_COLOURS: Record<string, string> = {
  c0: '#0072b2',
  c1: '#e69f00',
  c2: '#009e73',
  c3: '#cc79a7',
  total: '#222222',
  register: '#0072b2',
  percent: '#d55e00',
};

export const MARK_LOOKS: Record<Exclude<PointMark, null>, { colour: string; style: PointStyle; text: string }> = {
  open: { colour: '#c62828', style: 'triangle', text: 'open melding' },
  accepted: { colour: '#2e7d32', style: 'rectRot', text: 'geaccepteerde melding' },
  hint: { colour: '#ef6c00', style: 'rect', text: 'opmerking' },
};

/** The canvas is white in a saved PNG too (Chart.js leaves it transparent). */
const whiteBackground: Plugin<'line'> = {
  id: 'whiteBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** Where each point is drawn, on the canvas element (CSS pixels): what a test clicks, and the
 * count of points a reader of the page can check. */
const pointPositions: Plugin<'line'> = {
  id: 'pointPositions',
  afterRender(chart) {
    const positions = chart.data.datasets.flatMap((dataset, index) =>
      chart
        .getDatasetMeta(index)
        .data.flatMap((element, quarter) =>
          dataset.data[quarter] === null
            ? []
            : [{ line: dataset.label, quarter: chart.data.labels?.[quarter], x: Math.round(element.x), y: Math.round(element.y) }],
        ),
    );
    chart.canvas.dataset.points = JSON.stringify(positions);
  },
};

interface TrendChartViewProps {
  chart: TrendChart;
  onPick(place: Place): void;
  /** The canvas, for "Grafiek opslaan". */
  canvasRef?: React.RefObject<HTMLCanvasElement | null>;
}

export function TrendChartView({ chart, onPick, canvasRef }: TrendChartViewProps): React.JSX.Element {
  const ownCanvas = useRef<HTMLCanvasElement | null>(null);
  const canvas = canvasRef ?? ownCanvas;
  const pick = useRef(onPick);
  useEffect(() => {
    pick.current = onPick;
  }, [onPick]);

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const instance = new Chart(
      element,
      configuration(chart, (place) => pick.current(place)),
    );
    return () => instance.destroy();
  }, [chart, canvas]);

  const summary = `${chart.title}: ${chart.lines.map((line) => line.label).join(', ')}, ${chart.labels[0] ?? ''} tot ${chart.labels.at(-1) ?? ''}`;
  return (
    <div className="trend-chart__canvas">
      <canvas ref={canvas} role="img" aria-label={summary} data-testid="trend-canvas" />
    </div>
  );
}

function configuration(chart: TrendChart, onPick: (place: Place) => void): ChartConfiguration<'line', (number | null)[], string> {
  const hasPercent = chart.lines.some((line) => line.unit === 'percent');
  return {
    type: 'line',
    data: { labels: chart.labels, datasets: chart.lines.map(dataset) },
    plugins: [whiteBackground, pointPositions],
    options: {
      animation: false,
      maintainAspectRatio: false,
      // Sharp in a colleague's report, also from a screen at 100 %.
      devicePixelRatio: Math.max(2, window.devicePixelRatio),
      interaction: { mode: 'nearest', intersect: true },
      scales: {
        x: { ticks: { autoSkip: true, maxRotation: 0 } },
        people: { type: 'linear', position: 'left', beginAtZero: true, ticks: { callback: (value) => formatNumber(Number(value)) } },
        ...(hasPercent
          ? {
              percent: {
                type: 'linear' as const,
                position: 'right' as const,
                min: 0,
                max: 100,
                grid: { drawOnChartArea: false },
                ticks: { callback: (value: string | number) => `${value}%` },
              },
            }
          : {}),
      },
      plugins: {
        title: { display: true, text: chart.title, align: 'start', font: { size: 13, weight: 'bold' } },
        legend: { position: 'bottom', labels: { boxWidth: 14, boxHeight: 2 } },
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label ?? ''}: ${valueText(item.parsed.y ?? 0, unitOf(item))}`,
            afterLabel: (item) => pointDetails(pointOf(chart, item)),
          },
        },
      },
      onClick(event, _elements, instance) {
        if (!event.native) return;
        const [hit] = instance.getElementsAtEventForMode(event.native, 'nearest', { intersect: true }, false);
        const place = hit ? chart.lines[hit.datasetIndex]?.points[hit.index]?.place : null;
        if (place) onPick(place);
      },
      onHover(event, elements) {
        const target = event.native?.target;
        if (target instanceof HTMLElement)
          target.style.cursor = elements.some((element) => pointAt(chart, element.datasetIndex, element.index)?.place) ? 'pointer' : 'default';
      },
    },
  };
}

function dataset(line: TrendLine): ChartDataset<'line', (number | null)[]> {
  const colour = LINE_COLOURS[line.id] ?? '#555555';
  const look = (point: LinePoint | null) => (point?.mark ? MARK_LOOKS[point.mark] : null);
  const isSum = (index: number) => line.points[index]?.sumOf !== null && line.points[index]?.sumOf !== undefined;
  return {
    label: line.label,
    data: line.points.map((point) => point?.value ?? null),
    yAxisID: line.unit === 'percent' ? 'percent' : 'people',
    borderColor: colour,
    backgroundColor: colour,
    borderWidth: line.id === 'total' ? 2.5 : 1.8,
    // A quarter not loaded is a gap: never a line across it.
    spanGaps: false,
    pointStyle: line.points.map((point) => look(point)?.style ?? 'circle'),
    pointRadius: line.points.map((point) => (look(point) ? 6 : 3)),
    pointHoverRadius: line.points.map((point) => (look(point) ? 8 : 5)),
    pointHitRadius: 8,
    pointBackgroundColor: line.points.map((point, index) => look(point)?.colour ?? (isSum(index) ? '#ffffff' : colour)),
    pointBorderColor: line.points.map((point) => look(point)?.colour ?? colour),
    segment: { borderDash: (context: ScriptableLineSegmentContext) => (isSum(context.p0DataIndex) || isSum(context.p1DataIndex) ? [5, 4] : undefined) },
  };
}

function pointAt(chart: TrendChart, lineIndex: number, quarter: number): LinePoint | null {
  return chart.lines[lineIndex]?.points[quarter] ?? null;
}

function pointOf(chart: TrendChart, item: TooltipItem<'line'>): LinePoint | null {
  return pointAt(chart, item.datasetIndex, item.dataIndex);
}

function unitOf(item: TooltipItem<'line'>): 'people' | 'percent' {
  return (item.dataset as { yAxisID?: string }).yAxisID === 'percent' ? 'percent' : 'people';
}

export function valueText(value: number, unit: 'people' | 'percent'): string {
  return unit === 'percent' ? `${formatNumber(value)}%` : formatNumber(value);
}

/** Under the value: what the point is made of, and where it was read. */
export function pointDetails(point: LinePoint | null): string[] {
  if (!point) return [];
  return [...(point.sumOf ? [`som van voorgangers: ${point.sumOf.join(', ')}`] : []), ...(point.file ? [point.file] : []), ...point.messages];
}
