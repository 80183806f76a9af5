/**
 * What a student sees when a schedule is wrong: the code, the path of the field and the message,
 * for times, days, holiday dates, calendar months, time zones, period lists and the 7 x 24 grid;
 * plus the accepted edges (24:00 as an end, 1970-01 and 2199-12, trimmed text).
 */
import { describe, expect, it } from 'vitest';
import { gridToPeriods, parsePeriods, parseSchedule, parseTime, parseYearMonth, validateTimeZone } from '../../src/engine/index.ts';
import { errorOf } from './helpers.ts';

const summary = (fn: () => unknown) => {
  const e = errorOf(fn);
  return [e.code, e.path, e.message];
};
const period = (over: Record<string, unknown> = {}) => ({ days: ['mon'], start: '09:00', end: '17:00', ...over });
const schedule = (over: Record<string, unknown>) => () => parseSchedule({ periods: [period()], ...over }, 's');

describe('times of day', () => {
  it.each<[unknown, boolean, number]>([
    ['00:00', false, 0],
    [' 9:30 ', false, 570],
    ['23:59', false, 1439],
    ['24:00', true, 1440],
  ])('%j (24:00 allowed: %s) is minute %i', (value, allow24, minutes) => {
    expect(parseTime(value, 't', allow24)).toBe(minutes);
  });

  it.each<[string, unknown, boolean, string, string]>([
    ['null', null, false, 'required', 'A value is required here. (at t)'],
    ['blank', '', false, 'required', 'A value is required here. (at t)'],
    ['a number', 900, false, 'invalid_time', '"900" is not a time of day (use HH:MM, 00:00 to 24:00). (at t)'],
    ['24:00 as a start', '24:00', false, 'invalid_time', '"24:00" is not a time of day (use HH:MM, 00:00 to 24:00). (at t)'],
    ['24:30 as an end', '24:30', true, 'invalid_time', '"24:30" is not a time of day (use HH:MM, 00:00 to 24:00). (at t)'],
    ['25:00 as an end', '25:00', true, 'invalid_time', '"25:00" is not a time of day (use HH:MM, 00:00 to 24:00). (at t)'],
    ['12:60', '12:60', false, 'invalid_time', '"12:60" is not a time of day (use HH:MM, 00:00 to 24:00). (at t)'],
  ])('%s', (_name, value, allow24, code, message) => {
    expect(summary(() => parseTime(value, 't', allow24))).toEqual([code, 't', message]);
  });

  it('quotes at most 40 characters', () => {
    expect(errorOf(() => parseTime('9'.repeat(100), 't')).params.value).toBe('9'.repeat(40));
    // A value that is not text is named by a phrase of its type ("a list"), never converted with String().
    expect(errorOf(() => parseTime(Array(100).fill('x'), 't')).params.value).toBe('@msg:error.got.list');
  });
});

describe('periods and days', () => {
  it('days are trimmed, case-insensitive, de-duplicated and put in week order', () => {
    expect(parsePeriods([period({ days: [' FRI', 'mon', 'Mon'] })])[0]!.days).toEqual(['mon', 'fri']);
  });

  it.each<[string, unknown, string, string, string]>([
    ['periods that are an object', {}, 'invalid_type', 'p', 'Expected a list of periods, got object. (at p)'],
    ['a period that is text', ['9-5'], 'invalid_type', 'p.0', 'Expected a period { days, start, end }, got string. (at p.0)'],
    ['days that are text', [period({ days: 'mon' })], 'invalid_type', 'p.0.days', 'Expected a list of days (mon..sun), got string. (at p.0.days)'],
    ['no days', [period({ days: [] })], 'required', 'p.0.days', 'A value is required here. (at p.0.days)'],
    ['an unknown day', [period({ days: ['mon', 'funday'] })], 'unknown_option', 'p.0.days.1', '"funday" is not one of the allowed values (mon, tue, wed, thu, fri, sat, sun). (at p.0.days.1)'],
    ['a day that is a number', [period({ days: [1] })], 'unknown_option', 'p.0.days.0', '"1" is not one of the allowed values (mon, tue, wed, thu, fri, sat, sun). (at p.0.days.0)'],
    ['a period that never runs', [period({ start: '09:00', end: '09:00' })], 'empty_period', 'p.0', 'This period starts and ends at the same time, so it never runs. (at p.0)'],
  ])('%s', (_name, value, code, path, message) => {
    expect(summary(() => parsePeriods(value, 'p'))).toEqual([code, path, message]);
  });

  it('an empty period names its times; an unknown day is quoted to 40 characters', () => {
    expect(errorOf(() => parsePeriods([period({ start: '9:00', end: '09:00' })])).params).toEqual({ start: '09:00', end: '09:00' });
    expect(errorOf(() => parsePeriods([period({ days: ['d'.repeat(100)] })])).params.value).toBe('d'.repeat(40));
  });

  it('at most 500 periods', () => {
    expect(parsePeriods(Array.from({ length: 500 }, () => period()))).toHaveLength(500);
    expect(summary(() => parsePeriods(Array.from({ length: 501 }, () => period()), 'p'))).toEqual([
      'too_large',
      'p',
      '501 periods is too large (the most allowed is 500). (at p)',
    ]);
  });
});

