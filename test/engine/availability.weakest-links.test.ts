/**
 * The share of the downtime (src/engine/availability/weakest-links.ts): the amounts removed when a
 * component (or a failover's switch time) is made perfect, their ranking and shares, and the line
 * items that explain them (definition, one per entry up to 10, one for the rest), including a
 * clamped failover, where the amount is recomputed rather than scaled. Every expected value is
 * worked out by hand in a comment.
 */
import { describe, expect, it } from 'vitest';
import { evaluateAvailability, shareBarPercent, type AvailabilityResult, type NodeSpec } from '../../src/engine/index.ts';
import { d } from '../../src/engine/decimal.ts';

const run = (architecture: unknown): AvailabilityResult => evaluateAvailability({ architecture }, {});
const frac = (id: string, fraction: string, name?: string): NodeSpec => ({ kind: 'component', id, fraction, ...(name === undefined ? {} : { name }) }) as NodeSpec;
const series = (id: string, ...children: NodeSpec[]): NodeSpec => ({ kind: 'series', id, children });
const parallel = (id: string, ...children: NodeSpec[]): NodeSpec => ({ kind: 'parallel', id, children });

const items = (r: AvailabilityResult) => r.lines.filter((l) => l.key === 'availability.weakest.item');
const removed = (r: AvailabilityResult) => r.contributions.map((c) => [c.id, c.unavailabilityRemoved.toFixed()]);

