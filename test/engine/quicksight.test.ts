/**
 * QuickSight pricing (domain.md section 1). Every expected value is worked out by hand in the
 * test name or a comment, with the default prices: legacy reader $0.30/session capped at $5.00,
 * authors $18 annual / $24 monthly (Standard $9 / $12), SPICE 10 GB per author then $0.38
 * ($0.25 Standard); per-user Author $24, Author Pro $40, Reader $3, Reader Pro $20, fee $250;
 * capacity $250 for 500 sessions then $0.50; annual tiers 50k/$20,000/$0.40 ... 1.6M/$258,000/$0.16.
 */
import { describe, expect, it } from 'vitest';
import {
  compareQuickSight,
  quickSightCapacityAnnual,
  quickSightCapacityMonthly,
  quickSightChartData,
  quickSightLegacy,
  quickSightPerUser,
  quickSightReaderGroups,
  sessionsForVisit,
  type QuickSightPrices,
  type QuickSightUsageInput,
} from '../../src/engine/index.ts';
import { defaultQuickSightPrices, quickSightCatalog, validateQuickSightCatalog } from '../../src/data/quicksight.ts';
import { d, fixed } from '../../src/engine/decimal.ts';
import { errorOf } from './helpers.ts';

const P = defaultQuickSightPrices();

function usage(u: QuickSightUsageInput): QuickSightUsageInput {
  return u;
}

/** 200 readers at 17 sessions, 2 annual + 1 monthly authors: the example. */
const SALES = usage({
  authorsAnnual: 2,
  authorsMonthly: '1',
  readerGroups: [{ name: 'Sales', readers: '200', sessionsPerReader: '17' }],
});

function texts(lines: readonly { text: string }[]): string[] {
  return lines.map((l) => l.text);
}

// ------------------------------------------------------------------------------------------------
describe('default price catalog', () => {
  it('validates and carries source and as-of on every entry', () => {
    for (const e of Object.values(quickSightCatalog.prices)) {
      expect(e.source.length).toBeGreaterThan(10);
      expect(e.asOf).toMatch(/^\d{4}(-\d{2}-\d{2})?$/);
    }
    expect(quickSightCatalog.capacityAnnualTiers).toHaveLength(5);
  });

  it('ships the domain.md values as strings', () => {
    expect(P).toMatchObject({
      readerSession: '0.30',
      readerMonthlyCap: '5.00',
      authorEnterpriseAnnual: '18',
      authorEnterpriseMonthly: '24',
      authorStandardAnnual: '9',
      authorStandardMonthly: '12',
      spiceIncludedGbPerAuthor: '10',
      spiceEnterpriseGbMonth: '0.38',
      spiceStandardGbMonth: '0.25',
      perUserAuthor: '24',
      perUserAuthorPro: '40',
      perUserReader: '3',
      perUserReaderPro: '20',
      perUserInfrastructureFee: '250',
      perUserSpiceGbMonth: '0.38',
      capacityMonthlyFee: '250',
      capacityMonthlySessions: '500',
      capacityMonthlyOverage: '0.50',
    });
    expect(P.capacityAnnualTiers).toEqual([
      { sessionsPerYear: '50000', pricePerYear: '20000', overagePerSession: '0.40' },
      { sessionsPerYear: '200000', pricePerYear: '57600', overagePerSession: '0.28' },
      { sessionsPerYear: '400000', pricePerYear: '96000', overagePerSession: '0.24' },
      { sessionsPerYear: '800000', pricePerYear: '162000', overagePerSession: '0.20' },
      { sessionsPerYear: '1600000', pricePerYear: '258000', overagePerSession: '0.16' },
    ]);
  });

  it('marks Author Pro $40 UNCONFIRMED and nothing else', () => {
    expect(quickSightCatalog.prices.perUserAuthorPro.unconfirmed).toBe(true);
    expect(P.unconfirmed).toEqual(['perUserAuthorPro']);
  });

  it('returns a fresh object that can be overridden without touching the catalog', () => {
    const mine = { ...defaultQuickSightPrices(), readerSession: '0.40' };
    expect(defaultQuickSightPrices().readerSession).toBe('0.30');
    expect(mine.readerSession).toBe('0.40');
    expect(Object.isFrozen(quickSightCatalog.prices)).toBe(true);
  });

  it('rejects a catalog entry without a source, with the path', () => {
    const bad = JSON.parse(JSON.stringify(quickSightCatalog)) as { prices: { readerSession: { source: string } } };
    bad.prices.readerSession.source = '';
    const e = errorOf(() => validateQuickSightCatalog(bad));
    expect([e.code, e.path]).toEqual(['required', 'quicksight.prices.readerSession.source']);
  });
});

