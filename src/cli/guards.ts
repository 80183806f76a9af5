/**
 * The CI guards: `--max-monthly 500` and `--min-availability 99.95` on every evaluated scenario
 * (in `diff`, on the new one), `--max-increase 10%` (or an amount in USD) from the old scenario to
 * the new one. Each check says which guard, the scenario, the figures and by how much it failed.
 */
import { Dec, parseDecimal, EngineError, delta, type ScenarioResult } from '../engine/index.ts';
import { percentText } from '../lib/components/availability/availability-view.ts';
import type { Options } from './args.ts';
import type { CliI18n } from './i18n.ts';

export interface Limits {
  readonly maxMonthly: Dec | null;
  /** In percent (99.95). */
  readonly minAvailability: Dec | null;
  readonly maxIncrease: { readonly relative: boolean; readonly value: Dec } | null;
}

export type GuardName = 'max-monthly' | 'min-availability' | 'max-increase';

export interface GuardCheck {
  readonly guard: GuardName;
  readonly scenario: string;
  readonly ok: boolean;
  /** The limit as typed, the actual value, exact decimals for scripts. */
  readonly limit: string;
  readonly actual: string | null;
  /** The sentence shown (in the chosen language). */
  readonly message: string;
}

function withoutPercent(text: string): string {
  return text.trim().replace(/%$/, '');
}

/** The limits as decimals. Throws EngineError (path `--max-monthly`...) for an invalid value. */
export function parseLimits(options: Pick<Options, 'maxMonthly' | 'minAvailability' | 'maxIncrease'>): Limits {
  const min = options.minAvailability === null ? null : parseDecimal(withoutPercent(options.minAvailability), '--min-availability');
  if (min !== null && min.gt(100)) throw new EngineError('out_of_range', '--min-availability', { value: min.toFixed(), min: '0', max: '100' });
  const inc = options.maxIncrease;
  return {
    maxMonthly: options.maxMonthly === null ? null : parseDecimal(options.maxMonthly, '--max-monthly'),
    minAvailability: min,
    maxIncrease: inc === null ? null : { relative: inc.trim().endsWith('%'), value: parseDecimal(withoutPercent(inc), '--max-increase') },
  };
}

function plainPercent(i18n: CliI18n, v: Dec): string {
  return i18n.percent(v.toSignificantDigits(4, Dec.ROUND_HALF_EVEN).toFixed(), 20);
}

/** `--max-monthly` and `--min-availability` on one scenario. */
export function checkScenario(limits: Limits, scenario: string, result: ScenarioResult, i18n: CliI18n): GuardCheck[] {
  const out: GuardCheck[] = [];
  const p = { scenario };
  if (limits.maxMonthly !== null) {
    const limit = limits.maxMonthly;
    const actual = result.monthlyTotal;
    const ok = actual.lte(limit);
    const params = { ...p, actual: i18n.money(actual), limit: i18n.money(limit), over: i18n.money(delta(actual, limit).diff) };
    out.push({ guard: 'max-monthly', scenario, ok, limit: limit.toFixed(), actual: actual.toFixed(), message: i18n.t(ok ? 'cli.guard.maxMonthly.ok' : 'cli.guard.maxMonthly.fail', params) });
  }
  if (limits.minAvailability !== null) {
    const limit = limits.minAvailability;
    const a = result.availability;
    const limitText = i18n.percent(limit.toFixed(), 20);
    if (!a) {
      out.push({ guard: 'min-availability', scenario, ok: false, limit: limit.toFixed(), actual: null, message: i18n.t('cli.guard.minAvailability.none', { ...p, limit: limitText }) });
    } else {
      const ok = a.percent.gte(limit);
      const params = { ...p, actual: percentText(i18n, a.availability, a.unavailability), limit: limitText, under: i18n.number(delta(limit, a.percent).diff.toSignificantDigits(4, Dec.ROUND_HALF_EVEN).toFixed(), 20) };
      out.push({ guard: 'min-availability', scenario, ok, limit: limit.toFixed(), actual: a.percent.toFixed(), message: i18n.t(ok ? 'cli.guard.minAvailability.ok' : 'cli.guard.minAvailability.fail', params) });
    }
  }
  return out;
}

/** `--max-increase` from the old scenario's monthly total to the new one's. */
export function checkIncrease(limits: Limits, scenario: string, oldResult: ScenarioResult, newResult: ScenarioResult, i18n: CliI18n): GuardCheck[] {
  const inc = limits.maxIncrease;
  if (inc === null) return [];
  const before = oldResult.monthlyTotal;
  const after = newResult.monthlyTotal;
  // The change and its percent of the old total (null from zero): the engine's delta.
  const { diff, relative } = delta(after, before);
  let ok: boolean;
  if (inc.relative) ok = diff.lte(0) || (relative !== null && relative.lte(inc.value));
  else ok = diff.lte(inc.value);
  const rel = relative === null ? i18n.t('compare.delta.fromZero') : plainPercent(i18n, relative.abs());
  const params = {
    scenario,
    old: i18n.money(before),
    new: i18n.money(after),
    diff: i18n.money(diff.abs()),
    rel,
    sign: diff.isNegative() ? '\u2212' : '+',
    limit: inc.relative ? i18n.percent(inc.value.toFixed(), 20) : i18n.money(inc.value),
  };
  return [{
    guard: 'max-increase',
    scenario,
    ok,
    limit: inc.relative ? `${inc.value.toFixed()}%` : inc.value.toFixed(),
    actual: diff.toFixed(),
    message: i18n.t(ok ? 'cli.guard.maxIncrease.ok' : 'cli.guard.maxIncrease.fail', params),
  }];
}
