/**
 * CodeBuild rules the main tests leave implicit: the free-tier summary per pool, project names,
 * and the chart's overhead and x values. Default prices: general1.small $0.005, arm1.small
 * $0.0034, general1.medium $0.01 per minute; lambda.x86-64.1GB $0.00002 per second.
 */
import { describe, expect, it } from 'vitest';
import {
  codeBuildCostCurve,
  codeBuildRoundingShares,
  d,
  isCodeBuildComputeType,
  priceCodeBuildAccount,
  priceCodeBuildProject,
  type CodeBuildGroupInput,
  type CodeBuildPrices,
} from '../../src/engine/index.ts';
import { defaultCodeBuildPrices } from '../../src/data/codebuild.ts';
import { errorOf } from './helpers.ts';

const P = defaultCodeBuildPrices();
const g = (computeType: string, count: number, durationSeconds: number, label?: string): CodeBuildGroupInput => ({
  computeType,
  count,
  per: 'month',
  durationSeconds,
  ...(label === undefined ? {} : { label }),
});

describe('free tier summary: one line per pool the account uses', () => {
  it('general1.small beside general1.medium: the minutes pool line, no "saves nothing" line', () => {
    // general1.small 300 x 121 s = 300 x 3 = 900 min; 100 free x $0.005 = $0.50
    const r = priceCodeBuildProject({ groups: [g('general1.small', 300, 121), g('general1.medium', 10, 60)] }, P, { freeTier: true });
    const pools = r.lines.filter((l) => l.key.startsWith('codebuild.freeTier.pool') || l.key === 'codebuild.freeTier.notEligible');
    expect(pools.map((l) => l.key)).toEqual(['codebuild.freeTier.poolMinutes']);
    expect(pools[0]!.text).toBe(
      'free tier (one pool per account for general1.small and arm1.small): 100 of 100 free min used, saving $0.50; applied to the highest-priced minutes first (how AWS splits the pool is unconfirmed)',
    );
    expect(pools[0]!.amount.toFixed()).toBe('100');
    expect(pools[0]!.params).toEqual({ used: '100', allowance: '100', credit: '$0.50' });
  });

  it('a 1 GB Lambda type alone: the seconds pool line only', () => {
    // 100 x 50 s = 5,000 s of the 6,000 free; 5,000 x $0.00002 = $0.10
    const r = priceCodeBuildProject({ groups: [g('lambda.x86-64.1GB', 100, 50)] }, P, { freeTier: true });
    const pools = r.lines.filter((l) => l.key.startsWith('codebuild.freeTier.pool') || l.key === 'codebuild.freeTier.notEligible');
    expect(pools.map((l) => l.key)).toEqual(['codebuild.freeTier.poolSeconds']);
    expect(pools[0]!.text).toBe(
      'free tier (one pool per account for the 1 GB Lambda types): 5,000 of 6,000 free s used, saving $0.10; applied to the highest-priced seconds first',
    );
    expect(pools[0]!.params).toEqual({ used: '5,000', allowance: '6,000', credit: '$0.10' });
  });

  it('both pools: each reports only its own credit', () => {
    // minutes: 100 x 60 s = 100 min x $0.005 = $0.50; seconds: 6,000 x 1 s x $0.00002 = $0.12
    const r = priceCodeBuildProject({ groups: [g('general1.small', 100, 60), g('lambda.x86-64.1GB', 6000, 1)] }, P, { freeTier: true });
    expect([r.freeTier.minutes.used, r.freeTier.minutes.credit].map((x) => x.toFixed())).toEqual(['100', '0.5']);
    expect([r.freeTier.lambdaSeconds.used, r.freeTier.lambdaSeconds.credit].map((x) => x.toFixed())).toEqual(['6000', '0.12']);
    expect(r.lines.filter((l) => l.key.startsWith('codebuild.freeTier.pool')).map((l) => l.params.credit)).toEqual(['$0.50', '$0.12']);
  });

  it('with the free tier off, both pools report a zero allowance, use and credit', () => {
    const r = priceCodeBuildProject({ groups: [g('general1.small', 100, 60)] }, P);
    for (const pool of [r.freeTier.minutes, r.freeTier.lambdaSeconds]) {
      expect([pool.allowance, pool.used, pool.credit].map((x) => x.toFixed())).toEqual(['0', '0', '0']);
    }
  });

  it('the account total names the free tier when it saved something', () => {
    // 300 x 3 min = 900 min x $0.005 = $4.50 - $0.50 = $4.00
    const r = priceCodeBuildProject({ groups: [g('general1.small', 300, 121)] }, P, { freeTier: true });
    const last = r.lines.at(-1)!;
    expect([last.key, last.text]).toEqual(['codebuild.totalWithFreeTier', 'CodeBuild total: $4.50 - $0.50 free tier = $4.00 per month']);
    expect(last.params).toEqual({ grossCost: '$4.50', freeTierCredit: '$0.50', total: '$4.00' });
    const project = r.lines.find((l) => l.key === 'codebuild.project.totalWithFreeTier')!;
    expect(project.text).toBe('project 1: 900 billed min (605 raw min), $4.50 - $0.50 free tier = $4.00');
  });
});

