/**
 * Catalog entries (src/engine/catalog.ts: every default price carries value, unit, source and
 * as-of date) and the quoting of untrusted values in error params (src/engine/quote.ts).
 */
import { describe as group, expect, it } from 'vitest';
import { catalogRecord, loadPriceEntry, priceValue, validatePriceEntry } from '../../src/engine/catalog.ts';
import { describe, describeRef, quote, quoteRef } from '../../src/engine/quote.ts';
import { errorOf } from './helpers.ts';

const ENTRY = { value: '0.30', unit: 'USD per session', source: 'AWS pricing page', asOf: '2025-06-01' };

group('validatePriceEntry', () => {
  it('returns the value as a decimal', () => {
    expect(validatePriceEntry(ENTRY, 'p').toString()).toBe('0.3');
    expect(validatePriceEntry({ ...ENTRY, unconfirmed: true }, 'p').toString()).toBe('0.3');
    expect(validatePriceEntry({ ...ENTRY, unconfirmed: false }, 'p').toString()).toBe('0.3');
  });

  it('something that is not an object is invalid_type, expecting a price entry', () => {
    for (const bad of [null, undefined, 5, 'x', true]) {
      const e = errorOf(() => validatePriceEntry(bad, 'prices.a'));
      expect([e.code, e.path, e.params]).toEqual(['invalid_type', 'prices.a', { expected: '@msg:error.expected.priceEntry' }]);
    }
  });

  it('value, unit, source and asOf are each required text: missing, blank or not text is `required` at that field', () => {
    for (const k of ['value', 'unit', 'source', 'asOf'] as const) {
      for (const bad of [undefined, '', '  \t', 5, null]) {
        const e = errorOf(() => validatePriceEntry({ ...ENTRY, [k]: bad }, 'prices.a'));
        expect([k, bad, e.code, e.path, e.params]).toEqual([k, bad, 'required', `prices.a.${k}`, {}]);
      }
    }
    // checked in that order: value first
    expect(errorOf(() => validatePriceEntry({}, 'x')).path).toBe('x.value');
    expect(errorOf(() => validatePriceEntry({ value: '1' }, 'x')).path).toBe('x.unit');
    expect(errorOf(() => validatePriceEntry({ value: '1', unit: 'u' }, 'x')).path).toBe('x.source');
    // a list is an object without these fields
    expect(errorOf(() => validatePriceEntry([], 'x')).path).toBe('x.value');
  });

  it('asOf is YYYY, YYYY-MM or YYYY-MM-DD; anything else is invalid_date quoting it', () => {
    for (const ok of ['2025', '2025-06', '2025-06-01']) expect(validatePriceEntry({ ...ENTRY, asOf: ok }, 'p').toString()).toBe('0.3');
    for (const bad of ['25', '20255', '2025-6', '2025-06-1', '2025-06-011', '2025-06-01x', 'x2025', '2025/06', '2025-06-01-02', 'abcd']) {
      const e = errorOf(() => validatePriceEntry({ ...ENTRY, asOf: bad }, 'prices.a'));
      expect([bad, e.code, e.path, e.params]).toEqual([bad, 'invalid_date', 'prices.a.asOf', { value: bad }]);
    }
  });

  it('unconfirmed, when given, is true or false', () => {
    for (const bad of ['true', 1, null, {}]) {
      const e = errorOf(() => validatePriceEntry({ ...ENTRY, unconfirmed: bad }, 'prices.a'));
      expect([e.code, e.path, e.params]).toEqual(['invalid_type', 'prices.a.unconfirmed', { expected: '@msg:error.expected.trueOrFalse' }]);
    }
  });

  it('a value that is not a decimal is refused at the value field, as parseDecimal does', () => {
    const e = errorOf(() => validatePriceEntry({ ...ENTRY, value: 'abc' }, 'prices.a'));
    expect([e.code, e.path, e.params.value]).toEqual(['not_a_number', 'prices.a.value', 'abc']);
    expect(errorOf(() => validatePriceEntry({ ...ENTRY, value: '-1' }, 'prices.a')).code).toBe('negative');
  });
});

group('catalogRecord', () => {
  it('returns a plain object as it is; anything else is invalid_type with what was expected', () => {
    const o = { a: 1 };
    expect(catalogRecord(o, 'root', 'a table')).toBe(o);
    for (const bad of [null, [], 'x', 3, undefined]) {
      const e = errorOf(() => catalogRecord(bad, 'computeTypes', 'a table of compute types'));
      expect([e.code, e.path, e.params]).toEqual(['invalid_type', 'computeTypes', { expected: 'a table of compute types' }]);
    }
  });
});

