import { describe, expect, it } from 'vitest';
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
import { codeBuildCatalog, defaultCodeBuildPrices, loadCodeBuildCatalog } from '../../src/data/codebuild.ts';
import raw from '../../src/data/codebuild.json';
import { d, sum, type Dec } from '../../src/engine/decimal.ts';
import { errorOf } from './helpers.ts';

const P = defaultCodeBuildPrices();

/** One group, one project, free tier off unless asked. */
function one(group: CodeBuildGroupInput, freeTier = false): CodeBuildAccountResult {
  return priceCodeBuildProject({ groups: [group] }, P, { freeTier });
}

function expectDec(actual: Dec, expected: string): void {
  expect(actual.toFixed()).toBe(d(expected).toFixed());
}

/** cost lines minus credit lines must equal the total (info lines add nothing). */
function expectLinesAddUp(r: CodeBuildAccountResult): void {
  const costs = sum(r.lines.filter((l) => l.kind === 'cost').map((l) => l.amount));
  const credits = sum(r.lines.filter((l) => l.kind === 'credit').map((l) => l.amount));
  expectDec(costs.minus(credits), r.total.toFixed());
}

describe('EC2 compute: each build rounded up to a whole minute', () => {
  const cases: [string, CodeBuildGroupInput, { billedPerBuild: string; billed: string; raw: string; rounding: string; roundingCost: string; total: string }][] = [
    // 121 s -> 3 min; 300 x 3 = 900 min x 0.005 = 4.50; raw 300 x 121 / 60 = 605; 295 extra min x 0.005 = 1.475
    ['300 x 121 s on general1.small', { computeType: 'general1.small', count: 300, per: 'month', durationSeconds: 121 }, { billedPerBuild: '3', billed: '900', raw: '605', rounding: '295', roundingCost: '1.475', total: '4.5' }],
    // exactly 120 s -> 2 min; 300 x 2 = 600 x 0.005 = 3.00; no rounding
    ['300 x 120 s on general1.small', { computeType: 'general1.small', count: '300', per: 'month', durationSeconds: '120' }, { billedPerBuild: '2', billed: '600', raw: '600', rounding: '0', roundingCost: '0', total: '3' }],
    // 1 s -> 1 min; 1000 x 1 x 0.01 = 10; raw 1000/60 = 16.666..., rounding 983.333... min
    ['1000 x 1 s on general1.medium', { computeType: 'general1.medium', count: 1000, per: 'month', durationSeconds: 1 }, { billedPerBuild: '1', billed: '1000', raw: d(1000).div(60).toFixed(), rounding: d(1000).minus(d(1000).div(60)).toFixed(), roundingCost: d(1000).minus(d(1000).div(60)).times('0.01').toFixed(), total: '10' }],
    // 61 s -> 2 min; 10 x 2 = 20 x 0.02 = 0.40; raw 10 x 61 / 60 = 10.1666...
    ['10 x 61 s on general1.large', { computeType: 'general1.large', count: 10, per: 'month', durationSeconds: 61 }, { billedPerBuild: '2', billed: '20', raw: d(610).div(60).toFixed(), rounding: d(20).minus(d(610).div(60)).toFixed(), roundingCost: d(20).minus(d(610).div(60)).times('0.02').toFixed(), total: '0.4' }],
    // 0 builds cost nothing
    ['0 builds', { computeType: 'gpu1.large', count: 0, per: 'month', durationSeconds: 600 }, { billedPerBuild: '10', billed: '0', raw: '0', rounding: '0', roundingCost: '0', total: '0' }],
    // 100,000 builds x 60 s on Windows large = 100,000 min x 0.036 = 3,600 (infracost golden file)
    ['100,000 min on windows.general1.large', { computeType: 'windows.general1.large', count: 100000, per: 'month', durationSeconds: 60 }, { billedPerBuild: '1', billed: '100000', raw: '100000', rounding: '0', roundingCost: '0', total: '3600' }],
    // 50 x 1 h on arm1.large: 3000 min x 0.015 = 45
    ['50 x 3600 s on arm1.large', { computeType: 'arm1.large', count: 50, per: 'month', durationSeconds: 3600 }, { billedPerBuild: '60', billed: '3000', raw: '3000', rounding: '0', roundingCost: '0', total: '45' }],
  ];
  it.each(cases)('%s', (_name, group, e) => {
    const r = one(group);
    const g = r.projects[0]!.groups[0]!;
    expectDec(g.billedMinutesPerBuild, e.billedPerBuild);
    expectDec(g.billedMinutes, e.billed);
    expectDec(g.rawMinutes, e.raw);
    expectDec(g.roundingMinutes, e.rounding);
    expectDec(g.roundingCost, e.roundingCost);
    expectDec(g.total, e.total);
    expectDec(r.total, e.total);
    expectDec(r.roundingCost, e.roundingCost);
    expectLinesAddUp(r);
  });

  it('explains the rounding in words and numbers (the issue example)', () => {
    const r = one({ computeType: 'general1.small', count: 300, per: 'month', durationSeconds: 121 });
    const texts = r.lines.map((l) => l.text);
    expect(texts).toContain('general1.small: 300 builds x 3 min (121 s rounded up) = 900 billed min x $0.005 = $4.50');
    expect(texts).toContain(
      'general1.small: rounding each build up to whole minutes: 900 billed min - 605 raw min = 295 min x $0.005 = $1.475 (part of the cost above)',
    );
    const main = r.lines.find((l) => l.key === 'codebuild.group.minutesRounded')!;
    expect(main.kind).toBe('cost');
    expect(main.params).toMatchObject({ builds: '300', minutesPerBuild: '3', seconds: '121', billedMinutes: '900', price: '$0.005', cost: '$4.50' });
  });

  it('says nothing is rounded when a build is a whole number of minutes', () => {
    const r = one({ label: 'nightly', computeType: 'general1.medium', count: 30, per: 'month', durationSeconds: 600 });
    // 600 s = 10 min exactly; 30 x 10 = 300 min x 0.01 = 3.00
    expect(r.lines.map((l) => l.text)).toContain('nightly (general1.medium): 30 builds x 10 min (600 s) = 300 billed min x $0.01 = $3.00');
    expect(r.lines.some((l) => l.key === 'codebuild.group.rounding')).toBe(false);
  });

  it('every minute-billed type charges its catalog price for one 60-second build', () => {
    for (const id of CODEBUILD_COMPUTE_TYPE_IDS) {
      const entry = codeBuildCatalog.computeTypes[id];
      const r = one({ computeType: id, count: 1, per: 'month', durationSeconds: entry.billing === 'minute' ? 60 : 1 });
      expectDec(r.total, entry.value);
    }
  });
});

