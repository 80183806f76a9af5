/**
 * Laws of the QuickSight calculator, checked with fast-check on generated usage and prices:
 * costs are never negative and add up, they never fall as sessions or readers grow, no legacy
 * reader pays above the cap, break-evens sit where the costs cross, and no JSON input makes the
 * comparison throw anything but an EngineError.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareQuickSight,
  quickSightChartData,
  QUICKSIGHT_MODELS,
  type QuickSightComparison,
  type QuickSightPrices,
  type QuickSightReaderGroupInput,
  type QuickSightUsageInput,
} from '../../src/engine/index.ts';
import { defaultQuickSightPrices } from '../../src/data/quicksight.ts';
import { d, Dec, min, sum } from '../../src/engine/decimal.ts';
import { EngineError } from '../../src/engine/errors.ts';

const RUNS = { numRuns: 200 };
const DEFAULTS = defaultQuickSightPrices();

/** A whole count as a safe integer or a string. */
const count = (max: number) => fc.oneof(fc.integer({ min: 0, max }), fc.integer({ min: 0, max }).map(String));
/** A decimal string with up to 2 places, from 0 to max (e.g. "12.05"). */
const cents = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((c) => d(c).div(100).toFixed());

const group: fc.Arbitrary<QuickSightReaderGroupInput> = fc.record(
  {
    name: fc.string({ maxLength: 8 }),
    readers: count(5000),
    pattern: fc.oneof(
      fc.record({ sessionsPerReader: count(60) }),
      fc.record({ visitsPerReader: count(30), minutesPerVisit: fc.integer({ min: 1, max: 2400 }).map((t) => d(t).div(10).toFixed()) }),
    ),
    emailedReportsPerReader: count(10),
  },
  { requiredKeys: ['readers', 'pattern'] },
).map(({ pattern, ...rest }) => ({ ...rest, ...pattern }));

const usageArb: fc.Arbitrary<QuickSightUsageInput> = fc
  .record({
    authorsAnnual: fc.integer({ min: 0, max: 20 }),
    authorsMonthly: fc.integer({ min: 0, max: 20 }),
    proShare: fc.integer({ min: 0, max: 100 }),
    readerProShare: fc.integer({ min: 0, max: 100 }),
    readerGroups: fc.array(group, { maxLength: 4 }),
    spiceGb: cents(2000),
    qAndA: fc.boolean(),
    annualTier: fc.oneof(fc.constant('cheapest' as const), fc.integer({ min: 1, max: 5 })),
    edition: fc.constantFrom('enterprise' as const, 'standard' as const),
  })
  .map(({ proShare, readerProShare, ...u }) => {
    const authors = u.authorsAnnual + u.authorsMonthly;
    const readers = u.readerGroups.reduce((a, g) => a + Number(g.readers), 0);
    return {
      ...u,
      authorPro: Math.floor((authors * proShare) / 100),
      readerPro: String(Math.floor((readers * readerProShare) / 100)),
    };
  });

/** Valid prices: random cents, tiers with random sizes. */
const pricesArb: fc.Arbitrary<QuickSightPrices> = fc.oneof(
  fc.constant(DEFAULTS),
  fc
    .record({
      readerSession: cents(2),
      readerMonthlyCap: cents(20),
      perUserReader: cents(30),
      perUserAuthorPro: cents(80),
      capacityMonthlyFee: cents(500),
      capacityMonthlySessions: count(2000).map(String),
      capacityMonthlyOverage: cents(2),
      spiceEnterpriseGbMonth: cents(1),
      tiers: fc.array(fc.record({ sessionsPerYear: fc.integer({ min: 1, max: 3_000_000 }).map(String), pricePerYear: cents(300_000), overagePerSession: cents(1) }), { minLength: 1, maxLength: 5 }),
    })
    .map(({ tiers, ...p }) => ({ ...DEFAULTS, ...p, capacityAnnualTiers: tiers })),
);

/** A usage and prices that fit together (a chosen annual tier exists in the price list). */
const scenarioArb: fc.Arbitrary<[QuickSightUsageInput, QuickSightPrices]> = fc.tuple(usageArb, pricesArb).map(([u, p]) => {
  const tier = u.annualTier;
  return [typeof tier === 'number' && tier > p.capacityAnnualTiers.length ? { ...u, annualTier: 'cheapest' } : u, p];
});

function totals(c: QuickSightComparison): Record<string, Dec | null> {
  return Object.fromEntries(QUICKSIGHT_MODELS.map((m) => [m, c[m].ok ? c[m].value.total : null]));
}

