/**
 * Laws of availability composition, checked with fast-check on generated architectures.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { evaluateAvailability, slaCredit, type ComponentSpec, type NodeSpec } from '../../src/engine/index.ts';
import { downtimeTable, formatDuration, resolveConvention, CONVENTION_NAMES } from '../../src/engine/index.ts';
import { d, type Dec } from '../../src/engine/decimal.ts';
import { EngineError } from '../../src/engine/errors.ts';
import { SLA_CATALOG, defaultSlas } from '../../src/data/slas.ts';

const slas = defaultSlas();
const RUNS = { numRuns: 200 };

/** An availability fraction with at most 6 decimals, "0" to "1" (so sums and products stay exact). */
const fraction = fc.integer({ min: 0, max: 1_000_000 }).map((i) => (i === 1_000_000 ? '1' : `0.${String(i).padStart(6, '0')}`));
/** Mostly high availabilities, as real components have. */
const highFraction = fc.oneof(fraction, fc.integer({ min: 900_000, max: 1_000_000 }).map((i) => (i === 1_000_000 ? '1' : `0.${i}`)));

const leaf = (id: string, f: string): ComponentSpec => ({ kind: 'component', id, fraction: f });
const evalA = (architecture: NodeSpec): Dec => evaluateAvailability({ architecture }, slas).availability;

describe('composition laws', () => {
  test('parallel is at least as available as its best member; series at most its worst', () => {
    fc.assert(
      fc.property(fc.array(highFraction, { minLength: 1, maxLength: 6 }), (fs) => {
        const children = fs.map((f, i) => leaf(`c${i}`, f));
        const best = fs.map((f) => d(f)).reduce((a, b) => (a.gt(b) ? a : b));
        const worst = fs.map((f) => d(f)).reduce((a, b) => (a.lt(b) ? a : b));
        expect(evalA({ kind: 'parallel', id: 'p', children }).gte(best)).toBe(true);
        expect(evalA({ kind: 'series', id: 's', children }).lte(worst)).toBe(true);
      }),
      RUNS,
    );
  });

  test('k-of-n lies between the series and the parallel of its n members; k = n is the series, k = 1 the parallel (exactly)', () => {
    fc.assert(
      fc.property(highFraction, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), (f, n, kRaw) => {
        const k = Math.min(kRaw, n);
        const copies = Array.from({ length: n }, (_, i) => leaf(`c${i}`, f));
        const s = evalA({ kind: 'series', id: 's', children: copies });
        const p = evalA({ kind: 'parallel', id: 'p', children: copies });
        const kn = (kk: number) => evalA({ kind: 'k-of-n', id: 'g', k: kk, n, member: leaf('m', f) });
        const a = kn(k);
        expect(a.gte(s) && a.lte(p)).toBe(true);
        expect(kn(n).eq(s)).toBe(true);
        expect(kn(1).eq(p)).toBe(true);
        // more required parts never helps
        if (k < n) expect(kn(k + 1).lte(a)).toBe(true);
      }),
      RUNS,
    );
  });

  test('replicas equal a parallel group of identical copies', () => {
    fc.assert(
      fc.property(highFraction, fc.integer({ min: 1, max: 6 }), (f, r) => {
        const replicated = evalA({ kind: 'component', id: 'c', fraction: f, replicas: r });
        const group = evalA({ kind: 'parallel', id: 'p', children: Array.from({ length: r }, (_, i) => leaf(`c${i}`, f)) });
        expect(replicated.eq(group)).toBe(true);
      }),
      RUNS,
    );
  });
});

