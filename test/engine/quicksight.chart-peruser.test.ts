/**
 * QuickSight: the chart's series (what the legend says, which line is dashed) and its input
 * errors; the per-user model's reader lines (Reader Pro users are readers too) and which prices
 * it flags as unconfirmed. Default prices: Reader $3, Reader Pro $20, legacy cap $5.00.
 */
import { describe, expect, it } from 'vitest';
import { quickSightChartData, quickSightPerUser, type QuickSightPrices } from '../../src/engine/index.ts';
import { defaultQuickSightPrices } from '../../src/data/quicksight.ts';
import { errorOf } from './helpers.ts';
import { phraseText } from './helpers.ts';

const P = defaultQuickSightPrices();
const CONFIRMED: QuickSightPrices = { ...P, unconfirmed: [] };

describe('QuickSight chart: series and errors', () => {
  it('five series: legacy, the dashed legacy cap, the per-user Reader, both capacity shares', () => {
    const c = quickSightChartData({ readers: 200, maxSessions: 3 }, P);
    expect(c.series.map((s) => [s.key, s.label, s.dashed])).toEqual([
      ['legacy', 'Legacy per-session', false],
      ['legacyCap', 'Legacy cap ($5.00)', true],
      ['perUser', 'Per-user Reader ($3.00)', false],
      ['capacityMonthly', 'Monthly capacity, share of 200 readers', false],
      ['capacityAnnual', 'Annual capacity (cheapest tier), share of 200 readers', false],
    ]);
    expect(c.sessions.map(String)).toEqual(['0', '1', '2', '3']);
    // legacy: 0, 0.30, 0.60, 0.90; monthly capacity: $250 for 500 sessions shared by 200 readers = $1.25
    expect(c.series[0]?.values.map(String)).toEqual(['0', '0.3', '0.6', '0.9']);
    expect(c.series[3]?.values.map(String)).toEqual(['1.25', '1.25', '1.25', '1.5']);
  });

  it('one reader, annual tier 2: the labels say "1 reader" and "tier 2"', () => {
    const c = quickSightChartData({ readers: '1', maxSessions: 1, annualTier: 2 }, P);
    expect(c.series.map((s) => s.label).slice(3)).toEqual(['Monthly capacity, share of 1 reader', 'Annual capacity (tier 2), share of 1 reader']);
  });

  it('errors name the field: not an object, zero readers, zero or too many sessions, a tier that does not exist', () => {
    const notObject = errorOf(() => quickSightChartData(7 as never, P, 'chart'));
    expect([notObject.code, notObject.path, phraseText(notObject.params.expected)]).toEqual(['invalid_type', 'chart', 'an object with readers and maxSessions']);
    expect(phraseText(notObject.params.got)).toBeTruthy();
    const r0 = errorOf(() => quickSightChartData({ readers: 0, maxSessions: 3 }, P, 'chart'));
    expect(r0.path).toBe('chart.readers');
    const s0 = errorOf(() => quickSightChartData({ readers: 1, maxSessions: 0 }, P, 'chart'));
    expect(s0.path).toBe('chart.maxSessions');
    const big = errorOf(() => quickSightChartData({ readers: 1, maxSessions: 10001 }, P));
    expect([big.path, big.params.max]).toEqual(['maxSessions', '10000']);
    const tier = errorOf(() => quickSightChartData({ readers: 1, maxSessions: 2, annualTier: 9 }, P, 'chart'));
    expect(tier.path).toBe('chart.annualTier');
    const price = errorOf(() => quickSightChartData({ readers: 1, maxSessions: 2 }, { ...P, perUserReader: 'x' }, 'chart'));
    expect(price.path).toBe('chart.prices.perUserReader');
    const price2 = errorOf(() => quickSightChartData({ readers: 1, maxSessions: 2 }, { ...P, perUserReader: 'x' }, 'chart', 'p'));
    expect(price2.path).toBe('p.perUserReader');
  });
});

describe('QuickSight per-user readers', () => {
  it('10 readers of whom 4 Reader Pro: 6 x $3 + 4 x $20 (plus the $250 fee for Pro users)', () => {
    const r = quickSightPerUser({ readerGroups: [{ readers: 10, sessionsPerReader: 1 }], readerPro: 4 }, CONFIRMED);
    const lines = r.lines.filter((l) => l.key.startsWith('quicksight.perUser.reader'));
    expect(lines.map((l) => [l.key, l.kind, l.amount.toString(), l.text])).toEqual([
      ['quicksight.perUser.readers', 'cost', '18', '6 readers x $3.00 (sessions do not matter) = $18.00'],
      ['quicksight.perUser.readerPro', 'cost', '80', '4 Reader Pros x $20.00 = $80.00'],
    ]);
    expect(r.subtotals.readers.toString()).toBe('98');
    expect(r.infrastructureFee).toBe(true);
    expect(r.subtotals.infrastructureFee.toString()).toBe('250');
    expect(r.unconfirmedPrices).toEqual([]);
  });

  it('every reader a Reader Pro: no plain reader line; no readers at all: a $0 reader line', () => {
    const allPro = quickSightPerUser({ readerGroups: [{ readers: 2, sessionsPerReader: 1 }], readerPro: 2 }, P);
    expect(allPro.lines.map((l) => l.key).filter((k) => k.startsWith('quicksight.perUser.reader'))).toEqual(['quicksight.perUser.readerPro']);
    const none = quickSightPerUser({ authorsAnnual: 1 }, P);
    const readers = none.lines.filter((l) => l.key.startsWith('quicksight.perUser.reader'));
    expect(readers.map((l) => [l.key, l.amount.toString()])).toEqual([['quicksight.perUser.readers', '0']]);
    expect(none.model).toBe('perUser');
  });

  it('an unconfirmed Reader or Reader Pro price is flagged only when it is used', () => {
    const flagged: QuickSightPrices = { ...P, unconfirmed: ['perUserReader', 'perUserReaderPro'] };
    const plain = quickSightPerUser({ readerGroups: [{ readers: 3, sessionsPerReader: 1 }] }, flagged);
    expect(plain.unconfirmedPrices).toEqual(['perUserReader']);
    const pro = quickSightPerUser({ readerGroups: [{ readers: 3, sessionsPerReader: 1 }], readerPro: 3 }, flagged);
    expect(pro.unconfirmedPrices).toEqual(['perUserReaderPro']);
    const none = quickSightPerUser({ authorsAnnual: 1 }, flagged);
    expect(none.unconfirmedPrices).toEqual([]);
  });
});
