import { describe, expect, it } from 'vitest';
import { addItem, chooseService, costModeOf, linkedElsewhere, removeItem, setCostMode, setStandbyPricing, setUnitPrice } from '../../../src/lib/state/node-cost.ts';

const ALB = { service: 'alb-hour', quantity: '730' };
const GLUE = { service: 'glue-dpu-hour', quantity: '1', minimumSeconds: '60' };

describe('node cost edits', () => {
  it('switches between not priced, a linked component and catalog services', () => {
    const n: Parameters<typeof setCostMode>[0] = { kind: 'component', id: 'a', percent: '99' };
    expect(costModeOf(n)).toBe('none');
    setCostMode(n, 'catalog', 'c1', ALB);
    expect(n.cost).toEqual({ type: 'catalog', items: [{ service: 'alb-hour', quantity: '730' }] });
    setCostMode(n, 'component', 'c1', ALB);
    expect(n.cost).toEqual({ type: 'component', componentId: 'c1' });
    setCostMode(n, 'none', 'c1', ALB);
    expect(n.cost).toBeUndefined();
  });

  it('adds, re-chooses and removes items; a per-run service starts with runs; the last removal unprices the node', () => {
    const n: Parameters<typeof setCostMode>[0] = { kind: 'component', id: 'a', percent: '99' };
    addItem(n, ALB);
    setUnitPrice(n, 0, '0.02');
    chooseService(n, 0, GLUE);
    // The new service's own price applies (the override is dropped), with 30 runs of 300 s
    expect(n.cost).toEqual({ type: 'catalog', items: [{ service: 'glue-dpu-hour', quantity: '1', runs: '30', secondsPerRun: '300' }] });
    removeItem(n, 0);
    expect(n.cost).toBeUndefined();
  });

  it('prices a standby warm at 50% by default and back in full', () => {
    const f: Parameters<typeof setStandbyPricing>[0] = { kind: 'failover', id: 'f', primary: { kind: 'component', id: 'p', percent: '99' }, standby: { kind: 'component', id: 's', percent: '99' }, switchSeconds: '60' };
    setStandbyPricing(f, 'warm');
    expect([f.standbyPricing, f.standbyWarmPercent]).toEqual(['warm', '50']);
    setStandbyPricing(f, 'full');
    expect('standbyPricing' in f || 'standbyWarmPercent' in f).toBe(false);
  });

  it('knows which components other nodes already link', () => {
    const tree = { kind: 'series', id: 'r', children: [{ kind: 'component', id: 'a', cost: { type: 'component', componentId: 'c1' } }, { kind: 'component', id: 'b', cost: { type: 'component', componentId: 'c2' } }] };
    expect([...linkedElsewhere(tree, 'a')]).toEqual(['c2']);
  });
});
