/**
 * Downtime and error budgets: how much time (or how many requests) an unavailability allows.
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
import { Dec, floorWhole, parseCount, parseDecimal } from './decimal.ts';
import { EngineError, joinPath } from './errors.ts';
import { line, type LineItem } from './explain.ts';
import { messageRef, showFraction, showQuantity } from './availability/format.ts';

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
const MICRO = new Dec('1e-6');
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
  if (typeof month !== 'string') throw new EngineError('invalid_type', path, { expected: 'a month as text (YYYY-MM)', got: typeof month });
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
    throw new EngineError('invalid_type', path, { expected: 'a convention name or { convention, month }', got: Array.isArray(input) ? 'a list' : typeof input });
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
  if (typeof name !== 'string' || !(CONVENTION_NAMES as readonly string[]).includes(name)) {
    throw new EngineError('unknown_option', conventionPath, {
      value: typeof name === 'string' ? name.slice(0, 40) : typeof name,
      allowed: CONVENTION_NAMES.join(', '),
    });
  }
  if (name === 'calendar-month') return calendarConvention(month, monthPath);
  const f = FIXED[name as Exclude<ConventionName, 'calendar-month'>];
  return Object.freeze({ name: name as ConventionName, label: f.label, seconds: Object.freeze({ ...f.seconds }) });
}

/** A duration split into parts for the UI to localize. */
export interface DurationParts {
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
  /** Seconds including any fraction (exact for durations under a second, else as displayed). */
  readonly seconds: Dec;
}

/** A formatted duration. */
export interface FormattedDuration {
  /** The exact duration in seconds. */
  readonly totalSeconds: Dec;
  /** The parts, from the value as displayed (seconds rounded to `fractionDigits` from 1 s up). */
  readonly parts: DurationParts;
  /** The seconds part as display text, e.g. "0.48". */
  readonly secondsText: string;
  /** English text, e.g. "1m 0.48s", "8h 45m 36s", "0s". */
  readonly text: string;
}

/** Options for {@link formatDuration}. */
export interface DurationOptions {
  /** Decimal places kept on the seconds (default 2; trailing zeros trimmed). */
  readonly fractionDigits?: number;
}

function trim(s: string): string {
  return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
}

/**
 * Split a duration in seconds into days, hours, minutes and seconds, and write it in English:
 * 60.48 s -> "1m 0.48s" (99.99% of a week; not "1m 5s"), 31536 s -> "8h 45m 36s".
 * Parts run from the largest non-zero unit to the smallest non-zero one ("1h 0m 1s", "1h").
 * Seconds keep `fractionDigits` decimals (half-even, trailing zeros trimmed); a duration under
 * one second keeps 3 significant digits instead ("0.0000864s", or "3.05e-9s" below a microsecond)
 * so a tiny budget never reads "0s".
 */
export function formatDuration(seconds: Dec, opts: DurationOptions = {}): FormattedDuration {
  const places = opts.fractionDigits ?? 2;
  if (!Number.isInteger(places) || places < 0 || places > 20) {
    throw new EngineError('out_of_range', 'fractionDigits', { value: String(places), min: '0', max: '20' });
  }
  if (!seconds.isFinite()) throw new EngineError('not_a_number', 'seconds', { value: seconds.toString() });
  if (seconds.isNegative() && !seconds.isZero()) throw new EngineError('negative', 'seconds', { value: seconds.toString() });
  const total = seconds.isZero() ? new Dec(0) : seconds;
  if (total.gt(0) && total.lt(1)) {
    const sig = total.toSignificantDigits(3, Dec.ROUND_HALF_EVEN);
    // Below a microsecond, exponent notation ("3.05e-3301s") rather than a page of zeros.
    const s = total.lt(MICRO) ? sig.toExponential() : trim(sig.toFixed());
    return { totalSeconds: total, parts: { days: 0, hours: 0, minutes: 0, seconds: total }, secondsText: s, text: `${s}s` };
  }
  const shown = total.toDecimalPlaces(places, Dec.ROUND_HALF_EVEN);
  const whole = floorWhole(shown);
  const frac = shown.minus(whole);
  const days = floorWhole(whole.div(86400));
  let rest = whole.minus(days.times(86400));
  const hours = floorWhole(rest.div(3600));
  rest = rest.minus(hours.times(3600));
  const minutes = floorWhole(rest.div(60));
  const secs = rest.minus(minutes.times(60)).plus(frac);
  const secondsText = trim(secs.toFixed(places, Dec.ROUND_HALF_EVEN));
  const values: [Dec, string][] = [
    [days, `${days.toFixed()}d`],
    [hours, `${hours.toFixed()}h`],
    [minutes, `${minutes.toFixed()}m`],
    [secs, `${secondsText}s`],
  ];
  const first = values.findIndex(([v]) => !v.isZero());
  let last = -1;
  for (let i = values.length - 1; i >= 0; i--) {
    if (!values[i]![0].isZero()) {
      last = i;
      break;
    }
  }
  const text = first < 0 ? '0s' : values.slice(first, last + 1).map(([, t]) => t).join(' ');
  return {
    totalSeconds: total,
    parts: { days: days.toNumber(), hours: hours.toNumber(), minutes: minutes.toNumber(), seconds: secs },
    secondsText,
    text,
  };
}

