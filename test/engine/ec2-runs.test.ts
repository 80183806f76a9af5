import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { billRuns } from '../../src/engine/index.ts';
import { errorOf } from './helpers.ts';

describe('billRuns: the per-run billing rule for runs in seconds', () => {
  it('per second: 30 s, 30 s and 7,200 s bill 60 + 60 + 7,200 = 7,320 s', () => {
    const r = billRuns(['30', 30, '7200'], 'per-second');
    expect(r.rawSeconds.toFixed()).toBe('7260');
    expect(r.billedSeconds.toFixed()).toBe('7320');
    // 7,320 / 3,600 = 2.0333... h
    expect(r.billedHours.toFixed(4)).toBe('2.0333');
    expect(r.lines.map((l) => l.text)).toEqual([
      'Run 1: 30 s billed as 60 s (60-second minimum per run)',
      'Run 2: 30 s billed as 60 s (60-second minimum per run)',
      '3 runs: 7,260 s running, 7,320 s billed per second = 2.033333 h',
    ]);
  });

  it('a 35 s run bills 60 s; a 60.5 s run bills 60.5 s', () => {
    expect(billRuns(['35']).billedSeconds.toFixed()).toBe('60');
    expect(billRuns(['60.5']).billedSeconds.toFixed()).toBe('60.5');
  });

  it('per hour: a 600 s run bills one hour; 3,601 s bills two', () => {
    expect(billRuns([600], 'per-hour').billedSeconds.toFixed()).toBe('3600');
    expect(billRuns([3600], 'per-hour').billedSeconds.toFixed()).toBe('3600');
    expect(billRuns([3601], 'per-hour').billedHours.toFixed()).toBe('2');
  });

  it('rejects a zero-length run and an unknown billing, with paths', () => {
    const e = errorOf(() => billRuns(['10', '0'], 'per-second', 'runs'));
    expect([e.code, e.path]).toEqual(['not_positive', 'runs.1']);
    expect(errorOf(() => billRuns([10], 'per-minute' as never)).code).toBe('unknown_option');
  });

  it('law: billed >= raw, per second adds under 60 s a run, per hour under an hour a run', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100_000 }), { maxLength: 20 }), fc.constantFrom('per-second' as const, 'per-hour' as const), (runs, billing) => {
        const r = billRuns(runs, billing);
        const extra = r.billedSeconds.minus(r.rawSeconds);
        expect(extra.isNegative()).toBe(false);
        expect(extra.lt((billing === 'per-second' ? 60 : 3600) * Math.max(1, runs.length))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