describe('Lambda compute: per second, no rounding', () => {
  it('300 x 121 s on lambda.x86-64.1GB = 36,300 s x $0.00002 = $0.726', () => {
    const r = one({ computeType: 'lambda.x86-64.1GB', count: 300, per: 'month', durationSeconds: 121 });
    const g = r.projects[0]!.groups[0]!;
    expect(g.unit).toBe('second');
    expectDec(g.billedUnits, '36300');
    expectDec(g.rawMinutes, '605');
    expectDec(g.billedMinutes, '605'); // billed = raw
    expectDec(g.roundingCost, '0');
    expectDec(r.total, '0.726');
    expect(r.lines.map((l) => l.text)).toContain(
      'Lambda x86-64 1 GB: 300 builds x 121 s = 36,300 billed s x $0.02 per 1,000 s = $0.726 (per-second billing, no rounding)',
    );
  });

  it('lambda.arm.1GB is half the x86 price: 300 x 121 s = $0.363', () => {
    expectDec(one({ computeType: 'lambda.arm.1GB', count: 300, per: 'month', durationSeconds: 121 }).total, '0.363');
  });
});

describe('per-build overhead (provisioning / queue)', () => {
  it('project overhead is added to every group; a group value replaces it', () => {
    const r = priceCodeBuildProject(
      {
        overheadSeconds: 30,
        groups: [
          // 90 + 30 = 120 s -> 2 min; 100 x 2 = 200 min x 0.005 = 1.00
          { computeType: 'general1.small', count: 100, per: 'month', durationSeconds: 90 },
          // 90 + 31 = 121 s -> 3 min; 100 x 3 = 300 min x 0.005 = 1.50
          { computeType: 'general1.small', count: 100, per: 'month', durationSeconds: 90, overheadSeconds: 31 },
          // 90 + 0 = 90 s -> 2 min; 100 x 2 = 200 min x 0.005 = 1.00
          { computeType: 'general1.small', count: 100, per: 'month', durationSeconds: 90, overheadSeconds: '0' },
        ],
      },
      P,
    );
    const [a, b, c] = r.projects[0]!.groups;
    expectDec(a!.secondsPerBuild, '120');
    expectDec(a!.total, '1');
    expectDec(b!.secondsPerBuild, '121');
    expectDec(b!.total, '1.5');
    expectDec(c!.secondsPerBuild, '90');
    expectDec(c!.total, '1');
    expectDec(r.total, '3.5');
    expect(r.lines.map((l) => l.text)).toContain('general1.small: each build: 90 s + 30 s overhead = 120 s on the clock');
  });

  it('overhead also bills on Lambda: 10 x (50 + 10) s x $0.00001 = $0.006', () => {
    const r = priceCodeBuildProject({ overheadSeconds: 10, groups: [{ computeType: 'lambda.arm.1GB', count: 10, per: 'month', durationSeconds: 50 }] }, P);
    expectDec(r.total, '0.006');
  });
});

