/**
 * How a model writes its working: a {@link Sheet} collects line items and subtotals (the total is
 * the sum of the cost lines) and flags the UNCONFIRMED prices a cost line used. The lines several
 * models write alike (a group's sessions, SPICE, per-user authors and the fee, the capacity pool)
 * are here too.
 */
import { isPositive, max, num, usd, ZERO, type Dec } from '../decimal.ts';
import { lineMaker, type LineItem } from '../explain.ts';
import { QUICKSIGHT_LINES, type QuickSightLineKey } from './lines.ts';
import { QUANTITY_PRICES, type ParsedPrices, type QuickSightPriceKey, type QuickSightPriceName } from './prices.ts';
import type { QuickSightGroupUsage, QuickSightModel, QuickSightSubtotals } from './results.ts';
import type { ParsedUsage } from './usage.ts';

/** The calculator's line factory: the text is the key's English template filled in. */
export const line = lineMaker(QUICKSIGHT_LINES);

/** Money rounded to the cent for display (monthly equivalents of yearly prices); amounts stay exact. */
export function cents(x: Dec): string {
  return usd(x, 2);
}

/** A `@msg:` param: the named phrase of the QuickSight catalog. */
export function phrase(key: QuickSightLineKey): string {
  return `@msg:${key}`;
}

/** Collects lines and subtotals; the total is the sum of the cost lines. */
export class Sheet {
  readonly lines: LineItem[] = [];
  readonly sub = { authors: ZERO, readers: ZERO, spice: ZERO, infrastructureFee: ZERO };
  readonly unconfirmed: QuickSightPriceName[] = [];
  constructor(private readonly p: ParsedPrices) {}

  /** A cost line; `uses` names the prices it applied (flagged when UNCONFIRMED). */
  cost(part: keyof QuickSightSubtotals, key: QuickSightLineKey, amount: Dec, params: Record<string, string>, uses: readonly QuickSightPriceName[] = []): void {
    this.lines.push(line(key, amount, params));
    this.sub[part] = this.sub[part].plus(amount);
    for (const u of uses) this.flagUnconfirmed(u);
  }

  info(key: QuickSightLineKey, amount: Dec, params: Record<string, string>, unit: string): void {
    this.lines.push(line(key, amount, params, 'info', unit));
  }

  private flagUnconfirmed(key: QuickSightPriceName): void {
    if (!this.p.unconfirmed.has(key) || this.unconfirmed.includes(key)) return;
    this.unconfirmed.push(key);
    if (key === 'capacityAnnualTiers') {
      this.info('quicksight.price.unconfirmed.tiers', ZERO, {}, 'USD');
      return;
    }
    const v = this.p[key];
    this.info('quicksight.price.unconfirmed', v, { label: phrase(`quicksight.price.${key}` satisfies `quicksight.price.${QuickSightPriceKey}`), value: QUANTITY_PRICES.has(key) ? num(v) : usd(v) }, 'USD');
  }

  base<M extends QuickSightModel>(model: M) {
    const sub = this.sub;
    const subtotals: QuickSightSubtotals = Object.freeze({ authors: sub.authors, readers: sub.readers, spice: sub.spice, infrastructureFee: sub.infrastructureFee });
    return {
      model,
      total: subtotals.authors.plus(subtotals.readers).plus(subtotals.spice).plus(subtotals.infrastructureFee),
      subtotals,
      lines: Object.freeze(this.lines.slice()),
      unconfirmedPrices: Object.freeze(this.unconfirmed.slice()),
    };
  }
}

/** The `group` param of a group's lines: its name, or "Group N" in the page language when unnamed. */
export function groupParams(g: QuickSightGroupUsage): { group: string; groupNumber: string } {
  const groupNumber = String(g.index + 1);
  return { group: g.name === `Group ${groupNumber}` ? phrase('quicksight.group.default') : g.name, groupNumber };
}

/** A group's sessions per reader (shared by the legacy and capacity models). */
export function groupSessionLine(s: Sheet, g: QuickSightGroupUsage): void {
  const params: Record<string, string> = {
    ...groupParams(g),
    interactive: num(g.interactiveSessions),
    emailed: num(g.emailedReports),
    sessions: num(g.sessionsPerReader),
  };
  const emailed = !g.emailedReports.isZero();
  const { visitsPerReader: visits, minutesPerVisit: minutes, sessionsPerVisit: perVisit } = g;
  if (visits && minutes && perVisit) {
    params.visits = num(visits);
    params.minutes = num(minutes);
    params.sessionsPerVisit = num(perVisit);
    s.info(emailed ? 'quicksight.group.sessions.visits.emailed' : 'quicksight.group.sessions.visits', g.sessionsPerReader, params, 'sessions');
  } else {
    s.info(emailed ? 'quicksight.group.sessions.emailed' : 'quicksight.group.sessions', g.sessionsPerReader, params, 'sessions');
  }
}

