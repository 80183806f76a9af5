/**
 * Laws of priced architectures, checked with fast-check on generated trees.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { evaluateScenario, type ScenarioInput } from '../../src/engine/index.ts';
import type { ComponentSpec, NodeSpec } from '../../src/engine/availability/tree.ts';
import { defaultQuickSightPrices } from '../../src/data/quicksight.ts';
import { defaultCodeBuildPrices } from '../../src/data/codebuild.ts';
import { defaultEc2Prices } from '../../src/data/ec2.ts';
import { defaultSlas } from '../../src/data/slas.ts';
import { defaultServicePrices } from '../../src/data/services.ts';
import { sum } from '../../src/engine/decimal.ts';

const catalogs = { quicksight: defaultQuickSightPrices, codebuild: defaultCodeBuildPrices, ec2: defaultEc2Prices, slas: defaultSlas, services: defaultServicePrices };
const RUNS = { numRuns: 100 };

/** "0.900000" to "0.999999" and "1": realistic availabilities with exact arithmetic. */
const fraction = fc.integer({ min: 900_000, max: 1_000_000 }).map((i) => (i === 1_000_000 ? '1' : `0.${i}`));
/** A price in cents, "0.00" to "500.00". */
const price = fc.integer({ min: 0, max: 50_000 }).map((c) => (c / 100).toFixed(2));
const replicas = fc.integer({ min: 1, max: 4 }).map(String);

const leaf = (id: string, f: string, p: string, r = '1'): ComponentSpec => ({ kind: 'component', id, fraction: f, replicas: r, cost: { type: 'catalog', items: [{ unitPrice: p, quantity: '1' }] } });
const doc = (architecture: NodeSpec, components: ScenarioInput['components'] = []): ScenarioInput => ({ format: 'nubecalc-scenario', version: 2, components, architecture });
const run = (d: ScenarioInput) => evaluateScenario(d, catalogs);

describe('priced architecture laws', () => {
  test('a priced parallel group costs at least as much as its best member (and exactly the sum of its members)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fraction, price, replicas), { minLength: 1, maxLength: 6 }), (parts) => {
        const children = parts.map(([f, p, r], i) => leaf(`c${i}`, f, p, r));
        const r = run(doc({ kind: 'parallel', id: 'g', children }));
        const byNode = r.architectureCost!.byNode;
        const group = byNode.get('g')!;
        const members = children.map((c) => byNode.get(c.id)!);
        const best = r.availability!.tree.children.reduce((a, b) => (b.availability.gt(a.availability) ? b : a));
        expect(group.gte(byNode.get(best.id)!)).toBe(true);
        expect(group.eq(sum(members))).toBe(true);
      }),
      RUNS,
    );
  });

  test('adding a replica never lowers the cost nor the availability', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fraction, price, replicas), { minLength: 1, maxLength: 5 }), fc.nat(), fc.boolean(), (parts, pick, parallel) => {
        const children = parts.map(([f, p, r], i) => leaf(`c${i}`, f, p, r));
        const before = run(doc({ kind: parallel ? 'parallel' : 'series', id: 'g', children }));
        const i = pick % children.length;
        const more = children.map((c, j) => (j === i ? { ...c, replicas: String(Number(c.replicas) + 1) } : c));
        const after = run(doc({ kind: parallel ? 'parallel' : 'series', id: 'g', children: more }));
        expect(after.monthlyTotal.gte(before.monthlyTotal)).toBe(true);
        expect(after.availability!.availability.gte(before.availability!.availability)).toBe(true);
      }),
      RUNS,
    );
  });

  test('adding a member to a k-of-n group never lowers the cost nor the availability', () => {
    fc.assert(
      fc.property(fraction, price, fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 5 }), (f, p, k, extra) => {
        const group = (n: number): NodeSpec => ({ kind: 'k-of-n', id: 'g', k: String(k), n: String(n), member: leaf('m', f, p) });
        const before = run(doc(group(k + extra)));
        const after = run(doc(group(k + extra + 1)));
        expect(after.monthlyTotal.gte(before.monthlyTotal)).toBe(true);
        expect(after.availability!.availability.gte(before.availability!.availability)).toBe(true);
      }),
      RUNS,
    );
  });

  test('each component is counted once: linking it to a single-copy node leaves the monthly total unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.boolean()), { minLength: 1, maxLength: 4 }), (projects) => {
        const components = projects.map(([count], i) => ({
          id: `cb${i}`,
          type: 'codebuild' as const,
          project: { groups: [{ computeType: 'general1.small', count: String(count), per: 'month' as const, durationSeconds: '61' }] },
        }));
        const node = (i: number, link: boolean): ComponentSpec => ({ kind: 'component', id: `n${i}`, percent: '99.9', ...(link ? { cost: { type: 'component' as const, componentId: `cb${i}` } } : {}) });
        const plain = run(doc({ kind: 'series', id: 'root', children: projects.map((_, i) => node(i, false)) }, components));
        const linked = run(doc({ kind: 'series', id: 'root', children: projects.map(([, link], i) => node(i, link)) }, components));
        // Each project: count builds x 2 min (61 s rounded up) x $0.005, whether linked or not
        expect(linked.monthlyTotal.eq(plain.monthlyTotal)).toBe(true);
        expect(plain.monthlyTotal.eq(sum(plain.components.map((c) => c.monthly)))).toBe(true);
        // The total is the unlinked components plus the priced tree
        const unlinked = linked.components.filter((c) => !linked.architectureCost!.linkedComponents.has(c.id));
        expect(linked.monthlyTotal.eq(sum(unlinked.map((c) => c.monthly)).plus(linked.architectureCost!.total))).toBe(true);
      }),
      RUNS,
    );
  });
});
