/**
 * Running and billed hours, and runs, of ONE instance in a month, with the lines that explain them:
 * - the 730-hour average month scales the weekly pattern (or the hours per week) by 730/168;
 * - a calendar month adds up the schedule's real runs in its time zone (schedule-calendar.ts).
 * Each run is billed by the per-run rule of runs.ts (60 s minimum, or whole hours).
 *
 * Hours are kept as exact numerators over a common denominator (`den`: 10,080 minutes a week
 * for the average month, 3,600 seconds an hour for a calendar month) so every amount of costs.ts
 * is ONE division of an exact product: numerator x price x count / den.
 */
import { d, num, ONE, ZERO, type Dec } from '../decimal.ts';
import type { LineItem } from '../explain.ts';
import { line } from './lines.ts';
import type { Parsed } from './parse.ts';
import { billRunSeconds, billRunUnits } from './runs.ts';
import type { CalendarMonth } from './schedule-calendar.ts';
import type { Ec2MonthInfo } from './types.ts';

export const AVERAGE_MONTH_HOURS = d(730);
const HOURS_PER_WEEK = d(168);
const SIXTY = d(60);
export const SECONDS_PER_HOUR = d(3600);
const MINUTES_PER_WEEK = d(10080);
const THOUSAND = d(1000);

/** One instance's month: hours as numerators over `den`, and the lines that explain them. */
export interface Usage {
  readonly month: Ec2MonthInfo;
  readonly den: Dec;
  readonly runningN: Dec;
  readonly billedN: Dec;
  readonly alwaysOnBilledN: Dec;
  readonly monthN: Dec;
  readonly runningHours: Dec;
  readonly billedHours: Dec;
  readonly runs: Dec;
  readonly alwaysOnBilledHours: Dec;
  readonly lines: LineItem[];
}

/** A week of running, from the schedule's weekly pattern or from hours per week. */
interface Week {
  readonly alwaysOn: boolean;
  readonly minutes: Dec;
  readonly billedSeconds: Dec;
  readonly runs: Dec;
}

function weekOf(x: Parsed, lines: LineItem[]): Week {
  const h = x.weeklyHours;
  if (h === null) {
    // parseInput gives a schedule whenever it gives no hours per week.
    const weekly = (x.schedule as NonNullable<Parsed['schedule']>).weekly;
    let billed = 0;
    for (const r of weekly.runs) billed += billRunUnits(r.minutes * 60, 1, x.billing);
    return { alwaysOn: weekly.alwaysOn, minutes: d(weekly.minutesPerWeek), billedSeconds: d(billed), runs: d(weekly.runs.length) };
  }
  if (h.hours.eq(HOURS_PER_WEEK)) return { alwaysOn: true, minutes: MINUTES_PER_WEEK, billedSeconds: ZERO, runs: ONE };
  if (h.hours.isZero()) {
    lines.push(line('ec2.hoursPerWeek.stopped', ZERO, {}, 'info', 'h'));
    return { alwaysOn: false, minutes: ZERO, billedSeconds: ZERO, runs: ZERO };
  }
  const runSeconds = h.hours.times(SECONDS_PER_HOUR).div(h.runs);
  lines.push(line('ec2.hoursPerWeek', h.hours, { hours: num(h.hours, 2), runs: num(h.runs), runHours: num(runSeconds.div(SECONDS_PER_HOUR), 4) }, 'info', 'h'));
  return { alwaysOn: false, minutes: h.hours.times(SIXTY), billedSeconds: billRunSeconds(runSeconds, x.billing).times(h.runs), runs: h.runs };
}

/** The 730-hour average month (as AWS Pricing Calculator): the week x 730/168. */
export function averageUsage(x: Parsed): Usage {
  const monthN = AVERAGE_MONTH_HOURS.times(MINUTES_PER_WEEK);
  const month: Ec2MonthInfo = { mode: 'average', label: '730-hour average month', hours: AVERAGE_MONTH_HOURS, clockChanges: 0 };
  const lines: LineItem[] = [line('ec2.month.average', AVERAGE_MONTH_HOURS, { hours: '730' }, 'info', 'h')];
  const holidays = x.schedule?.holidays.length ?? 0;
  if (holidays > 0) lines.push(line('ec2.holidays.ignored', d(holidays), { count: String(holidays) }, 'info', 'holidays'));
  const weekly = weekOf(x, lines);
  if (weekly.alwaysOn) {
    lines.push(line('ec2.running.alwaysOn', AVERAGE_MONTH_HOURS, { hours: '730' }, 'info', 'h'));
    return {
      month,
      den: MINUTES_PER_WEEK,
      runningN: monthN,
      billedN: monthN,
      alwaysOnBilledN: monthN,
      monthN,
      runningHours: AVERAGE_MONTH_HOURS,
      billedHours: AVERAGE_MONTH_HOURS,
      runs: ONE,
      alwaysOnBilledHours: AVERAGE_MONTH_HOURS,
      lines,
    };
  }
  // x 730/168 with hours in minutes: x 730 / 10,080.
  const weeklyBilledMinutes = weekly.billedSeconds.div(SIXTY);
  const runningN = weekly.minutes.times(AVERAGE_MONTH_HOURS);
  const billedN = weeklyBilledMinutes.times(AVERAGE_MONTH_HOURS);
  const runningHours = runningN.div(MINUTES_PER_WEEK);
  const billedHours = billedN.div(MINUTES_PER_WEEK);
  const runs = weekly.runs.times(AVERAGE_MONTH_HOURS).div(HOURS_PER_WEEK);
  const hours = num(runningHours, 2);
  lines.push(
    line('ec2.running.average', runningHours, { weeklyHours: num(weekly.minutes.div(SIXTY), 2), hours }, 'info', 'h'),
    line('ec2.runs.average', runs, { runsPerWeek: num(weekly.runs), runs: num(runs, 2) }, 'info', 'runs'),
  );
  if (x.billing === 'per-second') {
    lines.push(line('ec2.billed.perSecond', billedHours, { hours: num(billedHours, 2) }, 'info', 'h'));
  } else {
    const params = { weeklyBilledHours: num(weeklyBilledMinutes.div(SIXTY), 2), hours: num(billedHours, 2), extraHours: num(billedHours.minus(runningHours), 2) };
    lines.push(line('ec2.billed.perHour.average', billedHours, params, 'info', 'h'));
  }
  return {
    month,
    den: MINUTES_PER_WEEK,
    runningN,
    billedN,
    alwaysOnBilledN: monthN,
    monthN,
    runningHours,
    billedHours,
    runs,
    alwaysOnBilledHours: AVERAGE_MONTH_HOURS,
    lines,
  };
}

