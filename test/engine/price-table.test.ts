/**
 * The price-table reader every calculator reads its prices through: what it accepts, and the
 * code and path of each error (the table's path joined with the key).
 */
import { describe, expect, it } from 'vitest';
import { priceTable } from '../../src/engine/price-table.ts';
import { errorOf } from './helpers.ts';

const err = (fn: () => unknown) => {
  const e = errorOf(fn);
  return [e.code, e.path];
};

describe('priceTable', () => {
  it('refuses a table that is not an object: required when missing, invalid_type with what it is', () => {
    expect(err(() => priceTable(undefined, 'prices', 'a price table'))).toEqual(['required', 'prices']);
    for (const bad of [null, 3, 'x', [], true]) expect(err(() => priceTable(bad, 'prices', 'a price table'))).toEqual(['invalid_type', 'prices']);
    expect(errorOf(() => priceTable([], 'components.2.prices', 'a CodeBuild price table')).message).toBe('Expected a CodeBuild price table, got a list. (at components.2.prices)');
  });

  it('reads a decimal price; missing, null or blank is required, text is not_a_number, at the joined path', () => {
    const t = priceTable({ a: '0.30', b: 5, c: null, d: '', e: 'abc', f: '-1', g: 1.5, h: '0,3' }, 'components.1.prices', 'a price table');
    expect(t.path).toBe('components.1.prices');
    expect(t.price('a').toFixed()).toBe('0.3');
    expect(t.price('b').toFixed()).toBe('5');
    expect(err(() => t.price('missing'))).toEqual(['required', 'components.1.prices.missing']);
    expect(err(() => t.price('c'))).toEqual(['required', 'components.1.prices.c']);
    expect(err(() => t.price('d'))).toEqual(['required', 'components.1.prices.d']);
    expect(err(() => t.price('e'))).toEqual(['not_a_number', 'components.1.prices.e']);
    expect(err(() => t.price('f'))).toEqual(['negative', 'components.1.prices.f']);
    expect(err(() => t.price('g'))).toEqual(['float_not_allowed', 'components.1.prices.g']);
    expect(err(() => t.price('h'))).toEqual(['decimal_comma', 'components.1.prices.h']);
    expect(err(() => t.price('a', { max: '0.1' }))).toEqual(['too_large', 'components.1.prices.a']);
  });

  it('counts are whole numbers; decimals are not', () => {
    const t = priceTable({ sessions: '500', half: '500.5', zero: '0' }, 'prices', 'a price table');
    expect(t.count('sessions').toFixed()).toBe('500');
    expect(t.price('half').toFixed()).toBe('500.5');
    expect(err(() => t.count('half'))).toEqual(['not_integer', 'prices.half']);
    expect(t.count('zero').toFixed()).toBe('0');
    expect(err(() => t.count('zero', { positive: true }))).toEqual(['not_positive', 'prices.zero']);
  });

  it('has: a value is there unless missing, null or blank text', () => {
    const t = priceTable({ a: '1', z: '0', n: null, b: '', u: undefined }, 'prices', 'a price table');
    expect(['a', 'z', 'n', 'b', 'u', 'missing'].map((k) => t.has(k))).toEqual([true, true, false, false, false, false]);
  });

  it('never reads inherited keys, and hostile values are plain errors', () => {
    const hostile = JSON.parse('{"toString":0,"valueOf":{"toString":0},"x":{"toString":0},"__proto__":{"price":"1"}}') as unknown;
    const t = priceTable(hostile, 'prices', 'a price table');
    expect(err(() => t.price('x'))).toEqual(['not_a_number', 'prices.x']);
    expect(err(() => t.price('valueOf'))).toEqual(['not_a_number', 'prices.valueOf']);
    expect(t.price('toString').toFixed()).toBe('0');
    expect(err(() => t.price('constructor'))).toEqual(['required', 'prices.constructor']);
    expect(t.has('hasOwnProperty')).toBe(false);
    expect(t.table('x', 'a table').price('toString').toFixed()).toBe('0');
    expect(errorOf(() => t.table('toString', 'a table')).message).toBe('Expected a table, got number. (at prices.toString)');
    // a hostile table itself is still an object: reads go through own properties only
    const h = priceTable(JSON.parse('{"toString":0}'), 'p', 'a price table');
    expect(err(() => h.price('a'))).toEqual(['required', 'p.a']);
    expect(err(() => h.table('toString', 'a nested table'))).toEqual(['invalid_type', 'p.toString']);
  });

  it('reads a nested table (prices by compute type), required and typed at its path', () => {
    const t = priceTable({ computeTypes: { 'general1.small': '0.005', bad: 'x' }, list: [] }, 'prices', 'a CodeBuild price table');
    const c = t.table('computeTypes', 'a table of prices by compute type');
    expect(c.path).toBe('prices.computeTypes');
    expect(c.price('general1.small').toFixed()).toBe('0.005');
    expect(err(() => c.price('bad'))).toEqual(['not_a_number', 'prices.computeTypes.bad']);
    expect(err(() => c.price('arm1.large'))).toEqual(['required', 'prices.computeTypes.arm1.large']);
    expect(err(() => t.table('missing', 'EBS prices by volume type'))).toEqual(['required', 'prices.missing']);
    expect(errorOf(() => t.table('list', 'EBS prices by volume type')).message).toBe('Expected EBS prices by volume type, got a list. (at prices.list)');
  });

  it('reads a list of tables in order, each at its index; checks the list first', () => {
    const row = { sessionsPerYear: '10', pricePerYear: '1' };
    const read = (t: ReturnType<typeof priceTable>) => t.tables('tiers', 'a list of tiers', 'a tier', 3, (r, i) => [i, r.path, r.count('sessionsPerYear').toFixed()]);
    const ok = priceTable({ tiers: [row, row] }, 'prices', 'a price table');
    expect(read(ok)).toEqual([[0, 'prices.tiers.0', '10'], [1, 'prices.tiers.1', '10']]);
    const cases: [unknown, string, string][] = [
      [undefined, 'required', 'prices.tiers'],
      [null, 'required', 'prices.tiers'],
      [{}, 'invalid_type', 'prices.tiers'],
      [[], 'empty_group', 'prices.tiers'],
      [[row, row, row, row], 'too_large', 'prices.tiers'],
      [[row, 3], 'invalid_type', 'prices.tiers.1'],
      [[{ sessionsPerYear: '1.5' }, 3], 'not_integer', 'prices.tiers.0.sessionsPerYear'],
    ];
    for (const [tiers, code, path] of cases) expect(err(() => read(priceTable({ tiers }, 'prices', 'a price table')))).toEqual([code, path]);
  });

  it('reads an optional list of names out of the allowed ones', () => {
    const allowed = ['a', 'b'];
    const names = (v: unknown) => [...priceTable({ unconfirmed: v }, 'prices', 'a price table').names('unconfirmed', 'a list of price names', allowed)];
    expect(names(undefined)).toEqual([]);
    expect(names(null)).toEqual([]);
    expect(names(['b', 'a', 'b'])).toEqual(['b', 'a']);
    expect(err(() => names('a'))).toEqual(['invalid_type', 'prices.unconfirmed']);
    expect(err(() => names(['a', 'nope']))).toEqual(['unknown_option', 'prices.unconfirmed.1']);
    expect(errorOf(() => names([{ toString: 0 }])).params.value).toBe('@msg:error.got.object');
    expect(errorOf(() => names(['x'.repeat(100)])).params.value).toHaveLength(40);
  });

  it('is frozen', () => {
    const t = priceTable({}, 'prices', 'a price table');
    expect(Object.isFrozen(t)).toBe(true);
  });
});
