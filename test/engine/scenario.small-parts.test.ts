/**
 * The small parts of the scenario calculator: comparing scenarios (compare.ts), the cost table and
 * chart bars (cost-rows.ts), format versions (migrate.ts), and price overrides and names (prices.ts).
 * Values are made up so each is hand arithmetic.
 */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/engine/decimal.ts';
import { costByName, costByType, costPerNine, delta, SCENARIO_COMPONENT_TYPES } from '../../src/engine/scenario/compare.ts';
import { costBars, scenarioCostRows } from '../../src/engine/scenario/cost-rows.ts';
import { migrateScenario, SCENARIO_VERSIONS_READ } from '../../src/engine/scenario/migrate.ts';
import { mergePrices, str } from '../../src/engine/scenario/prices.ts';
import type { ComponentResult, ScenarioResult } from '../../src/engine/scenario/types.ts';
import { errorOf } from './helpers.ts';

const d = (v: string) => new Dec(v);
const comp = (type: string, id: string, name: string, monthly: string) => ({ type, id, name, monthly: d(monthly), annual: d(monthly).times(12) }) as unknown as ComponentResult;
const point = (monthly: string, nines: string | null, perfect = false) => ({ monthly: d(monthly), availability: { nines: nines === null ? null : d(nines), perfect } });
const none = (monthly: string) => ({ monthly: d(monthly), availability: null });

describe('delta', () => {
  it('is value - base, its sign, and the change in percent of the size of the base', () => {
    const down = delta(d('75'), d('100'));
    // 75 - 100 = -25; -25 / 100 = -25%
    expect([down.diff.toFixed(), down.relative?.toFixed(), down.sign]).toEqual(['-25', '-25', -1]);
    // A negative base: -50 - (-100) = +50, 50 / |-100| = +50%
    const neg = delta(d('-50'), d('-100'));
    expect([neg.diff.toFixed(), neg.relative?.toFixed(), neg.sign]).toEqual(['50', '50', 1]);
    const same = delta(d('5'), d('5'));
    expect([same.diff.toFixed(), same.relative?.toFixed(), same.sign]).toEqual(['0', '0', 0]);
    expect(delta(d('5'), d('0')).relative).toBeNull();
  });
});

describe('costPerNine', () => {
  it('says which side has no availability architecture', () => {
    expect(costPerNine(none('1'), none('2'))).toEqual({ kind: 'no-availability', which: 'both' });
    expect(costPerNine(none('1'), point('2', '3'))).toEqual({ kind: 'no-availability', which: 'this' });
    expect(costPerNine(point('1', '3'), none('2'))).toEqual({ kind: 'no-availability', which: 'baseline' });
  });

  it('says which side is at 100% (no finite nines), with the cost difference', () => {
    const perfect = (a: ReturnType<typeof point>, b: ReturnType<typeof point>) => {
      const r = costPerNine(a, b);
      return r.kind === 'perfect' ? [r.which, r.costDiff.toFixed()] : r.kind;
    };
    // $130 - $100 = $30
    expect(perfect(point('130', null, true), point('100', '3'))).toEqual(['this', '30']);
    expect(perfect(point('130', '3'), point('100', null, true))).toEqual(['baseline', '30']);
    expect(perfect(point('130', null, true), point('100', null, true))).toEqual(['both', '30']);
    // No nines is 100% too, even when not flagged perfect
    expect(perfect(point('130', null), point('100', '3'))).toEqual(['this', '30']);
    expect(perfect(point('130', '3'), point('100', null))).toEqual(['baseline', '30']);
    expect(perfect(point('130', '3', true), point('100', '3'))).toEqual(['this', '30']);
    expect(perfect(point('130', '3'), point('100', '3', true))).toEqual(['baseline', '30']);
    // Both at 100%, however each says it
    expect(perfect(point('130', null, true), point('100', null))).toEqual(['both', '30']);
    expect(perfect(point('130', null, true), point('100', '3', true))).toEqual(['both', '30']);
    expect(perfect(point('130', null), point('100', null, true))).toEqual(['both', '30']);
  });

  it('equal nines: the difference buys nothing', () => {
    const r = costPerNine(point('110', '3'), point('100', '3'));
    expect(r.kind === 'equal-nines' && r.costDiff.toFixed()).toBe('10');
  });

  it('more nines: costs per nine, or free when it costs the same or less', () => {
    const costs = costPerNine(point('160', '5'), point('100', '3'));
    // ($160 - $100) / (5 - 3) = $30 a nine
    expect(costs.kind === 'costs' && [costs.costDiff.toFixed(), costs.ninesDiff.toFixed(), costs.perNine.toFixed()]).toEqual(['60', '2', '30']);
    const same = costPerNine(point('100', '5'), point('100', '3'));
    expect(same.kind === 'free' && [same.costDiff.toFixed(), same.ninesDiff.toFixed()]).toEqual(['0', '2']);
    expect(costPerNine(point('90', '5'), point('100', '3')).kind).toBe('free');
  });

  it('fewer nines: saves per nine given up, or worse when it costs the same or more', () => {
    const saves = costPerNine(point('40', '1'), point('100', '3'));
    // ($40 - $100) / (1 - 3) = $30 per nine given up
    expect(saves.kind === 'saves' && [saves.costDiff.toFixed(), saves.ninesDiff.toFixed(), saves.perNine.toFixed()]).toEqual(['-60', '-2', '30']);
    const same = costPerNine(point('100', '1'), point('100', '3'));
    expect(same.kind === 'worse' && [same.costDiff.toFixed(), same.ninesDiff.toFixed()]).toEqual(['0', '-2']);
    expect(costPerNine(point('120', '1'), point('100', '3')).kind).toBe('worse');
  });
});