// ------------------------------------------------------------------------------------------------
describe('reader groups: sessions per reader', () => {
  it.each([
    ['1', 1],
    ['29', 1],
    ['30', 1],
    ['30.5', 2],
    ['45', 2],
    ['60', 2],
    ['61', 3],
    ['0.5', 1], // a shorter visit is still one whole session
    ['90.000000000000000000000000000000000000000000000000000000000001', 4], // exact ceiling past 60 digits
  ])('a visit of %s minutes is %i session(s)', (minutes, sessions) => {
    expect(sessionsForVisit(d(minutes)).toFixed()).toBe(String(sessions));
  });

  it('4 visits x 45 min = 4 x ceil(1.5) = 8 sessions, + 1 emailed report = 9 per reader', () => {
    const [g] = quickSightReaderGroups(
      { readerGroups: [{ readers: 10, visitsPerReader: '4', minutesPerVisit: '45', emailedReportsPerReader: '1' }] },
      P,
    );
    expect(g?.name).toBe('Group 1');
    expect(g?.interactiveSessions.toFixed()).toBe('8');
    expect(g?.sessionsPerReader.toFixed()).toBe('9');
  });
});

// ------------------------------------------------------------------------------------------------
describe('legacy per-session model (1a)', () => {
  it('200 readers x 17 sessions: $5.10 capped at $5.00, x 200 = $1,000; authors 2 x $18 + 1 x $24 = $60; total $1,060', () => {
    const r = quickSightLegacy(SALES, P);
    expect(fixed(r.total)).toBe('1060.00');
    expect(texts(r.lines)).toEqual([
      '2 Enterprise authors x $18.00 (annual commitment) = $36.00',
      '1 Enterprise author x $24.00 (month-to-month) = $24.00',
      'Sales: 17 sessions per reader per month',
      '17 sessions x $0.30 = $5.10, capped at $5.00',
      'Sales: $5.00 x 200 readers = $1,000.00',
    ]);
    const capped = r.lines.find((l) => l.key === 'quicksight.legacy.reader.capped');
    expect(capped?.params).toEqual({ group: 'Sales', groupNumber: '1', sessions: '17', price: '$0.30', uncapped: '$5.10', cap: '$5.00', amount: '$5.00' });
    expect(r.groups[0]?.capped).toBe(true);
    expect(r.subtotals.readers.toFixed()).toBe('1000');
    expect(r.subtotals.authors.toFixed()).toBe('60');
  });

  it.each([
    ['0', '0.00', false],
    ['1', '0.30', false],
    ['10', '3.00', false], // equals the $3 per-user reader
    ['16', '4.80', false], // last session under the cap
    ['17', '5.00', true], // 5.10 -> cap binds from the 17th session
    ['100', '5.00', true],
  ])('%s sessions cost %s per reader (capped: %s)', (sessions, cost, capped) => {
    const r = quickSightLegacy({ readerGroups: [{ readers: 1, sessionsPerReader: sessions }] }, P);
    expect(fixed(r.total)).toBe(cost);
    expect(r.groups[0]?.capped).toBe(capped);
  });

  it('emailed reports count toward the cap: 15 sessions + 2 reports = 17 -> $5.00', () => {
    const r = quickSightLegacy({ readerGroups: [{ readers: 1, sessionsPerReader: 15, emailedReportsPerReader: 2 }] }, P);
    expect(fixed(r.total)).toBe('5.00');
    expect(r.lines[0]?.text).toBe('Group 1: 15 sessions + 2 emailed reports = 17 sessions per reader per month');
  });

  it('visits: 10 readers x (4 x 45 min = 8 sessions + 1 report) = 9 x $0.30 = $2.70 each, $27.00', () => {
    const r = quickSightLegacy({ readerGroups: [{ name: 'Ops', readers: 10, visitsPerReader: 4, minutesPerVisit: '45', emailedReportsPerReader: 1 }] }, P);
    expect(fixed(r.total)).toBe('27.00');
    expect(r.lines[0]?.text).toBe('Ops: 4 visits x 2 sessions (a 45-minute visit is ceil(45 / 30) = 2) = 8 sessions + 1 emailed report = 9 sessions per reader per month');
    expect(r.lines[0]?.key).toBe('quicksight.group.sessions.visits.emailed');
  });

  it('two groups add up: 200 x $5.00 + 50 x (4 x $0.30 = $1.20) = $1,060.00', () => {
    const r = quickSightLegacy({ readerGroups: [{ readers: 200, sessionsPerReader: 30 }, { readers: 50, sessionsPerReader: 4 }] }, P);
    expect(fixed(r.total)).toBe('1060.00');
    expect(r.groups.map((g) => fixed(g.total))).toEqual(['1000.00', '60.00']);
  });

  it('Standard edition authors only: 2 x $9 + 1 x $12 = $30; SPICE (50 - 30) GB x $0.25 = $5.00; total $35', () => {
    const r = quickSightLegacy({ edition: 'standard', authorsAnnual: 2, authorsMonthly: 1, spiceGb: '50' }, P);
    expect(fixed(r.total)).toBe('35.00');
    expect(r.lines.at(-1)?.text).toBe('SPICE: (50 GB - 30 GB included) = 20 GB x $0.25 per GB-month (Standard) = $5.00');
  });

  it('Enterprise SPICE: (50 - 30) GB x $0.38 = $7.60; within the included GB it costs nothing', () => {
    expect(fixed(quickSightLegacy({ authorsAnnual: 3, spiceGb: '50' }, P).subtotals.spice)).toBe('7.60');
    const within = quickSightLegacy({ authorsAnnual: 3, spiceGb: '30' }, P);
    expect(within.subtotals.spice.isZero()).toBe(true);
    expect(within.lines.at(-1)?.key).toBe('quicksight.spice.withinIncluded');
  });

  it('Standard edition with readers is an error pointing at the edition', () => {
    const e = errorOf(() => quickSightLegacy({ edition: 'standard', readerGroups: [{ readers: 5, sessionsPerReader: 1 }] }, P));
    expect(e.code).toBe('standard_no_readers');
    expect(e.path).toBe('edition');
    expect(e.message).toMatchInlineSnapshot(`"QuickSight Standard edition has authors only, no readers (5 given); choose Enterprise edition to price readers. (at edition)"`);
  });

  it('Standard edition with an empty reader group is fine', () => {
    expect(fixed(quickSightLegacy({ edition: 'standard', authorsAnnual: 1, readerGroups: [{ readers: 0, sessionsPerReader: 9 }] }, P).total)).toBe('9.00');
  });

  it('Pro counts have no legacy meaning and are said so', () => {
    const r = quickSightLegacy({ authorsAnnual: 1, authorPro: 1 }, P);
    expect(fixed(r.total)).toBe('18.00');
    expect(r.lines[0]?.key).toBe('quicksight.legacy.noPro');
  });
});

