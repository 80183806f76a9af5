import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CODEBUILD_COMPUTE_TYPE_IDS,
  codeBuildCostCurve,
  priceCodeBuildAccount,
  priceCodeBuildProject,
  type CodeBuildAccountInput,
  type CodeBuildAccountResult,
  type CodeBuildGroupInput,
  type CodeBuildPrices,
} from '../../src/engine/index.ts';
import { defaultCodeBuildPrices } from '../../src/data/codebuild.ts';
import { sum } from '../../src/engine/decimal.ts';
import { EngineError } from '../../src/engine/errors.ts';

const P = defaultCodeBuildPrices();
const RUNS = { numRuns: 200 };

const computeType = fc.constantFrom(...CODEBUILD_COMPUTE_TYPE_IDS);
const smallInt = (max: number) => fc.integer({ min: 0, max });

const group: fc.Arbitrary<CodeBuildGroupInput> = fc.record(
  {
    label: fc.string({ maxLength: 8 }),
    computeType,
    count: fc.oneof(smallInt(5000), smallInt(5000).map(String)),
    per: fc.constantFrom('month' as const, 'day' as const),
    durationSeconds: fc.oneof(smallInt(7200), smallInt(7200).map(String)),
    overheadSeconds: smallInt(600),
  },
  { requiredKeys: ['computeType', 'count', 'per', 'durationSeconds'] },
);

const account: fc.Arbitrary<CodeBuildAccountInput> = fc.record({
  freeTier: fc.boolean(),
  projects: fc.array(
    fc.record({ overheadSeconds: fc.option(smallInt(300), { nil: undefined }), groups: fc.array(group, { maxLength: 4 }) }),
    { maxLength: 3 },
  ),
});

/** Prices drawn around the defaults, including zero. */
const prices: fc.Arbitrary<CodeBuildPrices> = fc
  .tuple(fc.array(fc.integer({ min: 0, max: 100000 }), { minLength: CODEBUILD_COMPUTE_TYPE_IDS.length, maxLength: CODEBUILD_COMPUTE_TYPE_IDS.length }), smallInt(500), smallInt(20000))
  .map(([ps, m, s]) => ({
    computeTypes: Object.fromEntries(CODEBUILD_COMPUTE_TYPE_IDS.map((id, i) => [id, `${ps[i]}e-6`])),
    freeTierMinutes: String(m),
    freeTierLambdaSeconds: String(s),
  }));

function allGroups(r: CodeBuildAccountResult) {
  return r.projects.flatMap((p) => p.groups);
}

