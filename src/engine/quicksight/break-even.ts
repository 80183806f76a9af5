/**
 * Break-even points between the models: where legacy per-session equals a per-user Reader, where
 * the legacy cap binds, and the pooled sessions a month where monthly or annual capacity costs the
 * same as per-user readers. Each comes with its working as an info line; when the costs never
 * cross, the line's key says why and `cheaper` says who is cheaper.
 */
import { compare, d, Dec, floorWhole, min, num, usd, ZERO } from '../decimal.ts';
import type { LineItem } from '../explain.ts';
import type { ParsedPrices, ParsedTier } from './prices.ts';
import type { QuickSightBreakEven } from './results.ts';
import { line, phrase } from './sheet.ts';

const TWELVE = d(12);
const PER_READER = 'sessions per reader';
const PER_MONTH = 'sessions per month';

/** Wide enough that a 60-digit quotient times its divisor is computed without rounding. */
const Wide = Dec.clone({ precision: 500 });

/** numerator / denominator, and whether the 60-digit quotient is exact (not a repeating decimal). */
function ratio(numerator: Dec, denominator: Dec): { at: Dec; exact: boolean } {
  const at = numerator.div(denominator);
  return { at, exact: new Wide(at).times(new Wide(denominator)).eq(new Wide(numerator)) };
}

function approx(exact: boolean): string {
  return exact ? '=' : '≈';
}

/** The English ordinal of a whole count ("17th"), as a phrase the other languages write their way. */
function ordinal(n: Dec): string {
  const s = n.toFixed();
  const last2 = s.slice(-2);
  const last = s.slice(-1);
  const suffix = last2 === '11' || last2 === '12' || last2 === '13' ? 'th' : last === '1' ? 'st' : last === '2' ? 'nd' : last === '3' ? 'rd' : 'th';
  return phrase(`quicksight.ordinal.${suffix}`);
}

function breakEven(
  at: Dec | null,
  exact: boolean,
  fromWhole: Dec | null,
  unit: string,
  item: LineItem,
  cheaper: QuickSightBreakEven['cheaper'],
  figures: Record<string, Dec>,
): QuickSightBreakEven {
  return Object.freeze({ at, exact, fromWhole, unit, line: item, cheaper, figures: Object.freeze(figures) });
}

/** Sessions per reader where legacy per-session costs the same as a per-user Reader. */
export function legacyVsPerUserReader(p: ParsedPrices): QuickSightBreakEven {
  const r = p.perUserReader;
  const figures = { reader: r, session: p.readerSession, cap: p.readerMonthlyCap };
  const base = { reader: usd(r), session: usd(p.readerSession), cap: usd(p.readerMonthlyCap) };
  if (p.readerSession.isZero() || r.gt(p.readerMonthlyCap)) {
    const key = p.readerSession.isZero() ? 'quicksight.breakEven.legacyVsPerUserReader.never.freeSessions' : 'quicksight.breakEven.legacyVsPerUserReader.never.capBelowReader';
    return breakEven(null, true, null, PER_READER, line(key, ZERO, base, 'info', PER_READER), 'legacy', figures);
  }
  const { at, exact } = ratio(r, p.readerSession);
  const params = { ...base, approx: approx(exact), at: num(at) };
  if (r.eq(p.readerMonthlyCap)) {
    return breakEven(at, exact, null, PER_READER, line('quicksight.breakEven.legacyVsPerUserReader.atCap', at, params, 'info', PER_READER), null, figures);
  }
  const fromWhole = floorWhole(at).plus(1);
  const item = line('quicksight.breakEven.legacyVsPerUserReader', at, { ...params, fromWhole: num(fromWhole), fromOrdinal: ordinal(fromWhole) }, 'info', PER_READER);
  return breakEven(at, exact, fromWhole, PER_READER, item, null, figures);
}

/** Sessions per reader where the legacy cap is reached (it binds from the next whole session). */
export function legacyCap(p: ParsedPrices): QuickSightBreakEven {
  const figures: Record<string, Dec> = { cap: p.readerMonthlyCap, session: p.readerSession };
  const base = { cap: usd(p.readerMonthlyCap), session: usd(p.readerSession) };
  if (p.readerSession.isZero()) {
    return breakEven(null, true, null, PER_READER, line('quicksight.breakEven.legacyCap.never', ZERO, base, 'info', PER_READER), 'legacy', figures);
  }
  const { at, exact } = ratio(p.readerMonthlyCap, p.readerSession);
  const fromWhole = floorWhole(at).plus(1);
  const before = fromWhole.minus(1);
  figures.before = before;
  figures.beforeCost = before.times(p.readerSession);
  figures.fromCost = fromWhole.times(p.readerSession);
  const params = {
    ...base,
    approx: approx(exact),
    at: num(at),
    fromWhole: num(fromWhole),
    fromOrdinal: ordinal(fromWhole),
    before: num(before),
    beforeCost: usd(figures.beforeCost),
    fromCost: usd(figures.fromCost),
  };
  return breakEven(at, exact, fromWhole, PER_READER, line('quicksight.breakEven.legacyCap', at, params, 'info', PER_READER), null, figures);
}

/** `at` sessions a month shared by `readers`: the per-reader share (none without readers). */
function perReader(at: Dec, readers: Dec): { perReader?: Dec; params: Record<string, string> } {
  if (readers.isZero()) return { params: {} };
  const { at: per, exact } = ratio(at, readers);
  return { perReader: per, params: { perReaderApprox: approx(exact), perReader: num(per) } };
}

