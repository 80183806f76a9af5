import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createScenarioEvaluator, evaluateScenario, type ScenarioInput } from '../../src/engine/index.ts';
import { EngineError } from '../../src/engine/errors.ts';
import { defaultQuickSightPrices } from '../../src/data/quicksight.ts';
import { defaultCodeBuildPrices } from '../../src/data/codebuild.ts';
import { defaultEc2Prices } from '../../src/data/ec2.ts';
import { defaultSlas } from '../../src/data/slas.ts';
import { defaultDevToolsPrices } from '../../src/data/devtools.ts';
import { defaultServicePrices } from '../../src/data/services.ts';
import { PRESETS } from '../../src/data/presets.ts';

const catalogs = { quicksight: defaultQuickSightPrices, codebuild: defaultCodeBuildPrices, ec2: defaultEc2Prices, slas: defaultSlas, services: defaultServicePrices, devtools: defaultDevToolsPrices };

function base(rest: Partial<ScenarioInput>): ScenarioInput {
  return { format: 'nubecalc-scenario', version: 2, components: [], ...rest };
}

describe('evaluateScenario', () => {
  it('sums components: 17 legacy sessions are capped at $5 per reader, plus a 121 s build billed as 3 minutes', () => {
    const r = evaluateScenario(
      base({
        components: [
          { id: 'a', type: 'quicksight', model: 'legacy', usage: { readerGroups: [{ readers: '10', sessionsPerReader: '17' }] } },
          { id: 'b', type: 'codebuild', project: { groups: [{ computeType: 'general1.small', count: '100', per: 'month', durationSeconds: '121' }] } },
        ],
      }),
      catalogs,
    );
    // QuickSight: 10 readers x min(17 x 0.30, 5.00) = 10 x 5.00 = 50.00
    expect(r.components[0]?.monthly.toFixed(2)).toBe('50.00');
    // CodeBuild: 100 builds x 3 min x $0.005 = $1.50 (free tier off by default)
    expect(r.components[1]?.monthly.toFixed(2)).toBe('1.50');
    expect(r.monthlyTotal.toFixed(2)).toBe('51.50');
    expect(r.annualTotal.toFixed(2)).toBe('618.00');
    expect(r.lines.map((l) => l.text).join('\n')).toContain('$51.50 x 12 months = $618.00');
  });

  it('applies the CodeBuild free tier once across every project of the scenario', () => {
    const project = { groups: [{ computeType: 'general1.small', count: '100', per: 'month' as const, durationSeconds: '60' }] };
    const r = evaluateScenario(
      base({ settings: { codeBuildFreeTier: true }, components: [{ id: 'a', type: 'codebuild', project }, { id: 'b', type: 'codebuild', project }] }),
      catalogs,
    );
    // 200 billed minutes in all, 100 free: (200 - 100) x $0.005 = $0.50 for the account
    expect(r.monthlyTotal.toFixed(2)).toBe('0.50');
  });

  it('uses a price override instead of the catalog and reports a bad override at its path', () => {
    const r = evaluateScenario(
      base({ components: [{ id: 'a', type: 'quicksight', model: 'perUser', usage: { readerGroups: [{ readers: '10', sessionsPerReader: '1' }] }, prices: { perUserReader: '4' } }] }),
      catalogs,
    );
    expect(r.monthlyTotal.toFixed(2)).toBe('40.00'); // 10 readers x $4
    const bad = () => evaluateScenario(base({ components: [{ id: 'a', type: 'quicksight', model: 'perUser', usage: { readerGroups: [{ readers: '10', sessionsPerReader: '1' }] }, prices: { perUserReader: '-4' } }] }), catalogs);
    expect(bad).toThrowError(EngineError);
    try {
      bad();
    } catch (e) {
      expect((e as EngineError).path).toBe('components.0.prices.perUserReader');
      expect((e as EngineError).code).toBe('negative');
    }
  });

  it('points errors at the offending field inside the scenario', () => {
    const cases: [unknown, string, string][] = [
      [base({ components: [{ id: 'a', type: 'codebuild', project: { groups: [{ computeType: 'general9.huge', count: '1', per: 'month', durationSeconds: '60' }] } }] }), 'components.0.project.groups.0.computeType', 'unknown_option'],
      [base({ components: [{ id: 'a', type: 'quicksight', model: 'legacy', usage: { readerGroups: [{ readers: '-1', sessionsPerReader: '1' }] } }] }), 'components.0.usage.readerGroups.0.readers', 'negative'],
      [{ ...base({}), version: 99 }, 'version', 'unknown_version'],
      [base({ components: [{ id: 'a', type: 'ec2', input: { region: 'us-east-1', instanceType: 't3.micro', schedule: { periods: [] } } }, { id: 'a', type: 'ec2', input: { region: 'us-east-1', instanceType: 't3.micro', schedule: { periods: [] } } }] }), 'components.1.id', 'duplicate_id'],
      [base({ architecture: { kind: 'k-of-n', id: 'k', k: '4', n: '3', member: { kind: 'component', id: 'm', percent: '99' } } }), 'architecture.k', 'k_greater_than_n'],
      [base({ settings: { requestsPerMonth: 'lots' }, architecture: { kind: 'component', id: 'm', percent: '99' } }), 'settings.requestsPerMonth', 'not_a_number'],
    ];
    for (const [input, path, code] of cases) {
      let err: unknown = null;
      try {
        evaluateScenario(input, catalogs);
      } catch (e) {
        err = e;
      }
      expect(err, path).toBeInstanceOf(EngineError);
      expect((err as EngineError).code, path).toBe(code);
      expect((err as EngineError).path, path).toBe(path);
    }
  });

  it('evaluates every preset to finite, non-negative figures', () => {
    for (const p of PRESETS) {
      const r = evaluateScenario(p.build(), catalogs);
      expect(r.monthlyTotal.isFinite() && !r.monthlyTotal.isNegative(), p.id).toBe(true);
      if (r.availability) expect(r.availability.availability.lte(1) && r.availability.availability.gte(0), p.id).toBe(true);
    }
  });

  it('the three-tier preset composes ELB x 2-of-3 EC2 x RDS Multi-AZ', () => {
    const r = evaluateScenario(PRESETS.find((p) => p.id === 'three-tier-3az')!.build(), catalogs);
    // 2-of-3 at 0.995: 3 x 0.995^2 x 0.005 + 0.995^3 = 0.014850375 + 0.985074875 = 0.99992525
    // composite = 0.9999 x 0.99992525 x 0.9995 = 0.99932535...
    // = 0.99932530... : 0.9999 x 0.99992525 = 0.999825257475; x 0.9995 = 0.9993253448462625
    expect(r.availability!.availability.toString()).toBe('0.9993253448462625');
  });

  it('throws nothing but EngineError on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
        const doc = typeof v === 'object' && v !== null && !Array.isArray(v) ? { format: 'nubecalc-scenario', version: 2, ...v } : v;
        try {
          evaluateScenario(doc, catalogs);
        } catch (e) {
          if (!(e instanceof EngineError)) throw e;
        }
      }),
      { numRuns: 300 },
    );
    expect(true).toBe(true);
  });
});

