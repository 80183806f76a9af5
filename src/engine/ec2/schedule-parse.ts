/**
 * Weekly instance schedules (the EC2 off-hours calculator's time model): parsing and the weekly
 * pattern. Calendar months are in schedule-calendar.ts, the UI's hour grid in schedule-grid.ts.
 *
 * A schedule is a list of running periods in local wall-clock time, like AWS Instance
 * Scheduler's: `{ days: ['mon', 'tue'], start: '09:00', end: '17:00' }`. A period whose end is
 * at or before its start crosses midnight and ends the next day; `end: '24:00'` is allowed.
 * Periods that touch or overlap (one ends when the next starts, across midnight and across
 * Sunday -> Monday too) merge into ONE run: the instance is not stopped and started again, and
 * the number of runs matters for billing (per-run minimums and rounding).
 *
 * Two month models are offered:
 * - the weekly pattern ({@link WeeklyPattern}), which the 730-hour average month scales by
 *   730/168;
 * - an exact calendar month in an IANA time zone ({@link calendarMonth}): every local run
 *   start and end is turned into a real instant with `Intl` (no time-zone table of our own).
 *
 * Decisions (the domain reference is silent on these):
 * - DST gap: a local time that does not exist (spring forward) resolves to the instant the
 *   clocks jump, so a run inside the gap lasts 0 s and is not run at all (02:00-03:00 on a US
 *   spring-forward day), and a run across it is an hour shorter (01:00-04:00 runs 2 h).
 * - DST overlap: a local time that happens twice (fall back) resolves to its EARLIER instant,
 *   so 01:00-02:00 on a US fall-back day runs 2 h and 00:00-24:00 runs 25 h.
 * - Holidays: on a holiday (a local YYYY-MM-DD date) no period STARTS. A period that started
 *   the day before keeps running to its own scheduled end (an overnight 22:00-06:00 shift that
 *   began on the eve still runs until 06:00 on the holiday), like a scheduler that only acts at
 *   period boundaries. Holidays only affect calendar months; the average month ignores them.
 * - Month boundaries: runs are clipped to the month (local 00:00 on the 1st to local 00:00 on
 *   the 1st of the next month). A run that crosses the boundary counts as a run in BOTH months,
 *   and each part gets the per-run minimum or rounding on its own. This keeps an always-on month
 *   equal to the month's real length and months additive in hours; with per-hour billing it may
 *   bill up to one extra hour per boundary-crossing run.
 * - Zone offsets are sampled once per day of the range and each change is located to the
 *   second by bisection; two clock changes within the same 24 hours that cancel out would be
 *   missed (no current zone does this).
 *
 * Minutes, epoch milliseconds and calendar fields are integers here (JS numbers are exact for
 * them); the costing module turns durations into decimals.
 */
import { EngineError, joinPath } from '../errors.ts';
import { isRecord, describeRef, quoteRef } from '../json.ts';
import { hhmm, MINUTES_PER_DAY, MINUTES_PER_WEEK, parseDate, parseTime } from './schedule-dates.ts';
import { validateTimeZone } from './time-zone.ts';

/** Day of the week, lower-case three-letter English abbreviation. */
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** The days of the week in schedule order (index 0 = Monday, as in the UI grid). */
export const WEEKDAYS: readonly Weekday[] = Object.freeze(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const);

/** A running period in local time. `end <= start` crosses midnight; `end` may be "24:00". */
export interface Period {
  readonly days: readonly Weekday[];
  /** "HH:MM", 00:00 to 23:59. */
  readonly start: string;
  /** "HH:MM", 00:00 to 24:00. */
  readonly end: string;
}

/** A schedule as JSON: periods, an IANA time zone and optional holiday dates. */
export interface ScheduleInput {
  readonly periods: readonly Period[];
  /** IANA name such as "Europe/Madrid"; required for calendar months. */
  readonly timeZone?: string;
  /** Local dates "YYYY-MM-DD" on which no period starts. */
  readonly holidays?: readonly string[];
}

/** A run of the weekly pattern: starts `start` minutes after Monday 00:00, lasts `minutes`. */
export interface WeeklyRun {
  readonly start: number;
  readonly minutes: number;
}