describe('projects and groups are named in the results and formulas', () => {
  const price = () => priceCodeBuildAccount(
    {
      projects: [
        { groups: [g('general1.medium', 10, 60)] }, // 10 min x $0.01 = $0.10
        { groups: [g('general1.medium', 20, 60)] }, // 20 min = $0.20
        { label: 'web', groups: [g('general1.medium', 5, 60, 'PR checks')] }, // 5 min = $0.05
      ],
    },
    P,
  );

  it('unlabelled projects are "project N" in input order; a labelled one is quoted', () => {
    const r = price();
    expect(r.projects.map((p) => p.label)).toEqual(['project 1', 'project 2', 'web']);
    expect(r.lines.filter((l) => l.key === 'codebuild.project.total').map((l) => l.text)).toEqual([
      'project 1: 10 billed min (10 raw min) = $0.10',
      'project 2: 20 billed min (20 raw min) = $0.20',
      'project "web": 5 billed min (5 raw min) = $0.05',
    ]);
    expect(r.lines.at(-1)!.text).toBe('CodeBuild total: $0.35 per month');
  });

  it('a group is named by its label, else by its compute type; the line params carry the label or ""', () => {
    const r = price();
    expect(r.projects.map((p) => p.groups[0]!.label)).toEqual(['general1.medium', 'general1.medium', 'PR checks']);
    const priced = r.lines.filter((l) => l.key === 'codebuild.group.minutes');
    expect(priced.map((l) => [l.params.project, l.params.label])).toEqual([
      ['project 1', ''],
      ['project 2', ''],
      ['web', 'PR checks'],
    ]);
    expect(priced[2]!.text).toBe('PR checks (general1.medium): 5 builds x 1 min (60 s) = 5 billed min x $0.01 = $0.05');
  });
});

describe('compute type names', () => {
  it('only a string naming a known type is a compute type (a list holding one is not)', () => {
    expect(isCodeBuildComputeType('general1.small')).toBe(true);
    expect(isCodeBuildComputeType(['general1.small'])).toBe(false);
    expect(isCodeBuildComputeType('toString')).toBe(false);
  });
});

describe('chart data', () => {
  it('adds the overhead to every build: 100 s + 30 s = 130 s bills 3 min', () => {
    const c = codeBuildCostCurve({ durationSeconds: 100, overheadSeconds: 30, maxBuildsPerMonth: 10, points: 2, computeTypes: ['general1.small'] }, P);
    expect(c.secondsPerBuild.toFixed()).toBe('130');
    expect(c.billedMinutesPerBuild.toFixed()).toBe('3');
    expect(c.builds).toEqual([0, 10]);
    // 10 builds x 3 min x $0.005 = $0.15; billed 30 min, raw 10 x 130 / 60 = 21.666...
    expect(c.series[0]!.cost).toEqual([0, 0.15]);
    expect(c.billedMinutes).toEqual([0, 30]);
    expect(c.rawMinutes[1]).toBeCloseTo(21.6667, 4);
  });

  it('never gives more x values than points: 21 points up to 21 builds are 0..19 and 21', () => {
    // x_i = floor(21 i / 20), i = 0..20: i = 19 gives 19 (19.95), i = 20 gives 21
    const c = codeBuildCostCurve({ durationSeconds: 60, maxBuildsPerMonth: 21, computeTypes: ['general1.small'] }, P);
    expect(c.builds).toEqual([...Array.from({ length: 20 }, (_, i) => i), 21]);
  });

  it('leaves out of the default series a type whose price is blank or null', () => {
    const prices = { ...P, computeTypes: { ...P.computeTypes, 'gpu1.large': '', 'gpu1.small': null } } as unknown as CodeBuildPrices;
    const c = codeBuildCostCurve({ durationSeconds: 60, maxBuildsPerMonth: 10 }, prices);
    expect(c.series.map((s) => s.computeType)).not.toContain('gpu1.large');
    expect(c.series.map((s) => s.computeType)).not.toContain('gpu1.small');
    expect(c.series).toHaveLength(11);
  });

  it.each([[''], [null]])('a requested type priced %j is unknown_price at the chart field', (price) => {
    const prices = { ...P, computeTypes: { ...P.computeTypes, 'gpu1.large': price } } as unknown as CodeBuildPrices;
    const e = errorOf(() => codeBuildCostCurve({ durationSeconds: 60, maxBuildsPerMonth: 10, computeTypes: ['gpu1.large'] }, prices, 'chart'));
    expect([e.code, e.path, e.message]).toEqual([
      'unknown_price',
      'chart.computeTypes.0',
      'No price is known for "gpu1.large" in the CodeBuild price table; enter one. (at chart.computeTypes.0)',
    ]);
  });
});

describe('what rounding adds, for the results callout', () => {
  it('121 s billed as 3 min: 59 s more, 48.8% of the clock time and 32.8% of the billed time', () => {
    const s = codeBuildRoundingShares(d(121), d(3));
    expect(s.more.toDecimalPlaces(1).toFixed()).toBe('48.8');
    expect(s.share.toDecimalPlaces(1).toFixed()).toBe('32.8');
  });

  it('nothing is rounded at a whole minute, and a build of no time has no share', () => {
    expect([codeBuildRoundingShares(d(120), d(2)), codeBuildRoundingShares(d(0), d(0))].map((s) => [s.more.toFixed(), s.share.toFixed()])).toEqual([['0', '0'], ['0', '0']]);
  });

  it('a group result carries its duration apart from the overhead', () => {
    const g = priceCodeBuildProject({ overheadSeconds: 15, groups: [{ computeType: 'general1.small', count: 1, per: 'month', durationSeconds: 121 }] }, P).projects[0]!.groups[0]!;
    expect([g.durationSeconds.toFixed(), g.overheadSeconds.toFixed(), g.secondsPerBuild.toFixed()]).toEqual(['121', '15', '136']);
  });

  it('a project result counts the builds of all its groups (10/day x 730/24 + 5 = 309.1666...)', () => {
    const p = priceCodeBuildProject({ groups: [{ computeType: 'general1.small', count: 10, per: 'day', durationSeconds: 60 }, { computeType: 'arm1.small', count: 5, per: 'month', durationSeconds: 60 }] }, P).projects[0]!;
    expect(p.buildsPerMonth.toDecimalPlaces(4).toFixed()).toBe('309.1667');
  });
});
