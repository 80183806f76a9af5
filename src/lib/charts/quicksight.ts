/**
 * QuickSight chart mapper (pure): cost per reader per month against sessions per reader per month
 * under each model, from the engine's `quickSightChartData`. Labels come in already localized;
 * decimals become numbers here (toChartNumber) and nowhere earlier.
 */
import { toChartNumber, type QuickSightChartData, type QuickSightChartSeriesKey } from '../../engine/index.ts';
import type { ChartSpec } from './spec.ts';

export interface QuickSightChartLabels {
  readonly xTitle: string;
  readonly yTitle: string;
  /** Series label by engine series key. */
  readonly series: Readonly<Record<QuickSightChartSeriesKey, string>>;
}

/**
 * A numeric-x line chart: one series per model, the legacy cap dashed. Points where a model has
 * no published price (annual capacity above the largest tier: contact sales) are left out.
 * `yMax` cuts off curves far above the reader prices (the data table still has every value).
 */
export function quickSightChartSpec(data: QuickSightChartData, labels: QuickSightChartLabels, yMax?: number): ChartSpec {
  const xs = data.sessions.map(toChartNumber);
  return {
    kind: 'line',
    numericX: true,
    xFormat: 'number',
    yFormat: 'money',
    labels: [],
    xTitle: labels.xTitle,
    yTitle: labels.yTitle,
    ...(yMax === undefined ? {} : { yMax }),
    series: data.series.map((s) => ({
      label: labels.series[s.key],
      dashed: s.dashed,
      data: s.values.flatMap((v, i) => (v === null ? [] : [{ x: xs[i] ?? i, y: toChartNumber(v) }])),
    })),
  };
}

/**
 * A y-axis ceiling that keeps the reader-price region readable: three times the larger of the
 * legacy cap and the per-user Reader price, or undefined when every value already fits under it.
 */
export function quickSightChartCeiling(data: QuickSightChartData, perUserReader: number): number | undefined {
  const ceiling = 3 * Math.max(toChartNumber(data.cap), perUserReader, 1);
  const highest = Math.max(0, ...data.series.flatMap((s) => s.values.map((v) => (v === null ? 0 : toChartNumber(v)))));
  return highest > ceiling ? ceiling : undefined;
}