/** The schedule folded onto one week (no holidays, no DST): what the average month scales. */
export interface WeeklyPattern {
  /** True when the periods cover the whole week: the instance never stops. */
  readonly alwaysOn: boolean;
  /** Merged runs (a run crossing Sunday -> Monday is one run). Empty when always on. */
  readonly runs: readonly WeeklyRun[];
  /** Running minutes per week (10,080 when always on). */
  readonly minutesPerWeek: number;
}

/** A validated, normalised schedule. */
export interface Schedule {
  readonly periods: readonly Period[];
  readonly timeZone: string | undefined;
  /** Sorted, de-duplicated holiday dates. */
  readonly holidays: readonly string[];
  /** Per weekday (0 = Monday): merged intervals that START that day, in minutes from its midnight. */
  readonly daily: readonly (readonly (readonly [number, number])[])[];
  readonly weekly: WeeklyPattern;
}

/** Presets offered by the UI. */
export const SCHEDULE_PRESETS: Readonly<Record<'officeHours' | 'weekdays' | 'alwaysOn', readonly Period[]>> = deepFreeze({
  /** Mon-Fri 09:00-17:00: 40 h and 5 runs a week. */
  officeHours: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }],
  /** Mon-Fri 08:00-20:00: 60 h and 5 runs a week. */
  weekdays: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '20:00' }],
  /** Every day 00:00-24:00: merges into one never-ending run. */
  alwaysOn: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '00:00', end: '24:00' }],
});

/** Most periods a schedule may have. */
export const MAX_PERIODS = 500;
/** Most holidays a schedule may list. */
export const MAX_HOLIDAYS = 2000;

/** A list at `path`, else `invalid_type` saying what was expected. */
export function expectList(value: unknown, path: string, what: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new EngineError('invalid_type', path, { expected: what, got: describeRef(value) });
  return value;
}

function parseDays(value: unknown, path: string): Weekday[] {
  const list = expectList(value, path, '@msg:error.expected.listOfDaysMonSun');
  if (list.length === 0) throw new EngineError('required', path);
  const seen = new Set<Weekday>();
  list.forEach((v, i) => {
    const text = typeof v === 'string' ? v.trim().toLowerCase() : v;
    if (!(WEEKDAYS as readonly unknown[]).includes(text)) {
      throw new EngineError('unknown_option', joinPath(path, i), { value: quoteRef(v), allowed: WEEKDAYS.join(', ') });
    }
    seen.add(text as Weekday);
  });
  return WEEKDAYS.filter((w) => seen.has(w));
}

/**
 * Validate a period list only (no time zone, no holidays): days, times, zero length.
 * Returns normalised periods (days de-duplicated, in week order; times trimmed).
 */
export function parsePeriods(value: unknown, path = ''): Period[] {
  const list = expectList(value, path, '@msg:error.expected.listOfPeriods');
  if (list.length > MAX_PERIODS) {
    throw new EngineError('too_large', path, { value: '@msg:error.count.periods', count: String(list.length), max: String(MAX_PERIODS) });
  }
  return list.map((p, i) => {
    const pp = joinPath(path, i);
    if (!isRecord(p)) throw new EngineError('invalid_type', pp, { expected: '@msg:error.expected.periodDaysStartEnd', got: describeRef(p) });
    const days = parseDays(p.days, joinPath(pp, 'days'));
    const start = parseTime(p.start, joinPath(pp, 'start'));
    const end = parseTime(p.end, joinPath(pp, 'end'), true);
    if (start === end) throw new EngineError('empty_period', pp, { start: hhmm(start), end: hhmm(end) });
    return Object.freeze({ days: Object.freeze(days), start: hhmm(start), end: hhmm(end) });
  });
}

/**
 * Parse and normalise a schedule. `timeZone` is validated when present (it is required only
 * by calendarMonth); holidays must be real dates in 1970-2199.
 */