describe('the lines of the downtime shares', () => {
  it('series of 0.9 and 0.8: a removes 0.1 x 0.8 = 0.08, b removes 0.2 x 0.9 = 0.18, of U = 0.28', () => {
    const r = run(series('s', frac('a', '0.9', 'A'), frac('b', '0.8', 'B')));
    expect(r.unavailability.toFixed()).toBe('0.28');
    // total 0.26; shares 0.18 / 0.26 = 69.23%, 0.08 / 0.26 = 30.77%
    const def = r.lines.find((l) => l.key === 'availability.weakest.definition')!;
    expect(def.amount.toFixed()).toBe('0.26');
    expect(def.params).toEqual({ total: '0.26', rootUnavailability: '0.28' });
    expect([def.kind, def.unit]).toEqual(['info', 'fraction']);
    const [first, second] = items(r);
    expect(first!.amount.toFixed()).toBe('0.18');
    expect(first!.params).toEqual({
      id: 'b',
      name: 'B',
      rank: '1',
      from: '0.28',
      to: '0.1',
      removed: '0.18',
      share: '69.23',
      subject: '@msg:availability.weakest.subject.component',
    });
    expect([first!.kind, first!.unit]).toEqual(['info', 'fraction']);
    expect(first!.text).toBe('#1 B: if it never failed, U would fall from 0.28 to 0.1 (removes 0.18, 69.23% of the downtime)');
    expect(second!.params).toMatchObject({ id: 'a', rank: '2', to: '0.2', removed: '0.08', share: '30.77' });
    expect(r.contributions.map((c) => [c.id, c.name, c.path, c.kind, c.rank])).toEqual([
      ['b', 'B', 'architecture.children.1', 'component', 1],
      ['a', 'A', 'architecture.children.0', 'component', 2],
    ]);
    // the share lines come last, after the downtime lines
    expect(r.lines.at(-3)!.key).toBe('availability.weakest.definition');
  });

  it('a switchover line names its failover; equal amounts keep the evaluation order', () => {
    // 12 failures a year x 2,628 s / 31,536,000 s = 0.001; U = 0.001 x 0.01 + 0.001 = 0.00101
    // instant switch: U = 0.00001, removes 0.001; p perfect: 0.01 x 0.001 = 0.00001; s: 0.001 x 0.01 = 0.00001
    const r = run({ kind: 'failover', id: 'db', name: 'DB', primary: frac('p', '0.999'), standby: frac('s', '0.99'), switchSeconds: '2628', failuresPerYear: '12' });
    expect(r.unavailability.toFixed()).toBe('0.00101');
    expect(removed(r)).toEqual([
      ['db', '0.001'],
      ['p', '0.00001'],
      ['s', '0.00001'],
    ]);
    expect(r.contributions.map((c) => [c.kind, c.name, c.path, c.rank])).toEqual([
      ['switchover', 'DB switchover', 'architecture', 1],
      ['component', 'p', 'architecture.primary', 2],
      ['component', 's', 'architecture.standby', 3],
    ]);
    const [sw, p] = items(r);
    // 0.001 / 0.00102 = 98.04%; 0.00001 / 0.00102 = 0.98%
    expect(sw!.params).toEqual({
      id: 'db',
      name: 'DB switchover',
      rank: '1',
      from: '0.00101',
      to: '0.00001',
      removed: '0.001',
      share: '98.04',
      subject: '@msg:availability.weakest.subject.switchover',
      failover: 'DB',
    });
    expect(sw!.text).toBe('#1 DB switchover: if it never failed, U would fall from 0.00101 to 0.00001 (removes 0.001, 98.04% of the downtime)');
    expect(p!.params).not.toHaveProperty('failover');
    expect(p!.params.share).toBe('0.98');
  });

  it('an instant switch has no switchover entry', () => {
    const r = run({ kind: 'failover', id: 'db', primary: frac('p', '0.999'), standby: frac('s', '0.99'), switchSeconds: '0', failuresPerYear: '12' });
    // U = 0.001 x 0.01 = 0.00001; each part made perfect removes all of it
    expect(removed(r)).toEqual([
      ['p', '0.00001'],
      ['s', '0.00001'],
    ]);
  });

  it('nothing fails: every amount, share and U reads "0"', () => {
    const r = run(parallel('p', frac('a', '1'), frac('b', '0.9')));
    expect(r.unavailability.isZero()).toBe(true);
    expect(removed(r)).toEqual([
      ['a', '0'],
      ['b', '0'],
    ]);
    const def = r.lines.find((l) => l.key === 'availability.weakest.definition')!;
    expect(def.params).toEqual({ total: '0', rootUnavailability: '0' });
    expect(items(r).map((l) => [l.params.from, l.params.to, l.params.removed, l.params.share])).toEqual([
      ['0', '0', '0', '0'],
      ['0', '0', '0', '0'],
    ]);
  });

  it('a share under 0.01% keeps 3 significant digits; amounts keep 6', () => {
    // U_a = 0.1, U_b = 0.000001: root U = 1 - 0.9 x 0.999999 = 0.1000009 ("0.100001" to 6 digits)
    // a removes 0.1 x 0.999999 = 0.0999999, b 0.000001 x 0.9 = 0.0000009; total 0.1000008
    // b: 0.0000009 / 0.1000008 = 0.00089999...% -> "0.0009"; a: 99.9991% -> "100"
    const r = run(series('s', frac('a', '0.9'), frac('b', '0.999999')));
    expect(items(r).map((l) => [l.params.id, l.params.from, l.params.to, l.params.removed, l.params.share])).toEqual([
      ['a', '0.100001', '0.000001', '0.0999999', '100'],
      ['b', '0.100001', '0.1', '0.0000009', '0.0009'],
    ]);
  });

  it('below 1e-12: a share of 9e-14% and an amount of 9e-17 in exponent notation', () => {
    // U_b = 1e-16: b removes 1e-16 x 0.9 = 9e-17; total 0.1 x 0.9999999999999999 + 9e-17 = 0.10000000000000008
    // b's share: 9e-15 / 0.10000000000000008 = 8.9999...e-14 percent -> "9e-14"
    const r = run(series('s', frac('a', '0.9'), frac('b', '0.9999999999999999')));
    const b = items(r).find((l) => l.params.id === 'b')!;
    expect([b.params.removed, b.params.share, b.params.from, b.params.to]).toEqual(['9e-17', '9e-14', '0.1', '0.1']);
  });

  it('a single component has exactly 100% of the downtime (1 / 0.6 rounded up at 20 digits is capped)', () => {
    // 1 / 0.6 = 1.6666666666666666667 (20 digits): x 0.6 = 1.00000000000000000002, capped at 1
    const r = run(frac('a', '0.4'));
    expect(r.contributions[0]!.share.toFixed()).toBe('1');
    expect(items(r)[0]!.params.share).toBe('100');
  });
});

