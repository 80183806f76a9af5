/**
 * The lines that explain an instance's month (ec2/hours.ts): which month, how many hours run and
 * are billed, each with its kind ('info': they add nothing to the bill), unit and amount, and the
 * sentence a user reads. Checked against hand arithmetic (730/168 scaling, calendar days x 24 h).
 */
import { describe, expect, it } from 'vitest';
import { priceEc2OffHours, SCHEDULE_PRESETS, type Ec2OffHoursInput, type Ec2OffHoursResult } from '../../src/engine/index.ts';

const P = { instanceHourly: '0.0416', ebsGbMonth: { gp3: '0.08' }, publicIpv4Hourly: '0.005' };
const EVERY_DAY = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** The month's lines (everything before the compute line): [key, kind, unit, amount to 8 places, text]. */
function monthLines(r: Ec2OffHoursResult): [string, string, string, string, string][] {
  const out: [string, string, string, string, string][] = [];
  for (const l of r.lines) {
    if (l.key.startsWith('ec2.compute') || l.key.startsWith('ec2.alwaysOn') || l.key.startsWith('ec2.savings')) break;
    out.push([l.key, l.kind, l.unit, l.amount.toDecimalPlaces(8).toString(), l.text]);
  }
  return out;
}

function price(input: unknown): Ec2OffHoursResult {
  return priceEc2OffHours(input as Ec2OffHoursInput, P);
}

const AVERAGE = ['ec2.month.average', 'info', 'h', '730', 'Average month (as AWS Pricing Calculator): 8,760 h / 12 = 730 h'];

describe('EC2 hours: the 730-hour average month', () => {
  it('0 h a week: stopped all month, nothing runs or is billed, but the month is still 730 h', () => {
    const r = price({ hoursPerWeek: '0', schedule: { periods: [] } });
    expect(r.month).toEqual({ mode: 'average', label: '730-hour average month', hours: r.month.hours, clockChanges: 0 });
    expect(r.month.hours.toString()).toBe('730');
    expect([r.runningHours, r.billedHours, r.runs].map(String)).toEqual(['0', '0', '0']);
    expect(r.scheduleAlwaysOn).toBe(false);
    expect(monthLines(r)).toEqual([
      AVERAGE,
      ['ec2.hoursPerWeek.stopped', 'info', 'h', '0', 'Stopped all month (0 h a week): no compute; EBS volumes and Elastic IPs still bill'],
      ['ec2.running.average', 'info', 'h', '0', '0 h/week x 730/168 = 0 h/month'],
      ['ec2.runs.average', 'info', 'runs', '0', '0 runs/week x 730/168 = 0 runs/month'],
      ['ec2.billed.perSecond', 'info', 'h', '0', 'Per-second billing with a 60 s minimum per run: 0 h billed'],
    ]);
  });

  it('168 h a week is one continuous run of 730 h (no "given" line, no per-run rounding)', () => {
    for (const billing of ['per-second', 'per-hour']) {
      const r = price({ billing, hoursPerWeek: '168', runsPerWeek: 7, schedule: { periods: [] } });
      expect(r.scheduleAlwaysOn).toBe(true);
      expect([r.runningHours, r.billedHours, r.runs, r.alwaysOnBilledHours].map(String)).toEqual(['730', '730', '1', '730']);
      expect(monthLines(r)).toEqual([
        AVERAGE,
        ['ec2.running.alwaysOn', 'info', 'h', '730', 'The schedule covers the whole week, so the instance never stops: 730 h/month, one continuous run'],
      ]);
    }
  });

  it('50 h a week in 4 runs of 12.5 h: 50 x 730/168 = 217.26 h and 4 x 730/168 = 17.38 runs a month', () => {
    const r = price({ hoursPerWeek: '50', runsPerWeek: 4, schedule: { periods: [] } });
    expect(r.runningHours.times(168).toDecimalPlaces(40).toString()).toBe('36500');
    expect(r.runs.times(168).toDecimalPlaces(40).toString()).toBe('2920');
    expect(monthLines(r)).toEqual([
      AVERAGE,
      ['ec2.hoursPerWeek', 'info', 'h', '50', 'Given: 50 h a week in 4 runs of 12.5 h'],
      ['ec2.running.average', 'info', 'h', '217.26190476', '50 h/week x 730/168 = 217.26 h/month'],
      ['ec2.runs.average', 'info', 'runs', '17.38095238', '4 runs/week x 730/168 = 17.38 runs/month'],
      ['ec2.billed.perSecond', 'info', 'h', '217.26190476', 'Per-second billing with a 60 s minimum per run: 217.26 h billed'],
    ]);
  });

  it('per hour, 37.5 h in 5 runs bills 5 x 8 = 40 h a week: 173.81 h a month, rounding adds 10.86 h', () => {
    const r = price({ billing: 'per-hour', hoursPerWeek: '37.5', runsPerWeek: 5, schedule: { periods: [] } });
    expect(r.billedHours.times(168).toDecimalPlaces(40).toString()).toBe('29200');
    expect(monthLines(r)).toEqual([
      AVERAGE,
      ['ec2.hoursPerWeek', 'info', 'h', '37.5', 'Given: 37.5 h a week in 5 runs of 7.5 h'],
      ['ec2.running.average', 'info', 'h', '162.94642857', '37.5 h/week x 730/168 = 162.95 h/month'],
      ['ec2.runs.average', 'info', 'runs', '21.72619048', '5 runs/week x 730/168 = 21.73 runs/month'],
      ['ec2.billed.perHour.average', 'info', 'h', '173.80952381', 'Per-hour billing, each run rounded up to whole hours: 40 h/week x 730/168 = 173.81 h/month billed (rounding adds 10.86 h)'],
    ]);
  });

  it('holidays are counted and said to be ignored in the average month (they change nothing)', () => {
    const r = price({ schedule: { periods: SCHEDULE_PRESETS.officeHours, holidays: ['2025-12-25', '2026-01-01'] } });
    const plain = price({ schedule: { periods: SCHEDULE_PRESETS.officeHours } });
    expect(r.runningHours.eq(plain.runningHours)).toBe(true);
    expect(monthLines(r).slice(0, 2)).toEqual([
      AVERAGE,
      ['ec2.holidays.ignored', 'info', 'holidays', '2', '2 holidays are ignored in the 730-hour average month; choose a calendar month to apply them'],
    ]);
    expect(monthLines(plain).map((l) => l[0])).toEqual(['ec2.month.average', 'ec2.running.average', 'ec2.runs.average', 'ec2.billed.perSecond']);
  });

  it('a schedule: 30 min each Monday, per hour, bills 1 h a week (4.35 h a month for 2.17 h running)', () => {
    const r = price({ billing: 'per-hour', schedule: { periods: [{ days: ['mon'], start: '09:00', end: '09:30' }] } });
    expect(monthLines(r)).toEqual([
      AVERAGE,
      ['ec2.running.average', 'info', 'h', '2.17261905', '0.5 h/week x 730/168 = 2.17 h/month'],
      ['ec2.runs.average', 'info', 'runs', '4.3452381', '1 run/week x 730/168 = 4.35 runs/month'],
      ['ec2.billed.perHour.average', 'info', 'h', '4.3452381', 'Per-hour billing, each run rounded up to whole hours: 1 h/week x 730/168 = 4.35 h/month billed (rounding adds 2.17 h)'],
    ]);
  });

  it('the always-on preset: one continuous run of 730 h', () => {
    const r = price({ billing: 'per-hour', schedule: { periods: SCHEDULE_PRESETS.alwaysOn } });
    expect(r.scheduleAlwaysOn).toBe(true);
    expect([r.runningHours, r.billedHours, r.runs].map(String)).toEqual(['730', '730', '1']);
    expect(monthLines(r).map((l) => l[0])).toEqual(['ec2.month.average', 'ec2.running.alwaysOn']);
  });
});

