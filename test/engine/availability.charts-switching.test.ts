/**
 * Chart data of the availability view (availability/charts.ts) and the failover editor's
 * switching downtime (availability/switching.ts), checked against hand arithmetic.
 */
import { describe, expect, it } from 'vitest';
import { Dec, MAX_CURVE_REPLICAS, downtimeShareChart, replicasCurve, switchingSecondsPerYear, type Contribution } from '../../src/engine/index.ts';
import { errorOf, phraseText } from './helpers.ts';

const comp = (id: string, fields: Record<string, unknown>) => ({ kind: 'component', id, ...fields });

describe('replicasCurve', () => {
  it('90% with 1..4 replicas: U = 0.1^r, so 1, 2, 3, 4 nines; its own replicas field is ignored', () => {
    const c = replicasCurve(comp('web', { percent: '90', replicas: 7 }), 4);
    expect(c.componentId).toBe('web');
    expect(c.points.map((p) => p.replicas)).toEqual([1, 2, 3, 4]);
    expect(c.points.map((p) => [p.availability.toFixed(), p.unavailability.toFixed()])).toEqual([
      ['0.9', '0.1'],
      ['0.99', '0.01'],
      ['0.999', '0.001'],
      ['0.9999', '0.0001'],
    ]);
    expect(c.points.map((p) => p.nines?.toFixed())).toEqual(['1', '2', '3', '4']);
    expect(c.points.map((p) => p.ninesNumber)).toEqual([1, 2, 3, 4]);
    expect(c.points.map((p) => p.percentNumber)).toEqual([90, 99, 99.9, 99.99]);
    expect(c.points.every((p) => !p.perfect)).toBe(true);
  });

  it('one replica is the component alone; a perfect one stays perfect with no nines', () => {
    const one = replicasCurve(comp('c', { fraction: '0.75' }), '1');
    expect(one.points.map((p) => [p.replicas, p.availability.toFixed(), p.ninesNumber !== null])).toEqual([[1, '0.75', true]]);
    const perfect = replicasCurve(comp('c', { percent: '100' }), 2);
    expect(perfect.points.map((p) => [p.perfect, p.nines, p.ninesNumber, p.percentNumber])).toEqual([
      [true, null, null, 100],
      [true, null, null, 100],
    ]);
  });

  it('says whether the component used an SLA', () => {
    expect(replicasCurve(comp('db', { sla: 'x' }), 1, { x: '99.5' }).usesSla).toBe(true);
    expect(replicasCurve(comp('db', { sla: 'x', slaOverride: '99' }), 1).usesSla).toBe(true);
    expect(replicasCurve(comp('db', { mtbfHours: '99', mttrHours: '1' }), 1).usesSla).toBe(false);
  });

  it('maxReplicas is a whole number from 1 to 100, at path.maxReplicas; the component at path.component', () => {
    expect(replicasCurve(comp('c', { percent: '99' }), MAX_CURVE_REPLICAS).points).toHaveLength(100);
    const over = errorOf(() => replicasCurve(comp('c', { percent: '99' }), 101, {}, 'chart'));
    expect([over.code, over.path, over.params.max]).toEqual(['too_large', 'chart.maxReplicas', '100']);
    const under = errorOf(() => replicasCurve(comp('c', { percent: '99' }), 0, {}, 'chart'));
    expect([under.code, under.path, under.params.min]).toEqual(['too_small', 'chart.maxReplicas', '1']);
    expect(errorOf(() => replicasCurve(comp('c', { percent: 'x' }), 2, {}, 'chart')).path).toBe('chart.component.percent');
    expect(errorOf(() => replicasCurve(comp('c', { percent: '99' }), 'x')).path).toBe('maxReplicas');
    expect(errorOf(() => replicasCurve(comp('c', { sla: 'x' }), 2, { x: 'abc' }, 'chart')).path).toBe('slas.x');
  });
});

describe('downtimeShareChart', () => {
  const contribution = (id: string, name: string, share: string): Contribution =>
    ({ id, name, path: id, kind: 'component', unavailabilityRemoved: new Dec('0'), share: new Dec(share), rank: 1 }) as Contribution;

  it('ids, labels and shares in percent, in the given order', () => {
    const chart = downtimeShareChart([contribution('b', 'Database', '0.75'), contribution('a', 'App', '0.25')]);
    expect(chart).toEqual({ ids: ['b', 'a'], labels: ['Database', 'App'], values: [75, 25] });
    expect(downtimeShareChart([])).toEqual({ ids: [], labels: [], values: [] });
  });

  it('refuses anything but a list', () => {
    const e = errorOf(() => downtimeShareChart({} as never));
    expect([e.code, e.path, phraseText(e.params.expected)]).toEqual(['invalid_type', 'contributions', 'a list of contributions']);
  });
});

describe('switchingSecondsPerYear', () => {
  it('failures a year may be a fraction: 0.5 a year x 120 s = 60 s', () => {
    expect(switchingSecondsPerYear('120', { failuresPerYear: '0.5' })?.toFixed()).toBe('60');
    expect(switchingSecondsPerYear(120, { failuresPerYear: 0 })?.toFixed()).toBe('0');
  });

  it('an MTBF must be positive; a missing one gives no figure', () => {
    // 8,760 h / 8,760 h = 1 failure a year x 45 s = 45 s
    expect(switchingSecondsPerYear('45', { mtbfHours: '8760' })?.toFixed()).toBe('45');
    expect(switchingSecondsPerYear('45', { mtbfHours: '-5' })).toBeNull();
    expect(switchingSecondsPerYear('45', { mtbfHours: undefined })).toBeNull();
    expect(switchingSecondsPerYear('45', { failuresPerYear: undefined })).toBeNull();
  });

  it('only invalid numbers give null: a programming error is not swallowed', () => {
    expect(() => switchingSecondsPerYear('45', null as never)).toThrow(TypeError);
  });
});
