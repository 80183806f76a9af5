/**
 * The line items of an evaluated architecture tree (src/engine/availability/evaluate.ts): for each
 * component source, replicas, series and parallel groups (short and abbreviated formulas), k-of-n
 * (with and without its terms written out) and failover, the key, amount, params, kind and unit a
 * page or another language reads; and the node results (kind, name, path, depth, usesSla).
 * Every expected value is worked out by hand in a comment.
 */
import { describe, expect, it } from 'vitest';
import { evaluateAvailability, type AvailabilityResult, type NodeSpec } from '../../src/engine/index.ts';
import { evaluateTree } from '../../src/engine/availability/evaluate.ts';
import { parseArchitecture } from '../../src/engine/availability/tree.ts';
import { defaultSlas } from '../../src/data/slas.ts';

const slas = defaultSlas();

const run = (architecture: unknown, catalog: unknown = slas): AvailabilityResult => evaluateAvailability({ architecture }, catalog);
const comp = (id: string, fields: Record<string, unknown>): NodeSpec => ({ kind: 'component', id, ...fields }) as NodeSpec;
const frac = (id: string, fraction: string): NodeSpec => comp(id, { fraction });

function only(r: AvailabilityResult, key: string) {
  const found = r.lines.filter((l) => l.key === key);
  expect(found).toHaveLength(1);
  return found[0]!;
}

const keys = (r: AvailabilityResult) => r.lines.map((l) => l.key);