// ------------------------------------------------------------------------------------------------
describe('per-user model (1b)', () => {
  it('200 readers x $3 = $600 whatever the sessions; 3 authors x $24 = $72; no fee; total $672', () => {
    const r = quickSightPerUser(SALES, P);
    expect(fixed(r.total)).toBe('672.00');
    expect(r.infrastructureFee).toBe(false);
    expect(texts(r.lines)).toContain('200 readers x $3.00 (sessions do not matter) = $600.00');
  });

  it('Pro users: 2 x $24 + 1 Author Pro x $40 + 95 x $3 + 5 Reader Pro x $20 + fee $250 = $723, Author Pro flagged UNCONFIRMED', () => {
    const r = quickSightPerUser({ authorsAnnual: 3, authorPro: 1, readerPro: 5, readerGroups: [{ readers: 100, sessionsPerReader: 2 }] }, P);
    // 48 + 40 + 285 + 100 + 250 = 723
    expect(fixed(r.total)).toBe('723.00');
    expect(r.infrastructureFee).toBe(true);
    expect(r.unconfirmedPrices).toEqual(['perUserAuthorPro']);
    expect(texts(r.lines)).toEqual(
      expect.arrayContaining([
        '1 Author Pro x $40.00 = $40.00',
        'The Author Pro price $40.00 is UNCONFIRMED in the price catalog; check it before relying on it.',
        'Account infrastructure fee (at least one Pro user) = $250.00',
      ]),
    );
    expect(fixed(r.subtotals.infrastructureFee)).toBe('250.00');
  });

  it('Reader Pro alone triggers the fee: 1 x $20 + $250 = $270', () => {
    expect(fixed(quickSightPerUser({ readerPro: 1, readerGroups: [{ readers: 1, sessionsPerReader: 0 }] }, P).total)).toBe('270.00');
  });

  it('Q&A enabled triggers the fee without Pro users: 1 x $24 + $250 = $274', () => {
    const r = quickSightPerUser({ authorsMonthly: 1, qAndA: true }, P);
    expect(fixed(r.total)).toBe('274.00');
    expect(r.lines.find((l) => l.key.startsWith('quicksight.perUser.infrastructureFee'))?.key).toBe('quicksight.perUser.infrastructureFee.qAndA');
  });

  it('no UNCONFIRMED flag when the user cleared it (their own Author Pro price)', () => {
    const mine: QuickSightPrices = { ...P, perUserAuthorPro: '50', unconfirmed: [] };
    const r = quickSightPerUser({ authorsAnnual: 1, authorPro: 1 }, mine);
    // 1 Author Pro x $50 + fee $250 = $300
    expect(fixed(r.total)).toBe('300.00');
    expect(r.unconfirmedPrices).toEqual([]);
  });

  it('any price listed as unconfirmed is flagged by the models that use it, and only there', () => {
    const marked: QuickSightPrices = { ...P, unconfirmed: ['readerSession', 'capacityAnnualTiers'] };
    const c = compareQuickSight(SALES, marked);
    const flags = [c.legacy, c.perUser, c.capacityMonthly, c.capacityAnnual].map((r) => (r.ok ? r.value.unconfirmedPrices : null));
    expect(flags).toEqual([['readerSession'], [], [], ['capacityAnnualTiers']]);
    expect(c.capacityAnnual.ok && texts(c.capacityAnnual.value.lines)).toContain('The annual reader capacity tier prices are UNCONFIRMED in the price catalog; check them before relying on them.');
  });

  it('SPICE at $0.38 beyond 10 GB per author, Author Pro included: (100 - 20) x $0.38 = $30.40', () => {
    expect(fixed(quickSightPerUser({ authorsAnnual: 2, authorPro: 1, spiceGb: '100' }, P).subtotals.spice)).toBe('30.40');
  });
});

