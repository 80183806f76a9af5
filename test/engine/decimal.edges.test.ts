/**
 * Edges of src/engine/decimal.ts that the rules file does not reach: where the exponent guard's
 * error comes from, how a text bound is quoted, zeros that must not come out negative, NaN in
 * comparisons, and money rounded to whole cents.
 */
import { describe, expect, it } from 'vitest';
import { compare, d, Dec, max, min, parseDecimal, sum, usd, ZERO } from '../../src/engine/decimal.ts';
import { errorOf } from './helpers.ts';

const err = (fn: () => unknown) => {
  const e = errorOf(fn);
  return [e.code, e.path, e.params];
};

describe('parseDecimal', () => {
  it('an exponent above 30 is too large for the engine, whatever smaller max the field has', () => {
    // the exponent guard speaks of the engine's limit (1e15), not of the field's max
    expect(err(() => parseDecimal('1e31', 'f', { max: '100' }))).toEqual(['too_large', 'f', { value: '1e31', max: '1000000000000000' }]);
    expect(err(() => parseDecimal('2e45', 'f', { max: '100' }))).toEqual(['too_large', 'f', { value: '2e45', max: '1000000000000000' }]);
    expect(err(() => parseDecimal('1e-31', 'f'))).toEqual(['too_large', 'f', { value: '1e-31', max: '1000000000000000' }]);
    expect(parseDecimal('1e30', 'f', { max: '1e31' }).toFixed()).toBe(`1${'0'.repeat(30)}`);
  });

  it('quotes a text bound as a number: "2.50" is written 2.5', () => {
    expect(err(() => parseDecimal('3', 'f', { max: '2.50' }))).toEqual(['too_large', 'f', { value: '3', max: '2.5' }]);
    expect(err(() => parseDecimal('1', 'f', { min: '1.50' }))).toEqual(['too_small', 'f', { value: '1', min: '1.5' }]);
    expect(err(() => parseDecimal('3', 'f', { max: d('2.50') }))).toEqual(['too_large', 'f', { value: '3', max: '2.5' }]);
  });
});

describe('zeros and NaN', () => {
  it('a sum of zeros is never a negative zero, and clamping at 0 gives 0', () => {
    const minusZero = d('-0');
    expect(minusZero.isNegative()).toBe(true); // decimal.js keeps the sign of -0
    expect(sum([minusZero]).isNegative()).toBe(false);
    expect(sum([minusZero, minusZero]).isNegative()).toBe(false);
    // max(0, x) and min(0, x) on a tie return their first argument, 0
    expect(max(ZERO, minusZero).isNegative()).toBe(false);
    expect(min(ZERO, minusZero).isNegative()).toBe(false);
  });

  it('compare gives NaN when either side is NaN', () => {
    expect(compare(d(1), new Dec(NaN))).toBeNaN();
    expect(compare(new Dec(NaN), new Dec(NaN))).toBeNaN();
  });
});

describe('usd', () => {
  it('a value that rounds to whole dollars is written with cents', () => {
    // 7 places, half-even to 6: 3.000000 -> "3" -> "$3.00"; 1,000.0000004 -> "$1,000.00"
    expect(usd(d('3.0000001'))).toBe('$3.00');
    expect(usd(d('1000.0000004'))).toBe('$1,000.00');
    expect(usd(d('-7.0000001'))).toBe('-$7.00');
    expect(usd(d('2.0004'), 3)).toBe('$2.00');
    expect(usd(d('2.0006'), 3)).toBe('$2.001');
  });
});
