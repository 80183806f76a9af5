/**
 * The availability arithmetic at its edges: empty and whole groups, members that never fail or
 * never work, sums whose small side must be kept, and the failover clamp to [0, 1] at the 60th
 * digit (A + U = 1 must hold, and neither may leave [0, 1]).
 */
import { describe, expect, it } from 'vitest';
import { evaluateAvailability } from '../../src/engine/index.ts';
import { failoverAU, fromFraction, kOfNAU, parallelAU, seriesAU } from '../../src/engine/availability/compose.ts';
import { d, Dec } from '../../src/engine/decimal.ts';

const f = (x: string) => fromFraction(d(x));
const pair = (x: { a: Dec; u: Dec }) => [x.a.toFixed(), x.u.toFixed()];

describe('series and parallel of a list of parts', () => {
  it('series of 0.9 and 0.99: A = 0.891, U = 0.1 + 0.9 x 0.01 = 0.109', () => {
    expect(pair(seriesAU([f('0.9'), f('0.99')]))).toEqual(['0.891', '0.109']);
  });

  it('parallel of 0.9 and 0.99: U = 0.1 x 0.01 = 0.001, A = 0.999', () => {
    expect(pair(parallelAU([f('0.9'), f('0.99')]))).toEqual(['0.999', '0.001']);
  });

  it('an empty series never fails; an empty parallel group never works', () => {
    expect(pair(seriesAU([]))).toEqual(['1', '0']);
    expect(pair(parallelAU([]))).toEqual(['0', '1']);
  });
});

describe('k-of-n', () => {
  it('lists its terms only when asked', () => {
    // 2-of-3 at 0.9: 3 x 0.81 x 0.1 + 0.729 = 0.972
    expect(kOfNAU(f('0.9'), 2, 3).terms).toEqual([]);
    expect(kOfNAU(f('0.9'), 2, 3, true).terms.map((t) => [t.i, t.coefficient.toFixed(), t.value.toFixed()])).toEqual([
      [2, '3', '0.243'],
      [3, '1', '0.729'],
    ]);
  });

  it.each([
    ['1', '= 1'],
    ['0', '= 0'],
  ])('members of availability %s: the result, with no sum of zero terms written out', (fraction, result) => {
    const r = evaluateAvailability({ architecture: { kind: 'k-of-n', id: 'g', k: 2, n: 3, member: { kind: 'component', id: 'm', fraction } } }, {});
    expect(r.availability.toFixed()).toBe(fraction);
    const text = r.lines.find((l) => l.key === 'availability.kOfN')!.text;
    expect(text).toBe(`g (at least 2 of 3 x m): sum over i = 2..3 of C(3,i) x ${fraction}^i x ${fraction === '1' ? '0' : '1'}^(3-i) ${result}`);
  });

  it('all 500 of 500 needed at 0.5: A = 0.5^500 = 3.0549...e-151 is kept, not lost as 1 - U', () => {
    // U = 1 - 0.5^500 rounds to 1 at 60 digits; A is the smaller sum and the precise one.
    const r = kOfNAU(f('0.5'), 500, 500);
    const exact = d('0.5').pow(500);
    expect(r.a.isZero()).toBe(false);
    expect(r.a.minus(exact).abs().div(exact).lt('1e-55')).toBe(true);
    expect(r.u.toFixed()).toBe('1');
  });
});

describe('failover clamps to [0, 1]', () => {
  it('U that rounds to 1 at 60 digits: the pair is down, A = 0 (not a stray 1e-70)', () => {
    // primary never works, standby 0.5: U = 0.5 + s with s = 0.5 - 1e-70, which rounds to 1;
    // unclamped, A would be 0.5 - s = 1e-70 beside U = 1.
    const sw = new Dec(`0.4${'9'.repeat(69)}`);
    const r = failoverAU(f('0'), f('0.5'), sw);
    expect([...pair(r), r.clamped]).toEqual(['0', '1', true]);
  });

  it('A that reaches 0 while U rounds just below 1: the pair is down, A never negative', () => {
    // A = A_p + U_p x A_s - s <= 0 here, while U = U_p x U_s + s is a hair under 1 after rounding.
    const primary = f('0.0004780138850956469749211458204812550756686365810206660618147');
    const standby = f('0.00000001773823');
    const sw = d('0.000478031614846526737900987780525738648433423360142986601256491');
    const r = failoverAU(primary, standby, sw);
    expect([...pair(r), r.clamped]).toEqual(['0', '1', true]);
  });

  it('an ordinary pair is not clamped: 0.001 x 0.001 + 0.00001 = 0.000011', () => {
    const r = failoverAU(f('0.999'), f('0.999'), d('0.00001'));
    expect([...pair(r), r.clamped]).toEqual(['0.999989', '0.000011', false]);
  });
});