describe("'per day' uses the 730-hour month (730/24 days)", () => {
  it('24 builds/day = 730 builds/month; x 5 min x $0.01 = $36.50', () => {
    const r = one({ computeType: 'general1.medium', count: 24, per: 'day', durationSeconds: 300 });
    const g = r.projects[0]!.groups[0]!;
    expectDec(g.buildsPerMonth, '730');
    expectDec(g.billedMinutes, '3650');
    expectDec(r.total, '36.5');
    expect(r.lines.map((l) => l.text)).toContain('general1.medium: 24 builds/day x 730/24 days = 730 builds/month');
  });

  it('10 builds/day keeps the fraction: 304.1666... builds x 3 min = 912.5 min x $0.0034 = $3.1025', () => {
    const r = one({ computeType: 'arm1.small', count: 10, per: 'day', durationSeconds: 141 });
    const g = r.projects[0]!.groups[0]!;
    expect(g.buildsPerMonth.minus(d(7300).div(24)).abs().lt('1e-50')).toBe(true);
    expect(g.billedMinutes.minus('912.5').abs().lt('1e-50')).toBe(true);
    expect(r.total.minus('3.1025').abs().lt('1e-50')).toBe(true);
    expect(r.lines[0]!.text).toBe('arm1.small: 10 builds/day x 730/24 days = 304.166667 builds/month');
  });
});