/** Random architectures of every kind, up to 4 levels deep. */
function arbTree(): fc.Arbitrary<NodeSpec> {
  let next = 0;
  const id = () => `n${next++}`;
  const component: fc.Arbitrary<NodeSpec> = fc.oneof(
    highFraction.map((f) => ({ kind: 'component', id: '', fraction: f }) as NodeSpec),
    fc.integer({ min: 0, max: 100000 }).map((p) => ({ kind: 'component', id: '', percent: `${Math.floor(p / 1000)}.${String(p % 1000).padStart(3, '0')}` }) as NodeSpec),
    fc.tuple(fc.integer({ min: 1, max: 100000 }), fc.integer({ min: 0, max: 500 })).map(([a, b]) => ({ kind: 'component', id: '', mtbfHours: String(a), mttrHours: String(b) }) as NodeSpec),
    fc.constantFrom(...SLA_CATALOG.map((e) => e.id)).map((s) => ({ kind: 'component', id: '', sla: s }) as NodeSpec),
    fc.tuple(highFraction, fc.integer({ min: 1, max: 4 })).map(([f, r]) => ({ kind: 'component', id: '', fraction: f, replicas: r }) as NodeSpec),
  );
  const tree = fc.letrec<{ node: NodeSpec }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      component,
      fc.record({ kind: fc.constantFrom('series', 'parallel'), id: fc.constant(''), children: fc.array(tie('node'), { minLength: 1, maxLength: 4 }) }) as fc.Arbitrary<NodeSpec>,
      fc
        .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), component)
        .map(([a, b, member]) => ({ kind: 'k-of-n', id: '', k: Math.min(a, b), n: Math.max(a, b), member }) as NodeSpec),
      fc
        .tuple(tie('node'), tie('node'), fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 200000 }))
        .map(([primary, standby, sw, fpy]) => ({ kind: 'failover', id: '', primary, standby, switchSeconds: String(sw), failuresPerYear: String(fpy) }) as NodeSpec),
    ),
  })).node;
  // Give every node a unique id.
  const relabel = (n: NodeSpec): NodeSpec => {
    switch (n.kind) {
      case 'component':
        return { ...n, id: id() };
      case 'series':
      case 'parallel':
        return { ...n, id: id(), children: n.children.map(relabel) };
      case 'k-of-n':
        return { ...n, id: id(), member: { ...n.member, id: id() } };
      case 'failover':
        return { ...n, id: id(), primary: relabel(n.primary), standby: relabel(n.standby) };
    }
  };
  return tree.map(relabel);
}

describe('every architecture', () => {
  test('availability and unavailability in [0, 1], summing to 1; nines finite or explicitly perfect; shares in [0, 1] summing to 1 (or all 0)', () => {
    fc.assert(
      fc.property(arbTree(), fc.constantFrom(...CONVENTION_NAMES), (architecture, convention) => {
        const r = evaluateAvailability({ architecture, convention, conventionMonth: '2024-02', requests: '1000' }, slas);
        for (const n of r.nodes) {
          expect(n.availability.gte(0) && n.availability.lte(1)).toBe(true);
          expect(n.unavailability.gte(0) && n.unavailability.lte(1)).toBe(true);
          expect(n.availability.plus(n.unavailability).minus(1).abs().lte('1e-50')).toBe(true);
        }
        if (r.perfect) {
          expect(r.nines).toBeNull();
          expect(r.unavailability.isZero()).toBe(true);
        } else {
          expect(r.nines!.isFinite() && !r.nines!.isNegative()).toBe(true);
          expect(Number.isFinite(r.nines!.toNumber())).toBe(true);
        }
        let total = d(0);
        for (const c of r.contributions) {
          expect(c.share.gte(0) && c.share.lte(1)).toBe(true);
          total = total.plus(c.share);
        }
        expect(total.isZero() || total.minus(1).abs().lte('1e-18')).toBe(true);
        expect(r.usesSla).toBe(r.slaUses.length > 0);
        for (const row of r.downtime.rows) expect(row.downtimeSeconds.lte(row.periodSeconds)).toBe(true);
        expect(r.lines.every((l) => typeof l.text === 'string' && !/NaN|Infinity/.test(l.text))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('robustness: nothing but EngineError on arbitrary JSON', () => {
  /** Runs fn; passes when it returns or throws an EngineError, rethrows anything else. */
  const onlyEngineErrors = (fn: () => unknown) => {
    let outcome = 'returned';
    try {
      fn();
    } catch (e) {
      if (!(e instanceof EngineError)) throw e;
      outcome = 'engine error';
    }
    expect(['returned', 'engine error']).toContain(outcome);
  };

  test('arbitrary JSON values as the input, the architecture, or the SLA catalog', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        onlyEngineErrors(() => evaluateAvailability(a, slas));
        onlyEngineErrors(() => evaluateAvailability({ architecture: a, convention: b }, slas));
        onlyEngineErrors(() => evaluateAvailability({ architecture: { kind: 'component', id: 'c', sla: 'rds-multi-az' } }, a));
      }),
      RUNS,
    );
  });

  test('node-shaped JSON with random field values', () => {
    const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('99.9', '0.5', '1e3', '-1', '3', '', '1e-40', 'abc', 'toString', '__proto__', 'rds-multi-az'));
    const nodeAt = (depth: number): fc.Arbitrary<unknown> => {
      const sub = depth === 0 ? value : fc.oneof(nodeAt(depth - 1), value);
      return fc.record(
        {
          kind: fc.oneof(fc.constantFrom('component', 'series', 'parallel', 'k-of-n', 'failover'), value),
          id: fc.oneof(fc.string({ maxLength: 3 }), value),
          percent: value,
          fraction: value,
          mtbfHours: value,
          mttrHours: value,
          sla: value,
          slaOverride: value,
          replicas: value,
          k: value,
          n: value,
          member: sub,
          children: fc.oneof(fc.array(sub, { maxLength: 3 }), value),
          primary: sub,
          standby: sub,
          switchSeconds: value,
          failuresPerYear: value,
          primaryMtbfHours: value,
        },
        { requiredKeys: [] },
      );
    };
    const node = nodeAt(3);
    fc.assert(
      fc.property(node, value, value, (architecture, convention, conventionMonth) => {
        onlyEngineErrors(() => evaluateAvailability({ architecture, convention, conventionMonth, requests: conventionMonth }, slas));
      }),
      { numRuns: 300 },
    );
  });

  test('SLA credit on arbitrary entries and measurements', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...SLA_CATALOG), fc.jsonValue()), fc.jsonValue(), (entry, measured) => {
        onlyEngineErrors(() => slaCredit(entry, measured));
      }),
      RUNS,
    );
  });
});

