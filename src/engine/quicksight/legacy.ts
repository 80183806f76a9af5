/**
 * Legacy Enterprise per-session model: a reader pays $0.30 per 30-minute session, capped at $5.00
 * a month (the cap binds from the 17th session); emailed reports count as sessions toward the
 * cap; authors pay by billing ($18 annual / $24 monthly). Standard edition has authors only
 * ($9 / $12): readers with Standard throw `standard_no_readers`. Legacy has no Pro tiers.
 */
import { compare, isPositive, min, num, usd, ZERO, type Dec } from '../decimal.ts';
import { EngineError, joinPath } from '../errors.ts';
import type { ParsedPrices } from './prices.ts';
import type { QuickSightGroupUsage, QuickSightLegacyGroupCost, QuickSightLegacyResult } from './results.ts';
import { groupParams, groupSessionLine, phrase, Sheet, spiceLines } from './sheet.ts';
import type { ParsedUsage } from './usage.ts';

/** Legacy cost of one reader: min(sessions x price, cap). */
export function legacyReaderCost(sessions: Dec, p: ParsedPrices): { uncapped: Dec; cost: Dec; capped: boolean } {
  const uncapped = sessions.times(p.readerSession);
  return { uncapped, cost: min(uncapped, p.readerMonthlyCap), capped: compare(uncapped, p.readerMonthlyCap) > 0 };
}

export function legacyFrom(u: ParsedUsage, p: ParsedPrices): QuickSightLegacyResult {
  if (u.edition === 'standard' && isPositive(u.readers)) {
    throw new EngineError('standard_no_readers', joinPath(u.path, 'edition'), { readers: u.readers.toFixed() });
  }
  const s = new Sheet(p);
  const ent = u.edition === 'enterprise';
  if (isPositive(u.authorPro) || isPositive(u.readerPro)) {
    s.info('quicksight.legacy.noPro', u.authorPro.plus(u.readerPro), { authorPro: num(u.authorPro), readerPro: num(u.readerPro) }, 'users');
  }
  const edition = phrase(ent ? 'quicksight.edition.enterprise' : 'quicksight.edition.standard');
  for (const [count, priceKey, key] of [
    [u.authorsAnnual, ent ? 'authorEnterpriseAnnual' : 'authorStandardAnnual', 'quicksight.legacy.authors.annual'],
    [u.authorsMonthly, ent ? 'authorEnterpriseMonthly' : 'authorStandardMonthly', 'quicksight.legacy.authors.monthly'],
  ] as const) {
    if (count.isZero()) continue;
    const price = p[priceKey];
    const cost = count.times(price);
    s.cost('authors', key, cost, { authors: num(count), price: usd(price), edition, amount: usd(cost) }, [priceKey]);
  }
  const groups: QuickSightLegacyGroupCost[] = [];
  for (const g of u.groups) {
    groupSessionLine(s, g);
    const r = legacyReaderCost(g.sessionsPerReader, p);
    const params = { ...groupParams(g), sessions: num(g.sessionsPerReader), price: usd(p.readerSession), uncapped: usd(r.uncapped), cap: usd(p.readerMonthlyCap), amount: usd(r.cost) };
    s.info(r.capped ? 'quicksight.legacy.reader.capped' : 'quicksight.legacy.reader', r.cost, params, 'USD');
    const total = r.cost.times(g.readers);
    s.cost(
      'readers',
      'quicksight.legacy.group',
      total,
      { ...groupParams(g), perReader: usd(r.cost), readers: num(g.readers), amount: usd(total) },
      isPositive(g.readers) && isPositive(g.sessionsPerReader) ? ['readerSession', 'readerMonthlyCap'] : [],
    );
    groups.push(legacyGroupCost(g, r.uncapped, r.cost, r.capped, total));
  }
  spiceLines(s, u, p, ent ? 'spiceEnterpriseGbMonth' : 'spiceStandardGbMonth');
  if (u.qAndA) s.info('quicksight.legacy.qAndANotModelled', ZERO, {}, 'USD');
  const b = s.base('legacy');
  return Object.freeze({ model: b.model, total: b.total, subtotals: b.subtotals, lines: b.lines, unconfirmedPrices: b.unconfirmedPrices, edition: u.edition, groups: Object.freeze(groups) });
}

/** `{ ...g, uncappedPerReader, costPerReader, capped, total }` (same keys, same order). */
function legacyGroupCost(g: QuickSightGroupUsage, uncappedPerReader: Dec, costPerReader: Dec, capped: boolean, total: Dec): QuickSightLegacyGroupCost {
  return Object.freeze({ ...g, uncappedPerReader, costPerReader, capped, total });
}