describe('component lines', () => {
  it('a percent: "Web tier: 99.95% = 0.9995", amount 0.9995, an info line in fraction units', () => {
    const r = run(comp('web', { name: 'Web tier', percent: '99.95' }));
    const l = only(r, 'availability.component.percent');
    expect(l.amount.toFixed()).toBe('0.9995');
    expect(l.params).toEqual({ id: 'web', name: 'Web tier', availability: '0.9995', percent: '99.95' });
    expect([l.kind, l.unit]).toEqual(['info', 'fraction']);
    expect(l.text).toBe('Web tier: 99.95% = 0.9995');
  });

  it('a fraction: its percent is written beside it, 0.99925 = 99.925%', () => {
    const r = run(comp('q', { name: 'Queue', fraction: '0.99925' }));
    const l = only(r, 'availability.component.fraction');
    expect(l.amount.toFixed()).toBe('0.99925');
    expect(l.params).toEqual({ id: 'q', name: 'Queue', availability: '0.99925', percent: '99.925' });
    expect([l.kind, l.unit]).toEqual(['info', 'fraction']);
    expect(l.text).toBe('Queue: availability 0.99925 (99.925%)');
  });

  it('MTBF 1,999 h and MTTR 1 h: 1999 / 2000 = 0.9995, the hours grouped', () => {
    const r = run(comp('db', { name: 'Database', mtbfHours: '1999', mttrHours: '1' }));
    const l = only(r, 'availability.component.mtbf');
    expect(l.amount.toFixed()).toBe('0.9995');
    expect(l.params).toEqual({ id: 'db', name: 'Database', availability: '0.9995', mtbfHours: '1,999', mttrHours: '1' });
    expect([l.kind, l.unit]).toEqual(['info', 'fraction']);
    expect(l.text).toBe('Database: MTBF / (MTBF + MTTR) = 1,999 h / (1,999 h + 1 h) = 0.9995');
  });

  it('a catalog SLA: rds-multi-az 99.95% = 0.9995, the service named by reference, one SLA use', () => {
    const r = run(comp('db', { name: 'Orders DB', sla: 'rds-multi-az' }));
    const l = only(r, 'availability.component.sla');
    expect(l.amount.toFixed()).toBe('0.9995');
    expect(l.params).toEqual({
      id: 'db',
      name: 'Orders DB',
      availability: '0.9995',
      sla: 'rds-multi-az',
      service: '@msg:availability.service.rds-multi-az',
      percent: '99.95',
    });
    expect([l.kind, l.unit]).toEqual(['info', 'fraction']);
    expect(keys(r)).not.toContain('availability.component.slaOverride');
    expect(r.slaUses).toHaveLength(1);
    expect(r.slaUses[0]).toMatchObject({ componentId: 'db', name: 'Orders DB', slaId: 'rds-multi-az', overridden: false });
    expect(r.slaUses[0]!.percent.toFixed()).toBe('99.95');
  });

  it('an SLA with the user\'s value: 99.9% = 0.999 on the slaOverride line, the use marked overridden', () => {
    const r = run(comp('db', { name: 'Orders DB', sla: 'rds-multi-az', slaOverride: '99.9' }));
    const l = only(r, 'availability.component.slaOverride');
    expect(l.amount.toFixed()).toBe('0.999');
    expect(l.params).toEqual({
      id: 'db',
      name: 'Orders DB',
      availability: '0.999',
      sla: 'rds-multi-az',
      service: '@msg:availability.service.rds-multi-az',
      percent: '99.9',
    });
    expect([l.kind, l.unit]).toEqual(['info', 'fraction']);
    expect(keys(r)).not.toContain('availability.component.sla');
    expect(l.text).toBe('Orders DB: RDS Multi-AZ instance or cluster SLA, your value 99.9% = 0.999 (an SLA is a contract floor, not a measured availability)');
    expect(r.slaUses).toHaveLength(1);
    expect(r.slaUses[0]).toMatchObject({ componentId: 'db', name: 'Orders DB', slaId: 'rds-multi-az', overridden: true });
    expect(r.slaUses[0]!.percent.toFixed()).toBe('99.9');
  });

  it('Route 53 at 100%: A = 1 with U = 0 is written "1", not "~1 - 0"', () => {
    const r = run(comp('dns', { sla: 'route53' }));
    expect(only(r, 'availability.component.sla').params.availability).toBe('1');
  });

  it('two replicas of 90%: 1 - 0.1^2 = 0.99 on a replicas line, and the group above quotes 0.99', () => {
    // series of (0.9 x 2 replicas = 0.99) and 0.99: 0.99 x 0.99 = 0.9801
    const r = run({ kind: 'series', id: 's', children: [comp('w', { name: 'Web', percent: '90', replicas: '2' }), frac('x', '0.99')] });
    const l = only(r, 'availability.component.replicas');
    expect(l.amount.toFixed()).toBe('0.99');
    expect(l.params).toEqual({ id: 'w', name: 'Web', availability: '0.9', replicas: '2', result: '0.99' });
    expect([l.kind, l.unit]).toEqual(['info', 'fraction']);
    expect(only(r, 'availability.series').params.product).toBe('0.99 x 0.99');
    expect(r.availability.toFixed()).toBe('0.9801');
  });

  it('one replica writes no replicas line, and the group quotes the single availability', () => {
    const r = run({ kind: 'series', id: 's', children: [comp('w', { percent: '90', replicas: '1' }), frac('x', '0.99')] });
    expect(keys(r)).not.toContain('availability.component.replicas');
    // 0.9 x 0.99 = 0.891
    expect(only(r, 'availability.series').params.product).toBe('0.9 x 0.99');
    expect(r.availability.toFixed()).toBe('0.891');
  });
});