describe('free tier (per account, a toggle)', () => {
  it('is off by default and says why', () => {
    const r = one({ computeType: 'general1.small', count: 300, per: 'month', durationSeconds: 121 });
    expectDec(r.total, '4.5');
    expect(r.freeTier.enabled).toBe(false);
    expect(r.lines.some((l) => l.key === 'codebuild.freeTier.off')).toBe(true);
  });

  it('takes 100 min off general1.small: 900 - 100 = 800 min x $0.005 = $4.00', () => {
    const r = one({ computeType: 'general1.small', count: 300, per: 'month', durationSeconds: 121 }, true);
    expectDec(r.total, '4');
    expectDec(r.grossCost, '4.5');
    expectDec(r.freeTierCredit, '0.5');
    expectDec(r.freeTier.minutes.used, '100');
    const credit = r.lines.find((l) => l.kind === 'credit')!;
    expect(credit.text).toBe('general1.small: free tier: 100 min x $0.005 = -$0.50');
    expect(credit.key).toBe('codebuild.freeTier.minutes');
    expectDec(credit.amount, '0.5');
    expectLinesAddUp(r);
  });

  it('never goes below zero: 10 x 121 s = 30 min, all free', () => {
    const r = one({ computeType: 'general1.small', count: 10, per: 'month', durationSeconds: 121 }, true);
    expectDec(r.total, '0');
    expectDec(r.freeTier.minutes.used, '30');
    expectDec(r.freeTierCredit, '0.15'); // 30 x 0.005
  });

  it('counts billed (rounded) minutes: 100 builds of 61 s bill 200 min; 100 free leaves 100 x $0.005 = $0.50', () => {
    expectDec(one({ computeType: 'general1.small', count: 100, per: 'month', durationSeconds: 61 }, true).total, '0.5');
  });

  it('does not apply to other compute types', () => {
    const r = one({ computeType: 'general1.medium', count: 10, per: 'month', durationSeconds: 60 }, true);
    expectDec(r.total, '0.1');
    expect(r.lines.some((l) => l.key === 'codebuild.freeTier.notEligible')).toBe(true);
  });

  it('shares one pool between general1.small and arm1.small, highest price first, whatever the input order', () => {
    const small: CodeBuildGroupInput = { computeType: 'general1.small', count: 20, per: 'month', durationSeconds: 150 }; // 20 x 3 = 60 min
    const arm: CodeBuildGroupInput = { computeType: 'arm1.small', count: 50, per: 'month', durationSeconds: 60 }; // 50 min
    for (const groups of [[small, arm], [arm, small]]) {
      const r = priceCodeBuildProject({ groups }, P, { freeTier: true });
      const bySmall = r.projects[0]!.groups.find((g) => g.computeType === 'general1.small')!;
      const byArm = r.projects[0]!.groups.find((g) => g.computeType === 'arm1.small')!;
      expectDec(bySmall.freeUnits, '60'); // $0.005 minutes first
      expectDec(bySmall.total, '0');
      expectDec(byArm.freeUnits, '40'); // the 40 left of the 100
      expectDec(byArm.freeTierCredit, '0.136'); // 40 x 0.0034
      expectDec(byArm.total, '0.034'); // 10 x 0.0034
      expectDec(r.total, '0.034');
      expectDec(r.freeTier.minutes.credit, '0.436'); // 0.30 + 0.136
    }
  });

  it('breaks price ties in input order (project, then group)', () => {
    const r = priceCodeBuildAccount(
      {
        freeTier: true,
        projects: [
          { label: 'api', groups: [{ computeType: 'general1.small', count: 80, per: 'month', durationSeconds: 60 }] },
          { label: 'web', groups: [{ computeType: 'general1.small', count: 80, per: 'month', durationSeconds: 60 }] },
        ],
      },
      P,
    );
    // 160 min, 100 free: api gets 80, web gets 20; (160 - 100) x 0.005 = 0.30, all in web
    expectDec(r.projects[0]!.groups[0]!.freeUnits, '80');
    expectDec(r.projects[0]!.total, '0');
    expectDec(r.projects[1]!.groups[0]!.freeUnits, '20');
    expectDec(r.projects[1]!.total, '0.3');
    expectDec(r.total, '0.3');
    expect(r.lines.map((l) => l.text)).toContain('project "web": 80 billed min (80 raw min), $0.40 - $0.10 free tier = $0.30');
    expectLinesAddUp(r);
  });

  it('is applied ONCE across the projects of an account, unlike pricing them one by one', () => {
    const a = { groups: [{ computeType: 'general1.small', count: 100, per: 'month', durationSeconds: 60 }] } as const;
    const together = priceCodeBuildAccount({ freeTier: true, projects: [a, a] }, P);
    // 200 min - 100 free = 100 x 0.005 = 0.50
    expectDec(together.total, '0.5');
    // each alone would claim the whole 100 min: 0 + 0
    expectDec(priceCodeBuildProject(a, P, { freeTier: true }).total, '0');
  });

  it('gives 6,000 s to the 1 GB Lambda types, x86 (dearer) first', () => {
    const r = priceCodeBuildProject(
      {
        groups: [
          { computeType: 'lambda.arm.1GB', count: 100, per: 'month', durationSeconds: 50 }, // 5,000 s
          { computeType: 'lambda.x86-64.1GB', count: 100, per: 'month', durationSeconds: 50 }, // 5,000 s
        ],
      },
      P,
      { freeTier: true },
    );
    const [arm, x86] = r.projects[0]!.groups;
    expectDec(x86!.freeUnits, '5000');
    expectDec(x86!.total, '0');
    expectDec(arm!.freeUnits, '1000');
    expectDec(arm!.total, '0.04'); // 4,000 s x 0.00001
    expectDec(r.total, '0.04');
    expectDec(r.freeTier.lambdaSeconds.used, '6000');
    expect(r.lines.map((l) => l.text)).toContain('Lambda arm 1 GB: free tier: 1,000 s x $0.01 per 1,000 s = -$0.01');
  });

  it('keeps the two pools apart: 100 min on general1.small and 6,000 s on Lambda are both free', () => {
    const r = priceCodeBuildProject(
      {
        groups: [
          { computeType: 'general1.small', count: 100, per: 'month', durationSeconds: 60 },
          { computeType: 'lambda.x86-64.1GB', count: 6000, per: 'month', durationSeconds: 1 },
        ],
      },
      P,
      { freeTier: true },
    );
    expectDec(r.total, '0');
    expectDec(r.freeTierCredit, '0.62'); // 0.50 + 0.12
  });

  it('uses the allowance from the price table (override to 0 = no free tier)', () => {
    const prices: CodeBuildPrices = { ...P, freeTierMinutes: '0' };
    const r = priceCodeBuildProject({ groups: [{ computeType: 'general1.small', count: 10, per: 'month', durationSeconds: 60 }] }, prices, { freeTier: true });
    expectDec(r.total, '0.05');
  });
});

