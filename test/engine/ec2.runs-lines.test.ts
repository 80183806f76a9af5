/**
 * billRuns (ec2/runs.ts): run lengths in seconds, each billed by AWS's rule (60 s minimum per
 * run, or whole hours per run), with a line for every run the rule changes and a total line.
 */
import { describe, expect, it } from 'vitest';
import { billRuns, MAX_RUNS } from '../../src/engine/index.ts';
import { errorOf } from './helpers.ts';
import { phraseText } from './helpers.ts';

function rows(r: ReturnType<typeof billRuns>): [string, string, string, string, string][] {
  return r.lines.map((l) => [l.key, l.kind, l.unit, l.amount.toString(), l.text]);
}

describe('EC2 runs given in seconds', () => {
  it('per second: 30 s billed as 60 s, 60 s and 90 s as they are: 210 s billed for 180 s', () => {
    const r = billRuns(['30', 60, '90']);
    expect(r.billing).toBe('per-second');
    expect(rows(r)).toEqual([
      ['ec2.runs.minimum', 'info', 's', '60', 'Run 1: 30 s billed as 60 s (60-second minimum per run)'],
      ['ec2.runs.totalPerSecond', 'info', 's', '210', '3 runs: 180 s running, 210 s billed per second = 0.058333 h'],
    ]);
    expect([r.rawSeconds, r.billedSeconds].map(String)).toEqual(['180', '210']);
  });

  it('per hour: 600 s bills 3,600 s, 3,600 s stays, 3,601 s bills 7,200 s', () => {
    const r = billRuns([600, 3600, '3601'], 'per-hour', 'runs');
    expect(rows(r)).toEqual([
      ['ec2.runs.wholeHours', 'info', 's', '3600', 'Run 1: 600 s billed as 1 h = 3,600 s (each run rounded up to whole hours)'],
      ['ec2.runs.wholeHours', 'info', 's', '7200', 'Run 3: 3,601 s billed as 2 h = 7,200 s (each run rounded up to whole hours)'],
      ['ec2.runs.totalPerHour', 'info', 's', '14400', '3 runs: 7,801 s running, 14,400 s billed in whole hours = 4 h'],
    ]);
    expect(r.billedHours.toString()).toBe('4');
  });

  it('errors: an unknown billing (with its value), not a list, more than 10,000 runs, a run that is not positive', () => {
    const b = errorOf(() => billRuns([1], 'per-minute' as never, 'x'));
    expect([b.code, b.path, phraseText(b.params.value), phraseText(b.params.allowed)]).toEqual(['unknown_option', 'x.billing', 'per-minute', 'per-second, per-hour']);
    const long = errorOf(() => billRuns([1], 'y'.repeat(60) as never));
    expect([long.path, phraseText(long.params.value)]).toEqual(['billing', 'y'.repeat(40)]);
    expect(phraseText(errorOf(() => billRuns([1], 7 as never)).params.value)).toBe('number');
    const list = errorOf(() => billRuns('60' as never, 'per-second', 'runs'));
    expect([list.code, list.path, phraseText(list.params.expected)]).toEqual(['invalid_type', 'runs', 'a list of run lengths in seconds']);
    const many = errorOf(() => billRuns(new Array<number>(MAX_RUNS + 1).fill(60), 'per-second', 'runs'));
    expect([many.code, many.path, phraseText(many.params.value, many.params), many.params.max]).toEqual(['too_large', 'runs', '10001', '10000']);
    expect(billRuns(new Array<number>(MAX_RUNS).fill(60)).billedSeconds.toString()).toBe('600000');
    expect(errorOf(() => billRuns([60, 0], 'per-second', 'runs')).path).toBe('runs.1');
    expect(errorOf(() => billRuns([0])).path).toBe('0');
  });
});
