/**
 * Results that make the quicksight calculator emit each of its line keys at least once (with the
 * examples' lines, test/lib/i18n/lines.test.ts requires every template to be used): every model,
 * capped and uncapped readers, visits, emailed reports, SPICE within and beyond the included GB,
 * Q&A, Pro users, both annual tier choices, every break-even case, a model not priced, and every
 * price flagged UNCONFIRMED.
 */
import { compareQuickSight, quickSightLegacy, QUICKSIGHT_PRICE_KEYS, type LineItem, type QuickSightPrices, type QuickSightUsageInput } from '../../../../src/engine/index.ts';
import { defaultQuickSightPrices } from '../../../../src/data/quicksight.ts';
import { collectLines } from './collect.ts';

const rich: QuickSightUsageInput = {
  edition: 'enterprise',
  authorsAnnual: '3',
  authorsMonthly: '1',
  authorPro: '1',
  readerPro: '2',
  spiceGb: '75',
  qAndA: true,
  readerGroups: [
    { name: 'Ventas', readers: '200', sessionsPerReader: '17', emailedReportsPerReader: '4' },
    { readers: '40', visitsPerReader: '6', minutesPerVisit: '45' },
    { name: 'Finanzas', readers: '1', visitsPerReader: '1', minutesPerVisit: '20', emailedReportsPerReader: '1' },
    { name: 'Dirección', readers: '5', sessionsPerReader: '2' },
  ],
};

export function quicksightLines(): LineItem[] {
  const p = defaultQuickSightPrices();
  const allUnconfirmed: QuickSightPrices = { ...p, unconfirmed: [...QUICKSIGHT_PRICE_KEYS, 'capacityAnnualTiers'] };
  const with_ = (over: Partial<QuickSightPrices>): QuickSightPrices => ({ ...p, ...over });
  const one = (readers: number, sessions = 1): QuickSightUsageInput => ({ readerGroups: [{ readers: String(readers), sessionsPerReader: String(sessions) }] });
  return collectLines([
    // every model, every price used and flagged UNCONFIRMED; Q&A with Pro users
    compareQuickSight(rich, allUnconfirmed),
    // Standard edition: authors only, SPICE beyond the included GB at the Standard rate; a chosen tier
    quickSightLegacy({ edition: 'standard', authorsAnnual: '1', authorsMonthly: '2', spiceGb: '50' }, allUnconfirmed),
    compareQuickSight({ authorsAnnual: '1', annualTier: '2', spiceGb: '10', qAndA: true, readerGroups: [{ readers: '100', sessionsPerReader: '1' }] }, p),
    // Standard with readers: legacy not priced; above the largest annual tier: contact sales
    compareQuickSight({ edition: 'standard', readerGroups: [{ readers: '20000', sessionsPerReader: '10' }] }, p),
    // pooled sessions given as totals
    compareQuickSight({ ...one(10), pooledSessions: { sessions: '55000', per: 'year' } }, p),
    compareQuickSight({ ...one(10), pooledSessions: { sessions: '300', per: 'month' } }, p),
    // break-evens: 50 readers (per-user always cheaper), 1,000 readers (annual tier 1 crossing),
    // 10,000 readers (annual cheaper up to the largest tier), monthly overage free
    compareQuickSight(one(50), p),
    compareQuickSight(one(1000), p),
    compareQuickSight(one(10000), p),
    compareQuickSight(one(200), with_({ capacityMonthlyOverage: '0' })),
    // no readers: crossings without a per-reader share
    compareQuickSight({}, with_({ capacityMonthlyFee: '0', capacityAnnualTiers: [{ sessionsPerYear: '50000', pricePerYear: '0', overagePerSession: '0.40' }, ...p.capacityAnnualTiers] })),
    // legacy break-evens: free sessions, Reader above the cap, Reader at the cap; ordinals 21st, 2nd, 3rd
    compareQuickSight({}, with_({ readerSession: '0' })),
    compareQuickSight({}, with_({ perUserReader: '6' })),
    compareQuickSight({}, with_({ perUserReader: '5' })),
    compareQuickSight({}, with_({ readerMonthlyCap: '6' })),
    compareQuickSight({}, with_({ readerMonthlyCap: '0.50' })),
    compareQuickSight({}, with_({ readerMonthlyCap: '0.70' })),
  ]);
}