/** One calendar month of the schedule, its runs added up exactly. */
export function calendarUsage(x: Parsed, cm: CalendarMonth): Usage {
  const month: Ec2MonthInfo = {
    mode: 'calendar',
    label: `${cm.yearMonth} (${cm.timeZone})`,
    hours: cm.hours,
    yearMonth: cm.yearMonth,
    timeZone: cm.timeZone,
    clockChanges: cm.clockChanges,
  };
  const nominal = d(cm.days * 24);
  const diff = cm.hours.minus(nominal);
  const base = { yearMonth: cm.yearMonth, timeZone: cm.timeZone, days: String(cm.days), hours: num(cm.hours, 2) };
  const lines: LineItem[] = [];
  if (diff.isZero()) {
    lines.push(line('ec2.month.calendar', cm.hours, base, 'info', 'h'));
  } else {
    const direction = diff.isNegative() ? '@msg:ec2.month.shorter' : '@msg:ec2.month.longer';
    lines.push(line('ec2.month.calendar.dst', cm.hours, { ...base, nominalHours: num(nominal), difference: num(diff.abs(), 2), direction }, 'info', 'h'));
  }
  if (cm.holidaysInMonth > 0) {
    lines.push(line('ec2.holidays.calendar', d(cm.holidaysInMonth), { count: String(cm.holidaysInMonth), yearMonth: cm.yearMonth }, 'info', 'holidays'));
  }

  const monthSeconds = d(cm.end - cm.start).div(THOUSAND);
  const alwaysOnBilledN = billRunSeconds(monthSeconds, x.billing);
  const alwaysOnBilledHours = alwaysOnBilledN.div(SECONDS_PER_HOUR);
  // Whole milliseconds summed exactly as integers, then one decimal each (same values as adding
  // each run's seconds as a decimal).
  let runningMs = 0;
  let billedMs = 0;
  let shortRuns = 0;
  for (const r of cm.runs) {
    const ms = r.end - r.start;
    if (ms < 60_000) shortRuns++;
    runningMs += ms;
    billedMs += billRunUnits(ms, 1000, x.billing);
  }
  const running = d(runningMs).div(THOUSAND);
  const billed = d(billedMs).div(THOUSAND);
  const runningHours = running.div(SECONDS_PER_HOUR);
  const billedHours = billed.div(SECONDS_PER_HOUR);
  const runs = d(cm.runs.length);
  const alwaysOn = cm.runs.length === 1 && cm.runs[0]?.start === cm.start && cm.runs[0]?.end === cm.end;
  if (alwaysOn) {
    lines.push(line('ec2.running.alwaysOn.calendar', runningHours, { yearMonth: cm.yearMonth, hours: num(runningHours, 2) }, 'info', 'h'));
  } else {
    lines.push(line('ec2.running.calendar', runningHours, { runs: num(runs), yearMonth: cm.yearMonth, hours: num(runningHours, 2) }, 'info', 'h'));
  }
  if (x.billing === 'per-second') {
    lines.push(shortRuns > 0
      ? line('ec2.billed.perSecond.minimum', billedHours, { shortRuns: String(shortRuns), hours: num(billedHours, 4) }, 'info', 'h')
      : line('ec2.billed.perSecond', billedHours, { hours: num(billedHours, 2) }, 'info', 'h'));
  } else {
    const params = { runs: num(runs), hours: num(billedHours, 2), extraHours: num(billedHours.minus(runningHours), 2) };
    lines.push(line('ec2.billed.perHour.calendar', billedHours, params, 'info', 'h'));
  }
  return {
    month,
    den: SECONDS_PER_HOUR,
    runningN: running,
    billedN: billed,
    alwaysOnBilledN,
    monthN: monthSeconds,
    runningHours,
    billedHours,
    runs,
    alwaysOnBilledHours,
    lines,
  };
}
