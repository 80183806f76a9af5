import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/engine/decimal.ts';
import { evaluateAvailability, replicasCurve } from '../../../src/engine/index.ts';
import { defaultSlas } from '../../../src/data/slas.ts';
import { replicasSpec, shareBarSpec } from '../../../src/lib/charts/availability.ts';
import { convertKind, fractionToPercent, percentToFraction, type ComponentNode } from '../../../src/lib/state/tree-ops.ts';
import { percentText } from '../../../src/lib/components/availability/availability-view.ts';
import { I18n } from '../../../src/lib/i18n/i18n.svelte.ts';
import { threeTier } from './fixtures.ts';

const comp = (id: string): ComponentNode => ({ kind: 'component', id, name: id, sla: 'ec2-instance' });
const defaults = { component: () => comp('new'), groupName: (k: string) => `New ${k}` };

describe('availability view helpers', () => {
  it('moves the decimal point between percents and fractions exactly', () => {
    expect(percentToFraction('99.95')).toBe('0.9995');
    expect(percentToFraction('100')).toBe('1');
    expect(percentToFraction('5')).toBe('0.05');
    expect(fractionToPercent('0.9995')).toBe('99.95');
    expect(fractionToPercent('1')).toBe('100');
    expect(fractionToPercent('0.05')).toBe('5');
  });

  it('changes kinds keeping what carries over, never duplicating an id', () => {
    const g = convertKind({ kind: 'series', id: 'g', name: 'G', children: [comp('a'), comp('b')] }, 'failover', defaults);
    expect(g).toMatchObject({ kind: 'failover', id: 'g', primary: { id: 'a' }, standby: { id: 'b' } });
    const k = convertKind(g, 'k-of-n', defaults);
    expect(k).toMatchObject({ kind: 'k-of-n', k: '1', n: '2', member: { id: 'a' } });
    const wrapped = convertKind(comp('a'), 'parallel', defaults);
    expect(wrapped.kind).toBe('parallel');
    expect(wrapped.id).not.toBe('a');
    expect(convertKind(wrapped, 'component', defaults)).toMatchObject({ id: 'a' });
  });

  it('never rounds a near-perfect availability up to 100%', () => {
    const i18n = new I18n('en');
    const u = new Dec('1e-9');
    expect(percentText(i18n, new Dec(1).minus(u), u)).toBe('99.9999999%');
    expect(percentText(i18n, new Dec(1), new Dec(0))).toBe('100%');
  });

  it('maps shares and the replicas curve to chart specs (numbers only, no Infinity)', () => {
    const r = evaluateAvailability({ architecture: threeTier() }, defaultSlas());
    const bar = shareBarSpec(r.contributions, { name: (c) => c.name, series: 's', xTitle: 'x', yTitle: 'y' });
    expect(bar.labels).toEqual(['RDS Multi-AZ', 'ELB', 'EC2 instance']);
    expect((bar.series[0]!.data as number[]).map((v) => Math.round(v * 100) / 100)).toEqual([74.11, 14.82, 11.07]);
    const curve = replicasCurve({ kind: 'component', id: 'e', sla: 'ec2-instance' }, 3, defaultSlas());
    const line = replicasSpec(curve, 'nines', { series: 'EC2', xTitle: 'r', yTitle: 'nines' });
    // 99.5% -> 2.30; two copies 99.9975% -> 4.60; three -> 6.90.
    expect((line.series[0]!.data as number[]).map((v) => Math.round(v * 100) / 100)).toEqual([2.3, 4.6, 6.9]);
    expect(line.yMin).toBe(0);
    const perfect = replicasSpec(replicasCurve({ kind: 'component', id: 'r', sla: 'route53' }, 2, defaultSlas()), 'nines', { series: 'R53', xTitle: 'r', yTitle: 'n' });
    expect((perfect.series[0]!.data as number[]).every((v) => Number.isNaN(v))).toBe(true);
  });
});
