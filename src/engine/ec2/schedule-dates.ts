/**
 * Times of day, local dates and calendar months of the schedules (integers: minutes after midnight,
 * days since 1970-01-01), checked and formatted.
 */
import { EngineError } from '../errors.ts';
import { isRecord, quote, quoteRef } from '../json.ts';

/** Calendar years accepted for calendar months and holidays. */
export const MIN_YEAR = 1970;
export const MAX_YEAR = 2199;

export const MINUTES_PER_DAY = 1440;
export const MINUTES_PER_WEEK = 10080;
export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;

const TIME_RE = /^(\d{1,2}):(\d{2})$/;

/**
 * Parse "HH:MM" into minutes after midnight. "24:00" (1440) only when `allow24` (an end).
 * Throws `invalid_time` (or `required` when missing).
 */
export function parseTime(value: unknown, path: string, allow24 = false): number {
  if (value === undefined || value === null || value === '') throw new EngineError('required', path);
  if (typeof value !== 'string') throw new EngineError('invalid_time', path, { value: quoteRef(value) });
  const text = value.trim();
  const m = TIME_RE.exec(text);
  if (m) {
    const h = Number(m[1]);
    const min = Number(m[2]);
    if (h < 24 && min < 60) return h * 60 + min;
    if (allow24 && h === 24 && min === 0) return MINUTES_PER_DAY;
  }
  throw new EngineError('invalid_time', path, { value: text.slice(0, 40) });
}

/** Minutes after midnight as "HH:MM". */
export function hhmm(minutes: number): string {
  return `${String((minutes - (minutes % 60)) / 60).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parse a local date "YYYY-MM-DD" into a day number (days since 1970-01-01). */
export function parseDate(value: unknown, path: string): { day: number; text: string } {
  if (value === undefined || value === null || value === '') throw new EngineError('required', path);
  if (typeof value !== 'string') throw new EngineError('invalid_date', path, { value: quoteRef(value) });
  const text = value.trim();
  const m = DATE_RE.exec(text);
  if (!m) throw new EngineError('invalid_date', path, { value: quoteRef(value) });
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const da = Number(m[3]);
  if (mo < 1 || mo > 12 || da < 1 || da > daysInMonth(y, mo)) throw new EngineError('invalid_date', path, { value: text });
  if (y < MIN_YEAR || y > MAX_YEAR) {
    throw new EngineError('out_of_range', path, { value: text, min: String(MIN_YEAR), max: String(MAX_YEAR) });
  }
  return { day: dayNumber(y, mo, da), text };
}

const YEAR_MONTH_RE = /^(\d{4})-(\d{2})$/;

/** Parse "YYYY-MM" (a calendar month). Throws `invalid_date` or `out_of_range`. */
export function parseYearMonth(value: unknown, path: string): { year: number; month: number } {
  if (value === undefined || value === null || value === '') throw new EngineError('required', path);
  if (typeof value !== 'string') throw new EngineError('invalid_date', path, { value: quoteRef(value) });
  const text = value.trim();
  const m = YEAR_MONTH_RE.exec(text);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  if (!m || month < 1 || month > 12) throw new EngineError('invalid_date', path, { value: quoteRef(value) });
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new EngineError('out_of_range', path, { value: text, min: String(MIN_YEAR), max: String(MAX_YEAR) });
  }
  return { year, month };
}

/** Number.isSafeInteger as a type guard (false for anything that is not a number). */
const isSafeInteger = (value: unknown): value is number => Number.isSafeInteger(value);

/** A `{ year, month }` given as an object (untrusted: any JSON value may arrive here). */
export function checkYearMonth(ym: unknown, path: string): { year: number; month: number } {
  if (!isRecord(ym)) return parseYearMonth(ym, path);
  const year = ym.year;
  const month = ym.month;
  if (!isSafeInteger(year) || !isSafeInteger(month) || month < 1 || month > 12 || year < MIN_YEAR || year > MAX_YEAR) {
    throw new EngineError('out_of_range', path, { value: `${quote(year)}-${quote(month)}`, min: `${MIN_YEAR}-01`, max: `${MAX_YEAR}-12` });
  }
  return { year, month };
}

/** "YYYY-MM" that is `n` months after `yearMonth` (n may be negative). */
export function addMonths(yearMonth: { year: number; month: number }, n: number): { year: number; month: number } {
  const index = yearMonth.year * 12 + (yearMonth.month - 1) + n;
  const month = (index % 12) + 1;
  return { year: (index - (month - 1)) / 12, month };
}

/** Format a year and month as "YYYY-MM". */
export function formatYearMonth(ym: { year: number; month: number }): string {
  return `${String(ym.year).padStart(4, '0')}-${String(ym.month).padStart(2, '0')}`;
}

/** Days since 1970-01-01 of a date. */
export function dayNumber(y: number, m: number, dd: number): number {
  return Date.UTC(y, m - 1, dd) / MS_PER_DAY;
}

/** Days in a month (28 to 31). */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Weekday index (0 = Monday) of a day number; 1970-01-01 was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day % 7) + 7 + 3) % 7);
}