describe('prices are an argument', () => {
  it('an override replaces the catalog price', () => {
    const prices: CodeBuildPrices = { ...P, computeTypes: { ...P.computeTypes, 'general1.small': '0.006' } };
    // 300 x 3 = 900 min x 0.006 = 5.40
    const r = priceCodeBuildProject({ groups: [{ computeType: 'general1.small', count: 300, per: 'month', durationSeconds: 121 }] }, prices);
    expectDec(r.total, '5.4');
  });

  it('a price missing from the table is unknown_price at the group that needs it', () => {
    const { 'gpu1.small': _drop, ...rest } = P.computeTypes;
    const e = errorOf(() =>
      priceCodeBuildProject({ groups: [{ computeType: 'gpu1.small', count: 1, per: 'month', durationSeconds: 60 }] }, { ...P, computeTypes: rest }, {}, 'components.2'),
    );
    expect(e.code).toBe('unknown_price');
    expect(e.path).toBe('components.2.groups.0.computeType');
    expect(e.message).toMatchInlineSnapshot(`"No price is known for "gpu1.small" in the CodeBuild price table; enter one. (at components.2.groups.0.computeType)"`);
  });

  it('a malformed price names its field', () => {
    const e = errorOf(() => priceCodeBuildProject({ groups: [{ computeType: 'general1.small', count: 1, per: 'month', durationSeconds: 1 }] }, { ...P, computeTypes: { 'general1.small': '0,005' } }));
    expect(e.code).toBe('decimal_comma');
    expect(e.path).toBe('prices.computeTypes.general1.small');
  });
});

