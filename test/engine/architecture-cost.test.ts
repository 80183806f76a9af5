import { describe, expect, it } from 'vitest';
import { evaluateScenario, type ScenarioInput } from '../../src/engine/index.ts';
import { priceArchitecture } from '../../src/engine/index.ts';
import { migrateScenario } from '../../src/engine/index.ts';
import { costNineCurve } from '../../src/engine/index.ts';
import type { NodeSpec } from '../../src/engine/availability/tree.ts';
import { defaultQuickSightPrices } from '../../src/data/quicksight.ts';
import { defaultCodeBuildPrices } from '../../src/data/codebuild.ts';
import { defaultEc2Prices } from '../../src/data/ec2.ts';
import { defaultSlas } from '../../src/data/slas.ts';
import { defaultServicePrices } from '../../src/data/services.ts';
import { defaultDevToolsPrices } from '../../src/data/devtools.ts';
import { errorOf } from './helpers.ts';
import { PRESETS } from '../../src/data/presets.ts';

const catalogs = { quicksight: defaultQuickSightPrices, codebuild: defaultCodeBuildPrices, ec2: defaultEc2Prices, slas: defaultSlas, services: defaultServicePrices, devtools: defaultDevToolsPrices };
const services = defaultServicePrices();

function doc(architecture: NodeSpec, components: ScenarioInput['components'] = []): ScenarioInput {
  return { format: 'nubecalc-scenario', version: 2, components, architecture };
}

/** One always-on t3.medium, no volumes, no public IPv4: 730 h x $0.0416 = $30.368 a month. */
const alwaysOnEc2 = {
  id: 'web',
  type: 'ec2' as const,
  name: 'Web server',
  input: {
    region: 'us-east-1',
    instanceType: 't3.medium',
    count: '1',
    schedule: { periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const, start: '00:00', end: '24:00' }], timeZone: 'UTC' },
    volumes: [],
    publicIpv4: false,
  },
};

const threeTier: NodeSpec = {
  kind: 'series',
  id: 'root',
  children: [
    { kind: 'component', id: 'alb', sla: 'elb-multi-az', cost: { type: 'catalog', items: [{ service: 'alb-hour', quantity: '730' }, { service: 'alb-lcu-hour', quantity: '730' }] } },
    { kind: 'k-of-n', id: 'web', k: '2', n: '3', member: { kind: 'component', id: 'web-ec2', sla: 'ec2-instance', cost: { type: 'catalog', items: [{ service: 'ec2-t3.medium-hour', quantity: '730' }] } } },
    {
      kind: 'component',
      id: 'db',
      sla: 'rds-multi-az',
      cost: { type: 'catalog', items: [{ service: 'rds-db.t3.micro-multi-az', quantity: '730' }, { service: 'rds-gp2-multi-az-gb-month', quantity: '20' }] },
    },
  ],
};