const SYMBOL: Readonly<Record<string, string>> = { d: 'd', h: 'h', m: 'min', s: 's' };

/**
 * Params that let the UI write a duration in any language: `durationSi`, the duration with the
 * SI unit symbols d, h, min and s after plain numbers ("5 h 54 min 35.92 s" for "5h 54m 35.92s",
 * the same parts as the English text), and each part as a plain number (`durationDays`,
 * `durationHours`, `durationMinutes`, and `durationSeconds` as displayed, e.g. "35.92").
 */
function durationParams(d: FormattedDuration): Record<string, string> {
  return {
    durationSi: d.text
      .split(' ')
      .map((part) => `${part.slice(0, -1)} ${SYMBOL[part.slice(-1)] ?? part.slice(-1)}`)
      .join(' '),
    durationDays: String(d.parts.days),
    durationHours: String(d.parts.hours),
    durationMinutes: String(d.parts.minutes),
    durationSeconds: d.secondsText,
  };
}

/** One row of a downtime table. */
export interface DowntimeRow {
  readonly period: PeriodName;
  /** The convention this figure used (every figure names it). */
  readonly convention: ConventionName;
  /** Length of the period in seconds under that convention. */
  readonly periodSeconds: Dec;
  /** Allowed downtime = U x period, exact, in seconds. */
  readonly downtimeSeconds: Dec;
  /** The downtime as parts and English text. */
  readonly duration: FormattedDuration;
}

/** Downtime (the error budget in time) for every period under one convention. */
export interface DowntimeTable {
  readonly convention: Convention;
  readonly unavailability: Dec;
  readonly rows: readonly DowntimeRow[];
  readonly lines: readonly LineItem[];
}

function periodText(p: PeriodName, c: Convention): string {
  const s = c.seconds[p];
  const hours = s.div(3600);
  const days = s.div(86400);
  return hours.lt(48) || (p === 'month' && c.name === '365-day') ? `${showQuantity(hours)} h` : `${showQuantity(days)} d`;
}

function checkUnavailability(u: Dec): void {
  if (!u.isFinite() || u.lt(0) || u.gt(1)) {
    throw new EngineError('out_of_range', 'unavailability', { value: u.isFinite() ? u.toString() : 'NaN', min: '0', max: '1' });
  }
}

/**
 * Downtime per year, quarter, month, week and day = U x period, under one convention.
 * E.g. U = 0.0001 (99.99%) gives 60.48 s a week ("1m 0.48s") in every convention.
 */
