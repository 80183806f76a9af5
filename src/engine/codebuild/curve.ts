/**
 * Chart data of the CodeBuild calculator: monthly cost against builds per month for each compute
 * type at one build duration, and the raw vs billed minutes that show what per-build rounding costs.
 */
import { ceilWhole, d, floorWhole, parseCount, toChartNumber, ZERO, type Dec } from '../decimal.ts';
import { EngineError, joinPath } from '../errors.ts';
import { asRecord, own } from '../json.ts';
import { codeBuildProjectTotal } from './account.ts';
import { CODEBUILD_COMPUTE_TYPE_IDS, CODEBUILD_COMPUTE_TYPES, type CodeBuildBilling, type CodeBuildComputeType } from './compute-types.ts';
import { billedMinutesFor, SIXTY } from './groups.ts';
import { asArray, optionalBoolean, parseComputeType } from './parse.ts';
import { codeBuildPriceTable } from './prices.ts';
import type { CodeBuildNumberInput, CodeBuildPrices } from './types.ts';
/** Options of {@link codeBuildCostCurve}. */
export interface CodeBuildCurveOptions {
  /** Duration of each build in whole seconds. */
  readonly durationSeconds: CodeBuildNumberInput;
  /** Overhead seconds per build (default 0). */
  readonly overheadSeconds?: CodeBuildNumberInput;
  /** Right end of the x axis, builds per month (whole, >= 1). */
  readonly maxBuildsPerMonth: CodeBuildNumberInput;
  /** Number of x values including 0 and the maximum (2 to 501, default 21). */
  readonly points?: number;
  /** Compute types to plot (default: every type the price table prices). */
  readonly computeTypes?: readonly string[];
  /** Apply the free tier as if this compute type were the account's only use (default false). */
  readonly freeTier?: boolean;
}

/** One compute type's monthly cost at each x value. */
export interface CodeBuildCurveSeries {
  readonly computeType: CodeBuildComputeType;
  readonly billing: CodeBuildBilling;
  /** Monthly USD (chart numbers; the engine's own totals stay exact). */
  readonly cost: readonly number[];
}

/** Chart data: monthly cost vs builds per month, plus raw vs billed minutes. */
export interface CodeBuildCurve {
  /** x values: builds per month. */
  readonly builds: readonly number[];
  /** One series per compute type. */
  readonly series: readonly CodeBuildCurveSeries[];
  /** builds x seconds / 60 at each x. */
  readonly rawMinutes: readonly number[];
  /** builds x whole minutes per build at each x (minute-billed types; Lambda bills the raw minutes). */
  readonly billedMinutes: readonly number[];
  /** Seconds on the clock per build. */
  readonly secondsPerBuild: Dec;
  /** Whole minutes billed per build on minute-billed types. */
  readonly billedMinutesPerBuild: Dec;
}

/**
 * Chart data for "monthly cost vs builds per month" for each compute type at a given build
 * duration, and the raw vs billed minutes that show what per-build rounding costs. Every point
 * is priced as {@link priceCodeBuildProject} prices it (codeBuildProjectTotal), so the chart and the line items always agree.
 * x values are whole builds from 0 to `maxBuildsPerMonth`, evenly spread (rounded down).
 */
export function codeBuildCostCurve(options: CodeBuildCurveOptions, prices: CodeBuildPrices, path = ''): CodeBuildCurve {
  const o = asRecord(options, path, '@msg:error.expected.chartOptions');
  const durationSeconds = parseCount(own(o, 'durationSeconds'), joinPath(path, 'durationSeconds'));
  const ovRaw = own(o, 'overheadSeconds');
  const overheadSeconds = ovRaw === undefined ? ZERO : parseCount(ovRaw, joinPath(path, 'overheadSeconds'));
  const maxBuilds = parseCount(own(o, 'maxBuildsPerMonth'), joinPath(path, 'maxBuildsPerMonth'), { positive: true });
  const ptsRaw = own(o, 'points');
  const points = ptsRaw === undefined ? 21 : parseCount(ptsRaw, joinPath(path, 'points'), { min: '2', max: '501' }).toNumber();
  const freeTier = optionalBoolean(own(o, 'freeTier'), joinPath(path, 'freeTier'));
  const book = codeBuildPriceTable(prices);

  const typesRaw = own(o, 'computeTypes');
  let types: CodeBuildComputeType[];
  if (typesRaw === undefined) {
    types = CODEBUILD_COMPUTE_TYPE_IDS.filter((t) => book.computeTypes.has(t));
  } else {
    const tp = joinPath(path, 'computeTypes');
    types = asArray(typesRaw, tp, '@msg:error.expected.listOfComputeTypes').map((t, i) => {
      const type = parseComputeType(t, joinPath(tp, i));
      if (!book.computeTypes.has(type)) throw new EngineError('unknown_price', joinPath(tp, i), { value: type, where: '@msg:error.where.codeBuildPriceTable' });
      return type;
    });
  }

  // x values: whole builds, 0 .. max, at most `points` distinct values.
  const n = maxBuilds.lt(points - 1) ? maxBuilds.toNumber() + 1 : points;
  const xs: Dec[] = [];
  for (let i = 0; i < n; i++) xs.push(floorWhole(maxBuilds.times(i).div(n - 1)));

  const seconds = durationSeconds.plus(overheadSeconds);
  const billedPerBuild = billedMinutesFor(seconds);
  const series = types.map((computeType) => {
    const cost = xs.map((x) => {
      const total = codeBuildProjectTotal(
        { groups: [{ computeType, count: x.toFixed(), per: 'month', durationSeconds: durationSeconds.toFixed(), overheadSeconds: overheadSeconds.toFixed() }] },
        prices,
        freeTier,
      );
      return toChartNumber(total);
    });
    return Object.freeze({ computeType, billing: CODEBUILD_COMPUTE_TYPES[computeType].billing, cost: Object.freeze(cost) });
  });

  return Object.freeze({
    builds: Object.freeze(xs.map(toChartNumber)),
    series: Object.freeze(series),
    rawMinutes: Object.freeze(xs.map((x) => toChartNumber(x.times(seconds).div(SIXTY)))),
    billedMinutes: Object.freeze(xs.map((x) => toChartNumber(x.times(billedPerBuild)))),
    secondsPerBuild: seconds,
    billedMinutesPerBuild: billedPerBuild,
  });
}

/**
 * A "nice" right end for the cost curve's builds axis: at least 100, about twice the group's builds
 * per month, rounded up to 1, 2 or 5 x 10^n (80 -> 200, 304.17 -> 1,000).
 */
export function niceMaxBuilds(buildsPerMonth: Dec): number {
  const target = ceilWhole(buildsPerMonth.times(2));
  if (target.lte(100)) return 100;
  // 10^(digits - 1): the power of ten at or below the target, from its whole-number digits.
  const pow = d(10).pow(target.toFixed(0).length - 1);
  for (const m of [1, 2, 5]) if (pow.times(m).gte(target)) return pow.times(m).toNumber();
  return pow.times(10).toNumber();
}
