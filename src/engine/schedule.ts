/**
 * Weekly instance schedules (the EC2 off-hours calculator's time model).
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
import { d, type Dec } from './decimal.ts';
import { EngineError, joinPath } from './errors.ts';
import { describe, isRecord, quote } from './json.ts';

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

/** A run in a calendar month: real instants in epoch milliseconds, `start < end`. */
export interface InstantRun {
  readonly start: number;
  readonly end: number;
}

/** One calendar month of a schedule in its time zone. */
export interface CalendarMonth {
  /** "YYYY-MM". */
  readonly yearMonth: string;
  readonly timeZone: string;
  /** Days in the month (28 to 31). */
  readonly days: number;
  /** Instant of local 00:00 on the 1st (epoch ms). */
  readonly start: number;
  /** Instant of local 00:00 on the 1st of the next month (epoch ms). */
  readonly end: number;
  /** Real length of the month in hours (e.g. 743 for America/New_York in March 2025). */
  readonly hours: Dec;
  /** Number of UTC-offset changes (DST) inside the month. */
  readonly clockChanges: number;
  /** The schedule's runs, merged and clipped to the month, in order. */
  readonly runs: readonly InstantRun[];
  /** Holidays that fall inside the month. */
  readonly holidaysInMonth: number;
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
/** Calendar years accepted for calendar months and holidays. */
export const MIN_YEAR = 1970;
export const MAX_YEAR = 2199;

const MINUTES_PER_DAY = 1440;
const MINUTES_PER_WEEK = 10080;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = d(3_600_000);

// ------------------------------------------------------------------------------------------
// Parsing

function expectList(value: unknown, path: string, what: string): readonly unknown[] {
  if (!Array.isArray(value)) throw new EngineError('invalid_type', path, { expected: what, got: describe(value) });
  return value;
}

const TIME_RE = /^(\d{1,2}):(\d{2})$/;

/**
 * Parse "HH:MM" into minutes after midnight. "24:00" (1440) only when `allow24` (an end).
 * Throws `invalid_time` (or `required` when missing).
 */
export function parseTime(value: unknown, path: string, allow24 = false): number {
  if (value === undefined || value === null || value === '') throw new EngineError('required', path);
  if (typeof value !== 'string') throw new EngineError('invalid_time', path, { value: quote(value) });
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

function parseDays(value: unknown, path: string): Weekday[] {
  const list = expectList(value, path, 'a list of days (mon..sun)');
  if (list.length === 0) throw new EngineError('required', path);
  const seen = new Set<Weekday>();
  list.forEach((v, i) => {
    const text = typeof v === 'string' ? v.trim().toLowerCase() : v;
    if (typeof text !== 'string' || !(WEEKDAYS as readonly string[]).includes(text)) {
      throw new EngineError('unknown_option', joinPath(path, i), { value: quote(v), allowed: WEEKDAYS.join(', ') });
    }
    seen.add(text as Weekday);
  });
  return WEEKDAYS.filter((w) => seen.has(w));
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parse a local date "YYYY-MM-DD" into a day number (days since 1970-01-01). */
function parseDate(value: unknown, path: string): { day: number; text: string } {
  if (value === undefined || value === null || value === '') throw new EngineError('required', path);
  const text = typeof value === 'string' ? value.trim() : '';
  const m = DATE_RE.exec(text);
  if (!m) throw new EngineError('invalid_date', path, { value: quote(value) });
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
  const text = typeof value === 'string' ? value.trim() : '';
  const m = YEAR_MONTH_RE.exec(text);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  if (!m || month < 1 || month > 12) throw new EngineError('invalid_date', path, { value: quote(value) });
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new EngineError('out_of_range', path, { value: text, min: String(MIN_YEAR), max: String(MAX_YEAR) });
  }
  return { year, month };
}

/** A `{ year, month }` given as an object (untrusted: any JSON value may arrive here). */
function checkYearMonth(ym: unknown, path: string): { year: number; month: number } {
  if (!isRecord(ym)) return parseYearMonth(ym, path);
  const year = ym.year;
  const month = ym.month;
  if (typeof year !== 'number' || typeof month !== 'number' || !Number.isSafeInteger(year) || !Number.isSafeInteger(month) || month < 1 || month > 12 || year < MIN_YEAR || year > MAX_YEAR) {
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

/**
 * Validate an IANA time zone with `Intl` (throws `unknown_time_zone`). Returns the name as
 * given (trimmed); `Intl` accepts any case and aliases such as "US/Pacific".
 */
export function validateTimeZone(value: unknown, path: string): string {
  if (value === undefined || value === null || value === '') throw new EngineError('required', path);
  if (typeof value !== 'string') throw new EngineError('unknown_time_zone', path, { value: quote(value) });
  const zone = value.trim();
  if (zone === '' || zone.length > 64) throw new EngineError('unknown_time_zone', path, { value: zone.slice(0, 40) });
  zoneFormatter(zone, path);
  return zone;
}

/**
 * Validate a period list only (no time zone, no holidays): days, times, zero length.
 * Returns normalised periods (days de-duplicated, in week order; times trimmed).
 */
export function parsePeriods(value: unknown, path = ''): Period[] {
  const list = expectList(value, path, 'a list of periods');
  if (list.length > MAX_PERIODS) {
    throw new EngineError('too_large', path, { value: `${list.length} periods`, max: String(MAX_PERIODS) });
  }
  return list.map((p, i) => {
    const pp = joinPath(path, i);
    if (!isRecord(p)) throw new EngineError('invalid_type', pp, { expected: 'a period { days, start, end }', got: describe(p) });
    const days = parseDays(p.days, joinPath(pp, 'days'));
    const start = parseTime(p.start, joinPath(pp, 'start'));
    const end = parseTime(p.end, joinPath(pp, 'end'), true);
    if (start === end) throw new EngineError('empty_period', pp, { start: hhmm(start), end: hhmm(end) });
    return Object.freeze({ days: Object.freeze(days), start: hhmm(start), end: hhmm(end) });
  });
}

/**
 * Parse and normalise a schedule. `timeZone` is validated when present (it is required only
 * by {@link calendarMonth}); holidays must be real dates in 1970-2199.
 */
/** The schedules {@link parseSchedule} made (anything else given as a Schedule is parsed again). */
const PARSED = new WeakSet<object>();

export function parseSchedule(input: unknown, path = ''): Schedule {
  if (!isRecord(input)) throw new EngineError('invalid_type', path, { expected: 'a schedule { periods, timeZone, holidays }', got: describe(input) });
  const periods = parsePeriods(input.periods, joinPath(path, 'periods'));
  const timeZone = input.timeZone === undefined || input.timeZone === null || input.timeZone === ''
    ? undefined
    : validateTimeZone(input.timeZone, joinPath(path, 'timeZone'));
  const holidays: string[] = [];
  if (input.holidays !== undefined && input.holidays !== null) {
    const hp = joinPath(path, 'holidays');
    const list = expectList(input.holidays, hp, 'a list of dates (YYYY-MM-DD)');
    if (list.length > MAX_HOLIDAYS) throw new EngineError('too_large', hp, { value: `${list.length} holidays`, max: String(MAX_HOLIDAYS) });
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
  PARSED.add(schedule);
  return schedule;
}

function hhmm(minutes: number): string {
  return `${String((minutes - (minutes % 60)) / 60).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

// ------------------------------------------------------------------------------------------
// The weekly pattern

/** Merge sorted [start, end] intervals that overlap or touch. */
function mergeSorted(intervals: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [s, e] of intervals) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) {
      if (e > last[1]) last[1] = e;
    } else {
      out.push([s, e]);
    }
  }
  return out;
}

function dailyIntervals(periods: readonly Period[]): readonly (readonly (readonly [number, number])[])[] {
  const perDay: [number, number][][] = WEEKDAYS.map(() => []);
  for (const p of periods) {
    const s = parseTime(p.start, '');
    const e0 = parseTime(p.end, '', true);
    const e = e0 > s ? e0 : e0 + MINUTES_PER_DAY;
    for (const day of p.days) perDay[WEEKDAYS.indexOf(day)]?.push([s, e]);
  }
  return Object.freeze(
    perDay.map((list) => Object.freeze(mergeSorted(list.sort((a, b) => a[0] - b[0] || a[1] - b[1])).map((x) => Object.freeze(x) as readonly [number, number]))),
  );
}

/** Week-long intervals (minute of week, split at the week's end), merged but not joined cyclically. */
function weekIntervals(daily: Schedule['daily']): [number, number][] {
  const raw: [number, number][] = [];
  daily.forEach((list, day) => {
    for (const [s, e] of list) {
      const a = day * MINUTES_PER_DAY + s;
      const b = day * MINUTES_PER_DAY + e;
      if (b <= MINUTES_PER_WEEK) raw.push([a, b]);
      else {
        raw.push([a, MINUTES_PER_WEEK]);
        raw.push([0, b - MINUTES_PER_WEEK]);
      }
    }
  });
  return mergeSorted(raw.sort((x, y) => x[0] - y[0] || x[1] - y[1]));
}

function weeklyPattern(daily: Schedule['daily']): WeeklyPattern {
  const merged = weekIntervals(daily);
  const first = merged[0];
  const last = merged[merged.length - 1];
  if (first && first[0] === 0 && first[1] === MINUTES_PER_WEEK) {
    return Object.freeze({ alwaysOn: true, runs: Object.freeze([]), minutesPerWeek: MINUTES_PER_WEEK });
  }
  const runs: WeeklyRun[] = merged.map(([s, e]) => ({ start: s, minutes: e - s }));
  // A run that ends at Sunday 24:00 and one that starts at Monday 00:00 are the same run.
  if (first && last && merged.length > 1 && first[0] === 0 && last[1] === MINUTES_PER_WEEK) {
    runs.shift();
    runs[runs.length - 1] = { start: last[0], minutes: last[1] - last[0] + first[1] };
  }
  const minutesPerWeek = runs.reduce((acc, r) => acc + r.minutes, 0);
  return Object.freeze({ alwaysOn: false, runs: Object.freeze(runs.map((r) => Object.freeze(r))), minutesPerWeek });
}

// ------------------------------------------------------------------------------------------
// The UI's 7 x 24 hour grid

/**
 * Convert the UI's clickable 7 x 24 grid (row 0 = Monday, column = hour 0..23, true = running)
 * into periods: one period per distinct (start, end) block of consecutive hours within a day,
 * listing every day that has that block. Blocks that touch across midnight stay separate
 * periods but still merge into one run when costed.
 */
export function gridToPeriods(grid: unknown, path = ''): Period[] {
  const rows = expectList(grid, path, 'a 7 x 24 grid of true/false');
  if (rows.length !== 7) throw new EngineError('invalid_type', path, { expected: '7 rows (Monday to Sunday)', got: `${rows.length} rows` });
  const blocks = new Map<string, { start: number; end: number; days: Weekday[] }>();
  rows.forEach((row, day) => {
    const rp = joinPath(path, day);
    const cells = expectList(row, rp, '24 true/false cells');
    if (cells.length !== 24) throw new EngineError('invalid_type', rp, { expected: '24 cells (hours 0 to 23)', got: `${cells.length} cells` });
    let runStart = -1;
    for (let h = 0; h <= 24; h++) {
      const cell = h < 24 ? cells[h] : false;
      if (typeof cell !== 'boolean') throw new EngineError('invalid_type', joinPath(rp, h), { expected: 'true or false', got: describe(cell) });
      if (cell && runStart < 0) runStart = h;
      if (!cell && runStart >= 0) {
        const key = `${runStart}-${h}`;
        const block = blocks.get(key) ?? { start: runStart, end: h, days: [] };
        block.days.push(WEEKDAYS[day] as Weekday);
        blocks.set(key, block);
        runStart = -1;
      }
    }
  });
  return [...blocks.values()]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((b) => ({ days: b.days, start: hhmm(b.start * 60), end: hhmm(b.end * 60) }));
}

/**
 * Convert periods into the UI's 7 x 24 grid (row 0 = Monday). A cell is true when the schedule
 * runs during any part of that hour; `exact` is false when some hour is only partly covered
 * (periods not on whole hours), so the grid cannot show the schedule exactly.
 */
export function periodsToGrid(periods: unknown, path = ''): { grid: boolean[][]; exact: boolean } {
  const merged = weekIntervals(dailyIntervals(parsePeriods(periods, path)));
  const grid = WEEKDAYS.map(() => new Array<boolean>(24).fill(false));
  let exact = true;
  for (const [s, e] of merged) {
    if (s % 60 !== 0 || e % 60 !== 0) exact = false;
    const firstHour = (s - (s % 60)) / 60;
    for (let hour = firstHour; hour * 60 < e; hour++) {
      const row = grid[(hour - (hour % 24)) / 24];
      if (row) row[hour % 24] = true;
    }
  }
  return { grid, exact };
}

// ------------------------------------------------------------------------------------------
// Time zones: local wall time -> instant, with Intl only

const formatterCache = new Map<string, Intl.DateTimeFormat>();
const FORMATTER_CACHE_MAX = 64;

function zoneFormatter(zone: string, path: string): Intl.DateTimeFormat {
  const cached = formatterCache.get(zone);
  if (cached) return cached;
  let dtf: Intl.DateTimeFormat;
  try {
    dtf = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    throw new EngineError('unknown_time_zone', path, { value: zone.slice(0, 40) });
  }
  if (formatterCache.size >= FORMATTER_CACHE_MAX) formatterCache.clear();
  formatterCache.set(zone, dtf);
  return dtf;
}

const FORMAT_RE = /^(\d+)\/(\d+)\/(\d+),? (\d+):(\d+):(\d+)$/;

/** UTC offset (local - UTC) in ms at instant `ms`, to the second. */
function offsetAt(dtf: Intl.DateTimeFormat, ms: number): number {
  const t = ms - (((ms % 1000) + 1000) % 1000);
  const m = FORMAT_RE.exec(dtf.format(t));
  let fields: number[];
  if (m) {
    fields = [Number(m[3]), Number(m[1]), Number(m[2]), Number(m[4]), Number(m[5]), Number(m[6])];
  } else {
    // Some ICU builds format differently: fall back to the (slower) parts.
    const parts = dtf.formatToParts(t);
    const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
    fields = [get('year'), get('month'), get('day'), get('hour'), get('minute'), get('second')];
  }
  const [y = 1970, mo = 1, da = 1, h = 0, mi = 0, s = 0] = fields;
  return Date.UTC(y, mo - 1, da, h % 24, mi, s) - t;
}

interface Segment {
  /** First instant (ms) with this offset; -Infinity for the first segment. */
  readonly start: number;
  readonly offset: number;
}

/**
 * Zone offsets already worked out, by zone and range (module-level, bounded): time-zone data, as
 * immutable and deterministic as the formatters above, so a month of a zone asks `Intl` once.
 */
const segmentCache = new Map<string, readonly Segment[]>();
const SEGMENT_CACHE_MAX = 512;

/** {@link zoneSegments} of a zone, remembered (the list is frozen). */
function zoneSegmentsOf(zone: string, dtf: Intl.DateTimeFormat, from: number, to: number): readonly Segment[] {
  const key = `${zone}|${from}|${to}`;
  const cached = segmentCache.get(key);
  if (cached) return cached;
  const segs = Object.freeze(zoneSegments(dtf, from, to).map((s) => Object.freeze(s)));
  if (segmentCache.size >= SEGMENT_CACHE_MAX) segmentCache.clear();
  segmentCache.set(key, segs);
  return segs;
}

/** Offsets of `zone` over the instants [from, to], sampled daily, changes located to the second. */
function zoneSegments(dtf: Intl.DateTimeFormat, from: number, to: number): Segment[] {
  let prevT = from;
  let prevO = offsetAt(dtf, from);
  const segs: Segment[] = [{ start: -Infinity, offset: prevO }];
  for (let t = from + MS_PER_DAY; ; t += MS_PER_DAY) {
    const tt = t < to ? t : to;
    let o = offsetAt(dtf, tt);
    while (o !== prevO) {
      // Bisection: lo has prevO, hi does not; find the first second that does not.
      let lo = prevT;
      let hi = tt;
      while (hi - lo > 1000) {
        const mid = lo + (((hi - lo) / 1000) >> 1) * 1000;
        if (offsetAt(dtf, mid) === prevO) lo = mid;
        else hi = mid;
      }
      const oh = offsetAt(dtf, hi);
      segs.push({ start: hi, offset: oh });
      prevT = hi;
      prevO = oh;
      o = offsetAt(dtf, tt);
    }
    prevT = tt;
    if (tt >= to) break;
  }
  return segs;
}

/**
 * Instant for a local wall time `local` (ms as if the wall clock were UTC). Repeated times
 * (fall back) give the earlier instant; skipped times (spring forward) give the instant of
 * the jump.
 */
function resolveLocal(segs: readonly Segment[], local: number): number {
  let best = Infinity;
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as Segment;
    const next = segs[i + 1];
    const t = local - seg.offset;
    if (t >= seg.start && (next === undefined || t < next.start) && t < best) best = t;
  }
  if (best !== Infinity) return best;
  for (let i = 0; i + 1 < segs.length; i++) {
    const a = segs[i] as Segment;
    const b = segs[i + 1] as Segment;
    if (local >= b.start + a.offset && local < b.start + b.offset) return b.start;
  }
  /* c8 ignore next: unreachable with a consistent segment list */
  return local - (segs[0]?.offset ?? 0);
}

/**
 * The instant (epoch ms) of a local date and time in a time zone, with the DST rules of this
 * module (skipped time -> the jump; repeated time -> the earlier instant).
 */
export function localInstant(timeZone: string, date: string, time: string, path = ''): number {
  const zone = validateTimeZone(timeZone, joinPath(path, 'timeZone'));
  const { day } = parseDate(date, joinPath(path, 'date'));
  const minutes = parseTime(time, joinPath(path, 'time'), true);
  const local = day * MS_PER_DAY + minutes * MS_PER_MINUTE;
  const dtf = zoneFormatter(zone, path);
  return resolveLocal(zoneSegmentsOf(zone, dtf, local - 2 * MS_PER_DAY, local + 2 * MS_PER_DAY), local);
}

// ------------------------------------------------------------------------------------------
// Calendar months

function dayNumber(y: number, m: number, dd: number): number {
  return Date.UTC(y, m - 1, dd) / MS_PER_DAY;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Weekday index (0 = Monday) of a day number; 1970-01-01 was a Thursday. */
function weekdayOf(day: number): number {
  return (((day % 7) + 7 + 3) % 7);
}

/**
 * The schedule's runs in one calendar month of its time zone, computed exactly with `Intl`:
 * each local start and end becomes a real instant, runs that touch merge, and runs are clipped
 * to the month (see the module notes for DST, holidays and month boundaries).
 * Throws `required` when the schedule has no time zone.
 */
export function calendarMonth(scheduleIn: Schedule, yearMonth: string | { year: number; month: number }, path = ''): CalendarMonth {
  const ym = typeof yearMonth === 'string' ? parseYearMonth(yearMonth, path) : checkYearMonth(yearMonth, path);
  // A schedule not made by parseSchedule (e.g. JSON) is parsed first.
  const schedule = PARSED.has(scheduleIn) ? scheduleIn : parseSchedule(scheduleIn, path);
  if (schedule.timeZone === undefined) throw new EngineError('required', joinPath(path, 'timeZone'));
  const dtf = zoneFormatter(schedule.timeZone, joinPath(path, 'timeZone'));
  const firstDay = dayNumber(ym.year, ym.month, 1);
  const next = addMonths(ym, 1);
  const endDay = dayNumber(next.year, next.month, 1);
  const segs = zoneSegmentsOf(schedule.timeZone, dtf, (firstDay - 2) * MS_PER_DAY, (endDay + 2) * MS_PER_DAY);
  const monthStart = resolveLocal(segs, firstDay * MS_PER_DAY);
  const monthEnd = resolveLocal(segs, endDay * MS_PER_DAY);

  const holidays = new Set<number>();
  let holidaysInMonth = 0;
  for (const h of schedule.holidays) {
    const dayNo = parseDate(h, 'holidays').day;
    holidays.add(dayNo);
    if (dayNo >= firstDay && dayNo < endDay) holidaysInMonth++;
  }

  // Occurrences starting the day before the month can reach into it; later ones cannot start
  // after the month's last day. Starts come out in order, so one pass merges them.
  const merged: [number, number][] = [];
  for (let day = firstDay - 1; day < endDay; day++) {
    if (holidays.has(day)) continue;
    const list = schedule.daily[weekdayOf(day)] ?? [];
    const base = day * MS_PER_DAY;
    for (const [s, e] of list) {
      const a = resolveLocal(segs, base + s * MS_PER_MINUTE);
      const b = resolveLocal(segs, base + e * MS_PER_MINUTE);
      const last = merged[merged.length - 1];
      if (last && a <= last[1]) {
        if (b > last[1]) last[1] = b;
      } else {
        merged.push([a, b]);
      }
    }
  }
  const runs: InstantRun[] = [];
  for (const [a, b] of merged) {
    const s = a > monthStart ? a : monthStart;
    const e = b < monthEnd ? b : monthEnd;
    if (e > s) runs.push(Object.freeze({ start: s, end: e }));
  }
  let clockChanges = 0;
  for (const seg of segs) if (seg.start > monthStart && seg.start < monthEnd) clockChanges++;
  return Object.freeze({
    yearMonth: formatYearMonth(ym),
    timeZone: schedule.timeZone,
    days: endDay - firstDay,
    start: monthStart,
    end: monthEnd,
    hours: d(monthEnd - monthStart).div(MS_PER_HOUR),
    clockChanges,
    runs: Object.freeze(runs),
    holidaysInMonth,
  });
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