// ------------------------------------------------------------------------------------------------
describe('reader capacity, monthly (1c)', () => {
  it.each([
    ['0', '250.00'],
    ['400', '250.00'],
    ['500', '250.00'],
    ['501', '250.50'],
    ['3400', '1700.00'], // 250 + 2,900 x 0.50
  ])('%s pooled sessions cost %s', (sessions, cost) => {
    const r = quickSightCapacityMonthly({ readerGroups: [{ readers: 1, sessionsPerReader: sessions }] }, P);
    expect(fixed(r.subtotals.readers)).toBe(cost);
  });

  it('pools all readers (no cap): 200 x 17 = 3,400 sessions -> $1,700 + authors 3 x $24 = $1,772', () => {
    const r = quickSightCapacityMonthly(SALES, P);
    expect(fixed(r.total)).toBe('1772.00');
    expect(r.sessionsPerMonth.toFixed()).toBe('3400');
    expect(texts(r.lines)).toEqual(
      expect.arrayContaining(['Sales: 200 readers x 17 sessions = 3,400 sessions', '(3,400 - 500) = 2,900 extra sessions x $0.50 = $1,450.00']),
    );
  });

  it('counts emailed reports in the pool: 10 readers x (8 + 2) = 100 sessions, within 500', () => {
    expect(quickSightCapacityMonthly({ readerGroups: [{ readers: 10, sessionsPerReader: 8, emailedReportsPerReader: 2 }] }, P).sessionsPerMonth.toFixed()).toBe('100');
  });

  it('authors keep per-user prices with Author Pro and the fee; Reader Pro is ignored: 1 x $40 + $250 + $250 capacity = $540', () => {
    const r = quickSightCapacityMonthly({ authorsAnnual: 1, authorPro: 1, readerPro: 1, readerGroups: [{ readers: 1, sessionsPerReader: 1 }] }, P);
    expect(fixed(r.total)).toBe('540.00');
    expect(r.lines.some((l) => l.key === 'quicksight.capacity.noReaderPro')).toBe(true);
  });
});

