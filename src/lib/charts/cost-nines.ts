/**
 * Pure mapper from the engine's cost per nine curve (`costNineCurve`) to a chart spec: the
 * scenario's monthly total (y) against its nines (x), one point per number of copies of the chosen
 * node. A point at 100% (no finite nines) is left out of the chart; the table says so.
 */
import { toChartNumber, type CostNineCurve } from '../../engine/index.ts';
import type { ChartSpec } from './spec.ts';

export interface CostNineLabels {
  readonly series: string;
  readonly xTitle: string;
  readonly yTitle: string;
}

export function costNineSpec(curve: CostNineCurve, labels: CostNineLabels): ChartSpec {
  const data = curve.points.flatMap((p) => (p.nines === null ? [] : [{ x: toChartNumber(p.nines), y: toChartNumber(p.monthly) }]));
  return {
    kind: 'line',
    numericX: true,
    labels: [],
    series: [{ label: labels.series, data }],
    xTitle: labels.xTitle,
    yTitle: labels.yTitle,
    xFormat: 'number',
    yFormat: 'money',
  };
}
