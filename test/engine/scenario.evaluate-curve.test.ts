/**
 * Evaluating a whole scenario (src/engine/scenario/evaluate.ts), the kept evaluator (evaluator.ts)
 * and the cost per nine curve (cost-curve.ts): the document checks with their code, path and
 * params, what reaches the availability and the priced architecture, and the curve's points.
 */
import { describe, expect, it } from 'vitest';
import { createScenarioEvaluator, evaluateScenario } from '../../src/engine/index.ts';
import { costNineCurve, MAX_CURVE_POINTS, MIN_NINES_GAIN } from '../../src/engine/scenario/cost-curve.ts';
import type { ScenarioCatalogs } from '../../src/engine/scenario/types.ts';
import { defaultQuickSightPrices } from '../../src/data/quicksight.ts';
import { defaultCodeBuildPrices } from '../../src/data/codebuild.ts';
import { defaultEc2Prices } from '../../src/data/ec2.ts';
import { defaultSlas } from '../../src/data/slas.ts';
import { errorOf } from './helpers.ts';

const services = () => ({ box: { price: '2', quantityUnit: 'hours', name: 'Box' } });
const catalogs = { quicksight: defaultQuickSightPrices, codebuild: defaultCodeBuildPrices, ec2: defaultEc2Prices, slas: defaultSlas, services } as unknown as ScenarioCatalogs;
const doc = (rest: Record<string, unknown> = {}) => ({ format: 'nubecalc-scenario', version: 2, components: [], ...rest });
const run = (rest: Record<string, unknown> = {}) => evaluateScenario(doc(rest), catalogs);
const err = (input: unknown) => errorOf(() => evaluateScenario(input, catalogs));
/** A component node at `percent`, `usd` a copy. */
const part = (id: string, percent: string, usd: string, extra: Record<string, unknown> = {}) => ({ kind: 'component', id, percent, cost: { type: 'catalog', items: [{ unitPrice: usd, quantity: '1' }] }, ...extra });
/** 10 readers x min(17 x $0.30, $5.00) = $50.00 */
const qs = { id: 'q', type: 'quicksight', model: 'legacy', usage: { readerGroups: [{ readers: '10', sessionsPerReader: '17' }] } };

describe('evaluateScenario: the document', () => {
  it('refuses what is not a scenario, with the path of the field', () => {
    for (const bad of [5, null, [], 'x']) expect(err(bad)).toMatchObject({ code: 'invalid_type', path: '', params: { expected: '@msg:error.expected.scenarioObject' } });
    expect(err({ version: 2, components: [] })).toMatchObject({ code: 'invalid_type', path: 'format', params: { expected: '"nubecalc-scenario"' } });
    expect(err(doc({ name: 5 }))).toMatchObject({ code: 'invalid_type', path: 'name', params: { expected: '@msg:error.expected.text' } });
    for (const settings of [5, [], 'x']) expect(err(doc({ settings }))).toMatchObject({ code: 'invalid_type', path: 'settings', params: { expected: '@msg:error.expected.object' } });
    expect(err(doc({ settings: { codeBuildFreeTier: 'yes' } }))).toMatchObject({ code: 'invalid_type', path: 'settings.codeBuildFreeTier', params: { expected: '@msg:error.expected.trueOrFalse' } });
    expect(err(doc({ components: undefined }))).toMatchObject({ code: 'invalid_type', path: 'components', params: { expected: '@msg:error.expected.listOfComponents' } });
    expect(err(doc({ components: { 0: qs } }))).toMatchObject({ code: 'invalid_type', path: 'components' });
  });

  it('refuses a version that is not its own (an inherited one is not the document\'s)', () => {
    const inherited = Object.assign(Object.create({ version: 2 }) as Record<string, unknown>, { format: 'nubecalc-scenario', components: [] });
    expect(err(inherited)).toMatchObject({ code: 'unknown_version', path: 'version', params: { value: '@msg:error.got.undefined', supported: '2' } });
  });

  it('takes up to 500 components, not one more', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `q${i}`, type: 'quicksight' }));
    expect(run({ components: many(500) }).components.length).toBe(500);
    expect(err(doc({ components: many(501) }))).toMatchObject({ code: 'too_large', path: 'components', params: { value: '501', max: '500' } });
  });

  it('refuses an architecture that asks for too much work before pricing anything', () => {
    const huge = { kind: 'k-of-n', id: 'k', k: '1', n: '30000', member: { kind: 'component', id: 'm', percent: '99' } };
    expect(err(doc({ components: [5], architecture: huge }))).toMatchObject({ code: 'too_much_work', path: 'architecture', params: { limit: 'kOfNMembers' } });
  });

  it('names the scenario (Scenario by default, cut to 200) and reads settings that are null as none', () => {
    expect(run().name).toBe('Scenario');
    expect(run({ name: 'Mine' }).name).toBe('Mine');
    expect(run({ name: 'n'.repeat(250) }).name).toBe('n'.repeat(200));
    expect(run({ settings: null, components: [qs] }).monthlyTotal.toFixed(2)).toBe('50.00');
  });

  it('gives the totals and their lines', () => {
    const r = run({ components: [qs] });
    expect(r.monthlyTotal.toFixed(2)).toBe('50.00');
    expect(r.annualTotal.toFixed(2)).toBe('600.00');
    expect(r.monthlySavings.isZero() && r.annualSavings.isZero()).toBe(true);
    expect(r.year).toEqual({ kind: 'twelve-months' });
    expect(r.lines.map((l) => l.key)).toEqual(['scenario.component', 'scenario.monthly', 'scenario.annual']);
    expect(r.codeBuild).toBeNull();
    expect(r.components.map((c) => c.id)).toEqual(['q']);
  });

  it('applies the CodeBuild free tier only when the settings say true', () => {
    // 100 builds x 1 min = 100 min: all free with the free tier, else 100 x $0.005 = $0.50
    const project = { id: 'c', type: 'codebuild', project: { groups: [{ computeType: 'general1.small', count: '100', per: 'month', durationSeconds: '60' }] } };
    expect(run({ components: [project] }).monthlyTotal.toFixed(2)).toBe('0.50');
    expect(run({ components: [project], settings: { codeBuildFreeTier: false } }).monthlyTotal.toFixed(2)).toBe('0.50');
    expect(run({ components: [project], settings: { codeBuildFreeTier: true } }).monthlyTotal.toFixed(2)).toBe('0.00');
    expect(run({ components: [project], settings: { codeBuildFreeTier: true } }).codeBuild!.freeTierCredit.toFixed(2)).toBe('0.50');
  });
});

