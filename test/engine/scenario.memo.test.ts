/**
 * The scenario-level memo (src/engine/scenario/memo.ts): what an evaluator computes again and
 * what it reuses, the keys it can and cannot make, and (the regression kept in the hostile-JSON
 * fuzz file, which the mutation run does not include) a part too deep for JSON.stringify.
 */
import { describe, expect, it } from 'vitest';
import { contentKey, keyOf, Memo } from '../../src/engine/scenario/memo.ts';
import { createScenarioEvaluator, evaluateScenario } from '../../src/engine/index.ts';
import { defaultQuickSightPrices } from '../../src/data/quicksight.ts';
import { defaultCodeBuildPrices } from '../../src/data/codebuild.ts';
import { defaultEc2Prices } from '../../src/data/ec2.ts';
import { defaultSlas } from '../../src/data/slas.ts';

/** A compute function that counts its calls and returns a new object each time. */
function counter(label = 'v') {
  const fn = () => ({ label, n: ++fn.calls });
  fn.calls = 0;
  return fn;
}

/** A value nested `depth` levels deep: JSON.stringify of 200,000 levels overflows the stack. */
function deep(depth: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < depth; i++) v = { x: v };
  return v;
}

describe('Memo', () => {
  it('a one-off memo computes every time and never works out a key', () => {
    const m = new Memo(false);
    const c = counter();
    let keys = 0;
    const key = () => {
      keys++;
      return 'k';
    };
    expect(m.get(key, c)).toEqual({ label: 'v', n: 1 });
    expect(m.get(key, c)).toEqual({ label: 'v', n: 2 });
    m.end();
    m.get(key, c);
    expect(c.calls).toBe(3);
    expect(keys).toBe(0);
  });

  it('remembers a part within an evaluation and into the next one', () => {
    const m = new Memo();
    const c = counter();
    const first = m.get(() => 'a', c);
    expect(m.get(() => 'a', c)).toBe(first);
    m.end();
    expect(m.get(() => 'a', c)).toBe(first);
    m.end();
    expect(m.get(() => 'a', c)).toBe(first);
    expect(c.calls).toBe(1);
    // Another key is another part
    expect(m.get(() => 'b', c)).toEqual({ label: 'v', n: 2 });
  });

  it('forgets a part the latest evaluation did not use', () => {
    const m = new Memo();
    const a = counter('a');
    const b = counter('b');
    const firstA = m.get(() => 'a', a);
    m.end();
    m.get(() => 'b', b);
    m.end();
    const againA = m.get(() => 'a', a);
    expect(againA).not.toBe(firstA);
    expect(a.calls).toBe(2);
    expect(b.calls).toBe(1);
  });

  it('computes without the cache when the key cannot be made (a part too deep for JSON.stringify)', () => {
    const m = new Memo();
    const c = counter();
    const tooDeep = deep(200_000);
    expect(() => keyOf(tooDeep)).toThrow(RangeError);
    m.get(() => keyOf(tooDeep), c);
    m.get(() => keyOf(tooDeep), c);
    m.end();
    m.get(() => keyOf(tooDeep), c);
    expect(c.calls).toBe(3);
  });

  it('shares a part by content within a one-off evaluation; without a key it computes', () => {
    const m = new Memo(false);
    const c = counter();
    const one = m.shared('k', c);
    expect(m.shared('k', c)).toBe(one);
    expect(c.calls).toBe(1);
    m.shared(undefined, c);
    m.shared(undefined, c);
    expect(c.calls).toBe(3);
    const kept = new Memo();
    const d = counter();
    const x = kept.shared('k', d);
    kept.end();
    expect(kept.shared('k', d)).toBe(x);
    expect(d.calls).toBe(1);
  });

  it('a fork takes its parent\'s latest results, keeps its own, and never fills the parent', () => {
    const parent = new Memo();
    const c = counter();
    const mine = parent.get(() => 'a', c);
    // Not yet the parent's latest evaluation (it has not ended): the fork computes its own
    const early = new Memo(true, parent);
    expect(early.get(() => 'a', c)).not.toBe(mine);
    parent.end();
    const fork = new Memo(true, parent);
    expect(fork.get(() => 'a', c)).toBe(mine);
    expect(c.calls).toBe(2);
    // The fork's own part is not the parent's
    const own = fork.get(() => 'f', c);
    fork.end();
    expect(fork.get(() => 'f', c)).toBe(own);
    expect(parent.get(() => 'f', c)).not.toBe(own);
    // A fork of a fork reaches the first parent
    const grand = new Memo(true, fork);
    expect(grand.get(() => 'a', c)).toBe(mine);
  });
});

describe('keys', () => {
  it('keyOf is the JSON of its parts', () => {
    expect(keyOf('qs', 0, { a: '1' }, undefined)).toBe('["qs",0,{"a":"1"},null]');
    expect(keyOf()).toBe('[]');
  });

  it('contentKey is the same JSON for plain parts', () => {
    expect(contentKey('ec2', { region: 'us-east-1', count: 2, on: true, none: null, list: [1, 'x'] })).toBe('["ec2",{"region":"us-east-1","count":2,"on":true,"none":null,"list":[1,"x"]}]');
    expect(contentKey('ec2', undefined)).toBe('["ec2",null]');
  });

  it('contentKey gives no key for what JSON cannot say exactly', () => {
    // NaN and Infinity are written as null; functions and symbols are dropped; toJSON replaces a value.
    expect(contentKey({ n: NaN })).toBeUndefined();
    expect(contentKey({ n: Infinity })).toBeUndefined();
    expect(contentKey({ n: -Infinity })).toBeUndefined();
    expect(contentKey([1, { deep: { n: NaN } }])).toBeUndefined();
    expect(contentKey({ f: () => 1 })).toBeUndefined();
    expect(contentKey({ s: Symbol('s') })).toBeUndefined();
    expect(contentKey({ b: 10n })).toBeUndefined();
    expect(contentKey({ d: new Date(0) })).toBeUndefined();
    expect(contentKey({ t: { toJSON: () => 'x' } })).toBeUndefined();
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(contentKey(cycle)).toBeUndefined();
    expect(contentKey(deep(200_000))).toBeUndefined();
    // A toJSON that is not a function is plain data
    expect(contentKey({ toJSON: 1 })).toBe('[{"toJSON":1}]');
  });
});

describe('an evaluator and a part too deep to be a key', () => {
  const catalogs = { quicksight: defaultQuickSightPrices, codebuild: defaultCodeBuildPrices, ec2: defaultEc2Prices, slas: defaultSlas };

  it('prices it as evaluateScenario does, instead of failing on the key', () => {
    // 10 readers x min(17 x $0.30, $5.00) = $50.00; the usage carries a 200,000-level field it does not read
    const usage = { readerGroups: [{ readers: '10', sessionsPerReader: '17' }], note: deep(200_000) };
    const doc = { format: 'nubecalc-scenario', version: 2, components: [{ id: 'q', type: 'quicksight', model: 'legacy', usage }] };
    expect(evaluateScenario(doc, catalogs).monthlyTotal.toFixed(2)).toBe('50.00');
    const evaluate = createScenarioEvaluator(catalogs);
    expect(evaluate(doc).monthlyTotal.toFixed(2)).toBe('50.00');
    expect(evaluate(doc).monthlyTotal.toFixed(2)).toBe('50.00');
  });
});