describe('cost by type and by name', () => {
  it('has every type in display order, zero for the types a scenario lacks', () => {
    expect(SCENARIO_COMPONENT_TYPES).toEqual(['quicksight', 'codebuild', 'ec2', 'pipeline']);
    expect(Object.isFrozen(SCENARIO_COMPONENT_TYPES)).toBe(true);
    // EC2: $1 + $2.50 = $3.50; pipeline $4
    const { byType, hasType } = costByType([comp('ec2', 'a', 'A', '1'), comp('pipeline', 'p', 'P', '4'), comp('ec2', 'b', 'B', '2.5')]);
    expect(Object.entries(byType).map(([k, v]) => [k, v.toFixed()])).toEqual([['quicksight', '0'], ['codebuild', '0'], ['ec2', '3.5'], ['pipeline', '4']]);
    expect(hasType).toEqual({ quicksight: false, codebuild: false, ec2: true, pipeline: true });
    // A $0 component still counts as having the type
    expect(costByType([comp('codebuild', 'c', 'C', '0')]).hasType.codebuild).toBe(true);
  });

  it('sums by trimmed name in first-seen order', () => {
    const byName = costByName([comp('ec2', 'a', ' Web ', '1'), comp('quicksight', 'b', 'BI', '5'), comp('codebuild', 'c', 'Web', '2.5')]);
    expect([...byName].map(([k, v]) => [k, v.toFixed()])).toEqual([['Web', '3.5'], ['BI', '5']]);
  });
});

describe('cost rows', () => {
  const result = (components: ComponentResult[], monthlyTotal: string, arch: { total: string; linked?: string[] } | null) =>
    ({ components, monthlyTotal: d(monthlyTotal), architectureCost: arch === null ? null : { total: d(arch.total), linkedComponents: new Map((arch.linked ?? []).map((id) => [id, 'node'])) } }) as unknown as ScenarioResult;

  it('lists components then the architecture, each counted row with its share of the month', () => {
    // Total $80 = A $20 + architecture $60 (B's $30 inside): shares 25% and 75%
    const rows = scenarioCostRows(result([comp('ec2', 'a', 'A', '20'), comp('ec2', 'b', 'B', '30')], '80', { total: '60', linked: ['b'] }));
    expect(rows.map((r) => [r.key, r.name, r.monthly.toFixed(), r.annual.toFixed(), r.counted, r.share?.toFixed() ?? null])).toEqual([
      ['c:a', 'A', '20', '240', true, '25'],
      ['c:b', 'B', '30', '360', false, null],
      ['architecture', null, '60', '720', true, '75'],
    ]);
  });

  it('has no architecture row without a priced architecture, and no shares of a zero total', () => {
    expect(scenarioCostRows(result([comp('ec2', 'a', 'A', '20')], '20', null)).map((r) => [r.key, r.counted, r.share?.toFixed()])).toEqual([['c:a', true, '100']]);
    expect(scenarioCostRows(result([comp('ec2', 'a', 'A', '20')], '20', { total: '0' })).map((r) => r.key)).toEqual(['c:a']);
    expect(scenarioCostRows(result([comp('ec2', 'a', 'A', '0')], '0', null))[0]!.share).toBeNull();
  });
});

describe('cost bars', () => {
  const items = (values: string[]) => values.map((v, i) => ({ name: `c${i}`, monthly: d(v) }));
  const show = (bars: { label: string; monthly: Dec }[]) => bars.map((b) => [b.label, b.monthly.toFixed()]);

  it('keeps every item up to max', () => {
    expect(show(costBars(items(['1', '2', '3']), 3, () => 'others'))).toEqual([['c0', '1'], ['c1', '2'], ['c2', '3']]);
  });

  it('above max: the max - 1 largest in their order (ties to the first), then the others summed', () => {
    // 4 items, max 3: keep c1 ($5) and c0 ($2, tied with c2, first); others: c2 + c3 = $2 + $1 = $3
    const others: number[] = [];
    const bars = costBars(items(['2', '5', '2', '1']), 3, (n) => {
      others.push(n);
      return `${n} more`;
    });
    expect(show(bars)).toEqual([['c0', '2'], ['c1', '5'], ['2 more', '3']]);
    expect(others).toEqual([2]);
    // max 1 keeps one bar: c1 ($5), then the 3 others: $2 + $2 + $1 = $5
    expect(show(costBars(items(['2', '5', '2', '1']), 1, (n) => `${n} more`))).toEqual([['c1', '5'], ['3 more', '5']]);
    // Ties: the later equal item goes to the others
    expect(show(costBars(items(['4', '4', '4']), 2, (n) => `${n} more`))).toEqual([['c0', '4'], ['2 more', '8']]);
  });
});