describe('invalid input throws EngineError with the path', () => {
  const g = (over: Record<string, unknown>) => ({ computeType: 'general1.small', count: 1, per: 'month', durationSeconds: 60, ...over });
  const acct = (group: unknown): CodeBuildAccountInput =>
    ({ projects: [{ groups: [{ computeType: 'general1.small', count: 1, per: 'month', durationSeconds: 1 }, group] }] }) as unknown as CodeBuildAccountInput;

  const cases: [string, unknown, string, string][] = [
    ['unknown compute type', g({ computeType: 'general1.huge' }), 'unknown_option', 'projects.0.groups.1.computeType'],
    ['compute type missing', g({ computeType: undefined }), 'required', 'projects.0.groups.1.computeType'],
    ['compute type not text', g({ computeType: 3 }), 'invalid_type', 'projects.0.groups.1.computeType'],
    ['fractional count', g({ count: '1.5' }), 'not_integer', 'projects.0.groups.1.count'],
    ['negative count', g({ count: '-1' }), 'negative', 'projects.0.groups.1.count'],
    ['float duration', g({ durationSeconds: 2.5 }), 'float_not_allowed', 'projects.0.groups.1.durationSeconds'],
    ['fractional duration', g({ durationSeconds: '90.5' }), 'not_integer', 'projects.0.groups.1.durationSeconds'],
    ['absurd duration', g({ durationSeconds: '1e20' }), 'too_large', 'projects.0.groups.1.durationSeconds'],
    ['bad overhead', g({ overheadSeconds: 'soon' }), 'not_a_number', 'projects.0.groups.1.overheadSeconds'],
    ["per 'week'", g({ per: 'week' }), 'unknown_option', 'projects.0.groups.1.per'],
    ['per missing', g({ per: undefined }), 'required', 'projects.0.groups.1.per'],
    ['label not text', g({ label: 7 }), 'invalid_type', 'projects.0.groups.1.label'],
    ['group not an object', 'general1.small', 'invalid_type', 'projects.0.groups.1'],
  ];
  it.each(cases)('%s', (_name, group, code, path) => {
    const e = errorOf(() => priceCodeBuildAccount(acct(group), P));
    expect(e.code).toBe(code);
    expect(e.path).toBe(path);
  });

  it('names the allowed compute types', () => {
    const e = errorOf(() => priceCodeBuildAccount(acct(g({ computeType: 'general1.huge' })), P));
    expect(e.message).toMatchInlineSnapshot(
      `""general1.huge" is not one of the allowed values (general1.small, general1.medium, general1.large, general1.xlarge, general1.2xlarge, arm1.small, arm1.large, gpu1.small, gpu1.large, windows.general1.medium, windows.general1.large, lambda.arm.1GB, lambda.x86-64.1GB). (at projects.0.groups.1.computeType)"`,
    );
  });

  it('checks the account shape', () => {
    expect(errorOf(() => priceCodeBuildAccount(null as unknown as CodeBuildAccountInput, P)).code).toBe('invalid_type');
    const e1 = errorOf(() => priceCodeBuildAccount({ projects: {} } as unknown as CodeBuildAccountInput, P, 'components.0'));
    expect([e1.code, e1.path]).toEqual(['invalid_type', 'components.0.projects']);
    const e2 = errorOf(() => priceCodeBuildAccount({ projects: [], freeTier: 'yes' } as unknown as CodeBuildAccountInput, P));
    expect([e2.code, e2.path]).toEqual(['invalid_type', 'freeTier']);
    const e3 = errorOf(() => priceCodeBuildAccount({ projects: [{}] } as unknown as CodeBuildAccountInput, P));
    expect([e3.code, e3.path]).toEqual(['required', 'projects.0.groups']);
    const e4 = errorOf(() => priceCodeBuildAccount({ projects: [] }, {} as unknown as CodeBuildPrices));
    expect([e4.code, e4.path]).toEqual(['required', 'prices.computeTypes']);
  });

  it('nests paths under a base path in the single-project wrapper', () => {
    const e = errorOf(() => priceCodeBuildProject({ groups: [g({ count: 'many' })] } as never, P, {}, 'components.3'));
    expect(e.path).toBe('components.3.groups.0.count');
  });

  it('an empty account or project costs nothing', () => {
    expectDec(priceCodeBuildAccount({ projects: [] }, P).total, '0');
    expectDec(priceCodeBuildProject({ groups: [] }, P, { freeTier: true }).total, '0');
  });
});

