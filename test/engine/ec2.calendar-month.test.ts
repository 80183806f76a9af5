/**
 * A schedule's calendar month (ec2/schedule-calendar.ts): holidays counted inside the month only,
 * runs that cross into or out of the month clipped to it, a short period inside a longer one from
 * the day before merged, and local times resolved in the zone's offset at that instant.
 */
import { describe, expect, it } from 'vitest';
import { calendarMonth, localInstant, parseSchedule } from '../../src/engine/index.ts';
import { errorOf } from './helpers.ts';

const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const H = 3_600_000;

describe('EC2 calendar month', () => {
  it('holidays on the last day before and the first day after the month are not in it', () => {
    const s = parseSchedule({ periods: [{ days: EVERY_DAY, start: '09:00', end: '10:00' }], timeZone: 'UTC', holidays: ['2025-05-31', '2025-06-01', '2025-06-30', '2025-07-01'] });
    const m = calendarMonth(s, '2025-06');
    expect(m.holidaysInMonth).toBe(2);
    expect(m.runs).toHaveLength(28);
    expect(calendarMonth(s, { year: 2025, month: 6 }).runs).toHaveLength(28);
  });

  it('22:00-02:00 every day in June 2025 (UTC): the first and last runs are clipped to the month, 120 h in 31 runs', () => {
    const s = parseSchedule({ periods: [{ days: EVERY_DAY, start: '22:00', end: '02:00' }], timeZone: 'UTC' });
    const m = calendarMonth(s, '2025-06');
    expect(m.runs).toHaveLength(31);
    expect(m.runs[0]).toEqual({ start: Date.UTC(2025, 5, 1), end: Date.UTC(2025, 5, 1, 2) });
    expect(m.runs.at(-1)).toEqual({ start: Date.UTC(2025, 5, 30, 22), end: Date.UTC(2025, 6, 1) });
    expect(m.runs.reduce((t, r) => t + r.end - r.start, 0) / H).toBe(120);
    expect([m.days, m.hours.toString(), m.clockChanges, m.yearMonth, m.timeZone]).toEqual([30, '720', 0, '2025-06', 'UTC']);
  });

  it('a Tuesday 01:00-02:00 period inside Monday 22:00-06:00 stays one run to 06:00', () => {
    const s = parseSchedule({ periods: [{ days: ['mon'], start: '22:00', end: '06:00' }, { days: ['tue'], start: '01:00', end: '02:00' }], timeZone: 'UTC' });
    const m = calendarMonth(s, '2025-06');
    // Mondays of June 2025: 2, 9, 16, 23, 30 (the last is clipped at midnight)
    expect(m.runs[0]).toEqual({ start: Date.UTC(2025, 5, 2, 22), end: Date.UTC(2025, 5, 3, 6) });
    expect(m.runs.map((r) => (r.end - r.start) / H)).toEqual([8, 8, 8, 8, 2]);
  });

  it('New York: clock changes counted inside the month only (March and November 2025 one each, June none)', () => {
    const s = parseSchedule({ periods: [{ days: EVERY_DAY, start: '00:00', end: '24:00' }], timeZone: 'America/New_York' });
    expect([calendarMonth(s, '2025-03').clockChanges, calendarMonth(s, '2025-11').clockChanges, calendarMonth(s, '2025-06').clockChanges]).toEqual([1, 1, 0]);
    // 2 November 2025 is the first day after October: its clock change is not October's
    expect([calendarMonth(s, '2025-10').clockChanges, calendarMonth(s, '2025-10').hours.toString()]).toEqual([0, '744']);
  });

  it('errors name the path: month, missing time zone', () => {
    const s = parseSchedule({ periods: [{ days: ['mon'], start: '09:00', end: '10:00' }] });
    expect(errorOf(() => calendarMonth(s, '2025-06', 'x')).path).toBe('x.timeZone');
    expect(errorOf(() => calendarMonth(s, '2025-06')).path).toBe('timeZone');
    expect(errorOf(() => calendarMonth({ ...s, timeZone: 'UTC' }, 'June', 'x')).path).toBe('x');
    expect(errorOf(() => calendarMonth({ ...s, timeZone: 'Mars/Base' }, '2025-06', 'x')).path).toBe('x.timeZone');
  });
});

describe('EC2 local instants', () => {
  it('a local time is read in the offset in force at that instant (New York, the morning clocks go forward)', () => {
    // 9 March 2025: 02:00 EST becomes 03:00 EDT (07:00 UTC). 03:30 EDT = 07:30 UTC; 01:30 EST = 06:30 UTC.
    expect(localInstant('America/New_York', '2025-03-09', '03:30')).toBe(Date.UTC(2025, 2, 9, 7, 30));
    expect(localInstant('America/New_York', '2025-03-09', '01:30')).toBe(Date.UTC(2025, 2, 9, 6, 30));
    expect(localInstant('UTC', '2025-06-01', '24:00')).toBe(Date.UTC(2025, 5, 2));
  });

  it('errors name the field under the path', () => {
    expect(errorOf(() => localInstant('Mars/Base', '2025-06-01', '10:00', 'at')).path).toBe('at.timeZone');
    expect(errorOf(() => localInstant('UTC', '2025-13-01', '10:00', 'at')).path).toBe('at.date');
    expect(errorOf(() => localInstant('UTC', '2025-06-01', '25:00', 'at')).path).toBe('at.time');
    expect(errorOf(() => localInstant('UTC', '2025-06-01', '25:00')).path).toBe('time');
  });
});