describe('downtime and credits', () => {
  test('formatDuration parts add back up to the displayed total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 100_000_000_000 }), (centis) => {
        const total = d(centis).div(100);
        const f = formatDuration(total);
        const back = d(f.parts.days).times(86400).plus(f.parts.hours * 3600).plus(f.parts.minutes * 60).plus(f.parts.seconds);
        expect(back.eq(total)).toBe(true);
        expect(f.parts.hours < 24 && f.parts.minutes < 60 && f.parts.seconds.lt(60)).toBe(true);
      }),
      RUNS,
    );
  });

  test('downtime is U x period: never negative, never above the period, exact', () => {
    fc.assert(
      fc.property(fraction, fc.constantFrom('365-day', 'sre-30-day', 'gregorian', 'julian'), (u, c) => {
        const t = downtimeTable(d(u), resolveConvention(c));
        for (const r of t.rows) {
          expect(r.downtimeSeconds.eq(d(u).times(r.periodSeconds))).toBe(true);
          expect(r.downtimeSeconds.gte(0) && r.downtimeSeconds.lte(r.periodSeconds)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  test('a lower measured uptime never earns a smaller credit', () => {
    const confirmed = SLA_CATALOG.filter((e) => e.tiersConfirmed);
    const pct = fc.integer({ min: 0, max: 100_000 }).map((i) => d(i).div(1000).toFixed());
    fc.assert(
      fc.property(fc.constantFrom(...confirmed), pct, pct, (entry, x, y) => {
        const [lo, hi] = d(x).lte(y) ? [x, y] : [y, x];
        const cLo = slaCredit(entry, lo).credit!;
        const cHi = slaCredit(entry, hi).credit!;
        expect(cLo.gte(cHi)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('k-of-n near perfection (a case fast-check found)', () => {
  test('1 of 11 members at 99.896% with 2 replicas each stays at most 100%, with A + U = 1', () => {
    const r = evaluateAvailability(
      { architecture: { kind: 'k-of-n', id: 'k', k: 1, n: 11, member: { kind: 'component', id: 'm', fraction: '0.998960', replicas: 2 } }, convention: '365-day' },
      slas,
    );
    // member U = 0.00104^2 = 0.0000010816; group U = 0.0000010816^11 (about 2.37e-66): tiny but not zero
    expect(r.availability.lte(1)).toBe(true);
    expect(r.unavailability.gt(0)).toBe(true);
    expect(r.unavailability.toExponential(5)).toBe('2.36992e-66');
    expect(r.availability.plus(r.unavailability).minus(1).abs().lte('1e-50')).toBe(true);
  });
});
