/**
 * How availability figures are written (src/engine/availability/format.ts): exact when short,
 * "~" and enough places to show 1 - A when long, exponent notation within 1e-40 of 0 or 1; the
 * percent and quantity forms; the nines; the references to other phrases and to a service's name.
 * Every expected text is worked out by hand in a comment.
 */
import { describe, expect, it } from 'vitest';
import { Dec, d } from '../../src/engine/decimal.ts';
import {
  messageRef,
  ninesOf,
  serviceRef,
  showExponent,
  showFraction,
  showNines,
  showPercent,
  showQuantity,
} from '../../src/engine/availability/format.ts';

const third = (scale: string) => new Dec(1).div(3).times(scale);

describe('showFraction', () => {
  it('up to 16 decimal places exactly, as they are', () => {
    expect(showFraction(d('0.99940005'))).toBe('0.99940005');
    expect(showFraction(d('0.1234567890123456'))).toBe('0.1234567890123456');
    expect(showFraction(d('1'))).toBe('1');
    expect(showFraction(d('0'))).toBe('0');
  });

  it('17 places: "~" and 16 places, half-even (0.1234567890123456|7 -> ...57)', () => {
    expect(showFraction(d('0.12345678901234567'))).toBe('~0.1234567890123457');
  });

  it('close to 1, enough places for 6 digits of 1 - A: U = 3.33...e-15 needs 15 + 5 = 20 places', () => {
    // 1 - 3.333...e-15 = 0.99999999999999666666...; 20 places, the 21st digit 6 rounds up
    expect(showFraction(new Dec(1).minus(third('1e-14')))).toBe('~0.99999999999999666667');
  });

  it('close to 0 the same, from A itself: 3.33...e-15 needs 20 places', () => {
    expect(showFraction(third('1e-14'))).toBe('~0.00000000000000333333');
  });

  it('a third: 16 places ("~0.3333333333333333"); trailing zeros of the rounding are trimmed', () => {
    expect(showFraction(third('1'))).toBe('~0.3333333333333333');
    // 0.50000000000000000001 (20 places) rounds to 0.5000000000000000 at 16 places -> "~0.5"
    expect(showFraction(d('0.50000000000000000001'))).toBe('~0.5');
  });

  it('within 1e-40 of 0 or 1: exponent notation with 6 significant digits', () => {
    expect(showFraction(d('3.05e-50'))).toBe('~3.05e-50');
    expect(showFraction(new Dec(1).minus('3.05e-50'))).toBe('~1 - 3.05e-50');
    expect(showFraction(third('1e-45'))).toBe('~3.33333e-46');
  });

  it('exactly 1e-40 from 0 or 1 is still written in places (45 = 40 + 5 of them, zeros trimmed)', () => {
    expect(showFraction(d('1e-40'))).toBe(`~0.${'0'.repeat(39)}1`);
    expect(showFraction(new Dec(1).minus('1e-40'))).toBe(`~0.${'9'.repeat(40)}`);
  });
});

describe('showPercent', () => {
  it('exact up to 14 places of percent (16 of the fraction)', () => {
    expect(showPercent(d('0.9995'))).toBe('99.95');
    expect(showPercent(d('0.1234567890123456'))).toBe('12.34567890123456');
  });

  it('15 places of percent: "~" and 14, half-even', () => {
    expect(showPercent(d('0.12345678901234567'))).toBe('~12.34567890123457');
  });

  it('close to 100%: U = 3.33...e-15 needs 18 places of percent', () => {
    // 99.999999999999666666...; 18 places, the 19th digit 6 rounds up
    expect(showPercent(new Dec(1).minus(third('1e-14')))).toBe('~99.999999999999666667');
  });

  it('within 1e-40 of 0% or 100%: exponent notation of the percent', () => {
    expect(showPercent(d('3.05e-50'))).toBe('~3.05e-48');
    expect(showPercent(new Dec(1).minus('3.05e-50'))).toBe('~100 - 3.05e-48');
  });
});

describe('showQuantity', () => {
  it('up to 12 places exactly, thousands grouped', () => {
    expect(showQuantity(d('1234.5'))).toBe('1,234.5');
    expect(showQuantity(d('12345678.000000000001'))).toBe('12,345,678.000000000001');
  });

  it('more places: "~" and 12 significant digits, however many places that takes', () => {
    // 1,000,000 / 3 = 333,333.333333|333... -> 12 digits
    expect(showQuantity(third('1000000'))).toBe('~333,333.333333');
    // 0.0000000000012345 (16 places) -> 12 digits, 16 places, as it is
    expect(showQuantity(d('0.0000000000012345'))).toBe('~0.0000000000012345');
  });

  it('below 1e-12: exponent notation with 12 significant digits', () => {
    expect(showQuantity(d('1.5e-13'))).toBe('~1.5e-13');
    expect(showQuantity(third('1e-12'))).toBe('~3.33333333333e-13');
  });
});

describe('showExponent', () => {
  it('6 significant digits by default, half-even', () => {
    expect(showExponent(d('1.2345675e-50'))).toBe('1.23457e-50');
    expect(showExponent(d('1.2345665e-50'))).toBe('1.23457e-50');
    expect(showExponent(d('1.2345665e-50'), 3)).toBe('1.23e-50');
  });
});

describe('nines', () => {
  it('U = 0.001 is exactly 3, written "3"; U = 0.0005 is 3.30103', () => {
    expect(ninesOf(d('0.001'))).toMatchObject({ perfect: false, text: '3' });
    expect(ninesOf(d('0.001')).nines!.toFixed()).toBe('3');
    expect(ninesOf(d('0.0005')).text).toBe('3.30103');
  });

  it('U = 0 is perfect: no finite nines', () => {
    expect(ninesOf(d('0'))).toEqual({ nines: null, perfect: true, text: '100% (no downtime)' });
  });

  it('showNines keeps 5 places at most, trailing zeros trimmed', () => {
    expect(showNines(d('3.5'))).toBe('3.5');
    expect(showNines(d('3.123456'))).toBe('3.12346');
    expect(showNines(d('10'))).toBe('10');
    expect(showNines(d('100.000001'))).toBe('100');
  });
});

describe('references', () => {
  it('messageRef names a phrase as @msg:<key>', () => {
    expect(messageRef('availability.failover.rate.mtbf')).toBe('@msg:availability.failover.rate.mtbf');
  });

  it("serviceRef names a catalog service's phrase, else the fallback (the id by default)", () => {
    expect(serviceRef('rds-multi-az')).toBe('@msg:availability.service.rds-multi-az');
    expect(serviceRef('rds-multi-az', 'My DB')).toBe('@msg:availability.service.rds-multi-az');
    expect(serviceRef('my-sla')).toBe('my-sla');
    expect(serviceRef('my-sla', 'My SLA')).toBe('My SLA');
    // a name Object.prototype has is not a service
    expect(serviceRef('constructor')).toBe('constructor');
  });
});