// ------------------------------------------------------------------------------------------------
describe('reader capacity, annual (1c)', () => {
  it('3,400 sessions/month = 40,800/year: cheapest is tier 1, $20,000 / 12 = $1,666.67/month', () => {
    const r = quickSightCapacityAnnual(SALES, P);
    expect(r.sessionsPerYear.toFixed()).toBe('40800');
    expect(r.autoTier).toBe(true);
    expect(r.tier.tier).toBe(1);
    expect(fixed(r.subtotals.readers)).toBe('1666.67');
    // + 3 authors x $24 = $72
    expect(fixed(r.total)).toBe('1738.67');
    expect(texts(r.lines)).toContain('$20,000.00 per year / 12 = $1,666.67 per month');
    // the text rounds to the cent for display; the amount keeps 20,000 / 12 = 1,666.666...
    expect(r.lines.find((l) => l.key === 'quicksight.capacityAnnual.price')?.amount.toFixed(6)).toBe('1666.666667');
  });

  it('5,000/month = 60,000/year: tier 1 with overage (60,000 - 50,000) x $0.40 = $4,000/year; $24,000 / 12 = $2,000', () => {
    const r = quickSightCapacityAnnual({ readerGroups: [{ readers: 100, sessionsPerReader: 50 }] }, P);
    expect(r.tier.tier).toBe(1);
    expect(fixed(r.total)).toBe('2000.00');
    expect(texts(r.lines)).toContain('(60,000 - 50,000) = 10,000 extra sessions x $0.40 = $4,000.00 per year / 12 = $333.33 per month');
  });

  it.each([
    // monthly sessions, expected tier, monthly cost
    ['12000', 1, '4800.00'], // 144,000/yr: tier 1 = 20,000 + 94,000 x 0.40 = 57,600 = tier 2; tie -> the smaller tier; 57,600 / 12
    ['15000', 2, '4800.00'], // 180,000/yr: tier 1 = 72,000 > tier 2 = 57,600
    ['133333', 5, '21500.00'], // 1,599,996/yr: tier 4 = 162,000 + 799,996 x 0.20 = 321,999.20 > tier 5 = 258,000
  ])('%s sessions/month pick tier %i: %s/month', (sessions, tier, cost) => {
    const r = quickSightCapacityAnnual({ readerGroups: [{ readers: 1, sessionsPerReader: sessions }] }, P);
    expect(r.tier.tier).toBe(tier);
    expect(fixed(r.total)).toBe(cost);
  });

  it('a chosen tier is priced even when another is cheaper: tier 2 for 40,800/year = $57,600 / 12 = $4,800', () => {
    const r = quickSightCapacityAnnual({ ...SALES, authorsAnnual: 0, authorsMonthly: 0, annualTier: 2 }, P);
    expect(r.autoTier).toBe(false);
    expect(fixed(r.total)).toBe('4800.00');
    expect(r.tierCosts.map((t) => fixed(t.costPerYear))).toEqual(['20000.00', '57600.00', '96000.00', '162000.00', '258000.00']);
  });

  it('above the largest tier (133,334 x 12 = 1,600,008 sessions/year) it is "contact sales", never a price', () => {
    const e = errorOf(() => quickSightCapacityAnnual({ readerGroups: [{ readers: 1, sessionsPerReader: '133334' }] }, P));
    expect(e.code).toBe('contact_sales');
    expect(e.path).toBe('readerGroups');
    expect(e.message).toMatchInlineSnapshot(`"1,600,008 sessions per year is above the largest published tier; AWS says "contact sales" there, so nubecalc will not invent a price. (at readerGroups)"`);
    // also with a chosen tier
    expect(errorOf(() => quickSightCapacityAnnual({ annualTier: '5', readerGroups: [{ readers: 1, sessionsPerReader: '133334' }] }, P)).code).toBe('contact_sales');
  });
});