describe('scenario settings reach the availability', () => {
  it('uses a calendar month for downtime: February 2026 has 28 days', () => {
    const r = evaluateScenario(
      base({ settings: { convention: 'calendar-month', conventionMonth: '2026-02' }, architecture: { kind: 'component', id: 'a', percent: '99.9' } }),
      catalogs,
    );
    // 0.001 x 28 x 86,400 s = 2,419.2 s
    expect(r.availability?.downtime.rows.find((x) => x.period === 'month')?.downtimeSeconds.toFixed()).toBe('2419.2');
  });

  it('reports a bad calendar month at settings.conventionMonth', () => {
    let err: unknown;
    try {
      evaluateScenario(base({ settings: { convention: 'calendar-month', conventionMonth: '2026-13' }, architecture: { kind: 'component', id: 'a', percent: '99.9' } }), catalogs);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(EngineError);
    expect((err as EngineError).path).toBe('settings.conventionMonth');
  });
});

describe('createScenarioEvaluator', () => {
  it('gives the same results as evaluateScenario while a scenario is edited', () => {
    const evaluate = createScenarioEvaluator(catalogs);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 400 })), { minLength: 1, maxLength: 8 }), (edits) => {
        const doc = structuredClone(PRESETS.find((p) => p.id === 'three-tier-3az')!.build()) as ScenarioInput & { components: { input?: { count?: string } }[] };
        const sales = PRESETS.find((p) => p.id === 'sales-dashboard')!.build().components[0]!;
        (doc.components as unknown[]).push(structuredClone(sales));
        for (const [which, value] of edits) {
          const byType = (t: string) => (doc.components as unknown as { type: string; input: { count: string }; usage: { readerGroups: { readers: string }[] } }[]).find((c) => c.type === t)!;
          if (which === 0) byType('ec2').input.count = String(value % 9);
          else if (which === 1) byType('quicksight').usage.readerGroups[0]!.readers = String(value);
          else if (which === 2) (doc as { settings: object }).settings = { convention: value % 2 ? 'sre-30-day' : '365-day' };
          else if (which === 3) (doc as { components: unknown[] }).components.reverse();
          else (doc as { slaOverrides?: object }).slaOverrides = { 'rds-multi-az': `99.${value % 100}` };
          const fresh = evaluateScenario(doc, catalogs);
          const memo = evaluate(doc);
          expect(memo.monthlyTotal.toFixed()).toBe(fresh.monthlyTotal.toFixed());
          expect(memo.components.map((c) => [c.id, c.path, c.monthly.toFixed()])).toEqual(fresh.components.map((c) => [c.id, c.path, c.monthly.toFixed()]));
          expect(memo.availability?.availability.toFixed()).toBe(fresh.availability?.availability.toFixed());
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('ScenarioEvaluator.fork', () => {
  const threeTier = () => structuredClone(PRESETS.find((p) => p.id === 'three-tier-3az')!.build()) as ScenarioInput & { architecture: { children: { id: string; n?: string }[] } };
  const sales = () => PRESETS.find((p) => p.id === 'sales-dashboard')!.build().components[0]!;

  it('takes what its parent priced in its latest evaluation instead of pricing it again', () => {
    const parent = createScenarioEvaluator(catalogs);
    const fork = parent.fork();
    const doc = threeTier();
    const mine = parent(doc);
    const theirs = fork(doc);
    // The same objects, not equal copies: nothing priced or kept twice.
    expect(theirs.availability).toBe(mine.availability);
    expect(theirs.monthlyTotal.toFixed()).toBe(mine.monthlyTotal.toFixed());
  });

  it('gives the same results as evaluateScenario while the parent and the fork evaluate different variants', () => {
    const parent = createScenarioEvaluator(catalogs);
    const fork = parent.fork();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 9 })), { minLength: 1, maxLength: 8 }), (edits) => {
        const doc = threeTier();
        (doc.components as unknown[]).push(structuredClone(sales()));
        for (const [which, value] of edits) {
          const qs = (doc.components as unknown as { type: string; usage: { readerGroups: { readers: string }[] } }[]).find((c) => c.type === 'quicksight')!;
          if (which === 0) qs.usage.readerGroups[0]!.readers = String(value * 7);
          else if (which === 1) parent(doc);
          else if (which === 2) (doc as { settings: object }).settings = { convention: value % 2 ? 'sre-30-day' : '365-day' };
          const variant = structuredClone(doc);
          // The cost per nine curve's kind of variant: more copies of the 2-of-n web tier.
          const web = variant.architecture.children.find((c) => c.id === 'web')!;
          if (which === 3) web.n = String(2 + (value % 5));
          const fresh = evaluateScenario(variant, catalogs);
          const forked = fork(variant);
          expect(forked.monthlyTotal.toFixed()).toBe(fresh.monthlyTotal.toFixed());
          expect(forked.components.map((c) => [c.id, c.path, c.monthly.toFixed()])).toEqual(fresh.components.map((c) => [c.id, c.path, c.monthly.toFixed()]));
          expect(forked.availability?.availability.toFixed()).toBe(fresh.availability?.availability.toFixed());
        }
      }),
      { numRuns: 40 },
    );
  });
});
