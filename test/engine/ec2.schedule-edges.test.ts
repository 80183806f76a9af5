/**
 * Schedules at their edges (ec2/schedule-dates.ts, schedule-grid.ts, schedule-parse.ts): a calendar
 * month given as an object is checked field by field (whole numbers, 1970-01 to 2199-12) and named
 * in the error; a year-month or date that is not text; "YYYY-MM" keeps four digits; the hour grid
 * lists its blocks by start then end and is not exact when a period ends mid-hour; the weekly
 * pattern of a schedule that runs up to Sunday 24:00 without starting on Monday 00:00.
 */
import { describe, expect, it } from 'vitest';
import { calendarMonth, formatYearMonth, gridToPeriods, parsePeriods, parseSchedule, parseYearMonth, periodsToGrid } from '../../src/engine/index.ts';
import { errorOf } from './helpers.ts';

const NONE = (): boolean[] => new Array<boolean>(24).fill(false);
const hours = (...on: number[]): boolean[] => NONE().map((_, h) => on.includes(h));

describe('calendar month given as an object', () => {
  it('each field must be a whole number in range; the error names the month as given and the range 1970-01 to 2199-12', () => {
    const s = parseSchedule({ periods: [], timeZone: 'UTC' });
    const cases: [unknown, string][] = [
      [{ year: '2025', month: 3 }, '2025-3'],
      [{ year: 2025, month: '3' }, '2025-3'],
      [{ year: 2025.5, month: 3 }, '2025.5-3'],
      [{ year: 2025, month: 2.5 }, '2025-2.5'],
      [{ year: 2025, month: 0 }, '2025-0'],
      [{ year: 2025, month: 13 }, '2025-13'],
      [{ year: 1969, month: 12 }, '1969-12'],
      [{ year: 2200, month: 1 }, '2200-1'],
    ];
    for (const [ym, value] of cases) {
      const e = errorOf(() => calendarMonth(s, ym as { year: number; month: number }, 'plan.month'));
      expect([e.code, e.path, e.params]).toEqual(['out_of_range', 'plan.month', { value, min: '1970-01', max: '2199-12' }]);
    }
    // the first and last months allowed: 31 days of 24 h each
    expect([calendarMonth(s, { year: 1970, month: 1 }).yearMonth, calendarMonth(s, { year: 1970, month: 1 }).hours.toString()]).toEqual(['1970-01', '744']);
    expect([calendarMonth(s, { year: 2199, month: 12 }).yearMonth, calendarMonth(s, { year: 2199, month: 12 }).hours.toString()]).toEqual(['2199-12', '744']);
    // text is read as "YYYY-MM": February 2024 has 29 days = 696 h
    expect(calendarMonth(s, ' 2024-02 ').hours.toString()).toBe('696');
  });

  it('a year-month that is not text is invalid_date naming what it is', () => {
    const n = errorOf(() => parseYearMonth(202503, 'm'));
    expect([n.code, n.path, n.params.value]).toEqual(['invalid_date', 'm', '202503']);
    const list = errorOf(() => calendarMonth(parseSchedule({ periods: [], timeZone: 'UTC' }), ['2025-03'] as never, 'm'));
    expect([list.code, list.path, list.params.value]).toEqual(['invalid_date', 'm', '@msg:error.got.list']);
  });

  it('a holiday that is not text is invalid_date; a blank one is required', () => {
    const e = errorOf(() => parseSchedule({ periods: [], holidays: [true] }, 's'));
    expect([e.code, e.path, e.params.value]).toEqual(['invalid_date', 's.holidays.0', 'true']);
    expect(errorOf(() => parseSchedule({ periods: [], holidays: ['2025-01-01', ''] }, 's')).path).toBe('s.holidays.1');
    expect(errorOf(() => parseSchedule({ periods: [], holidays: [''] }, 's')).code).toBe('required');
    expect(errorOf(() => parseSchedule({ periods: [], holidays: [undefined] }, 's')).code).toBe('required');
    const text = errorOf(() => parseSchedule({ periods: [], holidays: ['25/12/2025'] }, 's'));
    expect([text.code, text.path, text.params.value]).toEqual(['invalid_date', 's.holidays.0', '25/12/2025']);
  });

  it('"YYYY-MM" keeps four digits and two', () => {
    expect(formatYearMonth({ year: 999, month: 3 })).toBe('0999-03');
    expect(formatYearMonth({ year: 2025, month: 11 })).toBe('2025-11');
  });
});