describe('migrateScenario', () => {
  it('reads versions 1 and 2: version 1 as a copy at version 2, version 2 as it is', () => {
    expect(SCENARIO_VERSIONS_READ).toEqual([1, 2]);
    expect(Object.isFrozen(SCENARIO_VERSIONS_READ)).toBe(true);
    const v1 = { format: 'nubecalc-scenario', version: 1, name: 'x', components: [] };
    const m = migrateScenario(v1);
    expect(m).toEqual({ format: 'nubecalc-scenario', version: 2, name: 'x', components: [] });
    expect(v1.version).toBe(1);
    const v2 = { format: 'nubecalc-scenario', version: 2, components: [] };
    expect(migrateScenario(v2)).toBe(v2);
  });

  it('leaves what is not a scenario document alone', () => {
    const other = { format: 'other', version: 9 };
    expect(migrateScenario(other)).toBe(other);
    expect(migrateScenario(5)).toBe(5);
    const list = [1];
    expect(migrateScenario(list)).toBe(list);
  });

  it('refuses another version, quoting it', () => {
    const at = (version: unknown) => errorOf(() => migrateScenario({ format: 'nubecalc-scenario', version }));
    expect(at(3)).toMatchObject({ code: 'unknown_version', path: 'version', params: { value: '3', supported: '1, 2' } });
    expect(at('2').params.value).toBe('2');
    expect(at('v'.repeat(30)).params.value).toBe('v'.repeat(20));
    expect(at(1.00000000000000000001e30).params.value).toBe('1e+30');
    expect(at(null).params.value).toBe('@msg:error.got.null');
    expect(at(undefined).params.value).toBe('@msg:error.got.undefined');
    expect(at(true).params.value).toBe('@msg:error.got.boolean');
  });
});

describe('price overrides', () => {
  const defaults = { a: '1', b: '2', nested: { x: '10', y: '20' } };

  it('without overrides: the defaults themselves', () => {
    expect(mergePrices(defaults, undefined, 'prices')).toBe(defaults);
    expect(mergePrices(defaults, null, 'prices')).toBe(defaults);
  });

  it('replaces keys, and merges nested tables one level deep, without touching the defaults', () => {
    const m = mergePrices(defaults, { b: '3', nested: { y: '25', z: '30' }, c: '4' }, 'prices');
    expect(m).toEqual({ a: '1', b: '3', nested: { x: '10', y: '25', z: '30' }, c: '4' });
    expect(defaults).toEqual({ a: '1', b: '2', nested: { x: '10', y: '20' } });
    // A value that is not a table replaces a table, and a table replaces a value
    expect(mergePrices(defaults, { nested: '5', a: { p: '1' } }, 'prices')).toEqual({ a: { p: '1' }, b: '2', nested: '5' });
    // An undefined override keeps the default
    expect(mergePrices(defaults, { a: undefined }, 'prices')).toEqual(defaults);
  });

  it('never sets __proto__, constructor or prototype', () => {
    const m = mergePrices(defaults, JSON.parse('{"__proto__": {"polluted": "1"}, "constructor": "x", "prototype": "y", "nested": {"__proto__": {"p": "1"}, "x": "11"}}'), 'prices') as Record<string, unknown>;
    expect(Object.keys(m)).toEqual(['a', 'b', 'nested']);
    expect(Object.getPrototypeOf(m)).toBe(Object.prototype);
    expect(m.polluted).toBeUndefined();
    expect(Object.keys(m.nested as object)).toEqual(['x', 'y']);
    expect((m.nested as Record<string, unknown>).x).toBe('11');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses overrides that are not an object, at the given path', () => {
    for (const bad of ['x', 5, [], true]) {
      expect(errorOf(() => mergePrices(defaults, bad, 'components.3.prices'))).toMatchObject({ code: 'invalid_type', path: 'components.3.prices', params: { expected: '@msg:error.expected.objectOfPrices' } });
    }
  });

  it('str: text cut to 200, the fallback when absent, refused otherwise', () => {
    expect(str(undefined, 'name', 'Scenario')).toBe('Scenario');
    expect(str('', 'name', 'Scenario')).toBe('');
    expect(str('n'.repeat(250), 'name', 'Scenario')).toBe('n'.repeat(200));
    expect(errorOf(() => str(5, 'components.1.name', ''))).toMatchObject({ code: 'invalid_type', path: 'components.1.name', params: { expected: '@msg:error.expected.text' } });
    expect(errorOf(() => str(null, 'name', ''))).toMatchObject({ code: 'invalid_type', path: 'name' });
  });
});
