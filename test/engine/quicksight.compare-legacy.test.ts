/**
 * QuickSight comparison (quicksight/compare.ts) and the legacy model (quicksight/legacy.ts): models
 * that cannot be priced say why instead of failing the comparison, ties are all "cheapest",
 * paths of errors follow the caller's path, and the legacy working says what it does not model.
 */
import { describe, expect, it } from 'vitest';
import {
  compareQuickSight,
  quickSightCapacityAnnual,
  quickSightCapacityMonthly,
  quickSightLegacy,
  quickSightPerUser,
  quickSightReaderGroups,
  type QuickSightPrices,
} from '../../src/engine/index.ts';
import { defaultQuickSightPrices } from '../../src/data/quicksight.ts';
import { errorOf } from './helpers.ts';

const P: QuickSightPrices = { ...defaultQuickSightPrices(), unconfirmed: [] };

describe('QuickSight comparison', () => {
  it('Standard legacy without readers, annual capacity past the largest tier: "not priced" lines, not errors', () => {
    const r = compareQuickSight({ edition: 'standard', authorsAnnual: 1, readerGroups: [{ readers: 100000, sessionsPerReader: 100 }] }, P);
    expect(r.legacy.ok).toBe(false);
    expect(r.capacityAnnual.ok).toBe(false);
    const rows = r.lines.slice(0, 4).map((l) => [l.key, l.kind, l.unit, l.amount.toString()]);
    expect(rows).toEqual([
      ['quicksight.compare.notPriced.standardNoReaders', 'info', 'USD', '0'],
      ['quicksight.compare.total.cheapest', 'info', 'USD', '300024'],
      ['quicksight.compare.total', 'info', 'USD', '5000024'],
      ['quicksight.compare.notPriced.contactSales', 'info', 'USD', '0'],
    ]);
    expect(r.lines[0]?.params.readers).toBe('100,000');
    expect(r.lines[3]?.text).toBe('Reader capacity, annual: not priced: 120,000,000 sessions per year is above the largest published tier; AWS says "contact sales" there, so nubecalc will not invent a price.');
    expect(r.cheapest).toEqual(['perUser']);
  });

  it('equal totals are all the cheapest ($300 legacy = per-user = monthly capacity)', () => {
    const r = compareQuickSight({ readerGroups: [{ readers: 100, sessionsPerReader: 10 }] }, { ...P, capacityMonthlyFee: '300', capacityMonthlySessions: '1000' });
    expect(r.cheapest).toEqual(['legacy', 'perUser', 'capacityMonthly']);
    expect(r.lines.slice(0, 4).map((l) => l.key)).toEqual(['quicksight.compare.total.cheapest', 'quicksight.compare.total.cheapest', 'quicksight.compare.total.cheapest', 'quicksight.compare.total']);
    const cheaperLater = compareQuickSight({ readerGroups: [{ readers: 100, sessionsPerReader: 10 }] }, { ...P, capacityMonthlyFee: '299', capacityMonthlySessions: '1000' });
    expect(cheaperLater.cheapest).toEqual(['capacityMonthly']);
  });

  it('other errors are thrown, not shown as "not priced"', () => {
    expect(errorOf(() => compareQuickSight({ readerGroups: [{ readers: -1, sessionsPerReader: 1 }] }, P)).path).toBe('readerGroups.0.readers');
  });

  it('every entry point puts its path before usage errors, and "<path>.prices" (or the given prices path) before price errors', () => {
    const fns = [quickSightLegacy, quickSightPerUser, quickSightCapacityMonthly, quickSightCapacityAnnual, quickSightReaderGroups, compareQuickSight];
    for (const fn of fns) {
      expect(errorOf(() => fn({ authorsAnnual: 'x' }, P, 'q')).path).toBe('q.authorsAnnual');
      expect(errorOf(() => fn({}, { ...P, perUserReader: 'x' }, 'q')).path).toBe('q.prices.perUserReader');
      expect(errorOf(() => fn({}, { ...P, perUserReader: 'x' })).path).toBe('prices.perUserReader');
      expect(errorOf(() => fn({}, { ...P, perUserReader: 'x' }, 'q', 'pp')).path).toBe('pp.perUserReader');
    }
  });
});

describe('QuickSight legacy working', () => {
  it('Standard edition, an Author Pro, Q&A on, a group with no sessions: Pro priced as ordinary, Q&A not modelled', () => {
    const flagged: QuickSightPrices = { ...P, unconfirmed: ['readerSession', 'readerMonthlyCap', 'authorStandardAnnual'] };
    const r = quickSightLegacy({ edition: 'standard', authorsAnnual: 2, authorPro: 1, readerPro: 0, qAndA: true }, flagged);
    expect(r.model).toBe('legacy');
    const byKey = Object.fromEntries(r.lines.map((l) => [l.key, l]));
    expect(byKey['quicksight.legacy.noPro']?.params).toEqual({ authorPro: '1', readerPro: '0' });
    expect([byKey['quicksight.legacy.noPro']?.kind, byKey['quicksight.legacy.noPro']?.unit, byKey['quicksight.legacy.noPro']?.amount.toString()]).toEqual(['info', 'users', '1']);
    expect(byKey['quicksight.legacy.authors.annual']?.text).toBe('2 Standard authors x $9.00 (annual commitment) = $18.00');
    expect([byKey['quicksight.legacy.qAndANotModelled']?.kind, byKey['quicksight.legacy.qAndANotModelled']?.unit]).toEqual(['info', 'USD']);
    expect(r.unconfirmedPrices).toEqual(['authorStandardAnnual']);
  });

  it('session prices are flagged only for a group with readers AND sessions; exactly at the cap is not "capped"', () => {
    const flagged: QuickSightPrices = { ...P, unconfirmed: ['readerSession', 'readerMonthlyCap'] };
    const idle = quickSightLegacy({ readerGroups: [{ readers: 2, sessionsPerReader: 0 }, { readers: 0, sessionsPerReader: 5 }] }, flagged);
    expect(idle.unconfirmedPrices).toEqual([]);
    expect(idle.lines.some((l) => l.key === 'quicksight.legacy.qAndANotModelled')).toBe(false);
    const atCap = quickSightLegacy({ readerGroups: [{ readers: 1, sessionsPerReader: 10 }] }, { ...flagged, readerSession: '0.5' });
    expect(atCap.unconfirmedPrices).toEqual(['readerSession', 'readerMonthlyCap']);
    const reader = atCap.lines.find((l) => l.key.startsWith('quicksight.legacy.reader'));
    expect([reader?.key, reader?.kind, reader?.unit, reader?.text]).toEqual(['quicksight.legacy.reader', 'info', 'USD', '10 sessions x $0.50 = $5.00']);
  });
});
