/**
 * Downtime conventions, durations and error budgets at their edges: which months exist, how a
 * duration is written (and split into parts for other languages), which period is written in hours
 * or days, and what each invalid input reports (code, path, message).
 */
import { describe, expect, it } from 'vitest';
import { downtimeAllConventions, downtimeTable, errorBudgetRequests, errorBudgetTime, formatDuration, resolveConvention } from '../../src/engine/index.ts';
import { d, Dec } from '../../src/engine/decimal.ts';
import { errorOf } from './helpers.ts';

const summary = (fn: () => unknown) => {
  const e = errorOf(fn);
  return [e.code, e.path, e.message];
};
const calendar = (month: unknown, path?: string) => () => resolveConvention({ convention: 'calendar-month', month } as never, path);

describe('calendar months', () => {
  it.each([
    ['0001-01', 31],
    ['2024-12', 31],
    [' 2024-02 ', 29], // surrounding spaces are ignored
  ])('%s is a month of %i days', (month, days) => {
    const c = resolveConvention({ convention: 'calendar-month', month });
    expect(c.seconds.month.toFixed()).toBe(String(days * 86400));
    expect(c.month).toBe(month.trim());
  });

  it('names its lengths: February 2024 has 29 d, Q1 2024 has 31 + 29 + 31 = 91 d, 2024 has 366 d', () => {
    expect(resolveConvention({ convention: 'calendar-month', month: '2024-02' }).label).toBe(
      'calendar month 2024-02 (29 d), its quarter (91 d), its year (366 d)',
    );
  });

  it.each<[string, unknown, string, string]>([
    ['null', null, 'required', 'A value is required here. (at month)'],
    ['blank', '', 'required', 'A value is required here. (at month)'],
    ['a number', 202402, 'invalid_type', 'Expected a month as text (YYYY-MM), got number. (at month)'],
    ['year 0', '0000-05', 'invalid_date', '"0000-05" is not a date (use YYYY-MM-DD). (at month)'],
    ['month 0', '2024-00', 'invalid_date', '"2024-00" is not a date (use YYYY-MM-DD). (at month)'],
    ['month 13', '2024-13', 'invalid_date', '"2024-13" is not a date (use YYYY-MM-DD). (at month)'],
    ['words', 'Feb 2024', 'invalid_date', '"Feb 2024" is not a date (use YYYY-MM-DD). (at month)'],
  ])('a month that is %s', (_name, month, code, message) => {
    expect(summary(calendar(month))).toEqual([code, 'month', message]);
  });

  it('quotes at most 40 characters of a bad month', () => {
    expect(errorOf(calendar('9'.repeat(100))).params.value).toBe('9'.repeat(40));
  });
});

describe('choosing a convention', () => {
  const ALLOWED = '365-day, sre-30-day, gregorian, julian, calendar-month';
  it.each<[string, unknown, string, string, string]>([
    ['an unknown name', 'lunar', 'unknown_option', 'convention', `"lunar" is not one of the allowed values (${ALLOWED}). (at convention)`],
    ['a number', 5, 'invalid_type', '', 'Expected a convention name or { convention, month }, got number.'],
    ['null', null, 'invalid_type', '', 'Expected a convention name or { convention, month }, got null.'],
    ['a list', ['365-day'], 'invalid_type', '', 'Expected a convention name or { convention, month }, got a list.'],
    ['a name that is a number', { convention: 7 }, 'unknown_option', 'convention', `"number" is not one of the allowed values (${ALLOWED}). (at convention)`],
  ])('%s', (_name, input, code, path, message) => {
    expect(summary(() => resolveConvention(input))).toEqual([code, path, message]);
  });

  it('paths nest under the given base path', () => {
    expect(errorOf(() => resolveConvention({ convention: 'lunar' }, 'settings')).path).toBe('settings.convention');
    expect(errorOf(calendar(undefined, 'settings')).path).toBe('settings.month');
    expect(errorOf(() => resolveConvention(5, 'settings')).path).toBe('settings');
  });

  it('quotes at most 40 characters of an unknown name', () => {
    expect(errorOf(() => resolveConvention('x'.repeat(100))).params.value).toBe('x'.repeat(40));
  });
});

describe('writing a duration', () => {
  it.each([
    ['172800', {}, '2d'], // only days: 2 x 86,400 s
    ['10', { fractionDigits: 0 }, '10s'],
    ['7200', { fractionDigits: 20 }, '2h'],
  ])('%s s with %j is "%s"', (s, opts, text) => {
    expect(formatDuration(d(s), opts).text).toBe(text);
  });

  it('a duration under a second keeps every part but the seconds at 0', () => {
    const f = formatDuration(d('0.5'));
    expect([f.parts.days, f.parts.hours, f.parts.minutes, f.parts.seconds.toFixed(), f.text]).toEqual([0, 0, 0, '0.5', '0.5s']);
  });

  it.each<[string, () => unknown, string, string, string]>([
    ['1.5 decimal places', () => formatDuration(d('1'), { fractionDigits: 1.5 }), 'out_of_range', 'fractionDigits', '1.5 is out of range (0 to 20). (at fractionDigits)'],
    ['-1 decimal places', () => formatDuration(d('1'), { fractionDigits: -1 }), 'out_of_range', 'fractionDigits', '-1 is out of range (0 to 20). (at fractionDigits)'],
    ['21 decimal places', () => formatDuration(d('1'), { fractionDigits: 21 }), 'out_of_range', 'fractionDigits', '21 is out of range (0 to 20). (at fractionDigits)'],
    ['NaN seconds', () => formatDuration(new Dec(NaN)), 'not_a_number', 'seconds', '"NaN" is not a number. (at seconds)'],
    ['infinite seconds', () => formatDuration(new Dec(Infinity)), 'not_a_number', 'seconds', '"Infinity" is not a number. (at seconds)'],
    ['-1 s', () => formatDuration(d('-1')), 'negative', 'seconds', '-1 is negative; this value cannot be below zero. (at seconds)'],
  ])('%s', (_name, fn, code, path, message) => {
    expect(summary(fn)).toEqual([code, path, message]);
  });
});

