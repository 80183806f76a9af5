import { describe, expect, it } from 'vitest';
import { compareQuickSight, quickSightCapacityAnnual, quickSightCapacityMonthly, type QuickSightUsageInput } from '../../src/engine/index.ts';
import { defaultQuickSightPrices } from '../../src/data/quicksight.ts';
import { errorOf } from './helpers.ts';

const P = defaultQuickSightPrices();
const readers: QuickSightUsageInput['readerGroups'] = [{ name: 'All', readers: '100', sessionsPerReader: '10' }];

describe('QuickSight capacity: pooled sessions given as a total', () => {
  it('55,000 sessions a year price as $20,000 + 5,000 x $0.40 = $22,000.00 a year (default tiers)', () => {
    // tier 1: 50,000 sessions for $20,000, then $0.40: 20,000 + (55,000 - 50,000) x 0.40 = 22,000.
    // tier 2: $57,600 > 22,000, so tier 1 is the cheapest. Monthly equivalent 22,000 / 12 = 1,833.33...
    const r = quickSightCapacityAnnual({ readerGroups: readers, pooledSessions: { sessions: '55000', per: 'year' } }, P);
    expect(r.sessionsPerYear.toFixed()).toBe('55000');
    expect(r.tier.tier).toBe(1);
    expect(r.tier.costPerYear.toFixed(2)).toBe('22000.00');
    expect(r.total.times(12).toFixed(2)).toBe('22000.00');
    expect(r.lines.map((l) => l.text)).toContain('(55,000 - 50,000) = 5,000 extra sessions x $0.40 = $2,000.00 per year / 12 = $166.67 per month');
    expect(r.lines[0]?.text).toBe('Sessions pooled across all readers, given as a total: 55,000 sessions per year (4,583.33 per month on average)');
  });

  it('the same sessions as whole months could not be said: 4,583 x 12 = 54,996 and 4,584 x 12 = 55,008', () => {
    // groups: 1 reader x 4,584 sessions a month -> 55,008 a year: 20,000 + 5,008 x 0.40 = 22,003.20
    const r = quickSightCapacityAnnual({ readerGroups: [{ readers: '1', sessionsPerReader: '4584' }] }, P);
    expect(r.tier.costPerYear.toFixed(2)).toBe('22003.20');
  });

  it('a pooled monthly total replaces the groups for the capacity models only', () => {
    // monthly capacity: $250 for 500, then 1,200 - 500 = 700 x $0.50 = $350 -> $600.00
    const usage: QuickSightUsageInput = { readerGroups: readers, pooledSessions: { sessions: 1200, per: 'month' } };
    expect(quickSightCapacityMonthly(usage, P).total.toFixed(2)).toBe('600.00');
    // annual: 1,200 x 12 = 14,400 a year, within tier 1: $20,000 / 12 = $1,666.67
    expect(quickSightCapacityAnnual(usage, P).sessionsPerYear.toFixed()).toBe('14400');
    // legacy still prices the groups: 100 readers x 10 x $0.30 = $300.00
    const all = compareQuickSight(usage, P);
    expect(all.legacy.ok && all.legacy.value.total.toFixed(2)).toBe('300.00');
  });

  it('a yearly total on the monthly model is spread evenly: 60,000 a year = 5,000 a month', () => {
    // $250 + (5,000 - 500) x $0.50 = $2,500.00
    expect(quickSightCapacityMonthly({ pooledSessions: { sessions: '60000', per: 'year' } }, P).total.toFixed(2)).toBe('2500.00');
  });

  it('rejects a bad pool with its path, and says contact sales above the largest tier at the pool', () => {
    expect(errorOf(() => quickSightCapacityAnnual({ pooledSessions: { sessions: '10', per: 'week' as never } }, P, 'usage')).path).toBe('usage.pooledSessions.per');
    expect(errorOf(() => quickSightCapacityAnnual({ pooledSessions: { sessions: '1.5', per: 'year' } }, P)).code).toBe('not_integer');
    const e = errorOf(() => quickSightCapacityAnnual({ pooledSessions: { sessions: '1600001', per: 'year' } }, P));
    expect([e.code, e.path]).toEqual(['contact_sales', 'pooledSessions.sessions']);
  });
});
