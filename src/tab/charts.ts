import { BarController, BarElement, CategoryScale, Chart, LineController, LineElement, LinearScale, PointElement, Tooltip, type ChartDataset } from 'chart.js';
import type { ChartSpec, Colour, DrawOptions, DrawnChart, Fill, Series } from './chart-spec.js';

// Only what the four charts use; the legend is HTML next to each chart (see trends.ts).
Chart.register(BarController, LineController, BarElement, LineElement, PointElement, CategoryScale, LinearScale, Tooltip);

interface Palette {
  series: Record<Colour, string>;
  text: string;
  grid: string;
  surface: string;
  font: string;
}

/** Colours come from the theme's CSS custom properties, read when drawing (so a theme change redraws in the new colours). */
function palette(): Palette {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    series: { 1: v('--chart-1', '#5b5fc7'), 2: v('--chart-2', '#c4314b'), 3: v('--chart-3', '#237b4b'), 4: v('--chart-4', '#8a5d00') },
    text: v('--text', '#242424'),
    grid: v('--chart-grid', '#d1d1d1'),
    surface: v('--surface', '#ffffff'),
    font: css.fontFamily || 'system-ui, sans-serif',
  };
}

function pattern(fill: Fill, colour: string, surface: string): string | CanvasPattern {
  if (fill === 'solid' || fill === 'dashed') return colour;
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const c = tile.getContext('2d');
  if (!c) return colour;
  c.fillStyle = surface;
  c.fillRect(0, 0, 8, 8);
  c.fillStyle = colour;
  c.strokeStyle = colour;
  if (fill === 'stripes') {
    c.lineWidth = 2.5;
    c.beginPath();
    c.moveTo(-2, 10);
    c.lineTo(10, -2);
    c.moveTo(-2, 2);
    c.lineTo(2, -2);
    c.moveTo(6, 10);
    c.lineTo(10, 6);
    c.stroke();
  } else {
    c.beginPath();
    c.arc(2, 2, 1.6, 0, Math.PI * 2);
    c.arc(6, 6, 1.6, 0, Math.PI * 2);
    c.fill();
  }
  return c.createPattern(tile, 'repeat') ?? colour;
}

/** Minutes are drawn in the unit that suits the largest value. */
function timeScale(spec: ChartSpec): { divisor: number; unit: string } {
  if (spec.unit !== 'minutes') return { divisor: 1, unit: '' };
  const max = Math.max(0, ...spec.series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  if (max >= 72 * 60) return { divisor: 24 * 60, unit: 'd' };
  if (max >= 180) return { divisor: 60, unit: 'h' };
  return { divisor: 1, unit: 'min' };
}

/** Imports nothing of the page's own modules, so that this file and Chart.js make one lazily loaded chunk. */
export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec, options: DrawOptions): DrawnChart {
  const p = palette();
  const scale = timeScale(spec);
  const dataset = (s: Series): ChartDataset<'bar' | 'line', (number | null)[]> => {
    const colour = p.series[s.colour];
    const data = s.values.map((v) => (v === null ? null : v / scale.divisor));
    if (spec.kind === 'line') {
      return {
        type: 'line',
        label: s.label,
        data,
        borderColor: colour,
        backgroundColor: colour,
        borderWidth: 2.5,
        borderDash: s.fill === 'dashed' ? [7, 5] : [],
        pointStyle: s.point ?? 'circle',
        pointRadius: 4,
        pointHoverRadius: 6,
        spanGaps: false,
        tension: 0,
      };
    }
    return {
      type: 'bar',
      label: s.label,
      data,
      backgroundColor: pattern(s.fill, colour, p.surface),
      borderColor: colour,
      borderWidth: 1.5,
      ...(spec.stacked ? { stack: 'all' } : {}),
    };
  };
  const original = (datasetIndex: number, index: number) => spec.series[datasetIndex]?.values[index] ?? null;
  const chart = new Chart(canvas, {
    type: spec.kind,
    data: { labels: spec.labels, datasets: spec.series.map(dataset) },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: options.animate ? { duration: 250 } : false,
      color: p.text,
      font: { family: p.font, size: 13 },
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { stacked: Boolean(spec.stacked), ticks: { color: p.text, font: { family: p.font } }, grid: { color: p.grid } },
        y: {
          stacked: Boolean(spec.stacked),
          beginAtZero: true,
          ticks: {
            color: p.text,
            font: { family: p.font },
            precision: spec.unit === 'count' ? 0 : undefined,
            callback: (value) => (scale.unit ? `${Number(value).toLocaleString('en-GB', { maximumFractionDigits: 1 })} ${scale.unit}` : Number(value).toLocaleString('en-GB')),
          },
          grid: { color: p.grid },
          border: { color: p.text },
        },
      },
      plugins: {
        tooltip: {
          backgroundColor: p.surface,
          titleColor: p.text,
          bodyColor: p.text,
          borderColor: p.text,
          borderWidth: 1,
          titleFont: { family: p.font },
          bodyFont: { family: p.font },
          callbacks: {
            label: (item) => {
              const v = original(item.datasetIndex, item.dataIndex);
              const shown = v === null ? 'no data' : spec.unit === 'minutes' ? options.formatMinutes(v) : v.toLocaleString('en-GB');
              return `${item.dataset.label ?? ''}: ${shown}`;
            },
          },
        },
      },
    },
  });
  return { destroy: () => chart.destroy() };
}