describe('series and parallel lines', () => {
  const nine = () => ['0.91', '0.92', '0.93', '0.94', '0.95', '0.96', '0.97', '0.98', '0.99'];

  it('a series of 8 lists every factor on the short line', () => {
    const parts = nine().slice(0, 8);
    const r = run({ kind: 'series', id: 's', name: 'Chain', children: parts.map((f, i) => frac(`c${i}`, f)) });
    const l = only(r, 'availability.series');
    expect(keys(r)).not.toContain('availability.series.many');
    expect(l.params.product).toBe('0.91 x 0.92 x 0.93 x 0.94 x 0.95 x 0.96 x 0.97 x 0.98');
    expect(l.params.factors).toBe('0.91, 0.92, 0.93, 0.94, 0.95, 0.96, 0.97, 0.98');
    expect(l.params.count).toBe('8');
    expect([l.params.id, l.params.name]).toEqual(['s', 'Chain']);
    expect([l.kind, l.unit]).toEqual(['info', 'fraction']);
  });

  it('a series of 9 is abbreviated: the first 3, "...", the last 2', () => {
    const r = run({ kind: 'series', id: 's', name: 'Chain', children: nine().map((f, i) => frac(`c${i}`, f)) });
    const l = only(r, 'availability.series.many');
    expect(keys(r)).not.toContain('availability.series');
    expect(l.params.product).toBe('0.91 x 0.92 x 0.93 x ... x 0.98 x 0.99');
    expect(l.params.factors).toBe('0.91, 0.92, 0.93, ..., 0.98, 0.99');
    expect(l.params.count).toBe('9');
    expect(l.amount.eq(r.availability)).toBe(true);
  });

  it('a parallel pair: 1 - (1 - 0.9) x (1 - 0.8) = 1 - 0.02 = 0.98', () => {
    const r = run({ kind: 'parallel', id: 'p', name: 'Pair', children: [frac('a', '0.9'), frac('b', '0.8')] });
    const l = only(r, 'availability.parallel');
    expect(l.amount.toFixed()).toBe('0.98');
    expect(l.params).toEqual({ id: 'p', name: 'Pair', count: '2', product: '(1 - 0.9) x (1 - 0.8)', factors: '0.9, 0.8', result: '0.98' });
    expect([l.kind, l.unit]).toEqual(['info', 'fraction']);
    expect(l.text).toBe('Pair (parallel): 1 - (1 - 0.9) x (1 - 0.8) = 0.98');
  });

  it('a parallel group of 9 is abbreviated the same way, each factor as (1 - A)', () => {
    const r = run({ kind: 'parallel', id: 'p', children: nine().map((f, i) => frac(`c${i}`, f)) });
    const l = only(r, 'availability.parallel.many');
    expect(keys(r)).not.toContain('availability.parallel');
    expect(l.params.product).toBe('(1 - 0.91) x (1 - 0.92) x (1 - 0.93) x ... x (1 - 0.98) x (1 - 0.99)');
    expect(l.params.count).toBe('9');
  });

  it('a parallel group of 8 stays on the short line', () => {
    const r = run({ kind: 'parallel', id: 'p', children: nine().slice(1).map((f, i) => frac(`c${i}`, f)) });
    expect(only(r, 'availability.parallel').params.product).toBe(
      '(1 - 0.92) x (1 - 0.93) x (1 - 0.94) x (1 - 0.95) x (1 - 0.96) x (1 - 0.97) x (1 - 0.98) x (1 - 0.99)',
    );
  });
});

describe('k-of-n lines', () => {
  it('1 of 4 at 0.5 writes its 4 terms: 4/16 + 6/16 + 4/16 + 1/16 = 0.9375', () => {
    const r = run({ kind: 'k-of-n', id: 'g', name: 'Workers', k: 1, n: 4, member: comp('m', { name: 'Worker', fraction: '0.5' }) });
    const l = only(r, 'availability.kOfN.terms');
    expect(keys(r)).not.toContain('availability.kOfN');
    expect(l.amount.toFixed()).toBe('0.9375');
    expect(l.params).toEqual({
      id: 'g',
      name: 'Workers',
      k: '1',
      n: '4',
      member: 'Worker',
      memberAvailability: '0.5',
      memberUnavailability: '0.5',
      result: '0.9375',
      terms: '4 x 0.5^1 x 0.5^3 + 6 x 0.5^2 x 0.5^2 + 4 x 0.5^3 x 0.5^1 + 1 x 0.5^4 x 0.5^0 = 0.25 + 0.375 + 0.25 + 0.0625',
      expansion: '4 × 0.5^1 × 0.5^3 + 6 × 0.5^2 × 0.5^2 + 4 × 0.5^3 × 0.5^1 + 1 × 0.5^4 × 0.5^0 = 0.25 + 0.375 + 0.25 + 0.0625',
    });
    expect([l.kind, l.unit]).toEqual(['info', 'fraction']);
  });

  it('1 of 5 would need 5 terms: the sum only, 1 - 0.5^5 = 0.96875', () => {
    const r = run({ kind: 'k-of-n', id: 'g', name: 'Workers', k: 1, n: 5, member: comp('m', { name: 'Worker', fraction: '0.5' }) });
    const l = only(r, 'availability.kOfN');
    expect(keys(r)).not.toContain('availability.kOfN.terms');
    expect(l.amount.toFixed()).toBe('0.96875');
    expect(l.params).toEqual({
      id: 'g',
      name: 'Workers',
      k: '1',
      n: '5',
      member: 'Worker',
      memberAvailability: '0.5',
      memberUnavailability: '0.5',
      result: '0.96875',
    });
    expect([l.kind, l.unit]).toEqual(['info', 'fraction']);
  });

  it('3 of 3 at 0.9 is one term, written without a list of values: 1 x 0.9^3 x 0.1^0 = 0.729', () => {
    const r = run({ kind: 'k-of-n', id: 'g', k: 3, n: 3, member: frac('m', '0.9') });
    const l = only(r, 'availability.kOfN.terms');
    expect(l.params.terms).toBe('1 x 0.9^3 x 0.1^0');
    expect(l.params.expansion).toBe('1 × 0.9^3 × 0.1^0');
    expect(l.params.result).toBe('0.729');
  });

  it('a member with 2 replicas is quoted replicated: 0.99 and 0.01 (1 of 2: 1 - 0.01^2 = 0.9999)', () => {
    const r = run({ kind: 'k-of-n', id: 'g', k: 1, n: 2, member: comp('m', { fraction: '0.9', replicas: 2 }) });
    const l = only(r, 'availability.kOfN.terms');
    expect([l.params.memberAvailability, l.params.memberUnavailability, l.params.result]).toEqual(['0.99', '0.01', '0.9999']);
    // i = 1: 2 x 0.99 x 0.01 = 0.0198; i = 2: 0.99^2 = 0.9801
    expect(l.params.terms).toBe('2 x 0.99^1 x 0.01^1 + 1 x 0.99^2 x 0.01^0 = 0.0198 + 0.9801');
  });
});

