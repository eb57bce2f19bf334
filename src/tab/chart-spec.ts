/** What a chart shows, independent of Chart.js (which is loaded only when the Trends view opens). */

export type Colour = 1 | 2 | 3 | 4;
/** Each series differs by more than colour: a line's dash or a bar's fill pattern, and a point shape. */
export type Fill = 'solid' | 'dashed' | 'stripes' | 'dots';
export type PointShape = 'circle' | 'rectRot' | 'triangle' | 'rect';

export interface Series {
  label: string;
  values: (number | null)[];
  colour: Colour;
  fill: Fill;
  point?: PointShape;
}

export interface ChartSpec {
  kind: 'bar' | 'line';
  stacked?: boolean;
  /** One per week. */
  labels: string[];
  series: Series[];
  /** Counts, or durations in minutes (drawn in minutes, hours or days to suit the range). */
  unit: 'count' | 'minutes';
}

export interface DrawnChart {
  destroy(): void;
}

export interface DrawOptions {
  animate: boolean;
  formatMinutes(minutes: number): string;
}

export type DrawChart = (canvas: HTMLCanvasElement, spec: ChartSpec, options: DrawOptions) => DrawnChart;