describe('totals across groups and projects', () => {
  it('sums raw, billed and rounding minutes and their cost', () => {
    const r = priceCodeBuildAccount(
      {
        projects: [
          { groups: [{ computeType: 'general1.small', count: 300, per: 'month', durationSeconds: 121 }] }, // 900 billed, 605 raw, 295 x 0.005 = 1.475
          { groups: [{ computeType: 'general1.medium', count: 60, per: 'month', durationSeconds: 90 }] }, // 120 billed, 90 raw, 30 x 0.01 = 0.30
          { groups: [{ computeType: 'lambda.arm.1GB', count: 60, per: 'month', durationSeconds: 90 }] }, // 90 billed = 90 raw, 5,400 s x 0.00001 = 0.054
        ],
      },
      P,
    );
    expectDec(r.billedMinutes, '1110');
    expectDec(r.rawMinutes, '785');
    expectDec(r.roundingMinutes, '325');
    expectDec(r.roundingCost, '1.775');
    expectDec(r.total, '5.754'); // 4.50 + 1.20 + 0.054
    expect(r.lines.map((l) => l.text)).toContain(
      'rounding each build up to whole minutes: 1,110 billed min - 785 raw min = 325 extra min, costing $1.775 (before the free tier)',
    );
    expect(r.lines.at(-1)!.text).toBe('CodeBuild total: $5.754 per month');
    expectLinesAddUp(r);
  });
});

describe('chart data', () => {
  it('monthly cost vs builds per month for each compute type, and raw vs billed minutes', () => {
    const c = codeBuildCostCurve({ durationSeconds: 121, maxBuildsPerMonth: 1000, points: 5 }, P);
    expect(c.builds).toEqual([0, 250, 500, 750, 1000]);
    expect(c.series.map((s) => s.computeType)).toEqual([...CODEBUILD_COMPUTE_TYPE_IDS]);
    // general1.small: 250 x 3 min x 0.005 = 3.75 ...
    expect(c.series[0]!.cost).toEqual([0, 3.75, 7.5, 11.25, 15]);
    // lambda.x86-64.1GB: 250 x 121 s x 0.00002 = 0.605 ...
    expect(c.series.find((s) => s.computeType === 'lambda.x86-64.1GB')!.cost).toEqual([0, 0.605, 1.21, 1.815, 2.42]);
    expect(c.billedMinutes).toEqual([0, 750, 1500, 2250, 3000]);
    expect(c.rawMinutes[3]).toBeCloseTo(1512.5, 9); // 750 x 121 / 60
    expectDec(c.billedMinutesPerBuild, '3');
  });

  it('can apply the free tier and restrict the compute types', () => {
    const c = codeBuildCostCurve({ durationSeconds: 60, overheadSeconds: 0, maxBuildsPerMonth: '200', points: 3, computeTypes: ['general1.small'], freeTier: true }, P);
    // 0, 100, 200 builds x 1 min: max(0, n - 100) x 0.005
    expect(c.series).toHaveLength(1);
    expect(c.series[0]!.cost).toEqual([0, 0, 0.5]);
  });

  it('uses whole builds and no more points than there are values', () => {
    expect(codeBuildCostCurve({ durationSeconds: 60, maxBuildsPerMonth: 3 }, P).builds).toEqual([0, 1, 2, 3]);
  });

  it('plots only priced types by default; rejects an unpriced or unknown requested type', () => {
    const { 'gpu1.large': _drop, ...rest } = P.computeTypes;
    const prices = { ...P, computeTypes: rest };
    expect(codeBuildCostCurve({ durationSeconds: 60, maxBuildsPerMonth: 10 }, prices).series).toHaveLength(12);
    const e1 = errorOf(() => codeBuildCostCurve({ durationSeconds: 60, maxBuildsPerMonth: 10, computeTypes: ['general1.small', 'gpu1.large'] }, prices, 'chart'));
    expect([e1.code, e1.path]).toEqual(['unknown_price', 'chart.computeTypes.1']);
    const e2 = errorOf(() => codeBuildCostCurve({ durationSeconds: 60, maxBuildsPerMonth: 10, computeTypes: ['nope'] }, P));
    expect([e2.code, e2.path]).toEqual(['unknown_option', 'computeTypes.0']);
    const e3 = errorOf(() => codeBuildCostCurve({ durationSeconds: 60, maxBuildsPerMonth: 10, points: 1000 }, P));
    expect([e3.code, e3.path]).toEqual(['too_large', 'points']);
    const e4 = errorOf(() => codeBuildCostCurve({ durationSeconds: 60, maxBuildsPerMonth: 0 }, P));
    expect([e4.code, e4.path]).toEqual(['not_positive', 'maxBuildsPerMonth']);
  });
});

