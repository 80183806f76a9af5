/**
 * Chart-data helpers: plain numbers for Chart.js, computed from exact decimals.
 */
import { toChartNumber, type Dec } from '../decimal.ts';
import { EngineError, joinPath } from '../errors.ts';
import { parseCount } from '../decimal.ts';
import { combineParallel, type AU } from './compose.ts';
import type { Contribution } from './weakest-links.ts';
import { ninesOf } from './format.ts';
import { parseComponentSpec } from './tree.ts';

/** Most replicas a replicas curve goes to. */
export const MAX_CURVE_REPLICAS = 100;

/** One point of the availability-vs-replicas curve. */
export interface ReplicasPoint {
  readonly replicas: number;
  readonly availability: Dec;
  readonly unavailability: Dec;
  /** Null when A = 1 (no finite nines). */
  readonly nines: Dec | null;
  readonly perfect: boolean;
  /** For the chart: availability in percent. */
  readonly percentNumber: number;
  /** For the chart: nines, or null when perfect (a gap in the line, never Infinity). */
  readonly ninesNumber: number | null;
}

/** The curve, and whether its component used an SLA (a contract floor). */
export interface ReplicasCurve {
  readonly componentId: string;
  readonly usesSla: boolean;
  readonly points: readonly ReplicasPoint[];
}

/**
 * Availability of 1..maxReplicas copies of one component in parallel (A_r = 1 - U^r), for a
 * chart. The component is given as in the tree (its own `replicas` field is ignored: the curve
 * varies it). `maxReplicas` is a whole number from 1 to 100, parsed at `path.maxReplicas`.
 */
export function replicasCurve(component: unknown, maxReplicas: unknown, slas: unknown = {}, path = ''): ReplicasCurve {
  const c = parseComponentSpec(component, slas, joinPath(path, 'component'));
  const max = parseCount(maxReplicas, joinPath(path, 'maxReplicas'), { min: '1', max: String(MAX_CURVE_REPLICAS) }).toNumber();
  const points: ReplicasPoint[] = [];
  let au: AU = c.single;
  for (let r = 1; r <= max; r++) {
    if (r > 1) au = combineParallel(au, c.single);
    const n = ninesOf(au.u);
    points.push({
      replicas: r,
      availability: au.a,
      unavailability: au.u,
      nines: n.nines,
      perfect: n.perfect,
      percentNumber: toChartNumber(au.a.times(100)),
      ninesNumber: n.nines === null ? null : toChartNumber(n.nines),
    });
  }
  return { componentId: c.id, usesSla: c.source.type === 'sla', points };
}

/** Bar-chart data of each component's share of the downtime, weakest first. */
export interface ShareChart {
  readonly ids: readonly string[];
  readonly labels: readonly string[];
  /** Shares in percent (0 to 100). */
  readonly values: readonly number[];
}

/** Chart data from the ranked contributions of an evaluation (see `Contribution`). */
export function downtimeShareChart(contributions: readonly Contribution[]): ShareChart {
  if (!Array.isArray(contributions)) throw new EngineError('invalid_type', 'contributions', { expected: '@msg:error.expected.listOfContributions' });
  return {
    ids: contributions.map((c) => c.id),
    labels: contributions.map((c) => c.name),
    values: contributions.map((c) => toChartNumber(c.share.times(100))),
  };
}