describe('evaluateScenario: the architecture', () => {
  it('without one: no availability and no architecture cost', () => {
    expect(run().availability).toBeNull();
    expect(run().architectureCost).toBeNull();
    expect(run({ architecture: null }).availability).toBeNull();
    expect(run({ architecture: null }).architectureCost).toBeNull();
  });

  it('composes the availability with the settings: the 365-day year by default, a calendar month, requests', () => {
    // 99.9%: a 365-day month is 730 h: 0.001 x 2,628,000 s = 2,628 s; February 2026: 0.001 x 28 x 86,400 s = 2,419.2 s
    const month = (settings?: Record<string, unknown>) => run({ settings, architecture: part('a', '99.9', '1') }).availability!.downtime.rows.find((x) => x.period === 'month')!.downtimeSeconds.toFixed();
    expect(month()).toBe('2628');
    expect(month({ convention: 'calendar-month', conventionMonth: '2026-02' })).toBe('2419.2');
    expect(run({ architecture: part('a', '99.9', '1') }).availability!.downtime.convention.name).toBe('365-day');
    // 0.1% of 1,000,000 requests = 1,000 may fail
    const budget = run({ settings: { requestsPerMonth: '1000000' }, architecture: part('a', '99.9', '1') }).availability!.requestBudget!;
    expect(budget.failedRequests.toFixed()).toBe('1000');
    expect(run({ architecture: part('a', '99.9', '1') }).availability!.requestBudget).toBeNull();
    expect(err(doc({ settings: { convention: 'calendar-month', conventionMonth: '2026-13' }, architecture: part('a', '99.9', '1') }))).toMatchObject({ path: 'settings.conventionMonth' });
    expect(err(doc({ settings: { convention: 'lunar' }, architecture: part('a', '99.9', '1') }))).toMatchObject({ path: 'settings.convention' });
    expect(err(doc({ settings: { requestsPerMonth: 'many' }, architecture: part('a', '99.9', '1') }))).toMatchObject({ path: 'settings.requestsPerMonth' });
  });

  it('uses SLA overrides over the catalog', () => {
    const node = { kind: 'component', id: 'e', sla: 'ec2-instance' };
    expect(run({ architecture: node }).availability!.availability.toFixed()).toBe('0.995');
    expect(run({ architecture: node, slaOverrides: { 'ec2-instance': '99' } }).availability!.availability.toFixed()).toBe('0.99');
    expect(err(doc({ architecture: node, slaOverrides: 'x' }))).toMatchObject({ code: 'invalid_type', path: 'slaOverrides' });
    expect(err(doc({ architecture: node, slaOverrides: { 'ec2-instance': 'x' } }))).toMatchObject({ path: 'slaOverrides.ec2-instance' });
  });

  it('prices the tree with the service catalog and the scenario\'s components, counting a linked one once', () => {
    // Node b: 3 h x $2 = $6; node q: the $50.00 QuickSight account. Month: $6 + $50 = $56
    const architecture = { kind: 'series', id: 'r', children: [{ kind: 'component', id: 'b', percent: '99', cost: { type: 'catalog', items: [{ service: 'box', quantity: '3' }] } }, { kind: 'component', id: 'n', name: 'BI node', percent: '99', cost: { type: 'component', componentId: 'q' } }] };
    const r = run({ components: [qs], architecture });
    expect(r.architectureCost!.total.toFixed(2)).toBe('56.00');
    expect(r.architectureCost!.linkedTotal.toFixed(2)).toBe('50.00');
    expect([...r.architectureCost!.linkedNodeNames]).toEqual([['q', 'BI node']]);
    expect(r.monthlyTotal.toFixed(2)).toBe('56.00');
    expect(r.architectureCost!.lines.at(-1)!.key).toBe('architecture.total');
    // Nothing linked: linkedTotal $0
    expect(run({ components: [qs], architecture: part('a', '99', '1') }).architectureCost!.linkedTotal.isZero()).toBe(true);
    // Without a service catalog, a catalog service is unknown
    const { services: _, ...noServices } = catalogs;
    expect(errorOf(() => evaluateScenario(doc({ architecture: { kind: 'component', id: 'b', percent: '99', cost: { type: 'catalog', items: [{ service: 'box', quantity: '3' }] } } }), noServices as ScenarioCatalogs))).toMatchObject({ code: 'unknown_price', path: 'architecture.cost.items.0.service' });
  });
});

