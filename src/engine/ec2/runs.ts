/**
 * EC2's per-run billing rule, on its own (domain.md section 3): a run billed 'per-second'
 * (Linux, Windows, RHEL) bills max(seconds, 60); a run billed 'per-hour' (SUSE, some marketplace
 * images) bills ceil(seconds / 3600) whole hours. The schedule calculator (hours.ts) uses the same
 * rule; {@link billRuns} applies it to runs given in seconds (e.g. from logs or a test plan).
 */
import { ceilWhole, d, Dec, max, num, parseDecimal, sum, ZERO, type DecimalString } from '../decimal.ts';
import { EngineError, joinPath } from '../errors.ts';
import type { LineItem } from '../explain.ts';
import { line } from './lines.ts';
import type { Ec2Billing } from './types.ts';
import { describeRef } from '../quote.ts';

const SIXTY = d(60);
const HOUR = d(3600);

/** Most runs in one call. */
export const MAX_RUNS = 10_000;

/** Billed seconds of one run of `seconds` (> 0). */
export function billRunSeconds(seconds: Dec, billing: Ec2Billing): Dec {
  return billing === 'per-second' ? max(seconds, SIXTY) : ceilWhole(seconds.div(HOUR)).times(HOUR);
}

/**
 * {@link billRunSeconds} of a run given as a positive whole number of `perSecond`-ths of a second (1 for
 * seconds, 1000 for milliseconds), in the same unit. Integer arithmetic on integers well below
 * 2^53, so exact: summing these and making one decimal gives the same value as summing decimals.
 */
export function billRunUnits(units: number, perSecond: number, billing: Ec2Billing): number {
  if (billing === 'per-second') return units >= 60 * perSecond ? units : 60 * perSecond;
  const hour = 3600 * perSecond;
  const part = units % hour;
  return part === 0 ? units : units - part + hour;
}

/** One run, billed. */
export interface Ec2BilledRun {
  readonly seconds: Dec;
  readonly billedSeconds: Dec;
}

/** What {@link billRuns} returns (per instance). */
export interface Ec2RunsResult {
  readonly billing: Ec2Billing;
  readonly runs: readonly Ec2BilledRun[];
  readonly rawSeconds: Dec;
  readonly billedSeconds: Dec;
  /** billedSeconds / 3600. */
  readonly billedHours: Dec;
  readonly lines: readonly LineItem[];
}

/**
 * Bill runs given in seconds: 30 s, 30 s and 7,200 s bill 60 + 60 + 7,200 = 7,320 s per second;
 * a 600 s run bills one hour (3,600 s) per hour.
 * @param runsSeconds each run's length in seconds (decimal strings or safe integers, > 0)
 * @param billing 'per-second' (default) or 'per-hour'
 * @param path base path of `runsSeconds` (error paths: "runs.2")
 * @throws EngineError (`not_positive`, `not_a_number`, `unknown_option`, `too_large`, ...)
 */
export function billRuns(runsSeconds: readonly (DecimalString | number)[], billing: Ec2Billing = 'per-second', path = ''): Ec2RunsResult {
  if (billing !== 'per-second' && billing !== 'per-hour') {
    throw new EngineError('unknown_option', joinPath(path, 'billing'), { value: typeof billing === 'string' ? (billing as string).slice(0, 40) : describeRef(billing), allowed: 'per-second, per-hour' });
  }
  if (!Array.isArray(runsSeconds)) throw new EngineError('invalid_type', path, { expected: '@msg:error.expected.listOfRunLengthsInSeconds' });
  if (runsSeconds.length > MAX_RUNS) throw new EngineError('too_large', path, { value: String(runsSeconds.length), max: String(MAX_RUNS) });
  const runs: Ec2BilledRun[] = runsSeconds.map((r, i) => {
    const seconds = parseDecimal(r, joinPath(path, i), { positive: true });
    return { seconds, billedSeconds: billRunSeconds(seconds, billing) };
  });
  const rawSeconds = sum(runs.map((r) => r.seconds));
  const billedSeconds = sum(runs.map((r) => r.billedSeconds));
  const billedHours = billedSeconds.div(HOUR);
  const lines: LineItem[] = [];
  runs.forEach((r, i) => {
    if (r.billedSeconds.eq(r.seconds)) return;
    const p = { run: String(i + 1), seconds: num(r.seconds), billed: num(r.billedSeconds), hours: num(r.billedSeconds.div(HOUR)) };
    lines.push(billing === 'per-second'
      ? line('ec2.runs.minimum', r.billedSeconds, p, 'info', 's')
      : line('ec2.runs.wholeHours', r.billedSeconds, p, 'info', 's'));
  });
  const tp = { runs: num(d(runs.length)), raw: num(rawSeconds), billed: num(billedSeconds), hours: num(billedHours, 6) };
  lines.push(billing === 'per-second'
    ? line('ec2.runs.totalPerSecond', billedSeconds, tp, 'info', 's')
    : line('ec2.runs.totalPerHour', billedSeconds, tp, 'info', 's'));
  return Object.freeze({ billing, runs: Object.freeze(runs), rawSeconds, billedSeconds: runs.length ? billedSeconds : ZERO, billedHours, lines: Object.freeze(lines) });
}