describe('the summary line of the rest', () => {
  const members = (n: number) => Array.from({ length: n }, (_, i) => frac(`m${i}`, '0.5'));

  it('12 of 0.5 in parallel: 10 item lines, then "the other 2" removing 2 x 0.5^12 = 0.00048828125', () => {
    // U = 0.5^12 = 0.000244140625; each member made perfect removes all of it: 1/12 of the total each
    const r = run(parallel('p', ...members(12)));
    expect(r.contributions.map((c) => c.id)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9', 'm10', 'm11']);
    expect(r.contributions.map((c) => c.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(items(r).map((l) => l.params.id)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9']);
    expect(items(r)[0]!.params.share).toBe('8.33');
    const rest = r.lines.filter((l) => l.key === 'availability.weakest.rest');
    expect(rest).toHaveLength(1);
    expect(rest[0]!.amount.toFixed()).toBe('0.00048828125');
    // 6 significant digits, half-even: 0.000488281|25 -> 0.000488281; 2/12 = 16.67%
    expect(rest[0]!.params).toEqual({ count: '2', removed: '0.000488281', share: '16.67' });
    expect([rest[0]!.kind, rest[0]!.unit]).toEqual(['info', 'fraction']);
    expect(rest[0]!.text).toBe('the other 2 components together: removes 0.000488281, 16.67% of the downtime');
  });

  it('11 members: "the other 1 component", 1/11 = 9.09%', () => {
    // U = 0.5^11 = 0.00048828125
    const r = run(parallel('p', ...members(11)));
    const rest = r.lines.filter((l) => l.key === 'availability.weakest.rest');
    expect(rest.map((l) => l.params)).toEqual([{ count: '1', removed: '0.000488281', share: '9.09' }]);
    expect(rest[0]!.text).toBe('the other 1 component together: removes 0.000488281, 9.09% of the downtime');
  });

  it('10 members: a line each and no summary line', () => {
    const r = run(parallel('p', ...members(10)));
    expect(items(r)).toHaveLength(10);
    expect(r.lines.filter((l) => l.key === 'availability.weakest.rest')).toEqual([]);
  });
});

describe('a clamped failover: the amounts are recomputed, not scaled', () => {
  // primary = series(x 0.5, y 0.8): A 0.4, U 0.6; standby = series(v 0.8, w 0.625): A 0.5, U 0.5
  // 8,760 failures a year x 2,880 s / 31,536,000 s = 0.8; U = 0.6 x 0.5 + 0.8 = 1.1, clamped to 1
  const pair = (): NodeSpec => ({
    kind: 'failover',
    id: 'f',
    primary: series('p', frac('x', '0.5'), frac('y', '0.8')),
    standby: series('s', frac('v', '0.8'), frac('w', '0.625')),
    switchSeconds: '2880',
    failuresPerYear: '8760',
  });

  it('at the root', () => {
    const r = run(pair());
    expect(r.unavailability.toFixed()).toBe('1');
    // x perfect: U_p = 0.6 - 0.8 x 0.5 = 0.2, U = 0.2 x 0.5 + 0.8 = 0.9, removes 0.1
    // y perfect: U_p = 0.6 - 0.5 x 0.2 = 0.5, U = 0.5 x 0.5 + 0.8 = 1.05, still clamped, removes 0
    // v perfect: U_s = 0.5 - 0.625 x 0.2 = 0.375, U = 0.6 x 0.375 + 0.8 = 1.025, removes 0
    // w perfect: U_s = 0.5 - 0.8 x 0.375 = 0.2, U = 0.6 x 0.2 + 0.8 = 0.92, removes 0.08
    // instant switch: U = 0.6 x 0.5 = 0.3, removes 0.7
    expect(removed(r)).toEqual([
      ['f', '0.7'],
      ['x', '0.1'],
      ['w', '0.08'],
      ['y', '0'],
      ['v', '0'],
    ]);
  });

  it('under a series: each amount is then scaled by the partner 0.9', () => {
    // root = series(pair, z 0.9): A = 0, U = 1; a drop d of the pair's U drops the root's by 0.9 d
    // z perfect: U = 1 - 0 x 1 = 1, removes 0
    const r = run(series('root', pair(), frac('z', '0.9')));
    expect(removed(r)).toEqual([
      ['f', '0.63'],
      ['x', '0.09'],
      ['w', '0.072'],
      ['y', '0'],
      ['v', '0'],
      ['z', '0'],
    ]);
  });

  it('(not clamped for comparison) a parallel standby: each member removes the standby\'s U x U_primary', () => {
    // f = failover(primary x 0.5, standby = parallel(v 0.5, w 0.5)), U_s = 0.25, 0.8 switch:
    // U = 0.5 x 0.25 + 0.8 = 0.925, not clamped: x removes 0.5 x 0.25 = 0.125; v and w remove
    // U_s x U_p = 0.125 each; the switchover 0.8
    const r = run({
      kind: 'failover',
      id: 'f',
      primary: frac('x', '0.5'),
      standby: parallel('s', frac('v', '0.5'), frac('w', '0.5')),
      switchSeconds: '2880',
      failuresPerYear: '8760',
    });
    expect(r.unavailability.toFixed()).toBe('0.925');
    expect(removed(r)).toEqual([
      ['f', '0.8'],
      ['x', '0.125'],
      ['v', '0.125'],
      ['w', '0.125'],
    ]);
  });

  it('a parallel standby in a clamped pair: a perfect member empties the standby', () => {
    // standby = parallel(v 0.5, w 0.2): U_s = 0.5 x 0.8 = 0.4; primary x 0.4 (U 0.6); switch 0.8
    // U = 0.6 x 0.4 + 0.8 = 1.04, clamped; v or w perfect: U = 0.6 x 0 + 0.8 = 0.8, removes 0.2;
    // x perfect: U = 0 x 0.4 + 0.8, removes 0.2; instant switch: 1 - 0.24 = 0.76
    const r = run({
      kind: 'failover',
      id: 'f',
      primary: frac('x', '0.4'),
      standby: parallel('s', frac('v', '0.5'), frac('w', '0.2')),
      switchSeconds: '2880',
      failuresPerYear: '8760',
    });
    expect(r.unavailability.toFixed()).toBe('1');
    expect(removed(r)).toEqual([
      ['f', '0.76'],
      ['x', '0.2'],
      ['v', '0.2'],
      ['w', '0.2'],
    ]);
  });

  it('a switch time of a whole year or more: no part alone removes anything', () => {
    // 8,760 x 4,320 s / 31,536,000 s = 1.2: x perfect gives U = 0.2 x 0.5 + 1.2 = 1.3, still clamped
    const r = run({ ...(pair() as object), switchSeconds: '4320' });
    // instant switch: removes 1 - 0.3 = 0.7
    expect(removed(r)).toEqual([
      ['f', '0.7'],
      ['x', '0'],
      ['y', '0'],
      ['v', '0'],
      ['w', '0'],
    ]);
  });
});

describe('members of a parallel group', () => {
  it('remove exactly the same amount, so they rank in evaluation order (not by rounding noise at the 60th digit)', () => {
    // a = 1002 / 1009, b = 938 / 941, c = 997 / 1008: none is a finite decimal, every product rounds.
    // Perfecting a or b makes the pair perfect: each removes A_c x U_pair, the very same number.
    // (Worked out as U_a x U_b x A_c in two orders, they differed in the last digit and b ranked first.)
    const r = run(
      series(
        'root',
        parallel('p', { kind: 'component', id: 'a', mtbfHours: '1002', mttrHours: '7' } as NodeSpec, { kind: 'component', id: 'b', mtbfHours: '938', mttrHours: '3' } as NodeSpec),
        { kind: 'component', id: 'c', mtbfHours: '997', mttrHours: '11' } as NodeSpec,
      ),
    );
    const [c, a, b] = r.contributions;
    expect([c!.id, a!.id, b!.id]).toEqual(['c', 'a', 'b']);
    expect(a!.unavailabilityRemoved.eq(b!.unavailabilityRemoved)).toBe(true);
    const pair = r.nodes.find((n) => n.id === 'p')!;
    const cNode = r.nodes.find((n) => n.id === 'c')!;
    expect(a!.unavailabilityRemoved.eq(cNode.availability.times(pair.unavailability))).toBe(true);
  });

  it('a member of a parallel group nested in another removes the outer group\'s whole U', () => {
    // outer = parallel(inner = parallel(a 0.5, b 0.8), c 0.6): U = 0.5 x 0.2 x 0.4 = 0.04;
    // any one of a, b, c perfect makes it perfect: each removes 0.04 (1/3 of 0.12 = 33.33%)
    const r = run(parallel('outer', parallel('inner', frac('a', '0.5'), frac('b', '0.8')), frac('c', '0.6')));
    expect(removed(r)).toEqual([
      ['a', '0.04'],
      ['b', '0.04'],
      ['c', '0.04'],
    ]);
    expect(items(r).map((l) => l.params.share)).toEqual(['33.33', '33.33', '33.33']);
  });

  it('a series member of a parallel group: a drop inside it is scaled, not the whole group', () => {
    // g = parallel(s = series(a 0.5, b 0.8), c 0.6): U_s = 0.6, U = 0.6 x 0.4 = 0.24
    // a perfect: U_s = 0.2, U = 0.08, removes 0.16; b perfect: U_s = 0.5, U = 0.2, removes 0.04;
    // c perfect: removes all 0.24 (the drop in U_s reaches g times U_c = 0.4, not A_c = 0.6)
    const r = run(parallel('g', series('s', frac('a', '0.5'), frac('b', '0.8')), frac('c', '0.6')));
    expect(removed(r)).toEqual([
      ['c', '0.24'],
      ['a', '0.16'],
      ['b', '0.04'],
    ]);
  });

  it('8 equal members: 12.5% each, written "12.5"', () => {
    const r = run(parallel('p', ...Array.from({ length: 8 }, (_, i) => frac(`m${i}`, '0.5'))));
    expect(items(r).map((l) => l.params.share)).toEqual(Array(8).fill('12.5'));
  });
});

describe('share bars', () => {
  it('are clamped to 0..100 whatever they are given', () => {
    expect(shareBarPercent(d('1.2'))).toBe(100);
    expect(shareBarPercent(d('-0.05'))).toBe(0);
    // 0.99999 x 100 = 99.999, one decimal: 100.0
    expect(shareBarPercent(d('0.99999'))).toBe(100);
    expect(shareBarPercent(d('0.0004'))).toBe(0);
    expect(shareBarPercent(d('0.0006'))).toBe(0.1);
  });
});
