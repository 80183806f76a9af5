/**
 * QuickSight reader capacity (quicksight/capacity.ts): the monthly fee with or without overage,
 * sessions given as a monthly or yearly total, the cheapest or a chosen annual tier with its
 * overage, which unconfirmed prices are flagged, and Reader Pro not triggering the account fee.
 * Default prices: $250 for 500 sessions then $0.50; tier 1 = 50,000 sessions for $20,000 then $0.40.
 */
import { describe, expect, it } from 'vitest';
import { quickSightCapacityAnnual, quickSightCapacityMonthly, type QuickSightPrices, type QuickSightUsageInput } from '../../src/engine/index.ts';
import { defaultQuickSightPrices } from '../../src/data/quicksight.ts';

const P: QuickSightPrices = { ...defaultQuickSightPrices(), unconfirmed: ['capacityMonthlyOverage', 'capacityAnnualTiers'] };

function rows(r: { lines: readonly { key: string; kind: string; unit: string; amount: { toDecimalPlaces(n: number): { toString(): string } } }[] }): [string, string, string, string][] {
  return r.lines.map((l) => [l.key, l.kind, l.unit, l.amount.toDecimalPlaces(4).toString()]);
}

describe('QuickSight capacity lines', () => {
  it('monthly, 40 sessions of 500 included: only the $250 fee; Reader Pro users are pooled readers and add no account fee', () => {
    const r = quickSightCapacityMonthly({ readerGroups: [{ readers: 10, sessionsPerReader: 4 }], readerPro: 2 }, P);
    expect(r.model).toBe('capacityMonthly');
    expect(rows(r)).toEqual([
      ['quicksight.group.sessions', 'info', 'sessions', '4'],
      ['quicksight.capacity.groupSessions', 'info', 'sessions', '40'],
      ['quicksight.capacity.pool', 'info', 'sessions', '40'],
      ['quicksight.capacity.noReaderPro', 'info', 'readers', '2'],
      ['quicksight.capacityMonthly.fee', 'cost', 'USD', '250'],
      ['quicksight.capacityMonthly.withinIncluded', 'info', 'sessions', '40'],
      ['quicksight.perUser.authors', 'cost', 'USD', '0'],
    ]);
    expect(r.lines[5]?.text).toBe('40 of the 500 included sessions used: no extra sessions');
    expect(r.lines[3]?.text).toBe('Reader Pro is a per-user license: here the 2 Reader Pros are ordinary readers whose sessions are in the pool');
    expect(r.lines[4]?.text).toBe('Monthly reader capacity: $250.00 for the first 500 sessions');
    expect(r.total.toString()).toBe('250');
    expect(r.unconfirmedPrices).toEqual([]);
  });

  it('monthly, 900 sessions given as a total: $250 + 400 x $0.50 = $450, the overage price flagged unconfirmed', () => {
    const r = quickSightCapacityMonthly({ readerGroups: [{ readers: 10, sessionsPerReader: 4 }], pooledSessions: { sessions: 900, per: 'month' } }, P);
    expect(rows(r).slice(0, 4)).toEqual([
      ['quicksight.capacity.poolGivenMonth', 'info', 'sessions', '900'],
      ['quicksight.capacityMonthly.fee', 'cost', 'USD', '250'],
      ['quicksight.capacityMonthly.overage', 'cost', 'USD', '200'],
      ['quicksight.price.unconfirmed', 'info', 'USD', '0.5'],
    ]);
    expect(r.lines[2]?.text).toBe('(900 - 500) = 400 extra sessions x $0.50 = $200.00');
    expect(r.lines[0]?.text).toBe('Sessions pooled across all readers, given as a total: 900 sessions per month');
    expect(r.total.toString()).toBe('450');
    expect(r.unconfirmedPrices).toEqual(['capacityMonthlyOverage']);
  });

  it('annual, tier 1 chosen for 60,000 sessions a year: $20,000 + 10,000 x $0.40 = $24,000 a year = $2,000 a month', () => {
    const r = quickSightCapacityAnnual({ pooledSessions: { sessions: 60000, per: 'year' }, annualTier: 1 }, P);
    expect(r.model).toBe('capacityAnnual');
    expect(rows(r)).toEqual([
      ['quicksight.capacity.poolGivenYear', 'info', 'sessions', '60000'],
      ['quicksight.capacityAnnual.chosenTier', 'info', 'USD', '24000'],
      ['quicksight.capacityAnnual.price', 'cost', 'USD', '1666.6667'],
      ['quicksight.price.unconfirmed.tiers', 'info', 'USD', '0'],
      ['quicksight.capacityAnnual.overage', 'cost', 'USD', '333.3333'],
      ['quicksight.perUser.authors', 'cost', 'USD', '0'],
    ]);
    expect(r.lines[1]?.text).toBe('Chosen annual tier 1 (50,000 sessions for $20,000.00 per year, then $0.40 per session), $24,000.00 per year');
    expect(r.lines[4]?.text).toBe('(60,000 - 50,000) = 10,000 extra sessions x $0.40 = $4,000.00 per year / 12 = $333.33 per month');
    expect(r.total.toString()).toBe('2000');
    expect(r.unconfirmedPrices).toEqual(['capacityAnnualTiers']);
  });

  it('annual, cheapest of 5 tiers for 1,000 sessions a month (12,000 a year): tier 1, no overage; an Author Pro adds $40 and the $250 fee', () => {
    const usage: QuickSightUsageInput = { pooledSessions: { sessions: 1000, per: 'month' }, authorPro: 1, authorsAnnual: 1 };
    const r = quickSightCapacityAnnual(usage, P);
    expect(rows(r)).toEqual([
      ['quicksight.capacity.poolGivenMonth', 'info', 'sessions', '1000'],
      ['quicksight.capacityAnnual.sessionsPerYear', 'info', 'sessions', '12000'],
      ['quicksight.capacityAnnual.cheapestTier', 'info', 'USD', '20000'],
      ['quicksight.capacityAnnual.price', 'cost', 'USD', '1666.6667'],
      ['quicksight.price.unconfirmed.tiers', 'info', 'USD', '0'],
      ['quicksight.perUser.authorPro', 'cost', 'USD', '40'],
      ['quicksight.perUser.infrastructureFee.pro', 'cost', 'USD', '250'],
    ]);
    expect(r.lines[1]?.text).toBe('1,000 sessions per month x 12 = 12,000 sessions per year');
    expect(r.lines[2]?.text).toBe('Cheapest of 5 annual tiers for 12,000 sessions per year: tier 1 (50,000 sessions for $20,000.00 per year, then $0.40 per session), $20,000.00 per year');
    expect(r.total.toDecimalPlaces(4).toString()).toBe('1956.6667');
  });
});