describe('priced architecture nodes', () => {
  it('prices the three-tier app: ALB hours and LCUs, 3 web copies of a 2-of-3 group, RDS Multi-AZ with storage', () => {
    const r = evaluateScenario(doc(threeTier), catalogs);
    const byNode = r.architectureCost!.byNode;
    // ALB: 730 h x $0.0225 = $16.425, plus 730 LCU-h x $0.008 = $5.84 -> $22.265
    expect(byNode.get('alb')!.toFixed()).toBe('22.265');
    // Web: 730 h x $0.0416 = $30.368 a copy; a k-of-n group bills all n = 3 copies -> $91.104
    expect(byNode.get('web-ec2')!.toFixed()).toBe('91.104');
    expect(byNode.get('web')!.toFixed()).toBe('91.104');
    // RDS: 730 h x $0.034 = $24.82, plus 20 GB-month x $0.23 = $4.60 -> $29.42
    expect(byNode.get('db')!.toFixed()).toBe('29.42');
    // Total: 22.265 + 91.104 + 29.42 = 142.789
    expect(byNode.get('root')!.toFixed()).toBe('142.789');
    expect(r.monthlyTotal.toFixed()).toBe('142.789');
    expect(r.annualTotal.toFixed(2)).toBe('1713.47'); // 142.789 x 12 = 1,713.468
    const texts = r.architectureCost!.lines.map((l) => l.text);
    expect(texts).toContain('alb: Application Load Balancer: 730 hours x $0.0225 = $16.42' /* $16.425 shown half-even */);
    expect(texts).toContain('web-ec2: $30.37 per copy x 3 copies = $91.10');
  });

  it('bills every replica of a component', () => {
    // 2 replicas x (1 x $12.50) = $25.00
    const r = priceArchitecture({ kind: 'component', id: 'a', percent: '99', replicas: '2', cost: { type: 'catalog', items: [{ unitPrice: '12.50', quantity: '1' }] } }, services);
    expect(r.total.toFixed(2)).toBe('25.00');
  });

  it('a linked node costs what its component costs, and the component is not counted again', () => {
    const linked = (replicas: string): NodeSpec => ({ kind: 'component', id: 'n', sla: 'ec2-instance', replicas, cost: { type: 'component', componentId: 'web' } });
    const one = evaluateScenario(doc(linked('1'), [alwaysOnEc2]), catalogs);
    // The component: 168 h/week x 730/168 = 730 h x $0.0416 = $30.368
    expect(one.components[0]!.monthly.toFixed()).toBe('30.368');
    // One copy through the node: $30.368, and the total is $30.368, not $60.736
    expect(one.architectureCost!.byNode.get('n')!.toFixed()).toBe('30.368');
    expect(one.monthlyTotal.toFixed()).toBe('30.368');
    expect(one.lines.map((l) => l.key)).toContain('scenario.componentLinked');
    // The summary names the node as the tree shows it (its name, else its id), and says why the component is not counted again
    expect(one.lines.find((l) => l.key === 'scenario.componentLinked')?.text).toMatch(/: \$30\.37 per month, counted through the architecture node "n"$/);
    const named = evaluateScenario(doc({ ...linked('1'), name: 'Web tier' } as NodeSpec, [alwaysOnEc2]), catalogs);
    expect(named.lines.find((l) => l.key === 'scenario.componentLinked')?.text).toContain('counted through the architecture node "Web tier"');
    // Three replicas: 3 x $30.368 = $91.104 in all (the component's own copy is one of them)
    const three = evaluateScenario(doc(linked('3'), [alwaysOnEc2]), catalogs);
    expect(three.monthlyTotal.toFixed()).toBe('91.104');
    expect(three.architectureCost!.linkedTotal.toFixed()).toBe('30.368');
  });

  it('prices a warm standby at the share the user sets, a full one at its price', () => {
    const priced = (id: string) => ({ kind: 'component' as const, id, percent: '99.9', cost: { type: 'catalog' as const, items: [{ unitPrice: '100', quantity: '1' }] } });
    const fo = (extra: object): NodeSpec => ({ kind: 'failover', id: 'fo', primary: priced('p'), standby: priced('s'), switchSeconds: '60', failuresPerYear: '4', ...extra });
    // Warm at 25%: $100 + $100 x 25% = $125
    const warm = priceArchitecture(fo({ standbyPricing: 'warm', standbyWarmPercent: '25' }), services);
    expect(warm.total.toFixed(2)).toBe('125.00');
    expect(warm.byNode.get('s')!.toFixed(2)).toBe('25.00');
    expect(warm.lines.map((l) => l.text)).toContain('fo: warm standby at 25% of its full price: $100.00 x 25% = $25.00');
    // Full (the default): $100 + $100 = $200
    expect(priceArchitecture(fo({}), services).total.toFixed(2)).toBe('200.00');
  });

  it('bills Glue runs per second with the 1-minute minimum (Glue 2.0+) or 10 minutes (0.9/1.0)', () => {
    const glue = (service: string) => ({ kind: 'component' as const, id: 'etl', percent: '99.9', cost: { type: 'catalog' as const, items: [{ service, quantity: '10', runs: '30', secondsPerRun: '45' }] } });
    // 30 runs x max(45 s, 60 s) = 1,800 s = 0.5 h x 10 DPU x $0.44 = $2.20
    expect(priceArchitecture(glue('glue-dpu-hour'), services).total.toFixed(2)).toBe('2.20');
    // 30 runs x max(45 s, 600 s) = 18,000 s = 5 h x 10 DPU x $0.44 = $22.00
    expect(priceArchitecture(glue('glue-dpu-hour-legacy'), services).total.toFixed(2)).toBe('22.00');
  });

  it('prices EMR as its per-instance charge on top of the EC2 hours', () => {
    // 730 h x ($0.192 EC2 + $0.048 EMR) = 730 x 0.24 = $175.20 a node
    const node = { kind: 'component' as const, id: 'emr', percent: '99', cost: { type: 'catalog' as const, items: [{ service: 'ec2-m5.xlarge-hour', quantity: '730' }, { service: 'emr-m5.xlarge-hour', quantity: '730' }] } };
    expect(priceArchitecture(node, services).total.toFixed(2)).toBe('175.20');
  });

  it('your unit price replaces the catalog price', () => {
    // 1,000 GB-month x $0.02 (yours, not $0.023) = $20.00
    const node = { kind: 'component' as const, id: 's3', sla: 's3-standard', cost: { type: 'catalog' as const, items: [{ service: 's3-standard-gb-month', unitPrice: '0.02', quantity: '1000' }] } };
    expect(priceArchitecture(node, services).total.toFixed(2)).toBe('20.00');
  });

  it('maps every node id, priced or not, and lists the unpriced components', () => {
    const r = evaluateScenario(doc({ kind: 'parallel', id: 'p', children: [{ kind: 'component', id: 'a', percent: '99' }, { kind: 'component', id: 'b', percent: '99', cost: { type: 'catalog', items: [{ unitPrice: '3', quantity: '2' }] } }] }), catalogs);
    expect([...r.architectureCost!.byNode.keys()].sort()).toEqual(['a', 'b', 'p']);
    expect(r.architectureCost!.unpriced).toEqual(['a']);
    expect(r.architectureCost!.byNode.get('p')!.toFixed(2)).toBe('6.00'); // 0 + 2 x $3
  });

  it('has no architecture cost without an architecture', () => {
    expect(evaluateScenario({ format: 'nubecalc-scenario', version: 2, components: [] }, catalogs).architectureCost).toBeNull();
  });

  it('refuses bad cost fields with the path of the field', () => {
    const at = (n: NodeSpec, comps: ScenarioInput['components'] = []) => errorOf(() => evaluateScenario(doc(n, comps), catalogs));
    const node = (cost: unknown) => ({ kind: 'component', id: 'x', percent: '99', cost }) as unknown as NodeSpec;
    expect(at(node({ type: 'component', componentId: 'nope' }))).toMatchObject({ code: 'unknown_option', path: 'architecture.cost.componentId' });
    expect(at(node({ type: 'catalog', items: [{ service: 'no-such', quantity: '1' }] }))).toMatchObject({ code: 'unknown_price', path: 'architecture.cost.items.0.service' });
    expect(at(node({ type: 'catalog', items: [{ service: 'alb-hour', quantity: '-1' }] }))).toMatchObject({ code: 'negative', path: 'architecture.cost.items.0.quantity' });
    expect(at(node({ type: 'catalog', items: [{ service: 's3-standard-gb-month', quantity: '1', runs: '2', secondsPerRun: '5' }] }))).toMatchObject({ path: 'architecture.cost.items.0.runs' });
    expect(at(node({ type: 'other' }))).toMatchObject({ code: 'unknown_option', path: 'architecture.cost.type' });
    const twice: NodeSpec = { kind: 'series', id: 'r', children: [{ kind: 'component', id: 'a', percent: '99', cost: { type: 'component', componentId: 'web' } }, { kind: 'component', id: 'b', percent: '99', cost: { type: 'component', componentId: 'web' } }] };
    expect(at(twice, [alwaysOnEc2])).toMatchObject({ code: 'duplicate_id', path: 'architecture.children.1.cost.componentId' });
    const warm = { kind: 'failover', id: 'f', primary: { kind: 'component', id: 'p', percent: '99' }, standby: { kind: 'component', id: 's', percent: '99' }, switchSeconds: '1', failuresPerYear: '1', standbyPricing: 'warm', standbyWarmPercent: '120' } as NodeSpec;
    expect(at(warm)).toMatchObject({ code: 'too_large', path: 'architecture.standbyWarmPercent' });
  });
});