group('loadPriceEntry', () => {
  it('returns a frozen copy with only the PriceEntry fields', () => {
    const raw = { ...ENTRY, extra: 'dropped', note: 'list price' };
    const p = loadPriceEntry(raw, 'p');
    expect(p).toEqual({ ...ENTRY, note: 'list price' });
    expect(Object.keys(p)).toEqual(['value', 'unit', 'source', 'asOf', 'note']);
    expect(Object.isFrozen(p)).toBe(true);
  });

  it('unconfirmed is kept only when true; a note only when it is text', () => {
    expect(loadPriceEntry({ ...ENTRY, unconfirmed: true }, 'p')).toEqual({ ...ENTRY, unconfirmed: true });
    expect(Object.keys(loadPriceEntry({ ...ENTRY, unconfirmed: false }, 'p'))).toEqual(['value', 'unit', 'source', 'asOf']);
    expect(Object.keys(loadPriceEntry({ ...ENTRY, note: 5 }, 'p'))).toEqual(['value', 'unit', 'source', 'asOf']);
    expect(loadPriceEntry({ ...ENTRY, note: '' }, 'p').note).toBe('');
  });

  it('validates the entry first (the same errors as validatePriceEntry)', () => {
    expect(errorOf(() => loadPriceEntry({ ...ENTRY, asOf: '06/2025' }, 'freeTier.x', 'USD per session')).path).toBe('freeTier.x.asOf');
    expect(errorOf(() => loadPriceEntry(null, 'freeTier.x')).code).toBe('invalid_type');
  });

  it('with a unit, the entry must be in that unit: unknown_option at the unit field, quoting it and the unit allowed', () => {
    expect(loadPriceEntry(ENTRY, 'p', 'USD per session').unit).toBe('USD per session');
    const e = errorOf(() => loadPriceEntry(ENTRY, 'computeTypes.small', 'USD per build-minute'));
    expect([e.code, e.path, e.params]).toEqual(['unknown_option', 'computeTypes.small.unit', { value: 'USD per session', allowed: 'USD per build-minute' }]);
  });
});

group('priceValue', () => {
  it('the user\'s value replaces the catalog\'s; without one the catalog value is used; errors at the path given', () => {
    expect(priceValue(ENTRY, '0.25', 'x').toString()).toBe('0.25');
    expect(priceValue(ENTRY, undefined, 'x').toString()).toBe('0.3');
    const e = errorOf(() => priceValue(ENTRY, 'cheap', 'prices.session'));
    expect([e.code, e.path]).toEqual(['not_a_number', 'prices.session']);
  });
});

group('quote.ts', () => {
  it('describe names null, a list and every typeof', () => {
    expect([null, [], {}, 'x', 1, true, undefined, 1n, () => 1, Symbol('s')].map(describe)).toEqual([
      'null', 'a list', 'object', 'string', 'number', 'boolean', 'undefined', 'bigint', 'function', 'symbol',
    ]);
  });

  it('describeRef names them with the phrases of the error catalog', () => {
    expect([null, [], {}, 'x', 1, true, undefined, 1n].map(describeRef)).toEqual([
      '@msg:error.got.null', '@msg:error.got.list', '@msg:error.got.object', '@msg:error.got.string',
      '@msg:error.got.number', '@msg:error.got.boolean', '@msg:error.got.undefined', '@msg:error.got.bigint',
    ]);
  });

  it('quote: text cut to 40 characters by default (or max), numbers, booleans and bigints written out, anything else named', () => {
    const long = 'x'.repeat(50);
    expect(quote(long)).toBe('x'.repeat(40));
    expect(quote(long, 5)).toBe('xxxxx');
    expect(quote('short')).toBe('short');
    expect(quote(12.5)).toBe('12.5');
    expect(quote(1 / 3, 6)).toBe('0.3333');
    expect(quote(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(quote(false)).toBe('false');
    expect(quote(true, 2)).toBe('tr');
    expect(quote(123n)).toBe('123');
    expect(quote(12345n, 3)).toBe('123');
    expect(quote(null)).toBe('null');
    expect(quote([1])).toBe('a list');
    expect(quote(undefined)).toBe('undefined');
  });

  it('quote never runs code the value carries (a JSON "toString" key)', () => {
    expect(quote(JSON.parse('{"toString":0,"valueOf":0}'))).toBe('object');
    expect(quoteRef(JSON.parse('{"toString":0}'))).toBe('@msg:error.got.object');
  });

  it('quoteRef: text and numbers as quote does (cut to 40 or max), anything else the phrase that names it', () => {
    expect(quoteRef('y'.repeat(45))).toBe('y'.repeat(40));
    expect(quoteRef('abcdef', 3)).toBe('abc');
    expect(quoteRef(3.25)).toBe('3.25');
    expect(quoteRef(123456, 4)).toBe('1234');
    expect(quoteRef(true)).toBe('true');
    expect(quoteRef(false, 1)).toBe('f');
    expect(quoteRef(99n)).toBe('99');
    expect(quoteRef(98765n, 2)).toBe('98');
    expect(quoteRef(null)).toBe('@msg:error.got.null');
    expect(quoteRef([])).toBe('@msg:error.got.list');
    expect(quoteRef(undefined)).toBe('@msg:error.got.undefined');
  });
});