// ------------------------------------------------------------------------------------------------
describe('comparison of every model on the same usage', () => {
  it('the Sales example: legacy $1,060, per-user $672 (cheapest), capacity $1,772 monthly / $1,738.67 annual', () => {
    const c = compareQuickSight(SALES, P);
    const totals = [c.legacy, c.perUser, c.capacityMonthly, c.capacityAnnual].map((r) => (r.ok ? fixed(r.value.total) : r.error.code));
    expect(totals).toEqual(['1060.00', '672.00', '1772.00', '1738.67']);
    expect(c.cheapest).toEqual(['perUser']);
    expect(c.readers.toFixed()).toBe('200');
    expect(c.lines[1]?.text).toBe('Per-user: $672.00 per month (cheapest)');
  });

  it('legacy break-even with the $3 reader: $3.00 / $0.30 = 10 sessions exactly; from the 11th the per-user reader is cheaper', () => {
    const b = compareQuickSight(SALES, P).breakEvens.legacyVsPerUserReader;
    expect(b.at?.toFixed()).toBe('10');
    expect(b.exact).toBe(true);
    expect(b.fromWhole?.toFixed()).toBe('11');
    expect(b.line.text).toBe('Legacy equals the per-user Reader at $3.00 / $0.30 per session = 10 sessions per reader: below that legacy per-session is cheaper; from the 11th session the $3.00 per-user Reader is cheaper');
  });

  it('the cap: $5.00 / $0.30 = 16.67 (a repeating decimal): it binds from the 17th session', () => {
    const b = compareQuickSight(SALES, P).breakEvens.legacyCap;
    expect(b.at?.toFixed(20)).toBe('16.66666666666666666667');
    expect(b.exact).toBe(false);
    expect(b.fromWhole?.toFixed()).toBe('17');
    expect(b.line.text).toBe('The legacy cap is reached at $5.00 / $0.30 ≈ 16.666667 sessions per reader: it binds from the 17th session (16 sessions x $0.30 = $4.80; 17 sessions x $0.30 = $5.10, capped at $5.00)');
  });

  it('capacity monthly vs 200 per-user readers ($600): 500 + ($600 - $250) / $0.50 = 1,200 sessions/month (6 per reader)', () => {
    const b = compareQuickSight(SALES, P).breakEvens.capacityMonthlyVsPerUserReaders;
    expect(b.at?.toFixed()).toBe('1200');
    expect(b.exact).toBe(true);
    expect(b.fromWhole?.toFixed()).toBe('1201');
    expect(b.line.text).toContain('= 1,200 sessions per month (= 6 per reader)');
  });

  it('capacity monthly vs 50 readers ($150 < $250 fee): no crossing, per-user always cheaper', () => {
    const b = compareQuickSight({ readerGroups: [{ readers: 50, sessionsPerReader: 1 }] }, P).breakEvens.capacityMonthlyVsPerUserReaders;
    expect(b.at).toBeNull();
    expect(b.cheaper).toBe('perUser');
    expect(b.line.key).toBe('quicksight.breakEven.capacityMonthlyVsPerUserReaders.never.perUser');
  });

  it('capacity annual vs 1,000 readers ($36,000/year): tier 1 at 50,000 + $16,000 / $0.40 = 90,000/year = 7,500/month', () => {
    const b = compareQuickSight({ readerGroups: [{ readers: 1000, sessionsPerReader: 1 }] }, P).breakEvens.capacityAnnualVsPerUserReaders;
    expect(b.at?.toFixed()).toBe('7500');
    expect(b.exact).toBe(true);
    expect(b.line.params.tier).toBe('1');
  });

  it('capacity annual vs 5,000 readers ($180,000/year): tier 4 at 800,000 + $18,000 / $0.20 = 890,000/year = 74,166.67/month', () => {
    // tier 1: 450,000; tier 2: 637,142.86; tier 3: 750,000; tier 4: 890,000; tier 5 ($258,000) never
    const b = compareQuickSight({ readerGroups: [{ readers: 5000, sessionsPerReader: 1 }] }, P).breakEvens.capacityAnnualVsPerUserReaders;
    expect(b.at?.toFixed(2)).toBe('74166.67');
    expect(b.exact).toBe(false);
    expect(b.fromWhole?.toFixed()).toBe('74167');
    expect(b.line.params.tier).toBe('4');
  });

  it('capacity annual vs 200 readers ($7,200/year < $20,000): no crossing; vs 10,000 readers: cheaper up to the largest tier', () => {
    expect(compareQuickSight(SALES, P).breakEvens.capacityAnnualVsPerUserReaders.at).toBeNull();
    const big = compareQuickSight({ readerGroups: [{ readers: 10000, sessionsPerReader: 1 }] }, P).breakEvens.capacityAnnualVsPerUserReaders;
    expect(big.at).toBeNull();
    expect(big.cheaper).toBe('capacityAnnual');
    expect(big.line.key).toBe('quicksight.breakEven.capacityAnnualVsPerUserReaders.never.capacity');
  });

  it('contact sales for the annual capacity still returns the other three models', () => {
    // 10,000 readers x 20 = 200,000 sessions/month = 2.4M/year
    const c = compareQuickSight({ readerGroups: [{ readers: 10000, sessionsPerReader: 20 }] }, P);
    expect(c.capacityAnnual.ok).toBe(false);
    if (!c.capacityAnnual.ok) expect(c.capacityAnnual.error.code).toBe('contact_sales');
    // legacy 10,000 x $5 = $50,000; per-user $30,000; monthly 250 + 199,500 x 0.50 = $100,000
    const priced = [c.legacy, c.perUser, c.capacityMonthly].map((r) => (r.ok ? fixed(r.value.total) : '-'));
    expect(priced).toEqual(['50000.00', '30000.00', '100000.00']);
    expect(c.cheapest).toEqual(['perUser']);
    expect(c.lines[3]?.key).toBe('quicksight.compare.notPriced.contactSales');
    expect(c.lines[3]?.text).toBe('Reader capacity, annual: not priced: 2,400,000 sessions per year is above the largest published tier; AWS says "contact sales" there, so nubecalc will not invent a price.');
  });

  it('Standard with readers: legacy not priced, the others are', () => {
    const c = compareQuickSight({ edition: 'standard', readerGroups: [{ readers: 10, sessionsPerReader: 1 }] }, P);
    expect(c.legacy.ok).toBe(false);
    expect(c.perUser.ok && fixed(c.perUser.value.total)).toBe('30.00');
  });

  it('average sessions per reader: (200 x 17 + 50 x 4) / 250 = 14.4; none without readers', () => {
    const c = compareQuickSight({ readerGroups: [{ readers: 200, sessionsPerReader: 17 }, { readers: 50, sessionsPerReader: 4 }] }, P);
    expect(c.sessionsPerReader.toFixed()).toBe('14.4');
    expect(compareQuickSight({}, P).sessionsPerReader.toFixed()).toBe('0');
  });

  it('ties list every cheapest model: 1 reader at 0 sessions -> legacy $0 only; no readers, no authors -> legacy and per-user $0', () => {
    expect(compareQuickSight({ readerGroups: [{ readers: 1, sessionsPerReader: 0 }] }, P).cheapest).toEqual(['legacy']);
    expect(compareQuickSight({}, P).cheapest).toEqual(['legacy', 'perUser']);
  });

  it('break-evens follow overridden prices: Reader $3.10 -> 10.33 (from the 11th); Reader $6 above the $5 cap -> none; cap $6 -> 20 exactly, binds from the 21st', () => {
    const a = compareQuickSight({}, { ...P, perUserReader: '3.10' }).breakEvens.legacyVsPerUserReader;
    expect([a.at?.toFixed(4), a.exact, a.fromWhole?.toFixed()]).toEqual(['10.3333', false, '11']);
    expect(compareQuickSight({}, { ...P, perUserReader: '6' }).breakEvens.legacyVsPerUserReader.at).toBeNull();
    const cap = compareQuickSight({}, { ...P, readerMonthlyCap: '6.00' }).breakEvens.legacyCap;
    expect([cap.at?.toFixed(), cap.exact, cap.fromWhole?.toFixed()]).toEqual(['20', true, '21']);
  });

  it('nests error paths under a base path', () => {
    const e = errorOf(() => compareQuickSight({ readerGroups: [{ readers: 1, sessionsPerReader: '1.5' }] }, P, 'components.3'));
    expect([e.code, e.path]).toEqual(['not_integer', 'components.3.readerGroups.0.sessionsPerReader']);
    const p = errorOf(() => compareQuickSight({}, { ...P, readerSession: '0,30' }, 'components.3'));
    expect([p.code, p.path]).toEqual(['decimal_comma', 'components.3.prices.readerSession']);
    // usage and prices may sit in different places of a scenario
    const q = errorOf(() => compareQuickSight({}, { ...P, readerSession: 'x' }, 'components.3.usage', 'components.3.prices'));
    expect(q.path).toBe('components.3.prices.readerSession');
  });
});

