/**
 * QuickSight: what each line of the working is. Cost lines add to the model's total, info lines
 * only explain (sessions, GB, break-evens, the per-model totals); each carries the unit of its
 * amount. The example: 2 annual + 1 monthly Enterprise authors, 50 GB of SPICE, Sales (200 readers
 * x 17 sessions) and an unnamed group of 3 readers x 2 sessions, at the default prices.
 */
import { describe, expect, it } from 'vitest';
import { compareQuickSight, type QuickSightUsageInput } from '../../src/engine/index.ts';
import { defaultQuickSightPrices } from '../../src/data/quicksight.ts';
import { sum } from '../../src/engine/decimal.ts';

const USAGE: QuickSightUsageInput = {
  authorsAnnual: 2,
  authorsMonthly: '1',
  spiceGb: '50',
  readerGroups: [{ name: 'Sales', readers: '200', sessionsPerReader: '17' }, { readers: '3', sessionsPerReader: '2' }],
};

type Row = [string, string, string, string];
function rows(lines: readonly { key: string; kind: string; unit: string; amount: { toDecimalPlaces(n: number): { toString(): string } } }[]): Row[] {
  return lines.map((l) => [l.key, l.kind, l.unit, l.amount.toDecimalPlaces(4).toString()]);
}

const SPICE: Row[] = [
  ['quicksight.spice.included', 'info', 'GB', '30'],
  ['quicksight.spice.extra', 'cost', 'USD', '7.6'],
];
const PER_USER_AUTHORS: Row[] = [
  ['quicksight.perUser.authors', 'cost', 'USD', '72'],
  ['quicksight.perUser.oneAuthorPrice', 'info', 'authors', '3'],
];
const POOL: Row[] = [
  ['quicksight.group.sessions', 'info', 'sessions', '17'],
  ['quicksight.capacity.groupSessions', 'info', 'sessions', '3400'],
  ['quicksight.group.sessions', 'info', 'sessions', '2'],
  ['quicksight.capacity.groupSessions', 'info', 'sessions', '6'],
  ['quicksight.capacity.pool', 'info', 'sessions', '3406'],
];

describe('QuickSight: the kind, unit and amount of every line', () => {
  it('legacy: authors, each group capped or not, SPICE above the included 30 GB = $1,069.40', () => {
    const r = compareQuickSight(USAGE, defaultQuickSightPrices());
    if (!r.legacy.ok) throw new Error('legacy not priced');
    expect(rows(r.legacy.value.lines)).toEqual([
      ['quicksight.legacy.authors.annual', 'cost', 'USD', '36'],
      ['quicksight.legacy.authors.monthly', 'cost', 'USD', '24'],
      ['quicksight.group.sessions', 'info', 'sessions', '17'],
      ['quicksight.legacy.reader.capped', 'info', 'USD', '5'],
      ['quicksight.legacy.group', 'cost', 'USD', '1000'],
      ['quicksight.group.sessions', 'info', 'sessions', '2'],
      ['quicksight.legacy.reader', 'info', 'USD', '0.6'],
      ['quicksight.legacy.group', 'cost', 'USD', '1.8'],
      ...SPICE,
    ]);
    expect(r.legacy.value.lines.map((l) => l.text)).toContain('Group 2: $0.60 x 3 readers = $1.80');
    expect(r.legacy.value.lines.map((l) => l.text)).toContain('SPICE: (50 GB - 30 GB included) = 20 GB x $0.38 per GB-month (Enterprise) = $7.60');
    expect(r.legacy.value.total.toString()).toBe('1069.4');
  });

  it('per user: 203 readers x $3 + 3 authors x $24 + SPICE $7.60 = $688.60', () => {
    const r = compareQuickSight(USAGE, defaultQuickSightPrices());
    if (!r.perUser.ok) throw new Error('per-user not priced');
    expect(rows(r.perUser.value.lines)).toEqual([['quicksight.perUser.readers', 'cost', 'USD', '609'], ...PER_USER_AUTHORS, ...SPICE]);
    expect(r.perUser.value.total.toString()).toBe('688.6');
  });

  it('monthly capacity: 3,406 pooled sessions = $250 + 2,906 x $0.50, plus authors and SPICE = $1,782.60', () => {
    const r = compareQuickSight(USAGE, defaultQuickSightPrices());
    if (!r.capacityMonthly.ok) throw new Error('monthly capacity not priced');
    expect(rows(r.capacityMonthly.value.lines)).toEqual([
      ...POOL,
      ['quicksight.capacityMonthly.fee', 'cost', 'USD', '250'],
      ['quicksight.capacityMonthly.overage', 'cost', 'USD', '1453'],
      ...PER_USER_AUTHORS,
      ...SPICE,
    ]);
    expect(r.capacityMonthly.value.total.toString()).toBe('1782.6');
  });

  it('annual capacity: 40,872 sessions a year fit tier 1 ($20,000 a year = $1,666.67 a month)', () => {
    const r = compareQuickSight(USAGE, defaultQuickSightPrices());
    if (!r.capacityAnnual.ok) throw new Error('annual capacity not priced');
    expect(rows(r.capacityAnnual.value.lines)).toEqual([
      ...POOL,
      ['quicksight.capacityAnnual.sessionsPerYear', 'info', 'sessions', '40872'],
      ['quicksight.capacityAnnual.cheapestTier', 'info', 'USD', '20000'],
      ['quicksight.capacityAnnual.price', 'cost', 'USD', '1666.6667'],
      ...PER_USER_AUTHORS,
      ...SPICE,
    ]);
  });

  it('every model: the cost lines add up to its total; the comparison lines are info only', () => {
    const r = compareQuickSight(USAGE, defaultQuickSightPrices());
    for (const m of [r.legacy, r.perUser, r.capacityMonthly, r.capacityAnnual]) {
      if (!m.ok) throw new Error('not priced');
      expect(sum(m.value.lines.filter((l) => l.kind === 'cost').map((l) => l.amount)).eq(m.value.total)).toBe(true);
    }
    expect(rows(r.lines)).toEqual([
      ['quicksight.compare.total', 'info', 'USD', '1069.4'],
      ['quicksight.compare.total.cheapest', 'info', 'USD', '688.6'],
      ['quicksight.compare.total', 'info', 'USD', '1782.6'],
      ['quicksight.compare.total', 'info', 'USD', '1746.2667'],
      ['quicksight.breakEven.legacyVsPerUserReader', 'info', 'sessions per reader', '10'],
      ['quicksight.breakEven.legacyCap', 'info', 'sessions per reader', '16.6667'],
      ['quicksight.breakEven.capacityMonthlyVsPerUserReaders', 'info', 'sessions per month', '1218'],
      ['quicksight.breakEven.capacityAnnualVsPerUserReaders.never.perUser', 'info', 'sessions per month', '0'],
    ]);
  });
});
