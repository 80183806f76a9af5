/**
 * Pure mappers from CodeBuild engine results to chart specs (no Svelte, no DOM):
 * (1) monthly cost vs builds per month for several compute types at one build duration, priced
 *     by the engine's `codeBuildCostCurve`, and (2) raw vs billed minutes per build group.
 * Labels arrive already localized; numbers become JS numbers here and only here.
 */
import { codeBuildCostCurve, niceMaxBuilds, type CodeBuildComputeType, type CodeBuildPrices, toChartNumber, type Dec, EngineError } from '../../engine/index.ts';
import type { ChartSpec } from './spec.ts';

export interface CostCurveInput {
  /** Whole seconds per build (duration, without overhead). */
  readonly durationSeconds: string;
  /** Overhead seconds per build. */
  readonly overheadSeconds: string;
  /** The group's builds per month (sets the axis). */
  readonly buildsPerMonth: Dec;
  readonly computeTypes: readonly CodeBuildComputeType[];
  readonly freeTier: boolean;
}

export interface CostCurveLabels {
  readonly xTitle: string;
  readonly yTitle: string;
}

/**
 * Monthly cost vs builds per month, one line per compute type. Returns null when the inputs or
 * prices cannot be priced (the editor shows the field error instead).
 */
export function costCurveSpec(input: CostCurveInput, prices: CodeBuildPrices, labels: CostCurveLabels): ChartSpec | null {
  try {
    const curve = codeBuildCostCurve(
      {
        durationSeconds: input.durationSeconds,
        overheadSeconds: input.overheadSeconds,
        maxBuildsPerMonth: String(niceMaxBuilds(input.buildsPerMonth)),
        points: 21,
        computeTypes: [...input.computeTypes],
        freeTier: input.freeTier,
      },
      prices,
    );
    return {
      kind: 'line',
      labels: [],
      numericX: true,
      xFormat: 'number',
      yFormat: 'money',
      xTitle: labels.xTitle,
      yTitle: labels.yTitle,
      series: curve.series.map((s) => ({
        label: s.computeType,
        data: curve.builds.map((x, i) => ({ x, y: s.cost[i] ?? 0 })),
      })),
    };
  } catch (e) {
    if (e instanceof EngineError) return null;
    throw e;
  }
}

export interface MinutesBarGroup {
  readonly label: string;
  readonly rawMinutes: Dec;
  readonly billedMinutes: Dec;
}

export interface MinutesBarLabels {
  readonly xTitle: string;
  readonly yTitle: string;
  readonly raw: string;
  readonly billed: string;
}

/** Raw vs billed minutes per group (grouped bars), rounded to 0.01 min for the chart. */
export function minutesBarSpec(groups: readonly MinutesBarGroup[], labels: MinutesBarLabels): ChartSpec {
  const round = (x: Dec): number => toChartNumber(x.toDecimalPlaces(2));
  return {
    kind: 'bar',
    labels: groups.map((g) => g.label),
    xTitle: labels.xTitle,
    yTitle: labels.yTitle,
    yFormat: 'number',
    series: [
      { label: labels.raw, data: groups.map((g) => round(g.rawMinutes)) },
      { label: labels.billed, data: groups.map((g) => round(g.billedMinutes)) },
    ],
  };
}