describe('EC2 hours: a calendar month', () => {
  it('June 2025 in UTC, office hours, one holiday in the month: 20 runs = 160 h of 720 h', () => {
    const r = price({ monthMode: 'calendar', yearMonth: '2025-06', schedule: { periods: SCHEDULE_PRESETS.officeHours, timeZone: 'UTC', holidays: ['2025-06-02', '2025-07-04'] } });
    expect(r.month).toEqual({ mode: 'calendar', label: '2025-06 (UTC)', hours: r.month.hours, yearMonth: '2025-06', timeZone: 'UTC', clockChanges: 0 });
    expect([r.month.hours, r.runningHours, r.billedHours, r.runs, r.alwaysOnBilledHours].map(String)).toEqual(['720', '160', '160', '20', '720']);
    expect(monthLines(r)).toEqual([
      ['ec2.month.calendar', 'info', 'h', '720', '2025-06 in UTC: 30 days = 720 h'],
      ['ec2.holidays.calendar', 'info', 'holidays', '1', '1 holiday in 2025-06: no period starts on a holiday (a run begun the day before runs to its end)'],
      ['ec2.running.calendar', 'info', 'h', '160', '20 runs in 2025-06 = 160 h running'],
      ['ec2.billed.perSecond', 'info', 'h', '160', 'Per-second billing with a 60 s minimum per run: 160 h billed'],
    ]);
  });

  it('always on in February 2025 (UTC): one run of 672 h, said so', () => {
    const r = price({ monthMode: 'calendar', yearMonth: '2025-02', schedule: { periods: SCHEDULE_PRESETS.alwaysOn, timeZone: 'UTC' } });
    expect(r.scheduleAlwaysOn).toBe(true);
    expect(monthLines(r)).toEqual([
      ['ec2.month.calendar', 'info', 'h', '672', '2025-02 in UTC: 28 days = 672 h'],
      ['ec2.running.alwaysOn.calendar', 'info', 'h', '672', 'The schedule never stops the instance in 2025-02: 672 h, one continuous run'],
      ['ec2.billed.perSecond', 'info', 'h', '672', 'Per-second billing with a 60 s minimum per run: 672 h billed'],
    ]);
  });

  it('every day 00:00-23:59 is 28 runs, not always on: a minute a day stopped (671.53 h)', () => {
    const r = price({ monthMode: 'calendar', yearMonth: '2025-02', schedule: { periods: [{ days: EVERY_DAY, start: '00:00', end: '23:59' }], timeZone: 'UTC' } });
    expect(r.scheduleAlwaysOn).toBe(false);
    expect(r.runningHours.times(60).toString()).toBe(String(28 * 1439));
    expect(monthLines(r).slice(1, 2)).toEqual([['ec2.running.calendar', 'info', 'h', '671.53333333', '28 runs in 2025-02 = 671.53 h running']]);
  });

  it('a single run that starts with the month but stops before its end is not always on', () => {
    // Sunday 1 June 2025 00:00 UTC to Monday: runs from the month's start, ends 2 June 00:00.
    const r = price({ monthMode: 'calendar', yearMonth: '2025-06', schedule: { periods: [{ days: ['sun'], start: '00:00', end: '24:00' }], timeZone: 'UTC' } });
    expect(r.runs.toString()).toBe('5');
    const once = price({ monthMode: 'calendar', yearMonth: '2025-02', schedule: { periods: [{ days: ['sat'], start: '00:00', end: '24:00' }], timeZone: 'UTC', holidays: ['2025-02-08', '2025-02-15', '2025-02-22'] } });
    // 1 Feb 2025 is a Saturday: one 24 h run at the month's start, then none.
    expect([once.runs, once.runningHours].map(String)).toEqual(['1', '24']);
    expect(once.scheduleAlwaysOn).toBe(false);
    expect(monthLines(once).map((l) => l[0])).toContain('ec2.running.calendar');
    const last = price({ monthMode: 'calendar', yearMonth: '2025-02', schedule: { periods: [{ days: ['fri'], start: '00:00', end: '24:00' }], timeZone: 'UTC', holidays: ['2025-02-07', '2025-02-14', '2025-02-21'] } });
    // 28 Feb 2025 is a Friday: one 24 h run that ends with the month.
    expect([last.runs, last.runningHours].map(String)).toEqual(['1', '24']);
    expect(monthLines(last).map((l) => l[0])).toContain('ec2.running.calendar');
  });

  it('per hour: 5 Mondays of 30 min in June 2025 bill 5 h (rounding adds 2.5 h)', () => {
    const r = price({ billing: 'per-hour', monthMode: 'calendar', yearMonth: '2025-06', schedule: { periods: [{ days: ['mon'], start: '09:00', end: '09:30' }], timeZone: 'UTC' } });
    expect(monthLines(r)).toEqual([
      ['ec2.month.calendar', 'info', 'h', '720', '2025-06 in UTC: 30 days = 720 h'],
      ['ec2.running.calendar', 'info', 'h', '2.5', '5 runs in 2025-06 = 2.5 h running'],
      ['ec2.billed.perHour.calendar', 'info', 'h', '5', 'Per-hour billing, each of 5 runs rounded up to whole hours: 5 h billed (rounding adds 2.5 h)'],
    ]);
  });

  it('a clock change: New York March 2025 is 743 h, November 721 h (kind, unit and amount of the month line)', () => {
    const march = price({ monthMode: 'calendar', yearMonth: '2025-03', schedule: { periods: SCHEDULE_PRESETS.alwaysOn, timeZone: 'America/New_York' } });
    expect(march.month.clockChanges).toBe(1);
    expect(march.month.label).toBe('2025-03 (America/New_York)');
    expect(monthLines(march)[0]).toEqual(['ec2.month.calendar.dst', 'info', 'h', '743', '2025-03 in America/New_York: 31 days = 743 h (a clock change makes it 1 h shorter than 744 h)']);
    const nov = price({ monthMode: 'calendar', yearMonth: '2025-11', schedule: { periods: SCHEDULE_PRESETS.alwaysOn, timeZone: 'America/New_York' } });
    expect(monthLines(nov)[0]).toEqual(['ec2.month.calendar.dst', 'info', 'h', '721', '2025-11 in America/New_York: 30 days = 721 h (a clock change makes it 1 h longer than 720 h)']);
  });

  it('per second, a run shorter than 60 s is billed 60 s and said so (Monrovia, January 1972)', () => {
    const r = priceEc2OffHours(
      { monthMode: 'calendar', yearMonth: '1972-01', schedule: { periods: [{ days: ['fri'], start: '00:44', end: '00:45' }], timeZone: 'Africa/Monrovia' } },
      { instanceHourly: '36' },
    );
    expect(monthLines(r).at(-1)).toEqual(['ec2.billed.perSecond.minimum', 'info', 'h', '0.06666667', 'Per-second billing: 1 run shorter than 60 s billed as 60 s; 0.0667 h billed']);
  });
});
