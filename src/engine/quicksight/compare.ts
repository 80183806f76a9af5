/**
 * Amazon QuickSight pricing (domain.md section 1): the same usage priced under every model.
 *
 * - Legacy per-session ({@link quickSightLegacy}, legacy.ts).
 * - Per-user ({@link quickSightPerUser}, per-user.ts).
 * - Reader capacity, monthly ({@link quickSightCapacityMonthly}) or annual
 *   ({@link quickSightCapacityAnnual}), capacity.ts.
 *
 * {@link compareQuickSight} prices one usage under the four models (a model that cannot be priced
 * for this usage comes back as a failed `Result`, the others still priced) and reports the
 * break-even points (break-even.ts); chart.ts gives cost-per-reader curves for a chart.
 *
 * Every public function takes the usage (or chart input), the prices, an optional `path` under which
 * the usage fields sit in a scenario (error paths like "components.3.usage.readerGroups.1.readers")
 * and an optional `pricesPath` for the price table (default `<path>.prices`).
 *
 * Decisions where domain.md is silent (also in the module README / closing note):
 * - Emailed reports count as sessions in the capacity pool too (the conservative reading).
 * - Author Pro / Reader Pro are counts OF the authors / readers (a subset) that the per-user model
 *   bills at the Pro price. Legacy has no Pro tiers (they are priced as ordinary authors/readers).
 *   The capacity models bill authors exactly as the per-user model (Author Pro and the fee
 *   included) but have no Reader Pro: every reader's sessions go to the pool.
 * - Per-user and capacity authors have one price; the annual/monthly split only matters in legacy.
 * - More sessions a year than the largest annual tier holds is "contact sales", whatever tier was picked.
 */
import { compare, d, num, ZERO, type Dec } from '../decimal.ts';
import { EngineError, joinPath, type Result } from '../errors.ts';
import type { LineItem } from '../explain.ts';
import { capacityAnnualVsPerUserReaders, capacityMonthlyVsPerUserReaders, legacyCap, legacyVsPerUserReader } from './break-even.ts';
import { capacityAnnualFrom, capacityMonthlyFrom } from './capacity.ts';
import { legacyFrom } from './legacy.ts';
import { perUserFrom } from './per-user.ts';
import type { QuickSightPrices } from './prices.ts';
import {
  QUICKSIGHT_MODELS,
  type QuickSightBreakEvens,
  type QuickSightCapacityAnnualResult,
  type QuickSightCapacityMonthlyResult,
  type QuickSightComparison,
  type QuickSightGroupUsage,
  type QuickSightLegacyResult,
  type QuickSightModel,
  type QuickSightPerUserResult,
} from './results.ts';
import { cents, line, phrase } from './sheet.ts';
import { prepare, type QuickSightUsageInput } from './usage.ts';

/**
 * Legacy per-session model (Enterprise, or Standard with authors only): authors by billing,
 * each reader min(sessions x $0.30, $5.00) per month, SPICE beyond 10 GB per author.
 * @throws EngineError on invalid input; `standard_no_readers` (path "edition") for Standard with readers.
 */
export function quickSightLegacy(usage: QuickSightUsageInput, prices: QuickSightPrices, path = '', pricesPath = joinPath(path, 'prices')): QuickSightLegacyResult {
  const { u, p } = prepare(usage, prices, path, pricesPath);
  return legacyFrom(u, p);
}

/**
 * Per-user model: readers at $3 (Reader Pro $20), authors at $24 (Author Pro $40, UNCONFIRMED),
 * $250 account fee with any Pro user or Q&A, SPICE beyond 10 GB per author at $0.38.
 * @throws EngineError on invalid input.
 */
export function quickSightPerUser(usage: QuickSightUsageInput, prices: QuickSightPrices, path = '', pricesPath = joinPath(path, 'prices')): QuickSightPerUserResult {
  const { u, p } = prepare(usage, prices, path, pricesPath);
  return perUserFrom(u, p);
}

/**
 * Monthly reader capacity: $250 for the first 500 pooled sessions, $0.50 per extra session;
 * authors and SPICE as in the per-user model.
 * @throws EngineError on invalid input.
 */
export function quickSightCapacityMonthly(usage: QuickSightUsageInput, prices: QuickSightPrices, path = '', pricesPath = joinPath(path, 'prices')): QuickSightCapacityMonthlyResult {
  const { u, p } = prepare(usage, prices, path, pricesPath);
  return capacityMonthlyFrom(u, p);
}

/**
 * Annual reader capacity as a monthly equivalent (yearly price / 12, working shown), for the tier
 * in `usage.annualTier` or the cheapest tier for the usage; authors and SPICE as per-user.
 * @throws EngineError on invalid input; `contact_sales` (path "readerGroups") when the sessions per
 * year exceed the largest tier.
 */