export function parseSchedule(input: unknown, path = ''): Schedule {
  if (!isRecord(input)) throw new EngineError('invalid_type', path, { expected: '@msg:error.expected.schedulePeriodsTimeZoneHolidays', got: describeRef(input) });
  const periods = parsePeriods(input.periods, joinPath(path, 'periods'));
  const timeZone = input.timeZone === undefined || input.timeZone === null || input.timeZone === ''
    ? undefined
    : validateTimeZone(input.timeZone, joinPath(path, 'timeZone'));
  const holidays: string[] = [];
  if (input.holidays !== undefined && input.holidays !== null) {
    const hp = joinPath(path, 'holidays');
    const list = expectList(input.holidays, hp, '@msg:error.expected.listOfDates');
    if (list.length > MAX_HOLIDAYS) throw new EngineError('too_large', hp, { value: '@msg:error.count.holidays', count: String(list.length), max: String(MAX_HOLIDAYS) });
    const seen = new Set<string>();
    list.forEach((h, i) => seen.add(parseDate(h, joinPath(hp, i)).text));
    holidays.push(...[...seen].sort());
  }
  const daily = dailyIntervals(periods);
  const schedule: Schedule = Object.freeze({
    periods: Object.freeze(periods),
    timeZone,
    holidays: Object.freeze(holidays),
    daily,
    weekly: weeklyPattern(daily),
  });
  return schedule;
}

// ------------------------------------------------------------------------------------------
// The weekly pattern

/** Merge sorted [start, end] intervals that overlap or touch. */
function mergeSorted(intervals: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [s, e] of intervals) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) {
      last[1] = Math.max(last[1], e);
    } else {
      out.push([s, e]);
    }
  }
  return out;
}

export function dailyIntervals(periods: readonly Period[]): readonly (readonly (readonly [number, number])[])[] {
  const perDay: [number, number][][] = WEEKDAYS.map(() => []);
  // The periods come from parsePeriods: valid times, start !== end, valid days.
  for (const p of periods) {
    // Stryker disable next-line StringLiteral: parseTime cannot throw on a period parsePeriods returned, the path is never used
    const s = parseTime(p.start, '');
    // Stryker disable next-line StringLiteral: parseTime cannot throw on a period parsePeriods returned, the path is never used
    const e0 = parseTime(p.end, '', true);
    // (e0 === s would be an empty period, which parsePeriods rejects.)
    const e = e0 > s ? e0 : e0 + MINUTES_PER_DAY;
    for (const day of p.days) (perDay[WEEKDAYS.indexOf(day)] as [number, number][]).push([s, e]);
  }
  return Object.freeze(
    perDay.map((list) => Object.freeze(mergeSorted(list.sort((a, b) => a[0] - b[0])).map((x) => Object.freeze(x) as readonly [number, number]))),
  );
}

/** Week-long intervals (minute of week, split at the week's end), merged but not joined cyclically. */
export function weekIntervals(daily: Schedule['daily']): [number, number][] {
  const raw: [number, number][] = [];
  daily.forEach((list, day) => {
    for (const [s, e] of list) {
      const a = day * MINUTES_PER_DAY + s;
      const b = day * MINUTES_PER_DAY + e;
      // (b === week: [0, 0] pushed as well would merge into a run starting Monday 00:00 or, alone,
      // be shifted away with 0 minutes by weeklyPattern, and paint no grid hour.)
      if (b <= MINUTES_PER_WEEK) raw.push([a, b]);
      else {
        raw.push([a, MINUTES_PER_WEEK]);
        raw.push([0, b - MINUTES_PER_WEEK]);
      }
    }
  });
  return mergeSorted(raw.sort((x, y) => x[0] - y[0]));
}

function weeklyPattern(daily: Schedule['daily']): WeeklyPattern {
  const merged = weekIntervals(daily);
  const first = merged[0];
  // Defined whenever `first` is (both are read only after `first` is checked).
  const last = merged[merged.length - 1] as [number, number];
  if (first && first[0] === 0 && first[1] === MINUTES_PER_WEEK) {
    return Object.freeze({ alwaysOn: true, runs: Object.freeze([]), minutesPerWeek: MINUTES_PER_WEEK });
  }
  const runs: WeeklyRun[] = merged.map(([s, e]) => ({ start: s, minutes: e - s }));
  // A run that ends at Sunday 24:00 and one that starts at Monday 00:00 are the same run.
  // (A single run from Monday 00:00 to Sunday 24:00 was always on, returned above.)
  if (first && first[0] === 0 && last[1] === MINUTES_PER_WEEK) {
    runs.shift();
    runs[runs.length - 1] = { start: last[0], minutes: last[1] - last[0] + first[1] };
  }
  const minutesPerWeek = runs.reduce((acc, r) => acc + r.minutes, 0);
  return Object.freeze({ alwaysOn: false, runs: Object.freeze(runs.map((r) => Object.freeze(r))), minutesPerWeek });
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