describe('downtime table lines', () => {
  it('99.9% under 365-day: each line gives the duration in SI symbols and as parts, for other languages', () => {
    // year: 0.001 x 31,536,000 s = 31,536 s = 8h 45m 36s
    const year = downtimeTable(d('0.001'), resolveConvention()).lines[0]!;
    expect([year.key, year.kind, year.unit]).toEqual(['availability.downtime.year', 'info', 's']);
    expect(year.params).toMatchObject({
      durationSi: '8 h 45 min 36 s',
      durationDays: '0',
      durationHours: '8',
      durationMinutes: '45',
      durationSeconds: '36',
      conventionName: '@msg:availability.conv.365-day.long',
    });
    expect(Object.keys(year.params)).not.toContain('month');
  });

  it('a tiny duration keeps its exponent, in powers of ten in SI form: U = 1e-20 per day is 8.64e-16 s', () => {
    const day = downtimeTable(d('1e-20'), resolveConvention()).lines[4]!;
    expect([day.params.duration, day.params.durationSi]).toEqual(['8.64e-16s', '8.64 × 10^-16 s']);
  });

  it('a calendar-month table names its month in every line', () => {
    const t = downtimeTable(d('0.001'), resolveConvention({ convention: 'calendar-month', month: '2024-02' }));
    expect(t.lines.map((l) => l.params.month)).toEqual(['2024-02', '2024-02', '2024-02', '2024-02', '2024-02']);
    expect(t.lines[0]!.params.conventionName).toBe('@msg:availability.conv.calendar-month.long');
  });

  it.each([
    // under 48 hours in hours; longer in days; the 365-day month is "730 h" (AWS's billing month)
    ['365-day', ['365 d', '91.25 d', '730 h', '7 d', '24 h']],
    ['sre-30-day', ['365 d', '90 d', '30 d', '7 d', '24 h']],
    ['julian', ['365.25 d', '91.3125 d', '30.4375 d', '7 d', '24 h']],
  ])('%s writes its periods as %j', (name, lengths) => {
    expect(downtimeTable(d('0.001'), resolveConvention(name)).lines.map((l) => l.params.periodLength)).toEqual(lengths);
  });

  it.each<[string, Dec, string]>([
    ['1.5', d('1.5'), '1.5 is out of range (0 to 1). (at unavailability)'],
    ['-0.1', d('-0.1'), '-0.1 is out of range (0 to 1). (at unavailability)'],
    ['NaN', new Dec(NaN), 'NaN is out of range (0 to 1). (at unavailability)'],
  ])('an unavailability of %s is out_of_range', (_name, u, message) => {
    expect(summary(() => downtimeTable(u, resolveConvention()))).toEqual(['out_of_range', 'unavailability', message]);
    expect(summary(() => errorBudgetTime(u, '60'))[0]).toBe('out_of_range');
    expect(summary(() => errorBudgetRequests(u, '60'))[0]).toBe('out_of_range');
  });
});

describe('side by side', () => {
  it.each([[null], [''], [undefined]])('no calendar month (%j): the four fixed conventions', (month) => {
    expect(downtimeAllConventions(d('0.001'), month).map((t) => t.convention.name)).toEqual(['365-day', 'sre-30-day', 'gregorian', 'julian']);
  });

  it('a bad month is reported at "month" by default', () => {
    expect(summary(() => downtimeAllConventions(d('0.001'), '2024-13'))).toEqual(['invalid_date', 'month', '"2024-13" is not a date (use YYYY-MM-DD). (at month)']);
  });
});

describe('error budget lines', () => {
  it('time: 99.9% of a 28-day window: 0.001 x 2,419,200 s = 2,419.2 s', () => {
    const b = errorBudgetTime(d('0.001'), '2419200');
    expect(b.lines).toHaveLength(1);
    const l = b.lines[0]!;
    expect([l.key, l.kind, l.unit, l.amount.toFixed(), l.text]).toEqual([
      'availability.budget.time',
      'info',
      's',
      '2419.2',
      'error budget: 0.001 x 2,419,200 s = 2,419.2 s (40m 19.2s)',
    ]);
    expect(l.params).toMatchObject({ unavailability: '0.001', periodSeconds: '2,419,200', budgetSeconds: '2,419.2', durationSi: '40 min 19.2 s', durationMinutes: '40' });
  });

  it('time: the period must be above zero; errors name the given path', () => {
    expect(summary(() => errorBudgetTime(d('0.001'), '0'))).toEqual(['not_positive', '', '0 must be greater than zero.']);
    expect(errorOf(() => errorBudgetTime(d('0.001'), 'x', 'slo.window')).path).toBe('slo.window');
  });

  it('requests: 99.9% of 1,000,000 is an info line counted in requests', () => {
    const l = errorBudgetRequests(d('0.001'), '1000000').lines[0]!;
    expect([l.key, l.kind, l.unit, l.amount.toFixed()]).toEqual(['availability.budget.requests', 'info', 'requests', '1000']);
    expect(errorOf(() => errorBudgetRequests(d('0.001'), '1.5')).path).toBe('');
  });
});