describe('the schedule, its time zone and holidays', () => {
  it('a blank or null time zone means none (a calendar month will ask for one)', () => {
    expect(parseSchedule({ periods: [], timeZone: '' }).timeZone).toBeUndefined();
    expect(parseSchedule({ periods: [], timeZone: null }).timeZone).toBeUndefined();
    expect(parseSchedule({ periods: [], timeZone: ' Europe/Madrid ' }).timeZone).toBe('Europe/Madrid');
  });

  it('holidays are trimmed, de-duplicated and sorted; null means none', () => {
    expect(parseSchedule({ periods: [], holidays: [' 2025-12-25', '2025-01-01', '2025-12-25'] }).holidays).toEqual(['2025-01-01', '2025-12-25']);
    expect(parseSchedule({ periods: [], holidays: null }).holidays).toEqual([]);
  });

  it('holidays from 1970-01-01 to 2199-12-31, the last day of each month included', () => {
    expect(parseSchedule({ periods: [], holidays: ['1970-01-01', '2199-12-31', '2024-02-29'] }).holidays).toHaveLength(3);
  });

  it.each<[string, Record<string, unknown>, string, string, string]>([
    ['a schedule that is a list', {}, 'invalid_type', 's', 'Expected a schedule { periods, timeZone, holidays }, got a list. (at s)'],
    ['a time zone that is a number', { timeZone: 5 }, 'unknown_time_zone', 's.timeZone', '"5" is not a known time zone (use an IANA name such as Europe/Madrid). (at s.timeZone)'],
    ['a blank time zone of spaces', { timeZone: '   ' }, 'unknown_time_zone', 's.timeZone', '"" is not a known time zone (use an IANA name such as Europe/Madrid). (at s.timeZone)'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, 'unknown_time_zone', 's.timeZone', '"Mars/Olympus" is not a known time zone (use an IANA name such as Europe/Madrid). (at s.timeZone)'],
    ['holidays that are text', { holidays: '2025-12-25' }, 'invalid_type', 's.holidays', 'Expected a list of dates (YYYY-MM-DD), got string. (at s.holidays)'],
    ['a blank holiday', { holidays: [''] }, 'required', 's.holidays.0', 'A value is required here. (at s.holidays.0)'],
    ['a null holiday', { holidays: [null] }, 'required', 's.holidays.0', 'A value is required here. (at s.holidays.0)'],
    ['a holiday that is a number', { holidays: [20251225] }, 'invalid_date', 's.holidays.0', '"20251225" is not a date (use YYYY-MM-DD). (at s.holidays.0)'],
    ['month 00', { holidays: ['2025-00-10'] }, 'invalid_date', 's.holidays.0', '"2025-00-10" is not a date (use YYYY-MM-DD). (at s.holidays.0)'],
    ['day 00', { holidays: ['2025-05-00'] }, 'invalid_date', 's.holidays.0', '"2025-05-00" is not a date (use YYYY-MM-DD). (at s.holidays.0)'],
    ['29 February 2025', { holidays: ['2025-02-29'] }, 'invalid_date', 's.holidays.0', '"2025-02-29" is not a date (use YYYY-MM-DD). (at s.holidays.0)'],
    ['1969', { holidays: ['1969-12-31'] }, 'out_of_range', 's.holidays.0', '1969-12-31 is out of range (1970 to 2199). (at s.holidays.0)'],
    ['2200', { holidays: ['2200-01-01'] }, 'out_of_range', 's.holidays.0', '2200-01-01 is out of range (1970 to 2199). (at s.holidays.0)'],
  ])('%s', (_name, over, code, path, message) => {
    const fn = _name === 'a schedule that is a list' ? () => parseSchedule([], 's') : schedule(over);
    expect(summary(fn)).toEqual([code, path, message]);
  });

  it('at most 2,000 holidays', () => {
    const days = (n: number) => Array.from({ length: n }, (_, i) => new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10));
    expect(parseSchedule({ periods: [], holidays: days(2000) }).holidays).toHaveLength(2000);
    expect(summary(schedule({ holidays: days(2001) }))).toEqual(['too_large', 's.holidays', '2001 holidays is too large (the most allowed is 2000). (at s.holidays)']);
  });

  it('a time zone name longer than 64 characters is not looked up', () => {
    expect(errorOf(() => validateTimeZone('A'.repeat(65), 'z')).code).toBe('unknown_time_zone');
    expect(errorOf(() => validateTimeZone('A'.repeat(65), 'z')).params.value).toBe('A'.repeat(40));
    expect(errorOf(() => validateTimeZone(null, 'z')).code).toBe('required');
    expect(errorOf(() => validateTimeZone('', 'z')).code).toBe('required');
  });
});

