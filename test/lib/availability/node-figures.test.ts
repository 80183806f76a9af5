import { describe, expect, it } from 'vitest';
import { costsById } from '../../../src/lib/components/availability/node-figures.ts';
import { Dec } from '../../../src/engine/decimal.ts';

describe('node costs from the scenario result', () => {
  it('reads architectureCost.byNode when nodes are priced, and nothing before', () => {
    const priced = { architectureCost: { total: new Dec('30'), byNode: new Map([['elb', new Dec('18.25')], ['rds', new Dec('11.75')]]), lines: [] } };
    expect([...(costsById(priced) ?? [])].map(([k, v]) => [k, v.toFixed(2)])).toEqual([['elb', '18.25'], ['rds', '11.75']]);
    expect(costsById({ monthlyTotal: new Dec('0') })).toBeNull();
    expect(costsById({ architectureCost: null })).toBeNull();
    expect(costsById(null)).toBeNull();
  });

  it('skips hostile entries instead of showing NaN', () => {
    const odd = { architectureCost: { byNode: new Map<unknown, unknown>([['a', 'x'], [1, new Dec('1')], ['b', new Dec('NaN')], ['c', new Dec('2')]]) } };
    expect([...(costsById(odd) ?? [])].map(([k]) => k)).toEqual(['c']);
  });
});
