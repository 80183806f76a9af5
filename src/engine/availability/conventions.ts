/**
 * Downtime conventions: how long a year, a quarter and a month are.
 *
 * The best-known references disagree on how long a month or a year is, so the convention is a
 * setting and every figure names the one it used (domain.md section 4):
 *
 * | convention       | year          | quarter          | month                   |
 * |------------------|---------------|------------------|-------------------------|
 * | `365-day` (default) | 365 d      | 91.25 d          | 730 h (year / 12)       |
 * | `sre-30-day`     | 365 d         | 90 d             | 30 d                    |
 * | `gregorian`      | 365.2425 d    | year / 4         | year / 12               |
 * | `julian`         | 365.25 d      | year / 4         | year / 12               |
 * | `calendar-month` | 365 or 366 d  | the actual quarter | the actual month (28-31 d) |
 *
 * Week = 7 days and day = 24 hours in all of them. For `calendar-month` the caller names the
 * month ("2024-02"); the year is that month's year and the quarter is the calendar quarter that
 * contains it (90, 91 or 92 days).
 */
import { Dec } from '../decimal.ts';
import { EngineError, joinPath } from '../errors.ts';
import { describeRef } from '../quote.ts';

/** The named downtime conventions. */
export type ConventionName = '365-day' | 'sre-30-day' | 'gregorian' | 'julian' | 'calendar-month';

/** Every convention name, default first. */
export const CONVENTION_NAMES: readonly ConventionName[] = Object.freeze([
  '365-day',
  'sre-30-day',
  'gregorian',
  'julian',
  'calendar-month',
]);

/** The periods a downtime table covers, longest first. */
export type PeriodName = 'year' | 'quarter' | 'month' | 'week' | 'day';

/** Every period, longest first. */
export const PERIOD_NAMES: readonly PeriodName[] = Object.freeze(['year', 'quarter', 'month', 'week', 'day']);

/** A convention choice as JSON: a name, or `{ convention, month }` for a calendar month. */
export type ConventionInput = ConventionName | { readonly convention?: string; readonly month?: string };

/** A resolved convention: the length of each period in seconds, and how to describe it. */
export interface Convention {
  readonly name: ConventionName;
  /** For `calendar-month`: the month, "YYYY-MM". */
  readonly month?: string;
  /** English description naming each length, e.g. "365-day year, quarter 91.25 d, month 730 h". */
  readonly label: string;
  /** Seconds in each period. */
  readonly seconds: Readonly<Record<PeriodName, Dec>>;
}

const DAY = new Dec(86400);
const WEEK = DAY.times(7);

function fixedYear(days: string, quarter: Dec | null, month: Dec | null): Record<PeriodName, Dec> {
  const year = DAY.times(days);
  return {
    year,
    quarter: quarter ?? year.div(4),
    month: month ?? year.div(12),
    week: WEEK,
    day: DAY,
  };
}

const FIXED: Readonly<Record<Exclude<ConventionName, 'calendar-month'>, { label: string; seconds: Record<PeriodName, Dec> }>> = {
  '365-day': {
    label: '365-day year, quarter = 91.25 d, month = year/12 = 730 h',
    seconds: fixedYear('365', null, null),
  },
  'sre-30-day': {
    label: 'SRE/contract: 365-day year, 90-day quarter, 30-day month',
    seconds: fixedYear('365', DAY.times(90), DAY.times(30)),
  },
  gregorian: {
    label: 'Gregorian mean year of 365.2425 d, quarter = year/4, month = year/12',
    seconds: fixedYear('365.2425', null, null),
  },
  julian: {
    label: 'Julian year of 365.25 d, quarter = year/4, month = year/12',
    seconds: fixedYear('365.25', null, null),
  },
};

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeap(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

const MONTH_RE = /^(\d{4})-(\d{2})$/;

/** Resolve a calendar month "YYYY-MM" (years 1 to 9999) into a convention. */
function calendarConvention(month: unknown, path: string): Convention {
  if (month === undefined || month === null || month === '') throw new EngineError('required', path);
  if (typeof month !== 'string') throw new EngineError('invalid_type', path, { expected: '@msg:error.expected.monthAsText', got: describeRef(month) });
  const m = MONTH_RE.exec(month.trim());
  const y = m ? Number(m[1]) : 0;
  const mo = m ? Number(m[2]) : 0;
  if (!m || y < 1 || mo < 1 || mo > 12) throw new EngineError('invalid_date', path, { value: month.slice(0, 40) });
  const monthDays = daysInMonth(y, mo);
  const q0 = mo - ((mo - 1) % 3); // first month of the quarter
  const quarterDays = daysInMonth(y, q0) + daysInMonth(y, q0 + 1) + daysInMonth(y, q0 + 2);
  const yearDays = isLeap(y) ? 366 : 365;
  const text = `${m[1]}-${m[2]}`;
  return Object.freeze({
    name: 'calendar-month' as const,
    month: text,
    label: `calendar month ${text} (${monthDays} d), its quarter (${quarterDays} d), its year (${yearDays} d)`,
    seconds: Object.freeze({
      year: DAY.times(yearDays),
      quarter: DAY.times(quarterDays),
      month: DAY.times(monthDays),
      week: WEEK,
      day: DAY,
    }),
  });
}

/**
 * Resolve a convention from JSON: `{ convention, month }` (or just the name as a string), read
 * at `path` ("convention" and "month" fields). Missing means the default, `365-day` (the 730-hour
 * month of AWS billing). `calendar-month` needs `month` ("2024-02"). Throws `unknown_option`,
 * `required` or `invalid_date` with the field's path.
 */
export function resolveConvention(input: unknown = undefined, path = ''): Convention {
  if (input !== undefined && typeof input !== 'string' && (typeof input !== 'object' || input === null || Array.isArray(input))) {
    throw new EngineError('invalid_type', path, { expected: '@msg:error.expected.convention', got: describeRef(input) });
  }
  const o = (typeof input === 'string' ? { convention: input } : (input ?? {})) as { readonly convention?: unknown; readonly month?: unknown };
  return conventionAt(o.convention, o.month, joinPath(path, 'convention'), joinPath(path, 'month'));
}

/**
 * Resolve a convention whose name and month come from separate fields (e.g. a scenario's
 * settings), each with its own path for errors. A missing name means `365-day`.
 */
export function conventionAt(convention: unknown, month: unknown, conventionPath: string, monthPath: string): Convention {
  const name = convention ?? '365-day';
  if (!(CONVENTION_NAMES as readonly unknown[]).includes(name)) {
    throw new EngineError('unknown_option', conventionPath, {
      value: typeof name === 'string' ? name.slice(0, 40) : describeRef(name),
      allowed: CONVENTION_NAMES.join(', '),
    });
  }
  if (name === 'calendar-month') return calendarConvention(month, monthPath);
  const f = FIXED[name as Exclude<ConventionName, 'calendar-month'>];
  return Object.freeze({ name: name as ConventionName, label: f.label, seconds: Object.freeze({ ...f.seconds }) });
}
