/**
 * One calendar month of a schedule in its IANA time zone, computed exactly with `Intl`: every local
 * run start and end becomes a real instant (see schedule-parse.ts for the DST, holiday and
 * month-boundary decisions).
 */
import { d, type Dec } from '../decimal.ts';
import { EngineError, joinPath } from '../errors.ts';
import { addMonths, checkYearMonth, dayNumber, formatYearMonth, MS_PER_DAY, MS_PER_MINUTE, parseDate, parseTime, weekdayOf } from './schedule-dates.ts';
import { parseSchedule, type Schedule } from './schedule-parse.ts';
import { resolveLocal, validateTimeZone, zoneFormatter, zoneSegments } from './time-zone.ts';

const MS_PER_HOUR = d(3_600_000);

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
  return resolveLocal(zoneSegments(dtf, local - 2 * MS_PER_DAY, local + 2 * MS_PER_DAY), local);
}

/**
 * The schedule's runs in one calendar month of its time zone, computed exactly with `Intl`:
 * each local start and end becomes a real instant, runs that touch merge, and runs are clipped
 * to the month (see the module notes for DST, holidays and month boundaries).
 * Throws `required` when the schedule has no time zone.
 */
export function calendarMonth(scheduleIn: Schedule, yearMonth: string | { year: number; month: number }, path = ''): CalendarMonth {
  // checkYearMonth reads a "YYYY-MM" string with parseYearMonth.
  const ym = checkYearMonth(yearMonth, path);
  // Checked again: a Schedule may come from JSON, not from parseSchedule.
  const schedule = parseSchedule(scheduleIn, path);
  if (schedule.timeZone === undefined) throw new EngineError('required', joinPath(path, 'timeZone'));
  // parseSchedule has validated the zone with zoneFormatter, so this cannot throw.
  // Stryker disable next-line StringLiteral: the path is never used (the zone was validated just above)
  const dtf = zoneFormatter(schedule.timeZone, joinPath(path, 'timeZone'));
  const firstDay = dayNumber(ym.year, ym.month, 1);
  const next = addMonths(ym, 1);
  const endDay = dayNumber(next.year, next.month, 1);
  const segs = zoneSegments(dtf, (firstDay - 2) * MS_PER_DAY, (endDay + 2) * MS_PER_DAY);
  const monthStart = resolveLocal(segs, firstDay * MS_PER_DAY);
  const monthEnd = resolveLocal(segs, endDay * MS_PER_DAY);

  const holidays = new Set<number>();
  let holidaysInMonth = 0;
  for (const h of schedule.holidays) {
    // Stryker disable next-line StringLiteral: parseSchedule has checked every holiday, parseDate cannot throw here
    const dayNo = parseDate(h, 'holidays').day;
    holidays.add(dayNo);
    if (dayNo >= firstDay && dayNo < endDay) holidaysInMonth++;
  }

  // Occurrences starting the day before the month can reach into it; later ones cannot start
  // after the month's last day. Starts come out in order, so one pass merges them.
  const merged: [number, number][] = [];
  // (Also looping over the next month's 1st would change nothing: its runs start at or after
  // monthEnd, since resolveLocal never decreases, and are clipped to nothing.)
  for (let day = firstDay - 1; day < endDay; day++) {
    if (holidays.has(day)) continue;
    const list = schedule.daily[weekdayOf(day)] as Schedule['daily'][number]; // 7 days, weekdayOf is 0..6
    const base = day * MS_PER_DAY;
    for (const [s, e] of list) {
      const a = resolveLocal(segs, base + s * MS_PER_MINUTE);
      const b = resolveLocal(segs, base + e * MS_PER_MINUTE);
      const last = merged[merged.length - 1];
      if (last && a <= last[1]) {
        last[1] = Math.max(last[1], b);
      } else {
        merged.push([a, b]);
      }
    }
  }
  const runs: InstantRun[] = [];
  for (const [a, b] of merged) {
    const s = Math.max(a, monthStart);
    const e = Math.min(b, monthEnd);
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
