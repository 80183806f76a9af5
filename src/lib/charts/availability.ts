/**
 * Pure mappers from availability results to chart specs (no Svelte, no DOM): (1) each
 * component's share of the downtime, a horizontal bar, weakest first; (2) availability against
 * the number of replicas of one component (the engine's `replicasCurve`), as nines or percent.
 * Labels arrive already localized; decimals become JS numbers here and only here.
 */
import { downtimeShareChart, type Contribution, type ReplicasCurve } from '../../engine/index.ts';
import type { ChartSpec } from './spec.ts';

export interface ShareLabels {
  /** The bar label of each entry (localized, disambiguated). */
  readonly name: (c: Contribution) => string;
  readonly series: string;
  readonly xTitle: string;
  readonly yTitle: string;
}

/** Share of the downtime (percent, 0 to 100) per component, weakest first. */
export function shareBarSpec(contributions: readonly Contribution[], labels: ShareLabels): ChartSpec {
  const chart = downtimeShareChart(contributions);
  return {
    kind: 'bar',
    horizontal: true,
    labels: contributions.map(labels.name),
    series: [{ label: labels.series, data: [...chart.values] }],
    xTitle: labels.xTitle,
    yTitle: labels.yTitle,
    yFormat: 'percent',
  };
}

export type ReplicasMode = 'nines' | 'percent';

export interface ReplicasLabels {
  readonly series: string;
  readonly xTitle: string;
  readonly yTitle: string;
}

/**
 * Availability of 1..n replicas. In nines the axis starts at 0; a perfect point (no finite
 * nines) has no value (the caller says so instead of drawing Infinity). In percent the axis
 * zooms to the lowest whole percent shown.
 */
export function replicasSpec(curve: ReplicasCurve, mode: ReplicasMode, labels: ReplicasLabels): ChartSpec {
  const values = curve.points.map((p) => (mode === 'nines' ? (p.ninesNumber ?? Number.NaN) : p.percentNumber));
  const finite = values.filter((v) => Number.isFinite(v));
  const low = finite.length > 0 ? Math.min(...finite) : 0;
  return {
    kind: 'line',
    labels: curve.points.map((p) => String(p.replicas)),
    series: [{ label: labels.series, data: values }],
    xTitle: labels.xTitle,
    yTitle: labels.yTitle,
    yFormat: mode === 'nines' ? 'number' : 'percent',
    ...(mode === 'nines' ? { yMin: 0 } : { yMin: Math.max(0, Math.floor(low)), yMax: 100 }),
  };
}