// ------------------------------------------------------------------------------------------------
describe('chart data: cost per reader vs sessions per reader', () => {
  const chart = quickSightChartData({ readers: 200, maxSessions: 20 }, P);
  const series = (key: string) => chart.series.find((s) => s.key === key)?.values.map((v) => (v === null ? null : fixed(v))) ?? [];

  it('has 0..20 on the x axis', () => {
    expect(chart.sessions.map((s) => s.toNumber())).toEqual(Array.from({ length: 21 }, (_, i) => i));
  });

  it('legacy rises $0.30 a session and flattens at $5.00 from the 17th session; the cap line is dashed', () => {
    const legacy = series('legacy');
    expect([legacy[0], legacy[10], legacy[16], legacy[17], legacy[20]]).toEqual(['0.00', '3.00', '4.80', '5.00', '5.00']);
    expect(chart.capFromSession?.toFixed()).toBe('17');
    expect(chart.series.find((s) => s.key === 'legacyCap')?.dashed).toBe(true);
    expect(chart.legacyEqualsPerUserAt?.toFixed()).toBe('10');
  });

  it('per-user is flat at $3.00', () => {
    expect(new Set(series('perUser'))).toEqual(new Set(['3.00']));
  });

  it('monthly capacity share of 200 readers: $250 / 200 = $1.25 up to 2 sessions; 6 sessions = 1,200 -> $600 / 200 = $3.00', () => {
    const cap = series('capacityMonthly');
    expect([cap[0], cap[2], cap[5], cap[6]]).toEqual(['1.25', '1.25', '2.50', '3.00']);
  });

  it('annual capacity share: tier 1 $20,000 / 12 / 200 = $8.33 while 200 x s x 12 <= 50,000 (s <= 20)', () => {
    expect(series('capacityAnnual')[20]).toBe('8.33');
  });

  it('annual capacity is null (contact sales) once 10,000 readers x s x 12 exceeds 1.6M (from s = 14)', () => {
    const big = quickSightChartData({ readers: '10000', maxSessions: 20 }, P).series.find((s) => s.key === 'capacityAnnual')?.values ?? [];
    expect(big[13]).not.toBeNull();
    expect(big[14]).toBeNull();
  });

  it('refuses zero readers and too many points', () => {
    expect(errorOf(() => quickSightChartData({ readers: 0, maxSessions: 20 }, P)).code).toBe('not_positive');
    expect(errorOf(() => quickSightChartData({ readers: 1, maxSessions: 10001 }, P)).code).toBe('too_large');
  });
});