describe('failover lines', () => {
  it("the primary's MTBF given: U = 0.001 x 0.01 + 36 s / (1,000 h x 3,600 s/h) = 0.00001 + 0.00001 = 0.00002", () => {
    const r = run({
      kind: 'failover',
      id: 'db',
      name: 'Database pair',
      primary: frac('p', '0.999'),
      standby: frac('s', '0.99'),
      switchSeconds: '36',
      primaryMtbfHours: '1000',
    });
    const l = only(r, 'availability.failover');
    expect(keys(r)).not.toContain('availability.failover.clamped');
    expect(l.amount.toFixed()).toBe('0.99998');
    expect(l.params).toEqual({
      id: 'db',
      name: 'Database pair',
      primaryUnavailability: '0.001',
      standbyUnavailability: '0.01',
      switchSeconds: '36',
      rate: '1,000',
      rateTerm: '@msg:availability.failover.rate.mtbf',
      bothDown: '0.00001',
      switchFraction: '0.00001',
      sum: '0.00002',
      unavailability: '0.00002',
      result: '0.99998',
    });
    expect([l.kind, l.unit]).toEqual(['info', 'fraction']);
    expect(l.text).toBe(
      'Database pair (failover): U = U_primary x U_standby + failure rate x switch time = 0.001 x 0.01 + 36 s / (MTBF 1,000 h x 3,600 s/h) = 0.00001 + 0.00001 = 0.00002; A = 1 - U = 0.99998',
    );
    const m = only(r, 'availability.failover.model');
    expect(m.amount.toFixed()).toBe('0.00001');
    expect(m.params).toEqual({ id: 'db', name: 'Database pair', switchSeconds: '36' });
    expect([m.kind, m.unit]).toEqual(['info', 'fraction']);
    // the pair's line follows its two parts' lines, then the model line
    expect(keys(r).slice(0, 4)).toEqual([
      'availability.component.fraction',
      'availability.component.fraction',
      'availability.failover',
      'availability.failover.model',
    ]);
  });

  it('failures a year: 12 x 2,628 s / 31,536,000 s = 0.001; U = 0.01 x 0.01 + 0.001 = 0.0011', () => {
    const r = run({ kind: 'failover', id: 'f', primary: frac('p', '0.99'), standby: frac('s', '0.99'), switchSeconds: '2628', failuresPerYear: '12' });
    const l = only(r, 'availability.failover');
    expect(l.params).toMatchObject({ rate: '12', rateTerm: '@msg:availability.failover.rate.perYear', switchSeconds: '2,628', bothDown: '0.0001', switchFraction: '0.001', sum: '0.0011', result: '0.9989' });
  });

  it('clamped: 8,760 failures a year x 3,600 s = a whole year, U = 0.001 x 0.01 + 1 = 1.00001 clamped to 1, A = 0', () => {
    const r = run({ kind: 'failover', id: 'f', primary: frac('p', '0.999'), standby: frac('s', '0.99'), switchSeconds: '3600', failuresPerYear: '8760' });
    const l = only(r, 'availability.failover.clamped');
    expect(keys(r)).not.toContain('availability.failover');
    expect(l.amount.toFixed()).toBe('0');
    expect(l.params).toMatchObject({ bothDown: '0.00001', switchFraction: '1', sum: '1.00001', unavailability: '1', result: '0' });
    expect([l.kind, l.unit]).toEqual(['info', 'fraction']);
    expect(only(r, 'availability.failover.model').amount.toFixed()).toBe('1');
  });
});

