/**
 * A schedule folded onto one week (ec2/schedule-parse.ts): periods of a day are sorted and merged
 * (one inside another, overlapping, given in any order); a run crossing Sunday midnight into
 * Monday is one run; only a schedule covering the whole week is "always on".
 */
import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../../src/engine/index.ts';

describe('EC2 weekly pattern', () => {
  it('a day\'s periods in any order, one inside another: merged into sorted runs', () => {
    const s = parseSchedule({ periods: [
      { days: ['mon'], start: '14:00', end: '16:00' },
      { days: ['mon'], start: '08:00', end: '12:00' },
      { days: ['mon'], start: '09:00', end: '10:00' },
      { days: ['mon'], start: '11:00', end: '12:30' },
      { days: ['mon'], start: '14:00', end: '15:00' },
    ] });
    expect(s.daily[0]).toEqual([[480, 750], [840, 960]]);
    expect(s.weekly.runs).toEqual([{ start: 480, minutes: 270 }, { start: 840, minutes: 120 }]);
    expect([s.weekly.minutesPerWeek, s.weekly.alwaysOn]).toEqual([390, false]);
  });

  it('Sunday 22:00 to Monday 06:00 is one run across the week\'s end, not two', () => {
    const s = parseSchedule({ periods: [{ days: ['sun'], start: '22:00', end: '06:00' }, { days: ['wed'], start: '10:00', end: '11:00' }] });
    expect(s.weekly.runs).toEqual([{ start: 2 * 1440 + 600, minutes: 60 }, { start: 6 * 1440 + 1320, minutes: 480 }]);
    expect(s.weekly.minutesPerWeek).toBe(540);
  });

  it('every day 00:00-24:00 is always on (one run of the whole week); every day but a minute is not', () => {
    const all = parseSchedule({ periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '00:00', end: '24:00' }] });
    expect([all.weekly.alwaysOn, all.weekly.minutesPerWeek, all.weekly.runs.length]).toEqual([true, 10080, 0]);
    const gap = parseSchedule({ periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '00:01', end: '24:00' }] });
    expect(gap.weekly.alwaysOn).toBe(false);
    expect(gap.weekly.minutesPerWeek).toBe(10080 - 7);
    // Sunday 00:01-24:00 joins Monday 00:01: the runs wrap
    expect(gap.weekly.runs).toHaveLength(7);
  });

  it('a week covered by overlapping periods that cross midnight is always on', () => {
    const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
    const s = parseSchedule({ periods: [{ days, start: '12:00', end: '06:00' }, { days, start: '05:00', end: '13:00' }] });
    expect([s.weekly.alwaysOn, s.weekly.minutesPerWeek]).toEqual([true, 10080]);
  });
});
