import { describe, expect, it } from 'vitest';
import { priceCodeBuildAccount, codeBuildCostCurve, type CodeBuildAccountInput } from '../../../src/engine/index.ts';
import { defaultCodeBuildPrices } from '../../../src/data/codebuild.ts';
import { LINES_ES } from '../../../src/lib/i18n/lines/es.ts';
import { I18n } from '../../../src/lib/i18n/i18n.svelte.ts';
import { costCurveSpec, minutesBarSpec } from '../../../src/lib/charts/codebuild.ts';
import { niceMaxBuilds } from '../../../src/engine/index.ts';
import { d } from '../../../src/engine/decimal.ts';
import type { LineItem } from '../../../src/engine/explain.ts';

/** Accounts that between them make the engine emit every CodeBuild line key. */
const accounts: CodeBuildAccountInput[] = [
  {
    freeTier: true,
    projects: [
      { label: 'web', overheadSeconds: '15', groups: [{ label: 'PR', computeType: 'general1.small', count: '10', per: 'day', durationSeconds: '121' }, { computeType: 'general1.medium', count: '5', per: 'month', durationSeconds: '120' }] },
      { groups: [{ computeType: 'lambda.arm.1GB', count: '100', per: 'month', durationSeconds: '45' }] },
    ],
  },
  { freeTier: false, projects: [{ groups: [{ computeType: 'arm1.small', count: '1', per: 'month', durationSeconds: '61' }] }] },
  { freeTier: true, projects: [{ groups: [{ computeType: 'gpu1.large', count: '1', per: 'month', durationSeconds: '60' }] }] },
];

const placeholders = (t: string): string[] => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('CodeBuild messages', () => {
  const lines: LineItem[] = accounts.flatMap((a) => [...priceCodeBuildAccount(a, defaultCodeBuildPrices()).lines]);
  const keys = [...new Set(lines.map((l) => l.key))].sort();

  it('the sample accounts cover every line key the engine emits', () => {
    expect(keys).toEqual([
      'codebuild.freeTier.minutes', 'codebuild.freeTier.notEligible', 'codebuild.freeTier.off', 'codebuild.freeTier.poolMinutes',
      'codebuild.freeTier.poolSeconds', 'codebuild.freeTier.seconds', 'codebuild.group.minutes', 'codebuild.group.minutesRounded',
      'codebuild.group.overhead', 'codebuild.group.perDay', 'codebuild.group.rounding', 'codebuild.group.seconds',
      'codebuild.project.total', 'codebuild.project.totalWithFreeTier', 'codebuild.rounding.total', 'codebuild.total', 'codebuild.totalWithFreeTier',
    ]);
  });

  it('has a Spanish template for every line key, using only params the engine gives', () => {
    for (const item of lines) {
      const template = LINES_ES[item.key];
      expect(template, item.key).toBeDefined();
      for (const p of placeholders(template!)) expect(Object.keys(item.params), `${item.key} {${p}}`).toContain(p);
    }
  });

  it('renders a formula in Spanish with localized numbers', () => {
    const i18n = new I18n('es');
    const item = lines.find((l) => l.key === 'codebuild.group.minutesRounded' && l.params.label === 'PR')!;
    // 10/day x 730/24 = 304.1666... builds x 3 min (121 s + 15 s overhead = 136 s) = 912.5 min x $0.005
    expect(i18n.line(item).replace(/\u00a0/g, ' ')).toBe('PR (general1.small): 304,166667 compilaciones × 3 min (136 s redondeados hacia arriba) = 912,5 min facturados × 0,005 US$ = 4,5625 US$');
  });
});

describe('CodeBuild chart mappers', () => {
  it('picks a round axis end: at least 100, about twice the builds', () => {
    expect(niceMaxBuilds(d(10))).toBe(100);
    expect(niceMaxBuilds(d(300))).toBe(1000);
    expect(niceMaxBuilds(d('304.1666'))).toBe(1000);
    expect(niceMaxBuilds(d(80))).toBe(200);
  });

  it('maps the engine cost curve: one line per compute type, priced like the line items', () => {
    const prices = defaultCodeBuildPrices();
    const spec = costCurveSpec(
      { durationSeconds: '121', overheadSeconds: '0', buildsPerMonth: d(300), computeTypes: ['general1.small', 'lambda.arm.1GB'], freeTier: false },
      prices,
      { xTitle: 'Builds', yTitle: 'USD' },
    )!;
    expect(spec.series.map((s) => s.label)).toEqual(['general1.small', 'lambda.arm.1GB']);
    const small = spec.series[0]!.data as { x: number; y: number }[];
    expect(small[0]).toEqual({ x: 0, y: 0 });
    // 1,000 builds x 3 min x $0.005 = $15; Lambda: 1,000 x 121 s x $0.00001 = $1.21
    expect(small.at(-1)).toEqual({ x: 1000, y: 15 });
    expect((spec.series[1]!.data as { x: number; y: number }[]).at(-1)).toEqual({ x: 1000, y: 1.21 });
    const curve = codeBuildCostCurve({ durationSeconds: '121', maxBuildsPerMonth: '1000', computeTypes: ['general1.small'] }, prices);
    expect(small.map((p) => p.y)).toEqual(curve.series[0]!.cost);
  });

  it('returns null when the inputs cannot be priced', () => {
    const prices = { ...defaultCodeBuildPrices(), computeTypes: {} };
    expect(costCurveSpec({ durationSeconds: '60', overheadSeconds: '0', buildsPerMonth: d(1), computeTypes: ['gpu1.small'], freeTier: false }, prices, { xTitle: '', yTitle: '' })).toBeNull();
  });

  it('maps raw vs billed minutes per group', () => {
    const spec = minutesBarSpec([{ label: 'PR', rawMinutes: d('605'), billedMinutes: d('900') }, { label: 'Nightly', rawMinutes: d('10.123'), billedMinutes: d('10.123') }], { xTitle: 'Group', yTitle: 'min', raw: 'Raw', billed: 'Billed' });
    expect(spec.labels).toEqual(['PR', 'Nightly']);
    expect(spec.series.map((s) => [s.label, s.data])).toEqual([['Raw', [605, 10.12]], ['Billed', [900, 10.12]]]);
  });
});