export function quickSightCapacityAnnual(usage: QuickSightUsageInput, prices: QuickSightPrices, path = '', pricesPath = joinPath(path, 'prices')): QuickSightCapacityAnnualResult {
  const { u, p } = prepare(usage, prices, path, pricesPath);
  return capacityAnnualFrom(u, p);
}

/** Reader groups after parsing (sessions per reader worked out), e.g. for a form preview. */
export function quickSightReaderGroups(usage: QuickSightUsageInput, prices: QuickSightPrices, path = '', pricesPath = joinPath(path, 'prices')): readonly QuickSightGroupUsage[] {
  return prepare(usage, prices, path, pricesPath).u.groups;
}

/** Run a model; a "this model cannot price this usage" error becomes a failed Result. */
function modelResult<T>(fn: () => T): Result<T> {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    if (e instanceof EngineError && (e.code === 'contact_sales' || e.code === 'standard_no_readers')) return { ok: false, error: e };
    throw e;
  }
}

/** A model's total (or why it is not priced), as an info line. */
function totalLine(m: QuickSightModel, r: Result<{ readonly total: Dec }>, cheapest: boolean): LineItem {
  const model = phrase(`quicksight.model.${m}`);
  if (r.ok) return line(cheapest ? 'quicksight.compare.total.cheapest' : 'quicksight.compare.total', r.value.total, { model, amount: cents(r.value.total) }, 'info', 'USD');
  const e = r.error;
  if (e.code === 'contact_sales') return line('quicksight.compare.notPriced.contactSales', ZERO, { model, sessions: num(d(e.params.sessionsPerYear ?? '0')) }, 'info', 'USD');
  return line('quicksight.compare.notPriced.standardNoReaders', ZERO, { model, readers: num(d(e.params.readers ?? '0')) }, 'info', 'USD');
}

/**
 * Price the SAME usage under every model (legacy, per-user, monthly capacity, annual capacity
 * with the chosen or cheapest tier) and report the break-even points.
 *
 * Invalid input throws an EngineError (nothing is priced). A model that cannot price this usage
 * (legacy Standard with readers: `standard_no_readers`; annual capacity above the largest tier:
 * `contact_sales`) comes back as `{ ok: false, error }` while the other models are still priced.
 */
export function compareQuickSight(usage: QuickSightUsageInput, prices: QuickSightPrices, path = '', pricesPath = joinPath(path, 'prices')): QuickSightComparison {
  const { u, p } = prepare(usage, prices, path, pricesPath);
  const results = {
    legacy: modelResult(() => legacyFrom(u, p)),
    perUser: modelResult(() => perUserFrom(u, p)),
    capacityMonthly: modelResult(() => capacityMonthlyFrom(u, p)),
    capacityAnnual: modelResult(() => capacityAnnualFrom(u, p)),
  };
  let lowest: Dec | null = null;
  for (const m of QUICKSIGHT_MODELS) {
    const r = results[m];
    if (r.ok && (lowest === null || compare(r.value.total, lowest) < 0)) lowest = r.value.total;
  }
  const cheapest = QUICKSIGHT_MODELS.filter((m) => {
    const r = results[m];
    return r.ok && lowest !== null && compare(r.value.total, lowest) === 0;
  });
  const lines: LineItem[] = QUICKSIGHT_MODELS.map((m) => totalLine(m, results[m], cheapest.includes(m)));
  const breakEvens: QuickSightBreakEvens = Object.freeze({
    legacyVsPerUserReader: legacyVsPerUserReader(p),
    legacyCap: legacyCap(p),
    capacityMonthlyVsPerUserReaders: capacityMonthlyVsPerUserReaders(u.readers, p),
    capacityAnnualVsPerUserReaders: capacityAnnualVsPerUserReaders(u.readers, p, u.annualTier),
  });
  lines.push(breakEvens.legacyVsPerUserReader.line, breakEvens.legacyCap.line, breakEvens.capacityMonthlyVsPerUserReaders.line, breakEvens.capacityAnnualVsPerUserReaders.line);
  return Object.freeze({
    legacy: results.legacy,
    perUser: results.perUser,
    capacityMonthly: results.capacityMonthly,
    capacityAnnual: results.capacityAnnual,
    cheapest: Object.freeze(cheapest),
    readers: u.readers,
    sessionsPerMonth: u.sessionsPerMonth,
    sessionsPerReader: u.readers.isZero() ? ZERO : u.sessionsPerMonth.div(u.readers),
    breakEvens,
    lines: Object.freeze(lines),
  });
}
