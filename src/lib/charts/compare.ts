/**
 * Chart specs for the comparison view (pure): the monthly cost of each scenario stacked by
 * component type, and cost against availability (one point per scenario).
 */
import { toChartNumber } from '../../engine/index.ts';
import { presentTypes, type Column, type ComponentType, type FrontierStatus } from '../compare/compare.ts';
import type { ChartSpec } from './spec.ts';

export interface StackedLabels {
  readonly type: (t: ComponentType) => string;
  readonly xTitle: string;
  readonly yTitle: string;
}

/** One bar per scenario (with a valid result), stacked by component type. */
export function stackedCostSpec(cols: readonly Column[], labels: StackedLabels): ChartSpec {
  const shown = cols.filter((c) => c.ok);
  const types = presentTypes(shown);
  return {
    kind: 'bar',
    labels: shown.map((c) => c.name),
    series: types.map((t) => ({ label: labels.type(t), data: shown.map((c) => toChartNumber(c.byType[t])), stack: 'cost' })),
    xTitle: labels.xTitle,
    yTitle: labels.yTitle,
    yFormat: 'money',
    stacked: true,
  };
}

export interface ScatterLabels {
  readonly xTitle: string;
  readonly yTitle: string;
  /** Series label of a scenario, told whether it is on the frontier. */
  readonly point: (name: string, onFrontier: boolean) => string;
}

/**
 * Cost vs nines: one series (one point) per scenario with a finite number of nines; scenarios
 * without an architecture or at 100% (no finite nines) cannot be placed and are left out
 * (`omitted` names them, for the description).
 */
export function costVsNinesSpec(cols: readonly Column[], status: ReadonlyMap<string, FrontierStatus>, labels: ScatterLabels): { spec: ChartSpec; omitted: string[] } {
  const placed = cols.filter((c) => c.ok && c.availability !== null && c.availability.nines !== null);
  const omitted = cols.filter((c) => !placed.includes(c)).map((c) => c.name);
  const spec: ChartSpec = {
    kind: 'scatter',
    labels: [],
    series: placed.map((c) => ({
      label: labels.point(c.name, status.get(c.id)?.kind === 'frontier'),
      data: [{ x: toChartNumber(c.availability!.nines!), y: toChartNumber(c.monthly) }],
    })),
    xTitle: labels.xTitle,
    yTitle: labels.yTitle,
    yFormat: 'money',
    xFormat: 'number',
  };
  return { spec, omitted };
}