describe('node results', () => {
  it('kind, name, path, depth and usesSla of every node, pre-order; a failover has [primary, standby], a k-of-n its member', () => {
    const r = run({
      kind: 'series',
      id: 'root',
      name: 'Shop',
      children: [
        { kind: 'failover', id: 'f', name: 'DB pair', primary: comp('p', { name: 'Primary', sla: 'rds-multi-az' }), standby: frac('s', '0.99'), switchSeconds: '0', failuresPerYear: '1' },
        { kind: 'k-of-n', id: 'k', k: 1, n: 2, member: frac('m', '0.9') },
        { kind: 'parallel', id: 'par', children: [frac('a', '0.9'), frac('b', '0.9')] },
      ],
    });
    expect(r.nodes.map((n) => [n.id, n.kind, n.name, n.path, n.depth, n.usesSla])).toEqual([
      ['root', 'series', 'Shop', 'architecture', 0, true],
      ['f', 'failover', 'DB pair', 'architecture.children.0', 1, true],
      ['p', 'component', 'Primary', 'architecture.children.0.primary', 2, true],
      ['s', 'component', 's', 'architecture.children.0.standby', 2, false],
      ['k', 'k-of-n', 'k', 'architecture.children.1', 1, false],
      ['m', 'component', 'm', 'architecture.children.1.member', 2, false],
      ['par', 'parallel', 'par', 'architecture.children.2', 1, false],
      ['a', 'component', 'a', 'architecture.children.2.children.0', 2, false],
      ['b', 'component', 'b', 'architecture.children.2.children.1', 2, false],
    ]);
    expect(r.tree.children.map((c) => c.id)).toEqual(['f', 'k', 'par']);
    expect(r.tree.children[0]!.children.map((c) => c.id)).toEqual(['p', 's']);
    expect(r.tree.children[1]!.children.map((c) => c.id)).toEqual(['m']);
    // k = 1 - 0.1^2 = 0.99, U 0.01; its member keeps its own 0.9 and 0.1
    expect([r.tree.children[1]!.availability.toFixed(), r.tree.children[1]!.unavailability.toFixed()]).toEqual(['0.99', '0.01']);
    expect([r.nodes[5]!.availability.toFixed(), r.nodes[5]!.unavailability.toFixed()]).toEqual(['0.9', '0.1']);
  });

  it('evaluateTree on a parsed tree: the root, the flat nodes, the lines, and the downtime-share lines apart', () => {
    const ev = evaluateTree(parseArchitecture({ kind: 'series', id: 's', children: [frac('a', '0.9'), frac('b', '0.8')] }, {}, 'arch'));
    // 0.9 x 0.8 = 0.72
    expect(ev.root.availability.toFixed()).toBe('0.72');
    expect(ev.root.unavailability.toFixed()).toBe('0.28');
    expect(ev.nodes.map((n) => n.path)).toEqual(['arch', 'arch.children.0', 'arch.children.1']);
    expect(ev.lines.map((l) => l.key)).toEqual(['availability.component.fraction', 'availability.component.fraction', 'availability.series']);
    expect(ev.contributionLines.map((l) => l.key)).toEqual(['availability.weakest.definition', 'availability.weakest.item', 'availability.weakest.item']);
    expect(ev.contributions.map((c) => c.id)).toEqual(['b', 'a']);
    expect(ev.slaUses).toEqual([]);
  });
});