export function downtimeTable(unavailability: Dec, convention: Convention, opts: DurationOptions = {}): DowntimeTable {
  checkUnavailability(unavailability);
  const rows: DowntimeRow[] = [];
  const lines: LineItem[] = [];
  for (const period of PERIOD_NAMES) {
    const periodSeconds = convention.seconds[period];
    const downtimeSeconds = unavailability.times(periodSeconds);
    const duration = formatDuration(downtimeSeconds, opts);
    rows.push({ period, convention: convention.name, periodSeconds, downtimeSeconds, duration });
    const params = {
      period,
      convention: convention.name,
      conventionLabel: convention.label,
      periodLength: periodText(period, convention),
      periodSeconds: showQuantity(periodSeconds),
      unavailability: showFraction(unavailability),
      downtimeSeconds: showQuantity(downtimeSeconds),
      duration: duration.text,
      // For other languages: the convention as a UI message (with its month), the duration's parts.
      conventionName: messageRef(`availability.conv.${convention.name}.long`),
      ...(convention.month === undefined ? {} : { month: convention.month }),
      ...durationParams(duration),
    };
    lines.push(
      line(
        `availability.downtime.${period}`,
        `downtime per ${period} (${convention.name}: ${params.periodLength} = ${params.periodSeconds} s): ` +
          `${params.unavailability} x ${params.periodSeconds} s = ${params.downtimeSeconds} s (${duration.text})`,
        downtimeSeconds,
        params,
        'info',
        's',
      ),
    );
  }
  return { convention, unavailability, rows, lines };
}

/**
 * The downtime table under every convention, for a side-by-side comparison: the four fixed ones,
 * plus `calendar-month` when a month ("YYYY-MM", parsed at `path`) is given.
 */
export function downtimeAllConventions(unavailability: Dec, month?: unknown, path = 'month'): readonly DowntimeTable[] {
  const names = CONVENTION_NAMES.filter((c) => c !== 'calendar-month' || (month !== undefined && month !== null && month !== ''));
  return names.map((c) => downtimeTable(unavailability, c === 'calendar-month' ? calendarConvention(month, path) : conventionAt(c, undefined, '', '')));
}

/** Error budget in time for any period: U x period seconds. */
export interface TimeBudget {
  readonly periodSeconds: Dec;
  readonly budgetSeconds: Dec;
  readonly duration: FormattedDuration;
  readonly lines: readonly LineItem[];
}

/**
 * Error budget in time for a period given in seconds (e.g. a 28-day SLO window, "2419200"):
 * U x period. The period is parsed from JSON at `path`.
 */
export function errorBudgetTime(unavailability: Dec, periodSeconds: unknown, path = ''): TimeBudget {
  checkUnavailability(unavailability);
  const p = parseDecimal(periodSeconds, path, { positive: true });
  const budget = unavailability.times(p);
  const duration = formatDuration(budget);
  const params = {
    unavailability: showFraction(unavailability),
    periodSeconds: showQuantity(p),
    budgetSeconds: showQuantity(budget),
    duration: duration.text,
    ...durationParams(duration),
  };
  return {
    periodSeconds: p,
    budgetSeconds: budget,
    duration,
    lines: [
      line(
        'availability.budget.time',
        `error budget: ${params.unavailability} x ${params.periodSeconds} s = ${params.budgetSeconds} s (${duration.text})`,
        budget,
        params,
        'info',
        's',
      ),
    ],
  };
}

/** Error budget in requests. */
export interface RequestBudget {
  readonly requests: Dec;
  /** U x requests, exact (may be fractional). */
  readonly failedRequests: Dec;
  /** Whole requests that may fail without breaking the target (rounded down). */
  readonly wholeFailedRequests: Dec;
  readonly lines: readonly LineItem[];
}

/**
 * Error budget in requests: U x requests (a whole count parsed at `path`). 99.9% of 1,000,000
 * requests allows 1,000 failed requests.
 */
export function errorBudgetRequests(unavailability: Dec, requests: unknown, path = ''): RequestBudget {
  checkUnavailability(unavailability);
  const r = parseCount(requests, path);
  const failed = unavailability.times(r);
  const whole = floorWhole(failed);
  const params = {
    unavailability: showFraction(unavailability),
    requests: showQuantity(r),
    failedRequests: showQuantity(failed),
    wholeFailedRequests: showQuantity(whole),
  };
  const tail = failed.eq(whole) ? '' : ` (${params.wholeFailedRequests} whole requests)`;
  return {
    requests: r,
    failedRequests: failed,
    wholeFailedRequests: whole,
    lines: [
      line(
        'availability.budget.requests',
        `error budget: ${params.unavailability} x ${params.requests} requests = ${params.failedRequests} failed requests allowed${tail}`,
        failed,
        params,
        'info',
        'requests',
      ),
    ],
  };
}