/** SPICE beyond the GB included per author, at `rateKey` (Enterprise, Standard or per-user). */
export function spiceLines(s: Sheet, u: ParsedUsage, p: ParsedPrices, rateKey: 'spiceEnterpriseGbMonth' | 'spiceStandardGbMonth' | 'perUserSpiceGbMonth'): void {
  if (u.spiceGb.isZero()) return;
  const rate = p[rateKey];
  const included = u.authors.times(p.spiceIncludedGbPerAuthor);
  const extra = max(ZERO, u.spiceGb.minus(included));
  s.info('quicksight.spice.included', included, { authors: num(u.authors), perAuthor: num(p.spiceIncludedGbPerAuthor), included: num(included) }, 'GB');
  if (extra.isZero()) {
    s.info('quicksight.spice.withinIncluded', u.spiceGb, { used: num(u.spiceGb), included: num(included) }, 'GB');
    return;
  }
  const cost = extra.times(rate);
  const edition = rateKey === 'spiceEnterpriseGbMonth' ? 'enterprise' : rateKey === 'spiceStandardGbMonth' ? 'standard' : 'perUser';
  s.cost(
    'spice',
    'quicksight.spice.extra',
    cost,
    { used: num(u.spiceGb), included: num(included), extra: num(extra), rate: usd(rate), edition: phrase(`quicksight.edition.${edition}`), amount: usd(cost) },
    [rateKey, 'spiceIncludedGbPerAuthor'],
  );
}

/**
 * Authors under the per-user price list (per-user and capacity models), plus the account fee when
 * there is a Pro user (Reader Pro counted only when `countReaderPro`) or Q&A. True when the fee applies.
 */
export function perUserAuthorLines(s: Sheet, u: ParsedUsage, p: ParsedPrices, countReaderPro: boolean): boolean {
  const regular = u.authors.minus(u.authorPro);
  if (isPositive(regular) || u.authorPro.isZero()) {
    const cost = regular.times(p.perUserAuthor);
    s.cost('authors', 'quicksight.perUser.authors', cost, { authors: num(regular), price: usd(p.perUserAuthor), amount: usd(cost) }, isPositive(regular) ? ['perUserAuthor'] : []);
  }
  if (isPositive(u.authorPro)) {
    const cost = u.authorPro.times(p.perUserAuthorPro);
    s.cost('authors', 'quicksight.perUser.authorPro', cost, { authors: num(u.authorPro), price: usd(p.perUserAuthorPro), amount: usd(cost) }, ['perUserAuthorPro']);
  }
  if (!u.authorsAnnual.isZero() && !u.authorsMonthly.isZero()) {
    s.info('quicksight.perUser.oneAuthorPrice', u.authors, { annual: num(u.authorsAnnual), monthly: num(u.authorsMonthly) }, 'authors');
  }
  const pro = isPositive(u.authorPro) || (countReaderPro && isPositive(u.readerPro));
  if (!pro && !u.qAndA) return false;
  const fee = p.perUserInfrastructureFee;
  s.cost('infrastructureFee', pro ? 'quicksight.perUser.infrastructureFee.pro' : 'quicksight.perUser.infrastructureFee.qAndA', fee, { amount: usd(fee) }, ['perUserInfrastructureFee']);
  return true;
}

/** The capacity models' pooled sessions: each group's, or the total given per month or year. */
export function poolLines(s: Sheet, u: ParsedUsage): void {
  if (u.pool.given === 'month') {
    s.info('quicksight.capacity.poolGivenMonth', u.pool.perMonth, { sessions: num(u.pool.perMonth) }, 'sessions');
    return;
  }
  if (u.pool.given === 'year') {
    s.info('quicksight.capacity.poolGivenYear', u.pool.perYear, { sessions: num(u.pool.perYear), perMonth: num(u.pool.perMonth, 2) }, 'sessions');
    return;
  }
  for (const g of u.groups) {
    groupSessionLine(s, g);
    const pooled = g.readers.times(g.sessionsPerReader);
    s.info('quicksight.capacity.groupSessions', pooled, { ...groupParams(g), readers: num(g.readers), sessions: num(g.sessionsPerReader), pooled: num(pooled) }, 'sessions');
  }
  s.info('quicksight.capacity.pool', u.sessionsPerMonth, { sessions: num(u.sessionsPerMonth) }, 'sessions');
  if (isPositive(u.readerPro)) s.info('quicksight.capacity.noReaderPro', u.readerPro, { readerPro: num(u.readerPro) }, 'readers');
}