describe('catalog', () => {
  it('has every compute type of the domain table with its price, unit, billing and pool', () => {
    const expected: Record<string, [string, string, string | undefined]> = {
      'general1.small': ['0.005', 'minute', 'ec2-small'],
      'general1.medium': ['0.01', 'minute', undefined],
      'general1.large': ['0.02', 'minute', undefined],
      'general1.xlarge': ['0.0798', 'minute', undefined],
      'general1.2xlarge': ['0.20', 'minute', undefined],
      'arm1.small': ['0.0034', 'minute', 'ec2-small'],
      'arm1.large': ['0.015', 'minute', undefined],
      'gpu1.small': ['0.05', 'minute', undefined],
      'gpu1.large': ['0.65', 'minute', undefined],
      'windows.general1.medium': ['0.018', 'minute', undefined],
      'windows.general1.large': ['0.036', 'minute', undefined],
      'lambda.arm.1GB': ['0.00001', 'second', 'lambda-1gb'],
      'lambda.x86-64.1GB': ['0.00002', 'second', 'lambda-1gb'],
    };
    expect(Object.keys(codeBuildCatalog.computeTypes).sort()).toEqual(Object.keys(expected).sort());
    for (const [id, [value, billing, pool]] of Object.entries(expected)) {
      const e = codeBuildCatalog.computeTypes[id as keyof typeof codeBuildCatalog.computeTypes];
      expect([e.value, e.billing, e.freeTierPool]).toEqual([value, billing, pool]);
      expect(e.unit).toBe(billing === 'minute' ? 'USD per build-minute' : 'USD per build-second');
      expect(e.source.length).toBeGreaterThan(10);
      expect(e.asOf).toMatch(/^\d{4}(-\d{2})?$/);
    }
    expect(codeBuildCatalog.computeTypes['gpu1.small'].unconfirmed).toBe(true);
    expect(codeBuildCatalog.computeTypes['general1.small'].unconfirmed).toBeUndefined();
    expect([codeBuildCatalog.freeTier.ec2SmallMinutes.value, codeBuildCatalog.freeTier.lambdaSeconds.value]).toEqual(['100', '6000']);
  });

  it('defaultCodeBuildPrices returns a fresh plain object', () => {
    const a = defaultCodeBuildPrices();
    (a.computeTypes as Record<string, string>)['general1.small'] = '9';
    expect(defaultCodeBuildPrices().computeTypes['general1.small']).toBe('0.005');
    expect(JSON.parse(JSON.stringify(P))).toEqual(P);
  });

  it('the loader rejects drift from the billing rules, missing or extra types and bad values', () => {
    const clone = () => JSON.parse(JSON.stringify(raw)) as { computeTypes: Record<string, Record<string, unknown>> };
    const c1 = clone();
    c1.computeTypes['lambda.arm.1GB']!.billing = 'minute';
    expect(errorOf(() => loadCodeBuildCatalog(c1)).path).toBe('computeTypes.lambda.arm.1GB.billing');
    const c2 = clone();
    delete c2.computeTypes['arm1.small']!.freeTierPool;
    expect(errorOf(() => loadCodeBuildCatalog(c2)).path).toBe('computeTypes.arm1.small.freeTierPool');
    const c3 = clone();
    delete c3.computeTypes['gpu1.large'];
    expect(errorOf(() => loadCodeBuildCatalog(c3)).code).toBe('required');
    const c4 = clone();
    c4.computeTypes['general9.tiny'] = c4.computeTypes['general1.small']!;
    expect(errorOf(() => loadCodeBuildCatalog(c4)).code).toBe('unknown_option');
    const c5 = clone();
    c5.computeTypes['general1.large']!.value = 'cheap';
    expect(errorOf(() => loadCodeBuildCatalog(c5)).path).toBe('computeTypes.general1.large.value');
    const c6 = clone();
    c6.computeTypes['general1.large']!.unit = 'USD per build-second';
    expect(errorOf(() => loadCodeBuildCatalog(c6)).path).toBe('computeTypes.general1.large.unit');
  });
});
