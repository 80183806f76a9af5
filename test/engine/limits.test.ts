import { describe, expect, it } from 'vitest';
import { WORK_BUDGET, countArchitectureWork, createScenarioEvaluator, evaluateAvailability, evaluateScenario, MAX_CHART_SESSIONS, MAX_CURVE_REPLICAS, MAX_K_OF_N, MAX_NODES, attempt } from '../../src/engine/index.ts';
import { defaultQuickSightPrices } from '../../src/data/quicksight.ts';
import { defaultCodeBuildPrices } from '../../src/data/codebuild.ts';
import { defaultEc2Prices } from '../../src/data/ec2.ts';
import { defaultSlas } from '../../src/data/slas.ts';
import { errorOf } from './helpers.ts';

const catalogs = { quicksight: defaultQuickSightPrices, codebuild: defaultCodeBuildPrices, ec2: defaultEc2Prices, slas: defaultSlas };
const scenario = (children: unknown[]) => ({ format: 'nubecalc-scenario', version: 1, components: [], architecture: { kind: 'series', id: 'root', children } });
const kOfN = (i: number, n: string) => ({ kind: 'k-of-n', id: `g${i}`, k: '1', n, member: { kind: 'component', id: `m${i}`, percent: '99.9' } });

describe('the work budget', () => {
  it('counts nodes, component copies and k-of-n members on the raw JSON', () => {
    const w = countArchitectureWork({
      kind: 'series', id: 'r', children: [
        { kind: 'component', id: 'a', percent: '99', replicas: '3' },
        { kind: 'k-of-n', id: 'k', k: 2, n: '4', member: { kind: 'component', id: 'm', percent: '99', replicas: 2 } },
        { kind: 'failover', id: 'f', switchSeconds: '1', primary: { kind: 'component', id: 'p', percent: '99' }, standby: { kind: 'component', id: 's', percent: '99' } },
      ],
    });
    // nodes: r, a, k, f, p, s = 6 (the k-of-n member is not walked: it is counted through n)
    // copies: a 3 + k-of-n 4 members x 2 replicas = 8 + p 1 + s 1 = 13; k-of-n members: 4
    expect(w).toEqual({ nodes: 6, replicaMembers: 13, kOfNMembers: 4 });
  });

  it('never throws on hostile JSON (bad counts are left to the parser)', () => {
    for (const bad of [null, 5, [], { kind: 'component', replicas: JSON.parse('{"toString":0}') }, { kind: 'k-of-n', n: '1e400' }, { kind: 'series', children: 'x' }]) {
      expect(() => countArchitectureWork(bad)).not.toThrow();
    }
  });

  it('refuses the 28 KB link of the reproducer (2,499 k-of-n groups of n = 10,000) before evaluating, naming the limit', () => {
    const doc = scenario(Array.from({ length: 2499 }, (_, i) => kOfN(i, '10000')));
    const e = errorOf(() => evaluateScenario(doc, catalogs));
    // 2,499 x 10,000 = 24,990,000 members, the budget is 20,000.
    expect([e.code, e.path, e.params]).toEqual(['too_much_work', 'architecture', { limit: 'kOfNMembers', value: '24990000', max: '20000' }]);
    expect(e.message).toContain('24990000 k-of-n members in all, and nubecalc evaluates at most 20000');
  });

  it('counts n and replicas however the number is written ("1e4", 1.0E+3)', () => {
    const doc = scenario([kOfN(0, '1e4'), kOfN(1, '1.0E+4'), kOfN(2, '10000')]);
    // 3 x 10,000 = 30,000 members > 20,000
    expect(errorOf(() => evaluateScenario(doc, catalogs)).params).toMatchObject({ limit: 'kOfNMembers', value: '30000' });
    expect(countArchitectureWork({ kind: 'component', id: 'a', percent: '99', replicas: '1e3' }).replicaMembers).toBe(1000);
  });

  it('refuses 4,999 components x 1,000 replicas (the second reproducer) by component copies', () => {
    const doc = scenario(Array.from({ length: 4999 }, (_, i) => ({ kind: 'component', id: `c${i}`, percent: '99.9', replicas: '1000' })));
    const e = errorOf(() => createScenarioEvaluator(catalogs)(doc));
    // 4,999 x 1,000 = 4,999,000 copies; the budget is 50,000.
    expect([e.code, e.params.limit, e.params.value]).toEqual(['too_much_work', 'replicaMembers', '4999000']);
  });

  it('the budget is checked before the components are priced (an invalid component does not come first)', () => {
    const doc = { ...scenario([kOfN(0, '10000'), kOfN(1, '10000'), kOfN(2, '10000')]), components: [{ id: 'x', type: 'nope' }] };
    expect(errorOf(() => evaluateScenario(doc, catalogs)).code).toBe('too_much_work');
  });

  it('evaluateAvailability applies it too, at the architecture path', () => {
    const e = errorOf(() => evaluateAvailability({ architecture: { kind: 'series', id: 'r', children: [kOfN(0, '10000'), kOfN(1, '10000'), kOfN(2, '10000')] } }, defaultSlas(), 'x'));
    expect([e.code, e.path]).toEqual(['too_much_work', 'x.architecture']);
  });

  it('one group at each field maximum still fits (a single k-of-n of 10,000; 5,000 nodes)', () => {
    expect(MAX_K_OF_N).toBeLessThanOrEqual(WORK_BUDGET.kOfNMembers);
    expect(MAX_NODES).toBeLessThanOrEqual(WORK_BUDGET.nodes);
    const r = attempt(() => evaluateScenario(scenario([kOfN(0, '10000')]), catalogs));
    expect(r.ok).toBe(true);
  });

  it('every chart function asks for at most the chart-point budget', () => {
    // QuickSight: sessions 0..10,000; CodeBuild: 501 points; replicas: 1..100; EC2: 120 months.
    for (const max of [MAX_CHART_SESSIONS + 1, 501, MAX_CURVE_REPLICAS, 120]) expect(max).toBeLessThanOrEqual(WORK_BUDGET.chartPoints + 1);
  });
});