// ------------------------------------------------------------------------------------------------
describe('invalid input throws EngineError with the field path', () => {
  const g = (x: Record<string, unknown>) => ({ readerGroups: [x] }) as unknown as QuickSightUsageInput;
  it.each([
    ['usage not an object', 'invalid_type', '', [] as unknown as QuickSightUsageInput],
    ['groups not a list', 'invalid_type', 'readerGroups', { readerGroups: {} } as unknown as QuickSightUsageInput],
    ['group not an object', 'invalid_type', 'readerGroups.0', { readerGroups: [3] } as unknown as QuickSightUsageInput],
    ['name not text', 'invalid_type', 'readerGroups.0.name', g({ name: 5, readers: 1, sessionsPerReader: 1 })],
    ['readers missing', 'required', 'readerGroups.0.readers', g({ sessionsPerReader: 1 })],
    ['no usage pattern', 'required', 'readerGroups.0.sessionsPerReader', g({ readers: 1 })],
    ['visits without minutes', 'required', 'readerGroups.0.minutesPerVisit', g({ readers: 1, visitsPerReader: 2 })],
    ['minutes without visits', 'required', 'readerGroups.0.visitsPerReader', g({ readers: 1, minutesPerVisit: '20' })],
    ['both patterns', 'invalid_type', 'readerGroups.0', g({ readers: 1, sessionsPerReader: 1, visitsPerReader: 2 })],
    ['zero-minute visit', 'not_positive', 'readerGroups.0.minutesPerVisit', g({ readers: 1, visitsPerReader: 2, minutesPerVisit: '0' })],
    ['fractional readers', 'not_integer', 'readerGroups.0.readers', g({ readers: '2.5', sessionsPerReader: 1 })],
    ['negative sessions', 'negative', 'readerGroups.0.sessionsPerReader', g({ readers: 1, sessionsPerReader: '-1' })],
    ['float number', 'float_not_allowed', 'readerGroups.0.sessionsPerReader', g({ readers: 1, sessionsPerReader: 1.5 })],
    ['decimal comma', 'decimal_comma', 'spiceGb', { spiceGb: '1,5' }],
    ['not a number', 'not_a_number', 'readerGroups.0.readers', g({ readers: 'many', sessionsPerReader: 1 })],
    ['absurdly large', 'too_large', 'readerGroups.0.readers', g({ readers: '1e16', sessionsPerReader: 1 })],
    ['more Author Pro than authors', 'too_large', 'authorPro', { authorsAnnual: 1, authorPro: 2 }],
    ['more Reader Pro than readers', 'too_large', 'readerPro', { readerPro: 1 }],
    ['unknown edition', 'unknown_option', 'edition', { edition: 'pro' } as unknown as QuickSightUsageInput],
    ['Q&A not boolean', 'invalid_type', 'qAndA', { qAndA: 'yes' } as unknown as QuickSightUsageInput],
    ['tier out of range', 'out_of_range', 'annualTier', { annualTier: 6 }],
    ['too many groups', 'too_large', 'readerGroups', { readerGroups: Array.from({ length: 1001 }, () => ({ readers: 1, sessionsPerReader: 1 })) }],
  ])('%s -> %s at "%s"', (_, code, path, u) => {
    const e = errorOf(() => compareQuickSight(u, P));
    expect([e.code, e.path]).toEqual([code, path]);
  });

  it.each([
    ['prices not an object', 'invalid_type', 'prices', null],
    ['a price missing', 'required', 'prices.perUserReader', { ...P, perUserReader: undefined }],
    ['fractional included sessions', 'not_integer', 'prices.capacityMonthlySessions', { ...P, capacityMonthlySessions: '500.5' }],
    ['no tiers', 'empty_group', 'prices.capacityAnnualTiers', { ...P, capacityAnnualTiers: [] }],
    ['tier with zero sessions', 'not_positive', 'prices.capacityAnnualTiers.0.sessionsPerYear', { ...P, capacityAnnualTiers: [{ sessionsPerYear: '0', pricePerYear: '1', overagePerSession: '1' }] }],
    ['unknown unconfirmed key', 'unknown_option', 'prices.unconfirmed.0', { ...P, unconfirmed: ['nope'] }],
  ])('%s -> %s at "%s"', (_, code, path, prices) => {
    const e = errorOf(() => compareQuickSight({}, prices as unknown as QuickSightPrices));
    expect([e.code, e.path]).toEqual([code, path]);
  });

  it('explains "both patterns" in words', () => {
    expect(errorOf(() => compareQuickSight(g({ readers: 1, sessionsPerReader: 1, minutesPerVisit: '5' }), P)).message).toMatchInlineSnapshot(
      `"Expected either sessionsPerReader, or visitsPerReader with minutesPerVisit (not both). (at readerGroups.0)"`,
    );
  });
});
