/**
 * Downtime conventions (availability/conventions.ts): the length of each period under every
 * convention, worked out by hand, the calendar month's leap years, month lengths and quarters,
 * and conventionAt's defaults and errors.
 */
import { describe, expect, it } from 'vitest';
import { CONVENTION_NAMES, PERIOD_NAMES, conventionAt, resolveConvention } from '../../src/engine/index.ts';
import { errorOf, phraseText } from './helpers.ts';

const DAY = 86400;
const secs = (c: { seconds: Record<string, { toFixed(): string }> }) => PERIOD_NAMES.map((p) => c.seconds[p]!.toFixed());
const month = (m: string) => resolveConvention({ convention: 'calendar-month', month: m });

describe('the fixed conventions', () => {
  it('365-day: year 365 d, quarter 91.25 d, month 730 h, week 7 d, day 24 h', () => {
    // 365 x 86,400 = 31,536,000; / 4 = 7,884,000; / 12 = 2,628,000 (730 h)
    expect(secs(conventionAt(undefined, undefined, 'c', 'm'))).toEqual(['31536000', '7884000', '2628000', '604800', '86400']);
    expect(conventionAt(null, 'ignored', 'c', 'm').name).toBe('365-day');
    expect(conventionAt('365-day', undefined, 'c', 'm').label).toBe('365-day year, quarter = 91.25 d, month = year/12 = 730 h');
  });

  it('sre-30-day: 90-day quarter (7,776,000 s) and 30-day month (2,592,000 s)', () => {
    const c = conventionAt('sre-30-day', undefined, 'c', 'm');
    expect(secs(c)).toEqual(['31536000', '7776000', '2592000', '604800', '86400']);
    expect(c.label).toBe('SRE/contract: 365-day year, 90-day quarter, 30-day month');
  });

  it('gregorian: 365.2425 d = 31,556,952 s, a quarter 7,889,238 s, a month 2,629,746 s', () => {
    expect(secs(conventionAt('gregorian', undefined, 'c', 'm'))).toEqual(['31556952', '7889238', '2629746', '604800', '86400']);
  });

  it('julian: 365.25 d = 31,557,600 s, a quarter 7,889,400 s, a month 2,629,800 s', () => {
    const c = conventionAt('julian', undefined, 'c', 'm');
    expect(secs(c)).toEqual(['31557600', '7889400', '2629800', '604800', '86400']);
    expect([c.name, c.month]).toEqual(['julian', undefined]);
  });

  it('a resolved convention is frozen and its seconds are a copy', () => {
    const a = conventionAt('julian', undefined, 'c', 'm');
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(a.seconds)).toBe(true);
    expect(a.seconds).not.toBe(conventionAt('julian', undefined, 'c', 'm').seconds);
    expect(CONVENTION_NAMES).toEqual(['365-day', 'sre-30-day', 'gregorian', 'julian', 'calendar-month']);
  });
});

describe('calendar months', () => {
  it('leap years: every 4th year, except centuries, except every 400th', () => {
    // February: 2023 28 d, 2024 29 d, 1900 28 d, 2000 29 d, 2100 28 d
    const feb = (y: string) => month(`${y}-02`).seconds.month.toFixed();
    expect(['2023', '2024', '1900', '2000', '2100'].map(feb)).toEqual([28, 29, 28, 29, 28].map((d) => String(d * DAY)));
    expect(['2023', '2024', '1900', '2000'].map((y) => month(`${y}-07`).seconds.year.toFixed())).toEqual([365, 366, 365, 366].map((d) => String(d * DAY)));
  });

  it('month lengths: 30 days in April, June, September and November, 31 in the others', () => {
    const days = Array.from({ length: 12 }, (_, i) => Number(month(`2023-${String(i + 1).padStart(2, '0')}`).seconds.month.toFixed()) / DAY);
    expect(days).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });

  it('quarters: the one containing the month (2024: 91, 91, 92, 92 days; Q1 2023: 90)', () => {
    const q = (m: string) => Number(month(m).seconds.quarter.toFixed()) / DAY;
    // Q1 2024: 31 + 29 + 31 = 91; Q2: 30 + 31 + 30 = 91; Q3: 31 + 31 + 30 = 92; Q4: 31 + 30 + 31 = 92
    expect(['2024-01', '2024-02', '2024-03'].map(q)).toEqual([91, 91, 91]);
    expect(['2024-04', '2024-05', '2024-06'].map(q)).toEqual([91, 91, 91]);
    expect(['2024-07', '2024-08', '2024-09'].map(q)).toEqual([92, 92, 92]);
    expect(['2024-10', '2024-11', '2024-12'].map(q)).toEqual([92, 92, 92]);
    expect(q('2023-03')).toBe(90);
  });

  it('its label and fields name the month, trimmed', () => {
    const c = month(' 2023-11 ');
    expect([c.name, c.month, c.label]).toEqual(['calendar-month', '2023-11', 'calendar month 2023-11 (30 d), its quarter (92 d), its year (365 d)']);
    expect(secs(c).slice(3)).toEqual(['604800', '86400']);
    expect(Object.isFrozen(c) && Object.isFrozen(c.seconds)).toBe(true);
    expect(month('9999-12').seconds.month.toFixed()).toBe(String(31 * DAY));
  });

  it('conventionAt reads the month at its own path', () => {
    expect(errorOf(() => conventionAt('calendar-month', undefined, 'c', 'settings.month')).path).toBe('settings.month');
    const e = errorOf(() => conventionAt('calendar-month', 2024, 'c', 'm'));
    expect([e.code, e.path, phraseText(e.params.expected), phraseText(e.params.got)]).toEqual(['invalid_type', 'm', 'a month as text (YYYY-MM)', 'number']);
    for (const bad of ['2024-1', '2024-001', 'x2024-01', '2024-01x', '24-01']) {
      expect([errorOf(() => conventionAt('calendar-month', bad, 'c', 'm')).code, bad]).toEqual(['invalid_date', bad]);
    }
  });
});

describe('conventionAt: names', () => {
  it('an unknown name is quoted (40 characters at most) with the allowed names, at the convention path', () => {
    const e = errorOf(() => conventionAt('y'.repeat(50), undefined, 'settings.convention', 'm'));
    expect([e.code, e.path, e.params.value, e.params.allowed]).toEqual(['unknown_option', 'settings.convention', 'y'.repeat(40), '365-day, sre-30-day, gregorian, julian, calendar-month']);
    const n = errorOf(() => conventionAt(true, undefined, 'c', 'm'));
    expect([n.code, phraseText(n.params.value)]).toEqual(['unknown_option', 'boolean']);
    expect(errorOf(() => conventionAt('', undefined, 'c', 'm')).code).toBe('unknown_option');
  });

  it('resolveConvention: nothing or an empty object is the default; a name alone works', () => {
    expect(resolveConvention().name).toBe('365-day');
    expect(resolveConvention({}).name).toBe('365-day');
    expect(resolveConvention('gregorian').seconds.year.toFixed()).toBe('31556952');
    expect(resolveConvention({ convention: 'sre-30-day' }, 'p').seconds.month.toFixed()).toBe('2592000');
    const e = errorOf(() => resolveConvention(null, 'p'));
    expect([e.code, e.path, phraseText(e.params.expected), phraseText(e.params.got)]).toEqual(['invalid_type', 'p', 'a convention name or { convention, month }', 'null']);
  });
});