describe('QuickSight laws', () => {
  it('every priced model is non-negative, its cost lines add up to the total, and the cheapest is cheapest', () => {
    fc.assert(
      fc.property(scenarioArb, ([u, p]) => {
        const c = compareQuickSight(u, p);
        for (const m of QUICKSIGHT_MODELS) {
          const r = c[m];
          if (!r.ok) {
            expect(['contact_sales', 'standard_no_readers']).toContain(r.error.code);
            continue;
          }
          const v = r.value;
          expect(v.total.isNegative()).toBe(false);
          expect(v.total.isFinite()).toBe(true);
          expect(sum(v.lines.filter((l) => l.kind === 'cost').map((l) => l.amount)).eq(v.total)).toBe(true);
          const s = v.subtotals;
          expect(s.authors.plus(s.readers).plus(s.spice).plus(s.infrastructureFee).eq(v.total)).toBe(true);
          for (const l of v.lines) expect(l.amount.isNegative() && !l.amount.isZero()).toBe(false);
        }
        const t = totals(c);
        for (const best of c.cheapest) for (const m of QUICKSIGHT_MODELS) if (t[m]) expect(t[best]!.lte(t[m]!)).toBe(true);
      }),
      RUNS,
    );
  });

  it('no legacy reader pays above the cap: each pays min(sessions x price, cap)', () => {
    fc.assert(
      fc.property(scenarioArb, ([u, p]) => {
        const r = compareQuickSight({ ...u, edition: 'enterprise' }, p).legacy;
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const cap = d(p.readerMonthlyCap);
        for (const g of r.value.groups) {
          expect(g.costPerReader.lte(cap)).toBe(true);
          expect(g.costPerReader.eq(min(g.sessionsPerReader.times(p.readerSession), cap))).toBe(true);
          expect(g.total.eq(g.costPerReader.times(g.readers))).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('no model gets cheaper when a group gains readers, sessions or emailed reports', () => {
    const grow = fc.record({ which: fc.constantFrom('readers', 'sessions', 'emailed'), by: fc.integer({ min: 1, max: 500 }), at: fc.nat() });
    fc.assert(
      fc.property(scenarioArb.filter(([u]) => (u.readerGroups?.length ?? 0) > 0), grow, ([u, p], { which, by, at }) => {
        const groups = [...(u.readerGroups ?? [])];
        const i = at % groups.length;
        const g = groups[i]!;
        const plus = (x: unknown) => String(Number(x ?? 0) + by);
        if (which === 'readers') groups[i] = { ...g, readers: plus(g.readers) };
        else if (which === 'emailed') groups[i] = { ...g, emailedReportsPerReader: plus(g.emailedReportsPerReader) };
        else if (g.sessionsPerReader !== undefined) groups[i] = { ...g, sessionsPerReader: plus(g.sessionsPerReader) };
        else groups[i] = { ...g, visitsPerReader: plus(g.visitsPerReader) };
        const before = totals(compareQuickSight(u, p));
        const after = totals(compareQuickSight({ ...u, readerGroups: groups }, p));
        for (const m of QUICKSIGHT_MODELS) {
          if (before[m] && after[m]) expect(after[m]!.gte(before[m]!)).toBe(true);
        }
        // Growing usage never makes a contact-sales annual capacity priceable again.
        if (before.capacityAnnual === null) expect(after.capacityAnnual).toBeNull();
      }),
      RUNS,
    );
  });

  it('break-evens sit where the costs cross', () => {
    fc.assert(
      fc.property(pricesArb, count(20000), (p, readers) => {
        const b = compareQuickSight({ readerGroups: [{ readers, sessionsPerReader: 0 }] }, p).breakEvens;
        const price = d(p.readerSession);
        const cap = d(p.readerMonthlyCap);
        const legacy = (s: Dec) => min(s.times(price), cap);
        // The cap binds from the first whole session whose uncapped cost exceeds the cap.
        if (b.legacyCap.fromWhole) {
          const k = b.legacyCap.fromWhole;
          expect(k.times(price).gt(cap)).toBe(true);
          expect(k.minus(1).times(price).lte(cap)).toBe(true);
        }
        // From the first whole session past the break-even, the per-user reader is cheaper.
        const r = d(p.perUserReader);
        if (b.legacyVsPerUserReader.fromWhole) {
          const k = b.legacyVsPerUserReader.fromWhole;
          expect(legacy(k).gt(r)).toBe(true);
          expect(legacy(k.minus(1)).lte(r)).toBe(true);
        }
        if (b.legacyVsPerUserReader.at && b.legacyVsPerUserReader.exact) expect(legacy(b.legacyVsPerUserReader.at).eq(r)).toBe(true);
        // Monthly capacity at the break-even costs exactly the per-user readers.
        const m = b.capacityMonthlyVsPerUserReaders;
        if (m.at && m.exact) {
          const extra = m.at.minus(p.capacityMonthlySessions);
          expect(d(p.capacityMonthlyFee).plus(extra.times(p.capacityMonthlyOverage)).eq(r.times(readers))).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('chart curves never fall as sessions grow, never go negative, legacy stays under the cap', () => {
    fc.assert(
      fc.property(pricesArb, fc.integer({ min: 1, max: 20000 }), fc.integer({ min: 1, max: 60 }), (p, readers, maxSessions) => {
        const c = quickSightChartData({ readers, maxSessions }, p);
        expect(c.sessions).toHaveLength(maxSessions + 1);
        for (const s of c.series) {
          expect(s.values).toHaveLength(maxSessions + 1);
          let prev: Dec | null = null;
          let seenNull = false;
          for (const v of s.values) {
            if (v === null) {
              seenNull = true;
              continue;
            }
            expect(seenNull).toBe(false); // contact sales, once reached, stays
            expect(v.isNegative() && !v.isZero()).toBe(false);
            if (prev) expect(v.gte(prev)).toBe(true);
            prev = v;
          }
        }
        for (const v of c.series.find((s) => s.key === 'legacy')!.values) expect(v!.lte(p.readerMonthlyCap)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('hostile input', () => {
  /** Either a result or an EngineError; anything else (TypeError, DecimalError...) fails. */
  const onlyEngineErrors = (fn: () => unknown) => {
    let outcome: unknown;
    try {
      outcome = fn();
    } catch (e) {
      outcome = e;
      if (!(e instanceof EngineError)) throw e;
    }
    expect(outcome).toBeDefined();
  };
  const weird = fc.oneof(
    fc.constantFrom('', ' ', '-1', '1.5', '1e40', '1e-40', '0,5', 'NaN', 'Infinity', '1e15', '999999999999999', 'cheapest', 'standard', '__proto__'),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(fc.integer(), { maxLength: 2 }),
    fc.object({ maxDepth: 1 }),
  );
  const usageKeys = ['edition', 'authorsAnnual', 'authorsMonthly', 'authorPro', 'readerPro', 'readerGroups', 'spiceGb', 'qAndA', 'annualTier'];
  const groupKeys = ['name', 'readers', 'sessionsPerReader', 'visitsPerReader', 'minutesPerVisit', 'emailedReportsPerReader'];

  it('compareQuickSight throws nothing but EngineError on arbitrary JSON usage and prices', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.oneof(fc.constant(DEFAULTS as unknown), fc.jsonValue()), (u, p) => {
        onlyEngineErrors(() => compareQuickSight(u as QuickSightUsageInput, p as QuickSightPrices));
        onlyEngineErrors(() => quickSightChartData(u as never, p as QuickSightPrices));
      }),
      RUNS,
    );
  });

  it('...nor on valid usage with one field (or one group field, or one price) replaced by junk', () => {
    fc.assert(
      fc.property(usageArb, fc.constantFrom(...usageKeys), fc.constantFrom(...groupKeys), fc.constantFrom(...Object.keys(DEFAULTS)), weird, fc.nat(2), (u, uk, gk, pk, junk, where) => {
        let usage: Record<string, unknown> = { ...u };
        let prices: Record<string, unknown> = { ...DEFAULTS };
        if (where === 0) usage[uk] = junk;
        else if (where === 1) usage = { ...u, readerGroups: (u.readerGroups ?? []).map((g, i) => (i === 0 ? { ...g, [gk]: junk } : g)).concat(u.readerGroups?.length ? [] : [{ readers: 1, [gk]: junk } as never]) };
        else prices = { ...DEFAULTS, [pk]: junk };
        onlyEngineErrors(() => compareQuickSight(usage as QuickSightUsageInput, prices as unknown as QuickSightPrices));
        onlyEngineErrors(() => quickSightChartData({ readers: junk, maxSessions: 5, annualTier: junk } as never, prices as unknown as QuickSightPrices));
      }),
      RUNS,
    );
  });

  it('absurd but allowed magnitudes stay finite (1e15 readers x 1e15 sessions)', () => {
    const c = compareQuickSight({ authorsAnnual: '1e15', readerGroups: [{ readers: '1e15', sessionsPerReader: '1e15', emailedReportsPerReader: '1e15' }], spiceGb: '1e15' }, DEFAULTS);
    for (const m of QUICKSIGHT_MODELS) {
      const r = c[m];
      if (r.ok) expect(r.value.total.isFinite()).toBe(true);
    }
    expect(c.capacityAnnual.ok).toBe(false);
  });
});