describe('hour grid', () => {
  it('blocks are listed by start, then by end, whatever the days they came from', () => {
    // Monday 14-16, Tuesday 09-12, Wednesday 09-10
    const grid = [hours(14, 15), hours(9, 10, 11), hours(9), NONE(), NONE(), NONE(), NONE()];
    expect(gridToPeriods(grid)).toEqual([
      { days: ['wed'], start: '09:00', end: '10:00' },
      { days: ['tue'], start: '09:00', end: '12:00' },
      { days: ['mon'], start: '14:00', end: '16:00' },
    ]);
  });

  it('a period ending mid-hour marks that hour and makes the grid not exact', () => {
    const r = periodsToGrid([{ days: ['mon'], start: '09:00', end: '17:30' }]);
    expect(r.exact).toBe(false);
    expect(r.grid[0]).toEqual(hours(9, 10, 11, 12, 13, 14, 15, 16, 17));
    expect(r.grid[1]).toEqual(NONE());
    expect(periodsToGrid([{ days: ['mon'], start: '09:00', end: '17:00' }]).exact).toBe(true);
  });

  it('a Sunday night period wraps to Monday morning on the grid', () => {
    const r = periodsToGrid([{ days: ['sun'], start: '22:00', end: '02:00' }]);
    expect([r.grid[6], r.grid[0], r.exact]).toEqual([hours(22, 23), hours(0, 1), true]);
  });

  it('errors of periods given without a path have an empty path', () => {
    expect(errorOf(() => periodsToGrid('x')).path).toBe('');
    expect(errorOf(() => parsePeriods('x')).path).toBe('');
    expect(errorOf(() => parsePeriods([{ days: [5], start: '09:00', end: '10:00' }])).path).toBe('0.days.0');
  });
});

describe('weekly pattern', () => {
  it('Sunday 12:00-24:00 alone: one 12 h run from minute 9,360 (6 x 1,440 + 720), not always on', () => {
    expect(parseSchedule({ periods: [{ days: ['sun'], start: '12:00', end: '24:00' }] }).weekly).toEqual({ alwaysOn: false, runs: [{ start: 9360, minutes: 720 }], minutesPerWeek: 720 });
  });

  it('Sunday 12:00-24:00 and Monday 09:00-17:00 stay two runs (the week does not start with a run)', () => {
    const w = parseSchedule({ periods: [{ days: ['sun'], start: '12:00', end: '24:00' }, { days: ['mon'], start: '09:00', end: '17:00' }] }).weekly;
    expect(w).toEqual({ alwaysOn: false, runs: [{ start: 540, minutes: 480 }, { start: 9360, minutes: 720 }], minutesPerWeek: 1200 });
  });

  it('Sunday 20:00-24:00 and Monday 00:00-06:00 are one 10 h run; no periods, no runs', () => {
    const w = parseSchedule({ periods: [{ days: ['mon'], start: '00:00', end: '06:00' }, { days: ['sun'], start: '20:00', end: '24:00' }] }).weekly;
    // 9,360 + 480 = 9,840 = Sunday 20:00
    expect(w).toEqual({ alwaysOn: false, runs: [{ start: 9840, minutes: 600 }], minutesPerWeek: 600 });
    expect(parseSchedule({ periods: [] }).weekly).toEqual({ alwaysOn: false, runs: [], minutesPerWeek: 0 });
  });

  it('a period inside a longer one on the same day, listed first, is absorbed: Monday 09:00-17:00 is 8 h', () => {
    const w = parseSchedule({ periods: [{ days: ['mon'], start: '10:00', end: '12:00' }, { days: ['mon'], start: '09:00', end: '17:00' }, { days: ['mon'], start: '09:00', end: '11:00' }] }).weekly;
    expect(w).toEqual({ alwaysOn: false, runs: [{ start: 540, minutes: 480 }], minutesPerWeek: 480 });
  });
});
