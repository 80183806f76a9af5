/**
 * The work budget's counting on raw JSON (src/engine/limits.ts) at its edges, and the row limit of
 * a price table's lists (src/engine/price-table.ts).
 */
import { describe, expect, it } from 'vitest';
import { WORK_BUDGET, checkArchitectureWork, countArchitectureWork } from '../../src/engine/limits.ts';
import { priceTable } from '../../src/engine/price-table.ts';
import { errorOf } from './helpers.ts';

const comp = (replicas?: unknown) => (replicas === undefined ? { kind: 'component', id: 'c', percent: '99' } : { kind: 'component', id: 'c', percent: '99', replicas });
const kOfN = (n: unknown, replicas?: unknown) => ({ kind: 'k-of-n', id: 'g', k: '1', n, member: comp(replicas) });
const series = (children: unknown[]) => ({ kind: 'series', id: 'r', children });

describe('countArchitectureWork: how a count field is read', () => {
  it('a component without replicas is one copy; replicas as a number or as text JavaScript reads, spaces around it ignored', () => {
    expect(countArchitectureWork(comp()).replicaMembers).toBe(1);
    expect(countArchitectureWork(comp(7)).replicaMembers).toBe(7);
    expect(countArchitectureWork(comp(' 7 ')).replicaMembers).toBe(7);
    expect(countArchitectureWork(comp('\t2e1\n')).replicaMembers).toBe(20);
  });

  it('0 replicas count as 0 (the parser judges them), not as the default 1', () => {
    expect(countArchitectureWork(comp(0)).replicaMembers).toBe(0);
    expect(countArchitectureWork(comp('0')).replicaMembers).toBe(0);
    // k-of-n of n = 0 members, each of 5 replicas: 0 members, 0 copies
    expect(countArchitectureWork(kOfN('0', '5'))).toEqual({ nodes: 1, replicaMembers: 0, kOfNMembers: 0 });
  });

  it('blank, negative, infinite or unreadable counts take the default: 1 replica, 0 members', () => {
    for (const bad of ['', '   ', '-5', -5, '1e400', Number.POSITIVE_INFINITY, 'abc', true, null, [3], { n: 3 }]) {
      expect([bad, countArchitectureWork(comp(bad)).replicaMembers]).toEqual([bad, 1]);
      expect([bad, countArchitectureWork(kOfN(bad)).kOfNMembers]).toEqual([bad, 0]);
    }
    // n readable, the member's replicas not: n copies of one
    expect(countArchitectureWork(kOfN('4', ' '))).toEqual({ nodes: 1, replicaMembers: 4, kOfNMembers: 4 });
    expect(countArchitectureWork(kOfN('4', '-2'))).toEqual({ nodes: 1, replicaMembers: 4, kOfNMembers: 4 });
  });

  it('only a node\'s own fields count, as the tree parser reads them (not inherited ones)', () => {
    const inherited = Object.create({ kind: 'component', replicas: 9 }) as Record<string, unknown>;
    expect(countArchitectureWork(inherited)).toEqual({ nodes: 1, replicaMembers: 0, kOfNMembers: 0 });
    expect(countArchitectureWork(series([inherited, comp(2)]))).toEqual({ nodes: 3, replicaMembers: 2, kOfNMembers: 0 });
  });

  it('lists and other values in the tree are not nodes', () => {
    expect(countArchitectureWork([comp(2)])).toEqual({ nodes: 0, replicaMembers: 0, kOfNMembers: 0 });
    expect(countArchitectureWork(series([[comp(2)], 'x', null, comp(3)]))).toEqual({ nodes: 2, replicaMembers: 3, kOfNMembers: 0 });
  });
});

describe('countArchitectureWork: a tree over the node limit', () => {
  it('stops after WORK_BUDGET.nodes + 1 nodes', () => {
    // a series of 6,000 components: the root and 5,000 of them are counted, 5,001 nodes, one copy each
    const w = countArchitectureWork(series(Array.from({ length: 6000 }, () => comp())));
    expect(w).toEqual({ nodes: WORK_BUDGET.nodes + 1, replicaMembers: WORK_BUDGET.nodes, kOfNMembers: 0 });
  });

  it('a series of exactly 5,000 components is counted whole: 5,001 nodes', () => {
    const w = countArchitectureWork(series(Array.from({ length: 5000 }, () => comp(2))));
    expect(w).toEqual({ nodes: 5001, replicaMembers: 10_000, kOfNMembers: 0 });
  });

  it('nested groups are walked to the bottom, failover on both sides', () => {
    const tree = series([series([comp(2), { kind: 'parallel', id: 'p', children: [comp(3), kOfN('5', '2')] }]), { kind: 'failover', id: 'f', primary: comp(4), standby: series([comp(5)]) }]);
    // nodes: r, inner series, c2, p, c3, k-of-n, failover, c4, standby series, c5 = 10
    // copies: 2 + 3 + 5 x 2 + 4 + 5 = 24; k-of-n members: 5
    expect(countArchitectureWork(tree)).toEqual({ nodes: 10, replicaMembers: 24, kOfNMembers: 5 });
  });
});

describe('checkArchitectureWork', () => {
  it('exactly at the budget passes; one more is too_much_work naming the limit', () => {
    // two k-of-n groups of 10,000 one-replica members: 20,000 members, 20,000 copies
    expect(() => checkArchitectureWork(series([kOfN('10000'), kOfN('10000')]), 'architecture')).not.toThrow();
    const over = errorOf(() => checkArchitectureWork(series([kOfN('10000'), kOfN('10001')]), 'architecture'));
    expect([over.code, over.path, over.params]).toEqual(['too_much_work', 'architecture', { limit: 'kOfNMembers', value: '20001', max: '20000' }]);
    // 50,000 copies: 5 components of 10,000 replicas
    expect(() => checkArchitectureWork(series(Array.from({ length: 5 }, () => comp('10000'))), 'a')).not.toThrow();
    const copies = errorOf(() => checkArchitectureWork(series([...Array.from({ length: 5 }, () => comp('10000')), comp()]), 'x.architecture'));
    expect([copies.code, copies.path, copies.params]).toEqual(['too_much_work', 'x.architecture', { limit: 'replicaMembers', value: '50001', max: '50000' }]);
  });
});

describe('priceTable.tables: the row limit', () => {
  it('exactly max rows are read; one more is too_large quoting the count and the most allowed', () => {
    const t = priceTable({ tiers: [{ a: '1' }, { a: '2' }, { a: '3' }], more: [{ a: '1' }, { a: '2' }, { a: '3' }, { a: '4' }] }, 'prices', 'a price table');
    expect(t.tables('tiers', 'a list of tiers', 'a tier', 3, (r) => r.price('a').toFixed())).toEqual(['1', '2', '3']);
    const e = errorOf(() => t.tables('more', 'a list of tiers', 'a tier', 3, (r) => r.price('a').toFixed()));
    expect([e.code, e.path, e.params]).toEqual(['too_large', 'prices.more', { value: '4', max: '3' }]);
  });
});
