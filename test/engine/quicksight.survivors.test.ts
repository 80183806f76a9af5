/**
 * QuickSight edge cases the earlier tests left open (mutation survivors of break-even.ts and
 * capacity.ts): break-evens without readers (a free monthly fee, a free annual tier), a per-user
 * cost exactly equal to the capacity price, which affordable annual tier gives the break-even
 * (the largest crossing, the first one on a tie), a tier without overage, sessions exactly at the
 * largest tier, the UNCONFIRMED flags of the monthly fee, and Reader Pro under annual capacity.
 */
import { describe, expect, it } from 'vitest';
import { compareQuickSight, quickSightCapacityAnnual, quickSightCapacityMonthly, type QuickSightPrices, type QuickSightUsageInput } from '../../src/engine/index.ts';
import { defaultQuickSightPrices } from '../../src/data/quicksight.ts';

const P: QuickSightPrices = { ...defaultQuickSightPrices(), unconfirmed: [] };

function breakEvens(usage: QuickSightUsageInput, prices: Partial<QuickSightPrices>) {
  const b = compareQuickSight(usage, { ...P, ...prices } as QuickSightPrices).breakEvens;
  const one = (x: typeof b.legacyCap) => ({
    at: x.at?.toString() ?? null,
    cheaper: x.cheaper,
    key: x.line.key,
    figures: Object.fromEntries(Object.entries(x.figures).map(([k, v]) => [k, v.toString()])),
    params: x.line.params,
  });
  return { monthly: one(b.capacityMonthlyVsPerUserReaders), annual: one(b.capacityAnnualVsPerUserReaders) };
}

const tier = (sessionsPerYear: string, pricePerYear: string, overagePerSession: string) => ({ sessionsPerYear, pricePerYear, overagePerSession });

describe('QuickSight break-evens: edge cases', () => {
  it('no readers and a free monthly fee: capacity equals per-user ($0) up to the 500 included sessions, with no per-reader share', () => {
    // perUser = 0 x $3 = $0 = the fee: not "never" (0 is not below 0); at = 500 + ($0 - $0) / $0.50 = 500.
    const m = breakEvens({ authorsAnnual: 1 }, { capacityMonthlyFee: '0' }).monthly;
    expect([m.at, m.cheaper, m.key]).toEqual(['500', null, 'quicksight.breakEven.capacityMonthlyVsPerUserReaders.noReaders']);
    expect(m.figures).toEqual({ readers: '0', reader: '3', perUser: '0', fee: '0', included: '500', overage: '0.5' });
    expect(m.params.perReader).toBeUndefined();
  });

  it('a per-user cost exactly equal to the monthly fee: the break-even is the 500 included sessions', () => {
    // 100 readers x $2.50 = $250 = the fee: at = 500 + 0 / $0.50 = 500 sessions, 5 per reader.
    const m = breakEvens({ readerGroups: [{ readers: 100, sessionsPerReader: 1 }] }, { perUserReader: '2.5' }).monthly;
    expect([m.at, m.cheaper, m.key, m.figures.perReader]).toEqual(['500', null, 'quicksight.breakEven.capacityMonthlyVsPerUserReaders', '5']);
  });

  it('no readers and a free annual tier: that tier equals per-user ($0) up to its own sessions, with no per-reader share', () => {
    // perUserYear = $0; tier 1 ($0, 1,200 sessions, $1 overage) is affordable: 1,200 + 0 / $1 = 1,200 a year = 100 a month.
    const prices = { capacityAnnualTiers: [tier('1200', '0', '1'), tier('2400', '5000', '1')] };
    const a = breakEvens({ authorsAnnual: 1 }, prices).annual;
    expect([a.at, a.cheaper, a.key]).toEqual(['100', null, 'quicksight.breakEven.capacityAnnualVsPerUserReaders.noReaders']);
    expect(a.figures).toEqual({ readers: '0', reader: '3', perUserYear: '0', largest: '2400', tier: '1', atYear: '1200' });
    expect(a.params.perReader).toBeUndefined();
  });

  it('a tier priced exactly at the per-user year breaks even at its own sessions', () => {
    // 10 readers x $3 x 12 = $360 = tier 1's price: at = 1,200 + 0 / $1 = 1,200 a year = 100 a month = 10 per reader.
    const prices = { capacityAnnualTiers: [tier('1200', '360', '1'), tier('2400', '5000', '1')] };
    const a = breakEvens({ readerGroups: [{ readers: 10, sessionsPerReader: 1 }], annualTier: 1 }, prices).annual;
    expect([a.at, a.key, a.figures.tier, a.figures.atYear, a.figures.perReader]).toEqual(['100', 'quicksight.breakEven.capacityAnnualVsPerUserReaders', '1', '1200', '10']);
  });

  it('"cheapest": the break-even is the largest crossing among affordable tiers, the first one on a tie', () => {
    // 1 reader x $20 x 12 = $240 a year. Tier 1: 120 + ($240 - $120) / $1 = 240. Tier 2: 180 + ($240 - $200) / $2 = 200.
    // Tier 3 ($100,000) is not affordable. The largest crossing is tier 1's: 240 a year = 20 a month.
    const usage = { readerGroups: [{ readers: 1, sessionsPerReader: 1 }] };
    const later = breakEvens(usage, { perUserReader: '20', capacityAnnualTiers: [tier('120', '120', '1'), tier('180', '200', '2'), tier('1200', '100000', '1')] }).annual;
    expect([later.at, later.figures.tier, later.figures.atYear, later.params.tier]).toEqual(['20', '1', '240', '1']);
    // Tie: tier 1 = 200 + ($240 - $40) / $1 = 400 and tier 2 = 300 + ($240 - $230) / $0.10 = 400: tier 1 is kept.
    const tie = breakEvens(usage, { perUserReader: '20', capacityAnnualTiers: [tier('200', '40', '1'), tier('300', '230', '0.1'), tier('1200', '100000', '1')] }).annual;
    expect([tie.figures.atYear, tie.figures.tier, tie.params.tierSessions]).toEqual(['400', '1', '200']);
  });

  it('an affordable tier without overage never costs more than per-user readers: no break-even', () => {
    // Tier 1: $100 a year for 1,200 sessions and $0 beyond (the largest tier); 10 readers cost $360 a year.
    const a = breakEvens({ readerGroups: [{ readers: 10, sessionsPerReader: 1 }] }, { capacityAnnualTiers: [tier('1200', '100', '0')] }).annual;
    expect([a.at, a.cheaper, a.key]).toEqual([null, 'capacityAnnual', 'quicksight.breakEven.capacityAnnualVsPerUserReaders.never.capacity']);
    expect(a.params.largestPerMonth).toBe('100');
  });
});

