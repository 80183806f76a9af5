/**
 * The one home of decimal arithmetic: what input is accepted (and what each rejection reports),
 * the comparisons, the named roundings, and how money and plain numbers are written in formulas.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import DecimalJs from 'decimal.js';
import {
  ceilWhole,
  compare,
  d,
  Dec,
  fixed,
  floorWhole,
  isDec,
  isOne,
  isPositive,
  max,
  min,
  num,
  parseCount,
  parseDecimal,
  sum,
  toChartNumber,
  usd,
} from '../../src/engine/decimal.ts';
import { errorOf } from './helpers.ts';

const err = (fn: () => unknown) => {
  const e = errorOf(fn);
  return [e.code, e.path, e.params];
};

describe('parseDecimal accepts decimal text and safe integers', () => {
  it.each<[unknown, string]>([
    ['0.30', '0.3'],
    [' 5 ', '5'],
    ['1e3', '1000'],
    ['1E3', '1000'],
    ['.5', '0.5'],
    ['+2', '2'],
    ['-0', '0'],
    [42, '42'],
    ['1e-30', '0.000000000000000000000000000001'],
    ['1000000000000000', '1000000000000000'], // the largest allowed magnitude, 1e15
    ['999999999999999.9', '999999999999999.9'],
  ])('%j is %s', (value, expected) => {
    expect(parseDecimal(value, 'x').toFixed()).toBe(expected);
  });

  it('accepts negatives only when asked', () => {
    expect(parseDecimal('-1.5', 'x', { nonNegative: false }).toFixed()).toBe('-1.5');
  });
});

describe('parseDecimal rejects, naming the field', () => {
  it.each<[string, unknown, Parameters<typeof parseDecimal>[2], unknown[]]>([
    ['NaN', NaN, {}, ['not_a_number', 'f', { value: 'NaN' }]],
    ['Infinity', Infinity, {}, ['not_a_number', 'f', { value: 'Infinity' }]],
    ['a float', 0.1, {}, ['float_not_allowed', 'f', { value: '0.1' }]],
    ['an unsafe integer', 2 ** 53, {}, ['float_not_allowed', 'f', { value: '9007199254740992' }]],
    ['undefined', undefined, {}, ['required', 'f', {}]],
    ['null', null, {}, ['required', 'f', {}]],
    ['blank text', '   ', {}, ['required', 'f', {}]],
    ['true', true, {}, ['not_a_number', 'f', { value: '@msg:error.got.boolean' }]],
    ['an object', {}, {}, ['not_a_number', 'f', { value: '@msg:error.got.object' }]],
    ['a decimal comma', '0,30', {}, ['decimal_comma', 'f', { value: '0,30', point: '0.30' }]],
    ['a decimal comma after two digits', '12,5', {}, ['decimal_comma', 'f', { value: '12,5', point: '12.5' }]],
    ['a negative with a decimal comma', '-1,5', { nonNegative: false }, ['decimal_comma', 'f', { value: '-1,5', point: '-1.5' }]],
    ['a huge exponent under a small max', '1e99999999999999999', { max: '100' }, ['too_large', 'f', { value: '1e99999999999999999', max: '1000000000000000' }]],
    ['thousands commas', '1,000,000', {}, ['not_a_number', 'f', { value: '1,000,000' }]],
    ['words', 'abc', {}, ['not_a_number', 'f', { value: 'abc' }]],
    ['an exponent above 30', '1e31', {}, ['too_large', 'f', { value: '1e31', max: '1000000000000000' }]],
    ['an exponent below -30', '1E-31', {}, ['too_large', 'f', { value: '1E-31', max: '1000000000000000' }]],
    ['just above 1e15', '1000000000000001', {}, ['too_large', 'f', { value: '1000000000000001', max: '1000000000000000' }]],
    ['just below -1e15', '-1000000000000001', { nonNegative: false }, ['too_large', 'f', { value: '-1000000000000001', max: '1000000000000000' }]],
    ['above a given max', '100.5', { max: '100' }, ['too_large', 'f', { value: '100.5', max: '100' }]],
    ['a negative', '-1', {}, ['negative', 'f', { value: '-1' }]],
    ['zero where it must be positive', '0', { positive: true }, ['not_positive', 'f', { value: '0' }]],
    ['minus zero where it must be positive', '-0', { positive: true }, ['not_positive', 'f', { value: '-0' }]],
    ['a fraction where a whole number is needed', '1.5', { integer: true }, ['not_integer', 'f', { value: '1.5' }]],
    ['below a given min', '1', { min: '2' }, ['too_small', 'f', { value: '1', min: '2' }]],
    ['below a given decimal min', '1', { min: d('1.5') }, ['too_small', 'f', { value: '1', min: '1.5' }]],
  ])('%s', (_name, value, opts, expected) => {
    expect(err(() => parseDecimal(value, 'f', opts))).toEqual(expected);
  });

  it('the bounds themselves are accepted', () => {
    expect(parseDecimal('5', 'f', { positive: true }).toFixed()).toBe('5');
    expect(parseDecimal('100', 'f', { max: '100' }).toFixed()).toBe('100');
    expect(parseDecimal('2', 'f', { min: '2' }).toFixed()).toBe('2');
  });

  it('quotes at most 40 characters of what it could not read', () => {
    expect(errorOf(() => parseDecimal(`1${'0'.repeat(50)}`, 'f')).params.value).toBe(`1${'0'.repeat(39)}`);
    expect(errorOf(() => parseDecimal(`1${'0'.repeat(50)}`, 'f', { max: '100' })).params.value).toBe(`1${'0'.repeat(39)}`);
    expect(errorOf(() => parseDecimal('z'.repeat(100), 'f')).params.value).toBe('z'.repeat(40));
    expect(errorOf(() => parseDecimal(`1e${'9'.repeat(60)}`, 'f')).params.value).toHaveLength(40);
  });

  it('parseCount wants whole numbers and keeps the other options', () => {
    expect(parseCount('2', 'n').toFixed()).toBe('2');
    expect(err(() => parseCount('2.5', 'n'))).toEqual(['not_integer', 'n', { value: '2.5' }]);
    expect(err(() => parseCount('0', 'n', { positive: true }))).toEqual(['not_positive', 'n', { value: '0' }]);
    expect(err(() => parseCount('600', 'n', { max: '501' }))).toEqual(['too_large', 'n', { value: '600', max: '501' }]);
  });

  it('reads the same text to the same value however many different texts came before', () => {
    for (let i = 0; i < 3000; i++) parseDecimal(String(i), 'f');
    expect(parseDecimal('0.30', 'f').toFixed()).toBe('0.3');
    for (let i = 0; i < 100; i++) parseDecimal('1', 'f', { max: String(i + 1) });
    expect(err(() => parseDecimal('3', 'f', { max: '2' }))).toEqual(['too_large', 'f', { value: '3', max: '2' }]);
  });
});

describe('comparisons', () => {
  it.each<[string, string, number]>([
    ['1.5', '1.25', 1],
    ['-1.5', '-1.25', -1],
    ['10', '9', 1],
    ['-10', '-9', -1],
    ['0', '5', -1],
    ['0', '-5', 1],
    ['5', '0', 1],
    ['-5', '0', -1],
    ['0', '0', 0],
    ['-2', '3', -1],
    ['1.25', '1.2', 1],
    ['1.2', '1.25', -1],
    ['-1.25', '-1.2', -1],
    ['-1.2', '-1.25', 1],
    ['12345678.9', '12345678.9', 0],
    // digit lists of different lengths that agree as far as the shorter goes
    ['1', '1.00000001', -1],
    ['1.00000001', '1', 1],
    ['-1', '-1.00000001', 1],
    ['-1.00000001', '-1', -1],
    ['123456789012345.000001', '123456789012345', 1],
  ])('compare(%s, %s) = %i', (a, b, k) => {
    expect(compare(d(a), d(b))).toBe(k);
  });

  it('agrees with decimal.js for any two decimals (signs, exponents, long digit lists)', () => {
    const dec = fc
      .tuple(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: 0, max: 45 }))
      .map(([n, scale]) => d(n.toString()).div(d(10).pow(scale)));
    fc.assert(
      fc.property(dec, dec, (a, b) => {
        expect(compare(a, b)).toBe(a.comparedTo(b));
        expect(compare(a, a)).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('falls back to decimal.js for NaN and for a decimal of another configuration', () => {
    expect(compare(new Dec(NaN), d(1))).toBeNaN();
    expect(compare(d(2), new DecimalJs(1) as unknown as Dec)).toBe(1);
  });

  it('min, max, isPositive and isOne', () => {
    expect([min(d(1), d(2)), min(d(2), d(1)), min(d(-1), d(0))].map((x) => x.toFixed())).toEqual(['1', '1', '-1']);
    expect([max(d(1), d(2)), max(d(2), d(1)), max(d(-2), d(-1)), max(d(3), d(3))].map((x) => x.toFixed())).toEqual(['2', '2', '-1', '3']);
    expect([isPositive(d(0)), isPositive(d('1e-70')), isPositive(d(-1))]).toEqual([false, true, false]);
    expect([isOne(d(1)), isOne(d('1.000')), isOne(d('0.9999')), isOne(d(0))]).toEqual([true, true, false, false]);
  });
});

describe('sums and named roundings', () => {
  it('sum: none is 0; terms add exactly', () => {
    expect(sum([]).toFixed()).toBe('0');
    expect(sum([d('0.1'), d('0.2')]).toFixed()).toBe('0.3');
    expect(sum([d('0'), d('2.5'), d('-1')]).toFixed()).toBe('1.5');
    expect(sum([d('7')]).toFixed()).toBe('7');
  });

  it('sum rounds to 60 significant digits like every other operation, even a single term', () => {
    const long = d(`0.${'1'.repeat(70)}`); // built from text: 70 digits
    expect(sum([long]).precision()).toBe(60);
    expect(sum([long, d(0)]).precision()).toBe(60);
  });

  it('ceilWhole rounds up (a build of 2.1 min bills 3), floorWhole down', () => {
    expect([ceilWhole(d('2.1')), ceilWhole(d('2')), ceilWhole(d('-2.1'))].map((x) => x.toFixed())).toEqual(['3', '2', '-2']);
    expect([floorWhole(d('2.9')), floorWhole(d('2')), floorWhole(d('-2.1'))].map((x) => x.toFixed())).toEqual(['2', '2', '-3']);
  });

  it('fixed rounds half to even at display: 5.125 -> 5.12, 5.135 -> 5.14', () => {
    expect([fixed(d('5.125')), fixed(d('5.135')), fixed(d('5.1')), fixed(d('2.5'), 0)]).toEqual(['5.12', '5.14', '5.10', '2']);
  });
});

describe('writing money and numbers in formulas', () => {
  it.each<[string, number | undefined, string]>([
    ['5.1', undefined, '$5.10'],
    ['5', undefined, '$5.00'],
    ['0', undefined, '$0.00'],
    ['-0', undefined, '$0.00'],
    ['0.005', undefined, '$0.005'],
    ['12.5', undefined, '$12.50'],
    ['1036', undefined, '$1,036.00'],
    ['1234567.891', undefined, '$1,234,567.891'],
    ['-0.5', undefined, '-$0.50'],
    ['-1234.5', undefined, '-$1,234.50'],
    ['0.1234565', undefined, '$0.123456'], // 7 places, half-even to 6
    ['0.1234575', undefined, '$0.123458'],
    ['2.5000001', undefined, '$2.50'], // rounds to 2.500000, trimmed, padded to cents
    ['3.0000001', undefined, '$3.00'],
    ['1.123456789', 8, '$1.12345679'],
    ['1.125', 2, '$1.12'], // half-even to 2 places: 1.12|5, and 2 is even
    ['1.5', 0, '$1.50'], // cents are never rounded away
    ['1.25', 1, '$1.25'],
    ['10.004', 0, '$10.00'], // 10.004 rounded to whole dollars: the 0 of 10 stays
  ])('usd(%s, %s) = %s', (x, places, text) => {
    expect(usd(d(x), places)).toBe(text);
  });

  it.each<[string, number | undefined, string]>([
    ['1234567.5', undefined, '1,234,567.5'],
    ['-1234', undefined, '-1,234'],
    ['0.1234567', undefined, '0.123457'],
    ['100', undefined, '100'],
    ['1000', undefined, '1,000'],
    ['123456', undefined, '123,456'],
    ['12345678', undefined, '12,345,678'],
    ['-0.5', undefined, '-0.5'],
    ['-123', undefined, '-123'],
    ['1234.5678', 2, '1,234.57'],
  ])('num(%s, %s) = %s', (x, places, text) => {
    expect(num(d(x), places)).toBe(text);
  });

  it('numbers never use exponential notation: 1e-30 and 1e25 are written out', () => {
    expect(num(d('1e25'))).toBe('10,000,000,000,000,000,000,000,000');
    expect(d('1e-30').toString()).toBe('0.000000000000000000000000000001');
    expect(d(1).div(3).toFixed().length).toBe(62); // "0." and 60 significant digits
  });
});

describe('the chart edge and type checks', () => {
  it('toChartNumber gives a finite number, or an EngineError at "chart"', () => {
    expect(toChartNumber(d('1.5'))).toBe(1.5);
    expect(err(() => toChartNumber(d('1e400')))).toEqual(['not_a_number', 'chart', { value: '1e+400' }]);
  });

  it('isDec tells a decimal from a number or a string', () => {
    expect([isDec(d(1)), isDec(1), isDec('1'), isDec({ d: [1], e: 0, s: 1 })]).toEqual([true, false, false, false]);
  });
});
