/**
 * QuickSight: where reader capacity (monthly or annual) costs the same as per-user readers
 * (quicksight/break-even.ts), with the figures the UI annotates, and when it never does.
 * Defaults: Reader $3; monthly $250 for 500 sessions then $0.50; tier 1 $20,000 for 50,000 a year
 * then $0.40, tier 2 $57,600; the largest tier 1,600,000 sessions a year.
 */
import { describe, expect, it } from 'vitest';
import { compareQuickSight, type QuickSightPrices, type QuickSightUsageInput } from '../../src/engine/index.ts';
import { defaultQuickSightPrices } from '../../src/data/quicksight.ts';

const P: QuickSightPrices = { ...defaultQuickSightPrices(), unconfirmed: [] };

function view(usage: QuickSightUsageInput, prices: Partial<QuickSightPrices> = {}) {
  const b = compareQuickSight(usage, { ...P, ...prices } as QuickSightPrices).breakEvens;
  const one = (x: typeof b.legacyCap) => ({
    at: x.at?.toString() ?? null,
    exact: x.exact,
    fromWhole: x.fromWhole?.toString() ?? null,
    cheaper: x.cheaper,
    key: x.line.key,
    kind: x.line.kind,
    unit: x.line.unit,
    amount: x.line.amount.toString(),
    figures: Object.fromEntries(Object.entries(x.figures).map(([k, v]) => [k, v.toString()])),
  });
  return { monthly: one(b.capacityMonthlyVsPerUserReaders), annual: one(b.capacityAnnualVsPerUserReaders), text: [b.capacityMonthlyVsPerUserReaders.line.text, b.capacityAnnualVsPerUserReaders.line.text] };
}

const NEVER = { at: null, exact: true, fromWhole: null, kind: 'info', unit: 'sessions per month', amount: '0' };

describe('QuickSight capacity vs per-user readers', () => {
  it('1,000 readers: monthly capacity breaks even at 500 + $2,750 / $0.50 = 6,000 sessions, tier 1 at 90,000 a year = 7,500 a month', () => {
    const v = view({ readerGroups: [{ readers: 1000, sessionsPerReader: 1 }] });
    expect(v.monthly).toEqual({
      at: '6000', exact: true, fromWhole: '6001', cheaper: null, key: 'quicksight.breakEven.capacityMonthlyVsPerUserReaders', kind: 'info', unit: 'sessions per month', amount: '6000',
      figures: { readers: '1000', reader: '3', perUser: '3000', fee: '250', included: '500', overage: '0.5', perReader: '6' },
    });
    expect(v.annual).toEqual({
      at: '7500', exact: true, fromWhole: '7501', cheaper: null, key: 'quicksight.breakEven.capacityAnnualVsPerUserReaders', kind: 'info', unit: 'sessions per month', amount: '7500',
      figures: { readers: '1000', reader: '3', perUserYear: '36000', largest: '1600000', tier: '1', atYear: '90000', perReader: '7.5' },
    });
    expect(v.text[1]).toBe('Per-user readers: 1,000 readers x $3.00 x 12 = $36,000.00 per year. Annual capacity tier 1 costs the same at 50,000 + ($36,000.00 - $20,000.00) / $0.40 = 90,000 sessions per year / 12 = 7,500 sessions per month (= 7.5 per reader): from 7,501 sessions per month per-user readers are cheaper');
  });

  it('tier 2 chosen ($57,600 a year) is never cheaper than 1,000 per-user readers ($36,000 a year)', () => {
    const v = view({ readerGroups: [{ readers: 1000, sessionsPerReader: 1 }], annualTier: 2 });
    expect(v.annual).toEqual({ ...NEVER, cheaper: 'perUser', key: 'quicksight.breakEven.capacityAnnualVsPerUserReaders.never.perUser', figures: { readers: '1000', reader: '3', perUserYear: '36000', largest: '1600000', lowest: '57600' } });
    expect(v.text[1]).toBe('Per-user readers: 1,000 readers x $3.00 x 12 = $36,000.00 per year, less than $57,600.00, the lowest annual capacity price: per-user readers are cheaper at any number of sessions');
  });

  it('no readers: per-user is cheaper at any number of sessions, under both capacity models', () => {
    const v = view({ authorsAnnual: 1 });
    expect(v.monthly).toEqual({ ...NEVER, cheaper: 'perUser', key: 'quicksight.breakEven.capacityMonthlyVsPerUserReaders.never.perUser', figures: { readers: '0', reader: '3', perUser: '0', fee: '250', included: '500', overage: '0.5' } });
    expect(v.annual.figures.lowest).toBe('20000');
    expect(v.annual.cheaper).toBe('perUser');
  });

  it('free overage: monthly capacity never costs more than its fee, so it is never beaten by 200 readers ($600)', () => {
    const v = view({ readerGroups: [{ readers: 200, sessionsPerReader: 1 }] }, { capacityMonthlyOverage: '0' });
    expect(v.monthly).toEqual({ ...NEVER, cheaper: 'capacityMonthly', key: 'quicksight.breakEven.capacityMonthlyVsPerUserReaders.never.capacity', figures: { readers: '200', reader: '3', perUser: '600', fee: '250', included: '500', overage: '0' } });
    expect(v.text[0]).toBe('Per-user readers: 200 readers x $3.00 = $600.00 per month; monthly capacity never costs more than $250.00: it is cheaper or equal at any number of sessions');
  });

  it('100,000 readers: annual capacity costs no more than per-user up to the largest tier', () => {
    const v = view({ readerGroups: [{ readers: 100000, sessionsPerReader: 1 }] });
    expect(v.annual).toEqual({ ...NEVER, cheaper: 'capacityAnnual', key: 'quicksight.breakEven.capacityAnnualVsPerUserReaders.never.capacity', figures: { readers: '100000', reader: '3', perUserYear: '3600000', largest: '1600000' } });
    expect(v.text[1]).toBe('Per-user readers: 100,000 readers x $3.00 x 12 = $3,600,000.00 per year. Annual capacity costs no more than that up to the largest tier (1,600,000 sessions per year = 133,333.33 per month); above it AWS says "contact sales"');
  });
});