describe('CodeBuild properties', () => {
  it('cost is never negative, and the line items add up to the total', () => {
    fc.assert(
      fc.property(account, prices, (a, p) => {
        const r = priceCodeBuildAccount(a, p);
        expect(r.total.gte(0)).toBe(true);
        for (const g of allGroups(r)) expect(g.total.gte(0)).toBe(true);
        for (const pr of r.projects) expect(pr.total.gte(0)).toBe(true);
        const costs = sum(r.lines.filter((l) => l.kind === 'cost').map((l) => l.amount));
        const credits = sum(r.lines.filter((l) => l.kind === 'credit').map((l) => l.amount));
        // 'per day' counts give repeating decimals (x 730/24): equal up to the 60-digit precision.
        expect(costs.minus(credits).minus(r.total).abs().lte('1e-40')).toBe(true);
        expect(r.total.eq(sum(r.projects.map((x) => x.total)))).toBe(true);
      }),
      RUNS,
    );
  });

  it('billed minutes >= raw minutes and < raw + builds, per group and in total', () => {
    fc.assert(
      fc.property(account, (a) => {
        const r = priceCodeBuildAccount(a, P);
        for (const g of allGroups(r)) {
          expect(g.billedMinutes.gte(g.rawMinutes)).toBe(true);
          if (g.buildsPerMonth.gt(0)) expect(g.billedMinutes.lt(g.rawMinutes.plus(g.buildsPerMonth))).toBe(true);
          else expect(g.billedMinutes.isZero()).toBe(true);
          if (g.billing === 'second') expect(g.billedMinutes.eq(g.rawMinutes)).toBe(true);
        }
        const builds = sum(allGroups(r).map((g) => g.buildsPerMonth));
        expect(r.billedMinutes.gte(r.rawMinutes)).toBe(true);
        if (builds.gt(0)) expect(r.billedMinutes.lt(r.rawMinutes.plus(builds))).toBe(true);
      }),
      RUNS,
    );
  });

  it('never decreases as a group gets more builds or longer builds (free tier on or off)', () => {
    fc.assert(
      fc.property(account, prices, fc.nat(), smallInt(500), smallInt(500), (a, p, pick, moreBuilds, moreSeconds) => {
        const flat = a.projects.flatMap((pr, i) => pr.groups.map((_, j) => [i, j] as const));
        fc.pre(flat.length > 0);
        const [pi, gi] = flat[pick % flat.length]!;
        const bump = (f: (g: CodeBuildGroupInput) => CodeBuildGroupInput): CodeBuildAccountInput => ({
          ...a,
          projects: a.projects.map((pr, i) => (i !== pi ? pr : { ...pr, groups: pr.groups.map((g, j) => (j !== gi ? g : f(g))) })),
        });
        const base = priceCodeBuildAccount(a, p).total;
        const moreB = priceCodeBuildAccount(bump((g) => ({ ...g, count: Number(g.count) + moreBuilds })), p).total;
        const moreS = priceCodeBuildAccount(bump((g) => ({ ...g, durationSeconds: Number(g.durationSeconds) + moreSeconds })), p).total;
        expect(moreB.gte(base)).toBe(true);
        expect(moreS.gte(base)).toBe(true);
      }),
      RUNS,
    );
  });

  it('the free tier never raises a cost, never makes one negative, and saves at most its allowance', () => {
    fc.assert(
      fc.property(account, prices, (a, p) => {
        const off = priceCodeBuildAccount({ ...a, freeTier: false }, p);
        const on = priceCodeBuildAccount({ ...a, freeTier: true }, p);
        expect(on.total.gte(0)).toBe(true);
        expect(on.total.lte(off.total)).toBe(true);
        expect(on.grossCost.eq(off.total)).toBe(true);
        expect(on.freeTier.minutes.used.lte(p.freeTierMinutes)).toBe(true);
        expect(on.freeTier.lambdaSeconds.used.lte(p.freeTierLambdaSeconds)).toBe(true);
        for (const g of allGroups(on)) {
          expect(g.freeUnits.lte(g.billedUnits)).toBe(true);
          if (g.freeTierPool === null) expect(g.freeUnits.isZero()).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('pricing a project alone equals pricing an account of that one project', () => {
    fc.assert(
      fc.property(account, fc.boolean(), (a, freeTier) => {
        fc.pre(a.projects.length > 0);
        const alone = priceCodeBuildProject(a.projects[0]!, P, { freeTier });
        const acct = priceCodeBuildAccount({ freeTier, projects: [a.projects[0]!] }, P);
        expect(alone.total.eq(acct.total)).toBe(true);
      }),
      RUNS,
    );
  });

  it('throws nothing but EngineError on arbitrary JSON', () => {
    const anyJson = fc.jsonValue({ maxDepth: 4 });
    // Structured-but-wrong inputs reach the inner parsers, not only the top-level checks.
    const fuzzGroup = fc.record(
      {
        label: anyJson,
        computeType: fc.oneof(computeType, anyJson),
        count: fc.oneof(fc.constantFrom('1', '1.5', '-2', '1e40', '0,5', '', ' 7 '), anyJson),
        per: fc.oneof(fc.constantFrom('month', 'day'), anyJson),
        durationSeconds: fc.oneof(fc.constantFrom('60', '1e30', 'NaN', 'Infinity'), fc.double(), anyJson),
        overheadSeconds: anyJson,
      },
      { requiredKeys: [] },
    );
    const fuzzAccount = fc.oneof(
      anyJson,
      fc.record({ freeTier: fc.oneof(fc.boolean(), anyJson), projects: fc.oneof(anyJson, fc.array(fc.oneof(anyJson, fc.record({ overheadSeconds: anyJson, groups: fc.oneof(anyJson, fc.array(fuzzGroup, { maxLength: 3 })) })), { maxLength: 2 })) }),
    );
    const fuzzPrices = fc.oneof(
      fc.constant(P as unknown),
      anyJson,
      fc.record({ computeTypes: fc.oneof(anyJson, fc.dictionary(fc.oneof(computeType, fc.constantFrom('__proto__', 'constructor')), anyJson)), freeTierMinutes: anyJson, freeTierLambdaSeconds: anyJson }),
    );
    const onlyEngineErrors = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        if (!(e instanceof EngineError)) throw e;
      }
    };
    fc.assert(
      fc.property(fuzzAccount, fuzzPrices, (a, p) => {
        onlyEngineErrors(() => priceCodeBuildAccount(a as never, p as never));
        onlyEngineErrors(() => priceCodeBuildProject(a as never, p as never, { freeTier: true }));
        onlyEngineErrors(() => codeBuildCostCurve(a as never, p as never));
        expect(true).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the chart agrees with the priced totals and is non-decreasing in builds', () => {
    fc.assert(
      fc.property(smallInt(3600), smallInt(120), fc.integer({ min: 1, max: 100000 }), fc.boolean(), (dur, ov, maxBuilds, freeTier) => {
        const c = codeBuildCostCurve({ durationSeconds: dur, overheadSeconds: ov, maxBuildsPerMonth: maxBuilds, points: 6, freeTier }, P);
        for (const s of c.series) {
          for (let i = 1; i < s.cost.length; i++) expect(s.cost[i]!).toBeGreaterThanOrEqual(s.cost[i - 1]!);
        }
        for (let i = 0; i < c.builds.length; i++) expect(c.billedMinutes[i]!).toBeGreaterThanOrEqual(c.rawMinutes[i]!);
      }),
      { numRuns: 50 },
    );
  });
});