describe('scenario format versions', () => {
  it('reads a version-1 document as version 2 (nothing priced, same total)', () => {
    const v1 = { format: 'nubecalc-scenario', version: 1, components: [alwaysOnEc2] };
    expect(migrateScenario(v1)).toMatchObject({ version: 2 });
    expect(evaluateScenario(v1, catalogs).monthlyTotal.toFixed()).toBe('30.368');
  });

  it('refuses a version it does not know', () => {
    expect(errorOf(() => evaluateScenario({ format: 'nubecalc-scenario', version: 3, components: [] }, catalogs))).toMatchObject({ code: 'unknown_version', path: 'version' });
  });
});

describe('costNineCurve', () => {
  it('adds one $10 copy of a 99% component per point and gives the cost of each extra nine', () => {
    const d = doc({ kind: 'component', id: 'a', percent: '99', cost: { type: 'catalog', items: [{ unitPrice: '10', quantity: '1' }] } });
    const c = costNineCurve(d, 'a', catalogs, 3);
    // copies 1, 2, 3: U = 0.01, 0.0001, 0.000001 -> nines 2, 4, 6; cost $10, $20, $30
    expect(c.points.map((p) => [p.copies, p.monthly.toFixed(2), p.nines?.toFixed()])).toEqual([
      [1, '10.00', '2'],
      [2, '20.00', '4'],
      [3, '30.00', '6'],
    ]);
    // ($20 - $10) / (4 - 2) = $5 per extra nine
    expect(c.points[1]!.perExtraNine!.toFixed(2)).toBe('5.00');
    expect(c.points[0]!.perExtraNine).toBeNull();
    expect(c.points.map((p) => p.tinyGain)).toEqual([false, false, false]);
  });

  it('marks a gain below a ten-thousandth of a nine as no measurable gain, not a price', () => {
    // A 99% part in series with the varied 99.99% part: 3 copies leave U = 1 - 0.99 x (1 - 1e-12),
    // about 0.01 + 1e-14, against 0.01 + 1e-10 with 2 copies: the nines grow by about 4e-9.
    const d = doc({
      kind: 'series',
      id: 'root',
      children: [
        { kind: 'component', id: 'weak', percent: '99' },
        { kind: 'component', id: 'a', percent: '99.99', cost: { type: 'catalog', items: [{ unitPrice: '10', quantity: '1' }] } },
      ],
    });
    const c = costNineCurve(d, 'a', catalogs, 3);
    expect(c.points.map((p) => p.tinyGain)).toEqual([false, false, true]);
    expect(c.points[2]!.perExtraNine!.gt(1_000_000)).toBe(true);
  });

  it('grows the n of a k-of-n group from k', () => {
    const c = costNineCurve(doc(threeTier), 'web', catalogs, 4);
    expect(c.varies).toBe('n');
    expect(c.points.map((p) => p.copies)).toEqual([2, 3, 4, 5]);
    // Each extra web copy adds $30.368 (730 h x $0.0416)
    expect(c.points[1]!.monthly.minus(c.points[0]!.monthly).toFixed()).toBe('30.368');
  });

  it('refuses an id that is not a component or k-of-n node', () => {
    expect(errorOf(() => costNineCurve(doc(threeTier), 'root', catalogs))).toMatchObject({ code: 'unknown_option', path: 'nodeId' });
  });
});

