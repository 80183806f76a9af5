/**
 * A small, serialisable description of a chart. Pure data mappers build these from engine
 * results (numbers only here: this is the edge where decimals become JS numbers), the chart
 * attachment turns them into Chart.js configurations, and the same spec renders the data-table
 * alternative, so the table always shows what the chart shows.
 */
export type ChartKind = 'bar' | 'line' | 'scatter';
export type ValueFormat = 'money' | 'number' | 'percent' | 'hours';

export interface SeriesSpec {
  readonly label: string;
  /** One value per label (bar/line) or x/y points (scatter and numeric-x lines). */
  readonly data: readonly number[] | readonly { x: number; y: number }[];
  /** Optional stack id for stacked bars. */
  readonly stack?: string;
  /** Dashed line (e.g. a cap or threshold). */
  readonly dashed?: boolean;
  /** Step line (e.g. billed minutes). */
  readonly stepped?: boolean;
}

export interface ChartSpec {
  readonly kind: ChartKind;
  /** Category labels for bar/line charts. */
  readonly labels: readonly string[];
  readonly series: readonly SeriesSpec[];
  readonly xTitle: string;
  readonly yTitle: string;
  readonly yFormat: ValueFormat;
  /** Numeric x axis (line charts over a quantity). */
  readonly numericX?: boolean;
  readonly xFormat?: ValueFormat;
  readonly stacked?: boolean;
  readonly horizontal?: boolean;
  /** y axis minimum; availability charts zoom in instead of starting at zero. */
  readonly yMin?: number;
  readonly yMax?: number;
}

/** Colour-blind-safe palette (Okabe-Ito), each with >= 3:1 contrast on white for lines and bars. */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#999933'] as const;

export function colour(i: number): string {
  return PALETTE[i % PALETTE.length] ?? '#0072B2';
}