describe('QuickSight capacity: edge cases', () => {
  it('sessions exactly at the largest tier are priced by it (above it: contact sales)', () => {
    // 100 sessions a month x 12 = 1,200 a year = the largest tier's sessions.
    const prices = { ...P, capacityAnnualTiers: [tier('600', '100', '1'), tier('1200', '500', '1')] };
    const r = quickSightCapacityAnnual({ readerGroups: [{ readers: 10, sessionsPerReader: 10 }], annualTier: 2 }, prices);
    expect([r.tier.tier, r.sessionsPerYear.toString(), r.lines.filter((l) => l.key === 'quicksight.capacityAnnual.overage').length]).toEqual([2, '1200', 0]);
    expect(r.subtotals.readers.times(12).toString()).toBe('500');
  });

  it('an UNCONFIRMED monthly fee or included sessions is flagged by the fee line', () => {
    for (const name of ['capacityMonthlyFee', 'capacityMonthlySessions'] as const) {
      const r = quickSightCapacityMonthly({ readerGroups: [{ readers: 10, sessionsPerReader: 4 }] }, { ...P, unconfirmed: [name] });
      expect(r.unconfirmedPrices).toEqual([name]);
      const i = r.lines.findIndex((l) => l.key === 'quicksight.capacityMonthly.fee');
      expect([r.lines[i + 1]?.key, r.lines[i + 1]?.amount.toString()]).toEqual(['quicksight.price.unconfirmed', name === 'capacityMonthlyFee' ? '250' : '500']);
    }
  });

  it('annual capacity: Reader Pro users are pooled readers and add no account fee', () => {
    const r = quickSightCapacityAnnual({ readerGroups: [{ readers: 10, sessionsPerReader: 4 }], readerPro: 2 }, P);
    expect(r.subtotals.infrastructureFee.toString()).toBe('0');
    expect(r.lines.some((l) => l.key.startsWith('quicksight.perUser.infrastructureFee'))).toBe(false);
    expect(r.lines.some((l) => l.key === 'quicksight.capacity.noReaderPro')).toBe(true);
  });
});

describe('QuickSight usage: null means absent', () => {
  it('null Reader Pro, Author Pro, edition and annual tier are read as not given', () => {
    const given = quickSightCapacityAnnual({ readerGroups: [{ readers: 10, sessionsPerReader: 4 }], readerPro: null, authorPro: null, annualTier: null, edition: null } as unknown as QuickSightUsageInput, P);
    const omitted = quickSightCapacityAnnual({ readerGroups: [{ readers: 10, sessionsPerReader: 4 }] }, P);
    expect([given.autoTier, given.total.toString(), given.lines.map((l) => l.key)]).toEqual([true, omitted.total.toString(), omitted.lines.map((l) => l.key)]);
  });
});
