/**
 * Reader capacity, monthly ($250 for the first 500 pooled sessions, $0.50 per extra session) or
 * annual (tiers priced per year, shown as monthly equivalents /12; above the largest tier AWS says
 * "contact sales" and nubecalc throws `contact_sales` instead of inventing a price). Sessions of
 * all readers are pooled (no per-reader cap; emailed reports count too); authors and SPICE as in
 * the per-user model, without Reader Pro (every reader's sessions go to the pool).
 *
 * Annual: sessions a year = monthly sessions x 12, or the yearly total given in `pooledSessions`
 * (used as given); a tier's year costs its price plus overage beyond it; "cheapest" picks the
 * lowest yearly cost (ties: the first). The subscription is charged even with no readers.
 */
import { compare, d, isPositive, max, num, usd, ZERO, type Dec } from '../decimal.ts';
import { EngineError, joinPath } from '../errors.ts';
import { tierCostAt, type ParsedPrices, type QuickSightAnnualTierCost } from './prices.ts';
import type { QuickSightCapacityAnnualResult, QuickSightCapacityMonthlyResult } from './results.ts';
import { cents, perUserAuthorLines, poolLines, Sheet, spiceLines } from './sheet.ts';
import type { ParsedUsage } from './usage.ts';

const TWELVE = d(12);

/** Monthly capacity for `sessions` pooled sessions: the fee plus overage beyond the included ones. */
export function capacityMonthlyReaders(sessions: Dec, p: ParsedPrices): { extra: Dec; overage: Dec; total: Dec } {
  const extra = max(ZERO, sessions.minus(p.capacityMonthlySessions));
  const overage = extra.times(p.capacityMonthlyOverage);
  return { extra, overage, total: p.capacityMonthlyFee.plus(overage) };
}

export function capacityMonthlyFrom(u: ParsedUsage, p: ParsedPrices): QuickSightCapacityMonthlyResult {
  const s = new Sheet(p);
  poolLines(s, u);
  const pooled = u.pool.perMonth;
  const c = capacityMonthlyReaders(pooled, p);
  // A yearly total makes a fractional month (55,000 / 12): its sessions and cost show 2 places.
  s.cost('readers', 'quicksight.capacityMonthly.fee', p.capacityMonthlyFee, { fee: usd(p.capacityMonthlyFee), included: num(p.capacityMonthlySessions) }, ['capacityMonthlyFee', 'capacityMonthlySessions']);
  if (isPositive(c.extra)) {
    s.cost(
      'readers',
      'quicksight.capacityMonthly.overage',
      c.overage,
      { sessions: num(pooled, 2), included: num(p.capacityMonthlySessions), extra: num(c.extra, 2), price: usd(p.capacityMonthlyOverage), amount: cents(c.overage) },
      ['capacityMonthlyOverage'],
    );
  } else {
    s.info('quicksight.capacityMonthly.withinIncluded', pooled, { sessions: num(pooled, 2), included: num(p.capacityMonthlySessions) }, 'sessions');
  }
  perUserAuthorLines(s, u, p, false);
  spiceLines(s, u, p, 'perUserSpiceGbMonth');
  const b = s.base('capacityMonthly');
  return Object.freeze({ model: b.model, total: b.total, subtotals: b.subtotals, lines: b.lines, unconfirmedPrices: b.unconfirmedPrices, sessionsPerMonth: pooled, extraSessions: c.extra });
}

/** The tier to bill: the chosen one, or the cheapest (ties: the first). Null above every tier. */
export function pickTier(sessionsPerYear: Dec, p: ParsedPrices, choice: 'cheapest' | number): { chosen: QuickSightAnnualTierCost; all: QuickSightAnnualTierCost[] } | null {
  if (compare(sessionsPerYear, p.largestTierSessions) > 0) return null;
  const all = p.tiers.map((t, i) => tierCostAt(t, i, sessionsPerYear));
  let chosen: QuickSightAnnualTierCost | undefined;
  if (choice === 'cheapest') {
    for (const c of all) if (chosen === undefined || compare(c.costPerYear, chosen.costPerYear) < 0) chosen = c;
  } else {
    chosen = all[choice];
  }
  return chosen ? { chosen, all } : null;
}

function contactSales(u: ParsedUsage, p: ParsedPrices, sessionsPerYear: Dec): EngineError {
  return new EngineError('contact_sales', u.pool.given === 'groups' ? joinPath(u.path, 'readerGroups') : joinPath(u.path, 'pooledSessions', 'sessions'), {
    sessions: num(sessionsPerYear),
    sessionsPerYear: sessionsPerYear.toFixed(),
    largest: p.largestTierSessions.toFixed(),
  });
}

export function capacityAnnualFrom(u: ParsedUsage, p: ParsedPrices): QuickSightCapacityAnnualResult {
  const sessionsPerYear = u.pool.perYear;
  const picked = pickTier(sessionsPerYear, p, u.annualTier);
  if (!picked) throw contactSales(u, p, sessionsPerYear);
  const { chosen: t, all } = picked;
  const s = new Sheet(p);
  poolLines(s, u);
  // A yearly total is used as given (not forced to whole monthly sessions x 12).
  if (u.pool.given !== 'year') {
    s.info('quicksight.capacityAnnual.sessionsPerYear', sessionsPerYear, { sessionsPerMonth: num(u.pool.perMonth), sessionsPerYear: num(sessionsPerYear) }, 'sessions');
  }
  const tierParams = { tier: String(t.tier), tierSessions: num(t.sessionsPerYear), pricePerYear: usd(t.pricePerYear), overage: usd(t.overagePerSession), costPerYear: usd(t.costPerYear) };
  if (u.annualTier === 'cheapest') {
    s.info('quicksight.capacityAnnual.cheapestTier', t.costPerYear, { ...tierParams, tiers: String(all.length), sessionsPerYear: num(sessionsPerYear) }, 'USD');
  } else {
    s.info('quicksight.capacityAnnual.chosenTier', t.costPerYear, tierParams, 'USD');
  }
  const priceMonthly = t.pricePerYear.div(TWELVE);
  s.cost('readers', 'quicksight.capacityAnnual.price', priceMonthly, { tier: String(t.tier), pricePerYear: usd(t.pricePerYear), amount: cents(priceMonthly) }, ['capacityAnnualTiers']);
  const extra = max(ZERO, sessionsPerYear.minus(t.sessionsPerYear));
  if (isPositive(extra)) {
    const yearly = extra.times(t.overagePerSession);
    const monthly = yearly.div(TWELVE);
    s.cost(
      'readers',
      'quicksight.capacityAnnual.overage',
      monthly,
      { sessionsPerYear: num(sessionsPerYear), tierSessions: num(t.sessionsPerYear), extra: num(extra), price: usd(t.overagePerSession), perYear: usd(yearly), amount: cents(monthly) },
      // No `uses`: the price line above already flagged the tier table (flagged once per result).
    );
  }
  perUserAuthorLines(s, u, p, false);
  spiceLines(s, u, p, 'perUserSpiceGbMonth');
  const b = s.base('capacityAnnual');
  return Object.freeze({
    model: b.model,
    total: b.total,
    subtotals: b.subtotals,
    lines: b.lines,
    unconfirmedPrices: b.unconfirmedPrices,
    sessionsPerMonth: u.pool.perMonth,
    sessionsPerYear,
    autoTier: u.annualTier === 'cheapest',
    tier: t,
    tierCosts: Object.freeze(all),
  });
}