/** Pooled sessions a month where monthly capacity costs the same as `readers` per-user Readers. */
export function capacityMonthlyVsPerUserReaders(readers: Dec, p: ParsedPrices): QuickSightBreakEven {
  const key = 'quicksight.breakEven.capacityMonthlyVsPerUserReaders';
  const perUser = readers.times(p.perUserReader);
  const figures: Record<string, Dec> = { readers, reader: p.perUserReader, perUser, fee: p.capacityMonthlyFee, included: p.capacityMonthlySessions, overage: p.capacityMonthlyOverage };
  const base = { readers: num(readers), reader: usd(p.perUserReader), perUser: usd(perUser), fee: usd(p.capacityMonthlyFee), included: num(p.capacityMonthlySessions), overage: usd(p.capacityMonthlyOverage) };
  if (compare(perUser, p.capacityMonthlyFee) < 0) {
    return breakEven(null, true, null, PER_MONTH, line(`${key}.never.perUser` as const, ZERO, base, 'info', PER_MONTH), 'perUser', figures);
  }
  if (p.capacityMonthlyOverage.isZero()) {
    return breakEven(null, true, null, PER_MONTH, line(`${key}.never.capacity` as const, ZERO, base, 'info', PER_MONTH), 'capacityMonthly', figures);
  }
  const { at: extra, exact } = ratio(perUser.minus(p.capacityMonthlyFee), p.capacityMonthlyOverage);
  const at = p.capacityMonthlySessions.plus(extra);
  const fromWhole = floorWhole(at).plus(1);
  const share = perReader(at, readers);
  if (share.perReader) figures.perReader = share.perReader;
  const params = { ...base, approx: approx(exact), at: num(at), fromWhole: num(fromWhole), ...share.params };
  const item = line(share.perReader ? key : (`${key}.noReaders` as const), at, params, 'info', PER_MONTH);
  return breakEven(at, exact, fromWhole, PER_MONTH, item, null, figures);
}

/**
 * Pooled sessions a month where the annual capacity (the chosen tier, or the cheapest) costs the
 * same as `readers` per-user Readers. The yearly cost of the tier set is non-decreasing in
 * sessions, so it stays at or below the per-user cost up to the largest crossing point among the
 * affordable tiers.
 */
export function capacityAnnualVsPerUserReaders(readers: Dec, p: ParsedPrices, choice: 'cheapest' | number): QuickSightBreakEven {
  const key = 'quicksight.breakEven.capacityAnnualVsPerUserReaders';
  const perUserYear = readers.times(p.perUserReader).times(TWELVE);
  const candidates = p.tiers.map((t, i) => ({ t, i })).filter(({ i }) => choice === 'cheapest' || i === choice);
  const figures: Record<string, Dec> = { readers, reader: p.perUserReader, perUserYear, largest: p.largestTierSessions };
  const base = { readers: num(readers), reader: usd(p.perUserReader), perUserYear: usd(perUserYear), largest: num(p.largestTierSessions) };
  let best: { at: Dec; exact: boolean; t: ParsedTier; i: number } | null = null;
  for (const { t, i } of candidates) {
    if (compare(t.price, perUserYear) > 0) continue;
    const r = t.overage.isZero() ? { at: p.largestTierSessions, exact: true } : ratio(perUserYear.minus(t.price), t.overage);
    const at = t.overage.isZero() ? p.largestTierSessions : t.sessions.plus(r.at);
    if (best === null || compare(at, best.at) > 0) best = { at, exact: r.exact, t, i };
  }
  if (best === null) {
    const lowest = candidates.reduce<Dec | null>((m, { t }) => (m === null ? t.price : min(m, t.price)), null) ?? ZERO;
    figures.lowest = lowest;
    return breakEven(null, true, null, PER_MONTH, line(`${key}.never.perUser` as const, ZERO, { ...base, lowest: usd(lowest) }, 'info', PER_MONTH), 'perUser', figures);
  }
  const { t, i } = best;
  if (compare(best.at, p.largestTierSessions) >= 0) {
    const largestPerMonth = p.largestTierSessions.div(TWELVE);
    return breakEven(null, true, null, PER_MONTH, line(`${key}.never.capacity` as const, ZERO, { ...base, largestPerMonth: num(largestPerMonth, 2) }, 'info', PER_MONTH), 'capacityAnnual', figures);
  }
  const { at, exact: exactMonth } = ratio(best.at, TWELVE);
  const exact = best.exact && exactMonth;
  const fromWhole = floorWhole(at).plus(1);
  figures.tier = d(i + 1);
  figures.atYear = best.at;
  const share = perReader(at, readers);
  if (share.perReader) figures.perReader = share.perReader;
  const params = {
    ...base,
    tier: String(i + 1),
    tierSessions: num(t.sessions),
    pricePerYear: usd(t.price),
    overage: usd(t.overage),
    approxYear: approx(best.exact),
    atYear: num(best.at),
    approx: approx(exact),
    at: num(at),
    fromWhole: num(fromWhole),
    ...share.params,
  };
  return breakEven(at, exact, fromWhole, PER_MONTH, line(share.perReader ? key : (`${key}.noReaders` as const), at, params, 'info', PER_MONTH), null, figures);
}