describe('the priced examples', () => {
  const total = (id: string) => evaluateScenario(PRESETS.find((p) => p.id === id)!.build(), catalogs);

  it('three-tier: ALB + 3 linked copies of the one-m5.large EC2 component + RDS Multi-AZ', () => {
    const r = total('three-tier-3az');
    // EC2 component: 730 h x $0.096 = $70.08 + 50 GB x $0.08 = $4.00 -> $74.08; 3 copies = $222.24
    expect(r.architectureCost!.byNode.get('web')!.toFixed()).toBe('222.24');
    // RDS: 730 h x $0.136 = $99.28 + 100 GB x $0.23 = $23.00 -> $122.28
    // $22.265 (ALB) + $222.24 + $122.28 = $366.785; the EC2 component is not added again
    expect(r.monthlyTotal.toFixed()).toBe('366.785');
  });

  it('2 of 4: one more web server than the three-tier app costs one more $74.08 copy', () => {
    // $22.265 + 4 x $74.08 + $122.28 = $22.265 + $296.32 + $122.28 = $440.865
    expect(total('web-2-of-4').monthlyTotal.toFixed()).toBe('440.865');
  });

  it('two regions: Route 53 + a full primary region + a warm standby region at 50%', () => {
    const r = total('two-region-failover');
    // Route 53: $0.50 + 2 x $0.50 + 10 x $0.40 = $5.50
    // A region: $22.265 + 2 x $74.08 + $122.28 = $292.705; standby at 50% = $146.3525
    expect(r.architectureCost!.byNode.get('region-a')!.toFixed()).toBe('292.705');
    expect(r.architectureCost!.byNode.get('region-b')!.toFixed()).toBe('146.3525');
    // $5.50 + $292.705 + $146.3525 = $444.5575
    expect(r.monthlyTotal.toFixed()).toBe('444.5575');
  });

  it('no example with an architecture costs $0.00', () => {
    for (const p of PRESETS) expect(evaluateScenario(p.build(), catalogs).monthlyTotal.isZero(), p.id).toBe(false);
  });
});

describe('costNineCurve with a kept evaluator', () => {
  it('gives the same curve as a one-off evaluation, and leaves the evaluator holding the scenario as it is', async () => {
    const { createScenarioEvaluator } = await import('../../src/engine/index.ts');
    const { PRESETS } = await import('../../src/data/presets.ts');
    const d = PRESETS.find((p) => p.id === 'three-tier-3az')!.build();
    const parent = createScenarioEvaluator(catalogs);
    const now = parent(d);
    const fork = parent.fork();
    const kept = costNineCurve(d, 'web', catalogs, 4, fork);
    const once = costNineCurve(d, 'web', catalogs, 4);
    const show = (c: typeof once) => c.points.map((p) => [p.copies, p.monthly.toFixed(), p.availability.toFixed(), p.perExtraNine?.toFixed() ?? null]);
    expect(show(kept)).toEqual(show(once));
    expect(kept.current).toBe(once.current);
    // The last evaluation was the scenario itself: its availability is the parent's object.
    expect(fork(d).availability).toBe(now.availability);
  });
});