describe('calendar months', () => {
  it.each([
    ['1970-01', { year: 1970, month: 1 }],
    [' 2199-12 ', { year: 2199, month: 12 }],
  ])('%j is accepted', (value, ym) => {
    expect(parseYearMonth(value, 'm')).toEqual(ym);
  });

  it.each<[string, unknown, string, string]>([
    ['null', null, 'required', 'A value is required here. (at m)'],
    ['blank', '', 'required', 'A value is required here. (at m)'],
    ['a number', 202503, 'invalid_date', '"202503" is not a date (use YYYY-MM-DD). (at m)'],
    ['month 00', '2025-00', 'invalid_date', '"2025-00" is not a date (use YYYY-MM-DD). (at m)'],
    ['month 13', '2025-13', 'invalid_date', '"2025-13" is not a date (use YYYY-MM-DD). (at m)'],
    ['1969', '1969-12', 'out_of_range', '1969-12 is out of range (1970 to 2199). (at m)'],
    ['2200', '2200-01', 'out_of_range', '2200-01 is out of range (1970 to 2199). (at m)'],
  ])('%s', (_name, value, code, message) => {
    expect(summary(() => parseYearMonth(value, 'm'))).toEqual([code, 'm', message]);
  });
});

describe('the 7 x 24 grid', () => {
  const week = (row: unknown[]) => Array.from({ length: 7 }, () => row);
  const hours = Array.from({ length: 24 }, () => false);
  it.each<[string, unknown, string, string, string]>([
    ['a grid that is text', 'x', 'invalid_type', 'g', 'Expected a 7 x 24 grid of true/false, got string. (at g)'],
    ['6 rows', week(hours).slice(1), 'invalid_type', 'g', 'Expected 7 rows (Monday to Sunday), got 6 rows. (at g)'],
    ['a row that is text', ['x', ...week(hours).slice(1)], 'invalid_type', 'g.0', 'Expected 24 true/false cells, got string. (at g.0)'],
    ['a row of 23 cells', week(hours.slice(1)), 'invalid_type', 'g.0', 'Expected 24 cells (hours 0 to 23), got 23 cells. (at g.0)'],
    ['a cell that is 1', week([1, ...hours.slice(1)]), 'invalid_type', 'g.0.0', 'Expected true or false, got number. (at g.0.0)'],
  ])('%s', (_name, grid, code, path, message) => {
    expect(summary(() => gridToPeriods(grid, 'g'))).toEqual([code, path, message]);
  });
});