describe('createScenarioEvaluator', () => {
  it('reuses what the latest evaluation priced, and drops what it did not use', () => {
    const evaluate = createScenarioEvaluator(catalogs);
    const a = doc({ architecture: part('a', '99', '1') });
    const b = doc({ architecture: part('b', '99.9', '1') });
    const first = evaluate(a).availability;
    expect(evaluate(a).availability).toBe(first);
    expect(evaluate(b).availability!.availability.toFixed()).toBe('0.999');
    const again = evaluate(a).availability;
    expect(again).not.toBe(first);
    expect(again!.availability.toFixed()).toBe('0.99');
  });

  it('composes the availability again when a setting it reads changes', () => {
    const evaluate = createScenarioEvaluator(catalogs);
    const at = (settings: Record<string, unknown>) => evaluate(doc({ settings, architecture: part('a', '99.9', '1') })).availability!;
    const month = (settings: Record<string, unknown>) => at(settings).downtime.rows.find((x) => x.period === 'month')!.downtimeSeconds.toFixed();
    // 0.001 x 730 h = 2,628 s; February 2026: 0.001 x 28 days = 2,419.2 s; March 2026: 0.001 x 31 days = 2,678.4 s
    expect(month({})).toBe('2628');
    // The SRE 30-day month: 0.001 x 30 days = 2,592 s
    expect(month({ convention: 'sre-30-day' })).toBe('2592');
    expect(month({})).toBe('2628');
    expect(month({ convention: 'calendar-month', conventionMonth: '2026-02' })).toBe('2419.2');
    expect(month({ convention: 'calendar-month', conventionMonth: '2026-03' })).toBe('2678.4');
    // 0.1% of 1,000 and of 5,000 requests
    expect(at({ requestsPerMonth: '1000' }).requestBudget!.failedRequests.toFixed()).toBe('1');
    expect(at({ requestsPerMonth: '5000' }).requestBudget!.failedRequests.toFixed()).toBe('5');
  });

  it('keeps working after an evaluation that failed', () => {
    const evaluate = createScenarioEvaluator(catalogs);
    const a = doc({ components: [qs], architecture: part('a', '99', '1') });
    const first = evaluate(a).availability;
    expect(errorOf(() => evaluate(doc({ architecture: part('a', '99', 'x') })))).toMatchObject({ path: 'architecture.cost.items.0.unitPrice' });
    const r = evaluate(a);
    // $50 + $1
    expect(r.monthlyTotal.toFixed(2)).toBe('51.00');
    expect(r.availability).not.toBe(first);
  });
});

describe('costNineCurve', () => {
  it('refuses a document that is not an object, and an id of no component or k-of-n group', () => {
    expect(errorOf(() => costNineCurve(5, 'a', catalogs))).toMatchObject({ code: 'invalid_type', path: '', params: { expected: '@msg:error.expected.scenarioObject' } });
    const d = doc({ architecture: { kind: 'series', id: 'r', children: [part('a', '99', '1')] } });
    expect(errorOf(() => costNineCurve(d, 'zz', catalogs))).toMatchObject({ code: 'unknown_option', path: 'nodeId', params: { value: 'zz', allowed: '@msg:error.allowed.componentOrKOfNId' } });
    expect(errorOf(() => costNineCurve(d, 'r', catalogs))).toMatchObject({ code: 'unknown_option', path: 'nodeId' });
    expect(errorOf(() => costNineCurve(d, 'z'.repeat(150), catalogs)).params.value).toBe('z'.repeat(100));
    expect(errorOf(() => costNineCurve(doc(), 'a', catalogs))).toMatchObject({ code: 'unknown_option', path: 'nodeId' });
  });

  it('finds the node anywhere in the tree: children, a k-of-n member, a failover primary or standby', () => {
    const tree = {
      kind: 'series',
      id: 'r',
      children: [
        { kind: 'k-of-n', id: 'g', k: '1', n: '2', member: part('m', '90', '1') },
        { kind: 'failover', id: 'f', primary: part('p', '99', '2'), standby: part('s', '99', '3'), switchSeconds: '60', failuresPerYear: '1' },
      ],
    };
    const d = doc({ architecture: tree });
    for (const id of ['m', 'p', 's', 'g']) expect(costNineCurve(d, id, catalogs, 2).nodeId).toBe(id);
    expect(costNineCurve(d, 'g', catalogs, 2).varies).toBe('n');
    expect(costNineCurve(d, 's', catalogs, 2).varies).toBe('replicas');
  });

  it('prices 1, 2, ... copies: monthly, the node\'s own cost, the nines and the cost of each extra nine', () => {
    // $10 a copy of a 99% part: U = 0.01^c, nines 2c; $10 more per copy for 2 more nines: $5 a nine
    const d = doc({ components: [qs], architecture: part('a', '99', '10', { name: 'App' }) });
    const c = costNineCurve(d, 'a', catalogs, 3);
    expect([c.nodeId, c.name, c.varies, c.current]).toEqual(['a', 'App', 'replicas', 1]);
    expect(c.points.map((p) => [p.copies, p.monthly.toFixed(), p.nodeMonthly.toFixed(), p.availability.toFixed(), p.nines?.toFixed(), p.perExtraNine?.toFixed() ?? null, p.tinyGain])).toEqual([
      [1, '60', '10', '0.99', '2', null, false],
      [2, '70', '20', '0.9999', '4', '5', false],
      [3, '80', '30', '0.999999', '6', '5', false],
    ]);
  });

  it('leaves the document as it is', () => {
    const d = doc({ architecture: part('a', '99', '10', { replicas: '2' }) });
    const before = JSON.stringify(d);
    costNineCurve(d, 'a', catalogs, 3);
    expect(JSON.stringify(d)).toBe(before);
  });

  it('has at least the current copies plus one, at most 12 points, from k for a k-of-n group', () => {
    const copies = (arch: unknown, id: string, points?: number) => costNineCurve(doc({ architecture: arch }), id, catalogs, points).points.map((p) => p.copies);
    // Now 4 replicas: 1..5, even when 2 points are asked for
    expect(copies(part('a', '99', '1', { replicas: '4' }), 'a', 2)).toEqual([1, 2, 3, 4, 5]);
    expect(costNineCurve(doc({ architecture: part('a', '99', '1', { replicas: 4 }) }), 'a', catalogs, 2).current).toBe(4);
    // 6 by default
    expect(copies(part('a', '99', '1'), 'a')).toEqual([1, 2, 3, 4, 5, 6]);
    expect(MAX_CURVE_POINTS).toBe(12);
    expect(copies(part('a', '99', '1'), 'a', 40)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    // 2 of 3: n from 2, at least up to 3 + 1
    const group = (k: unknown, n: unknown) => ({ kind: 'k-of-n', id: 'g', k, n, member: part('m', '99', '1') });
    expect(copies(group('2', '3'), 'g', 1)).toEqual([2, 3, 4]);
    expect(copies(group(2, 3), 'g', 1)).toEqual([2, 3, 4]);
    expect(costNineCurve(doc({ architecture: group('2', '3') }), 'g', catalogs, 1).current).toBe(3);
  });

  it('reads the current copies in any form the evaluation accepts (a bug: "1e1" or "3.0" read as 1 copy, and the first point showed the scenario\'s own 10 copies)', () => {
    const curve = (extra: Record<string, unknown>) => costNineCurve(doc({ architecture: part('a', '99', '1', extra) }), 'a', catalogs, 3);
    expect(curve({ replicas: ' 3 ' }).current).toBe(3);
    expect(curve({ replicas: '3.0' }).current).toBe(3);
    expect(curve({ replicas: '12' }).current).toBe(12);
    expect(curve({ replicas: null }).current).toBe(1);
    // 10 copies now: points 1 to 11; one copy of a 99% part has 2 nines, ten have 20
    const ten = curve({ replicas: '1e1' });
    expect(ten.current).toBe(10);
    expect(ten.points.map((p) => [p.copies, p.nines?.toFixed()])).toEqual(Array.from({ length: 11 }, (_, i) => [i + 1, String(2 * (i + 1))]));
    // A k-of-n group's k and n too: 2.0 of 3.0 -> n from 2, now 3
    const group = costNineCurve(doc({ architecture: { kind: 'k-of-n', id: 'g', k: '2.0', n: '3.0', member: part('m', '99', '1') } }), 'g', catalogs, 1);
    expect([group.current, group.points.map((p) => p.copies)]).toEqual([3, [2, 3, 4]]);
    // A component's stray k is not a k-of-n group's: its copies start at 1
    expect(curve({ k: '3' }).points.map((p) => p.copies)).toEqual([1, 2, 3]);
  });

  it('has no price per nine when the nines do not grow, or at 100%', () => {
    // A 0% part stays at 0 nines however many copies
    const zero = costNineCurve(doc({ architecture: part('a', '0', '1') }), 'a', catalogs, 3);
    expect(zero.points.map((p) => [p.nines?.toFixed(), p.perExtraNine])).toEqual([['0', null], ['0', null], ['0', null]]);
    // A 100% part has no finite nines
    const perfect = costNineCurve(doc({ architecture: part('a', '100', '1') }), 'a', catalogs, 2);
    expect(perfect.points.map((p) => [p.nines, p.perExtraNine, p.tinyGain])).toEqual([[null, null, false], [null, null, false]]);
    // In parallel with a 100% part: always 100%
    const beside = costNineCurve(doc({ architecture: { kind: 'parallel', id: 'r', children: [part('a', '99', '1'), part('b', '100', '1')] } }), 'a', catalogs, 2);
    expect(beside.points.map((p) => p.perExtraNine)).toEqual([null, null]);
    expect(MIN_NINES_GAIN.toFixed()).toBe('0.0001');
  });

  it('names the curve by the node\'s name (cut to 200), else its id', () => {
    const name = (extra: Record<string, unknown>) => costNineCurve(doc({ architecture: part('a', '99', '1', extra) }), 'a', catalogs, 2).name;
    expect(name({})).toBe('a');
    expect(name({ name: '  ' })).toBe('a');
    expect(name({ name: 'N'.repeat(250) })).toBe('N'.repeat(200));
  });

  it('with a kept evaluator: every variant through it, then the scenario as it is', () => {
    const real = createScenarioEvaluator(catalogs);
    const seen: string[] = [];
    const spy = Object.assign((input: unknown) => {
      seen.push(JSON.stringify(input));
      return real(input);
    }, { fork: real.fork });
    // No replicas field: the variants add one, the last call has none
    const d = doc({ architecture: part('a', '99', '10') });
    const c = costNineCurve(d, 'a', catalogs, 3, spy);
    expect(c.points.map((p) => p.monthly.toFixed())).toEqual(['10', '20', '30']);
    // The scenario, copies 2 and 3 (copies 1 is the scenario itself), then the scenario again
    expect(seen.map((s) => (JSON.parse(s) as { architecture: { replicas?: string } }).architecture.replicas ?? 'none')).toEqual(['none', '2', '3', 'none']);
    expect(seen.at(-1)).toBe(JSON.stringify(d));
    // With a replicas field: restored as it was
    seen.length = 0;
    const e = doc({ architecture: part('a', '99', '10', { replicas: '2' }) });
    costNineCurve(e, 'a', catalogs, 3, spy);
    expect(seen.at(-1)).toBe(JSON.stringify(e));
    // Without an evaluator nothing extra is evaluated: the same points
    expect(costNineCurve(d, 'a', catalogs, 3).points.map((p) => p.monthly.toFixed())).toEqual(['10', '20', '30']);
  });
});
