/**
 * EC2 off-hours: what stopping instances outside working hours saves (domain.md section 3).
 *
 * A group of identical instances runs on a weekly schedule (see `schedule.ts`). The calculator
 * compares leaving them on all month with following the schedule, in one of two months:
 * - 'average' (default): AWS Pricing Calculator's 730-hour month; weekly hours and weekly runs
 *   are scaled by 730/168.
 * - 'calendar': one real month in the schedule's IANA time zone, computed exactly (DST days of
 *   23 or 25 hours, holidays on which nothing starts, runs clipped to the month).
 *
 * Billing: 'per-second' (Linux, Windows, RHEL) bills max(run seconds, 60) per run; 'per-hour'
 * (SUSE and some marketplace images) bills ceil(run seconds / 3600) whole hours per run. So the
 * number of runs matters, and with per-hour billing a schedule of many short runs can cost MORE
 * than leaving the instance on: the result then shows negative savings and says why, rather
 * than hiding what AWS would bill. An always-on instance is one run per month (one continuous
 * run in the average month; the run clipped to the month in a calendar month).
 *
 * What a schedule does NOT save is shown as its own line items: EBS volumes (GB-month, billed
 * the whole month either way) and Elastic IPs ($ per hour, every hour of the month, running or
 * stopped). An auto-assigned public IPv4 address is released on stop, so it is billed only for
 * the running hours (exact running time, not the compute's rounded billed time).
 *
 * Volumes, Elastic IPs and the public-IP flag describe ONE instance; everything is multiplied by
 * the instance count. Prices are an argument ({@link Ec2Prices}); the defaults live in
 * `src/data/ec2.json`.
 */
import { ceilWhole, d, Dec, isOne, isPositive, max, num, ONE, parseCount, parseDecimal, sum, toChartNumber, usd, ZERO, type DecimalString } from './decimal.ts';
import { EngineError, joinPath } from './errors.ts';
import { line, type LineItem } from './explain.ts';
import { billRunSeconds } from './ec2-runs.ts';
import { asRecord, describe, own, optionalLabel } from './json.ts';
import { addMonths, calendarMonth, formatYearMonth, parseSchedule, parseYearMonth, type CalendarMonth, type Schedule, type ScheduleInput } from './schedule.ts';

// ------------------------------------------------------------------------------------------------
// Inputs, prices, results
// ------------------------------------------------------------------------------------------------

/** How a run is billed: per second with a 60 s minimum, or whole hours rounded up per run. */
export type Ec2Billing = 'per-second' | 'per-hour';

/** Which month the costs are for. */
export type Ec2MonthMode = 'average' | 'calendar';

/** EBS volume types. Default prices exist only where domain.md lists one (gp3, gp2). */
export type EbsVolumeType = 'gp3' | 'gp2' | 'io1' | 'io2' | 'st1' | 'sc1' | 'standard';

/** Every EBS volume type accepted. */
export const EBS_VOLUME_TYPES: readonly EbsVolumeType[] = Object.freeze(['gp3', 'gp2', 'io1', 'io2', 'st1', 'sc1', 'standard'] as const);

/** A count or size: a decimal string or a safe integer. */
export type Ec2NumberInput = DecimalString | number;

/** EBS volumes attached to each instance. */
export interface EbsVolumeInput {
  readonly type: EbsVolumeType;
  /** Size of each volume in GB (GB-month pricing). */
  readonly sizeGb: Ec2NumberInput;
  /** Volumes of this kind per instance (default 1). */
  readonly count?: Ec2NumberInput;
}

/** A group of identical instances on one schedule. */
export interface Ec2OffHoursInput {
  /** Region code, e.g. "us-east-1" (shown in the lines and messages). */
  readonly region?: string;
  /** Instance type, e.g. "t3.medium" (shown in the lines and messages). */
  readonly instanceType?: string;
  /** Number of identical instances (default 1). */
  readonly count?: Ec2NumberInput;
  /** Default 'per-second'. */
  readonly billing?: Ec2Billing;
  /** The running periods, time zone and holidays (not read when `hoursPerWeek` is given). */
  readonly schedule: ScheduleInput;
  /**
   * A plain number of running hours a week (0 to 168) instead of periods: 730-hour average month
   * only. 0 prices what a stopped instance still bills (EBS, Elastic IPs): no instance price is
   * needed then.
   */
  readonly hoursPerWeek?: Ec2NumberInput;
  /** With `hoursPerWeek`: the starts a week (default 1), each run hoursPerWeek / runsPerWeek long. */
  readonly runsPerWeek?: Ec2NumberInput;
  /** Default 'average' (730-hour month). */
  readonly monthMode?: Ec2MonthMode;
  /** "YYYY-MM", required when monthMode is 'calendar'. */
  readonly yearMonth?: string;
  /** EBS volumes of EACH instance. */
  readonly volumes?: readonly EbsVolumeInput[];
  /** Elastic IPs held by EACH instance (billed every hour, running or stopped). Default 0. */
  readonly elasticIps?: Ec2NumberInput;
  /**
   * Each instance gets an auto-assigned public IPv4 (billed only while running). Default false.
   * An instance whose public address is an Elastic IP needs only `elasticIps`.
   */
  readonly publicIpv4?: boolean;
}

/** EC2 prices: plain decimal strings, every one overridable. */
export interface Ec2Prices {
  /** On-demand USD per instance-hour; absent when the catalog has none (the user must enter one). */
  readonly instanceHourly?: DecimalString;
  /** USD per GB-month by volume type. */
  readonly ebsGbMonth?: Readonly<Partial<Record<EbsVolumeType, DecimalString>>>;
  /** USD per hour for each public IPv4 address, Elastic IPs included ("0.005"). */
  readonly publicIpv4Hourly?: DecimalString;
}

/** Monthly USD by part. */
export interface Ec2CostBreakdown {
  /** Instance-hours. */
  readonly compute: Dec;
  /** Auto-assigned public IPv4 addresses (while running). */
  readonly publicIpv4: Dec;
  /** EBS volumes (whole month). */
  readonly ebs: Dec;
  /** Elastic IPs (whole month). */
  readonly elasticIps: Dec;
  /** Sum of the above. */
  readonly total: Dec;
}

/** The month the figures are for. */
export interface Ec2MonthInfo {
  readonly mode: Ec2MonthMode;
  /** "730-hour average month" or "2025-03 (America/New_York)". */
  readonly label: string;
  /** Hours in the month (730, or the calendar month's real length). */
  readonly hours: Dec;
  /** "YYYY-MM" in calendar mode. */
  readonly yearMonth?: string;
  readonly timeZone?: string;
  /** DST changes inside the calendar month (0 in average mode). */
  readonly clockChanges: number;
}

/** The priced comparison for one month. Hours and runs are PER INSTANCE; money covers the group. */
export interface Ec2OffHoursResult {
  readonly month: Ec2MonthInfo;
  readonly billing: Ec2Billing;
  readonly instances: Dec;
  readonly hourlyPrice: Dec;
  /** True when the schedule never stops the instance. */
  readonly scheduleAlwaysOn: boolean;
  /** Hours the instance runs on the schedule. */
  readonly runningHours: Dec;
  /** Hours billed for those runs (60 s minimum or whole-hour rounding applied per run). */
  readonly billedHours: Dec;
  /** Runs (starts) per month; fractional in the average month (runs/week x 730/168). */
  readonly runs: Dec;
  /** Hours billed when always on. */
  readonly alwaysOnBilledHours: Dec;
  readonly alwaysOn: Ec2CostBreakdown;
  readonly scheduled: Ec2CostBreakdown;
  /** alwaysOn.total - scheduled.total (negative when the schedule costs more). */
  readonly savings: Dec;
  /** savings / alwaysOn.total x 100; 0 when the always-on cost is 0. */
  readonly savingsPercent: Dec;
  /** alwaysOn.compute - scheduled.compute. */
  readonly computeSavings: Dec;
  /** computeSavings / alwaysOn.compute x 100; 0 when that is 0. */
  readonly computeSavingsPercent: Dec;
  /** Costs a schedule cannot save: EBS + Elastic IPs. */
  readonly notSaved: Dec;
  /** Monthly USD with the schedule (= scheduled.total = sum of the cost lines). */
  readonly total: Dec;
  readonly lines: readonly LineItem[];
}

/** One month of {@link ec2SavingsChart}. */
export interface Ec2ChartMonth {
  readonly label: string;
  readonly alwaysOn: Dec;
  readonly scheduled: Dec;
  readonly savings: Dec;
  readonly cumulativeSavings: Dec;
}

/** Chart data: always-on vs scheduled monthly cost, and cumulative savings. */
export interface Ec2SavingsChart {
  readonly months: readonly Ec2ChartMonth[];
  /** Plain numbers for Chart.js (converted at the edge). */
  readonly labels: readonly string[];
  readonly alwaysOn: readonly number[];
  readonly scheduled: readonly number[];
  readonly cumulativeSavings: readonly number[];
  /** Sum of the months' savings. */
  readonly totalSavings: Dec;
}

// ------------------------------------------------------------------------------------------------
// Parsing
// ------------------------------------------------------------------------------------------------

const AVERAGE_MONTH_HOURS = d(730);
const HOURS_PER_WEEK = d(168);
const SIXTY = d(60);
const SECONDS_PER_HOUR = d(3600);
const MINUTES_PER_WEEK = d(10080);
const HUNDRED = d(100);
const THOUSAND = d(1000);

interface ParsedVolume {
  readonly type: EbsVolumeType;
  readonly sizeGb: Dec;
  readonly count: Dec;
  readonly price: Dec;
}

interface Parsed {
  readonly region: string | undefined;
  readonly instanceType: string | undefined;
  readonly instances: Dec;
  readonly billing: Ec2Billing;
  /** Null when the input gives `hoursPerWeek` instead. */
  readonly schedule: Schedule | null;
  /** Running hours and starts a week, when given instead of a schedule. */
  readonly weeklyHours: { readonly hours: Dec; readonly runs: Dec } | null;
  readonly monthMode: Ec2MonthMode;
  readonly yearMonth: { year: number; month: number } | undefined;
  readonly volumes: readonly ParsedVolume[];
  readonly elasticIps: Dec;
  readonly publicIpv4: boolean;
  readonly hourlyPrice: Dec;
  readonly ipHourly: Dec;
  readonly path: string;
}

function absent(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function option<T extends string>(value: unknown, path: string, allowed: readonly T[], fallback: T): T {
  if (absent(value)) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new EngineError('unknown_option', path, {
    value: typeof value === 'string' ? value.slice(0, 40) : describe(value),
    allowed: allowed.join(', '),
  });
}

function parseInput(input: unknown, prices: unknown, path: string): Parsed {
  const p = (...parts: (string | number)[]): string => joinPath(path, ...parts);
  const o = asRecord(input, path, 'an EC2 instance group');
  const region = optionalLabel(own(o, 'region'), p('region'), 64);
  const instanceType = optionalLabel(own(o, 'instanceType'), p('instanceType'), 64);
  const instances = absent(own(o, 'count')) ? ONE : parseCount(own(o, 'count'), p('count'));
  const billing = option(own(o, 'billing'), p('billing'), ['per-second', 'per-hour'] as const, 'per-second');
  const rawHours = own(o, 'hoursPerWeek');
  let weeklyHours: Parsed['weeklyHours'] = null;
  let schedule: Schedule | null = null;
  if (absent(rawHours)) {
    schedule = parseSchedule(own(o, 'schedule'), p('schedule'));
  } else {
    const hours = parseDecimal(rawHours, p('hoursPerWeek'), { max: '168' });
    const rawRuns = own(o, 'runsPerWeek');
    const runs = hours.isZero() ? ZERO : absent(rawRuns) ? ONE : parseCount(rawRuns, p('runsPerWeek'), { positive: true, max: '10080' });
    weeklyHours = { hours, runs };
  }
  const monthMode = option(own(o, 'monthMode'), p('monthMode'), ['average', 'calendar'] as const, 'average');
  let yearMonth: { year: number; month: number } | undefined;
  if (monthMode === 'calendar') {
    if (schedule === null) throw new EngineError('unknown_option', p('monthMode'), { value: 'calendar', allowed: 'average (a calendar month needs a schedule, not hours per week)' });
    yearMonth = parseYearMonth(own(o, 'yearMonth'), p('yearMonth'));
    if (schedule.timeZone === undefined) throw new EngineError('required', p('schedule', 'timeZone'));
  }
  const elasticIps = absent(own(o, 'elasticIps')) ? ZERO : parseCount(own(o, 'elasticIps'), p('elasticIps'));
  const rawIp = own(o, 'publicIpv4');
  if (rawIp !== undefined && rawIp !== null && typeof rawIp !== 'boolean') {
    throw new EngineError('invalid_type', p('publicIpv4'), { expected: 'true or false', got: describe(rawIp) });
  }
  const publicIpv4 = rawIp === true;

  // Prices: only what is used must be present.
  const pp = (...parts: string[]): string => joinPath(path, 'prices', ...parts);
  const pr = asRecord(prices, joinPath(path, 'prices'), 'a price table');
  const rawHourly = own(pr, 'instanceHourly');
  const neverRuns = weeklyHours !== null && weeklyHours.hours.isZero();
  if (absent(rawHourly) && !neverRuns) {
    throw new EngineError('unknown_price', pp('instanceHourly'), {
      value: instanceType ?? 'this instance type',
      ...(region ? { where: region } : {}),
    });
  }
  // An instance that never runs needs no instance price (its EBS and IPs are priced alone).
  const hourlyPrice = absent(rawHourly) ? ZERO : parseDecimal(rawHourly, pp('instanceHourly'));
  const needsIp = publicIpv4 || isPositive(elasticIps);
  const ipHourly = needsIp || !absent(own(pr, 'publicIpv4Hourly'))
    ? parseDecimal(own(pr, 'publicIpv4Hourly'), pp('publicIpv4Hourly'))
    : ZERO;

  const volumes: ParsedVolume[] = [];
  const rawVolumes = own(o, 'volumes');
  if (rawVolumes !== undefined && rawVolumes !== null) {
    if (!Array.isArray(rawVolumes)) throw new EngineError('invalid_type', p('volumes'), { expected: 'a list of volumes', got: describe(rawVolumes) });
    if (rawVolumes.length > 100) throw new EngineError('too_large', p('volumes'), { value: `${rawVolumes.length} volumes`, max: '100' });
    let ebsTable: Record<string, unknown> | undefined;
    rawVolumes.forEach((v, i) => {
      const vr = asRecord(v, p('volumes', i), 'a volume { type, sizeGb, count }');
      const rawType = own(vr, 'type');
      if (absent(rawType)) throw new EngineError('required', p('volumes', i, 'type'));
      const type = option(rawType, p('volumes', i, 'type'), EBS_VOLUME_TYPES, 'gp3');
      const sizeGb = parseDecimal(own(vr, 'sizeGb'), p('volumes', i, 'sizeGb'));
      const count = absent(own(vr, 'count')) ? ONE : parseCount(own(vr, 'count'), p('volumes', i, 'count'));
      ebsTable ??= asRecord(own(pr, 'ebsGbMonth'), pp('ebsGbMonth'), 'EBS prices by volume type');
      const rawPrice = own(ebsTable, type);
      if (absent(rawPrice)) {
        throw new EngineError('unknown_price', pp('ebsGbMonth', type), { value: type, ...(region ? { where: region } : {}) });
      }
      volumes.push({ type, sizeGb, count, price: parseDecimal(rawPrice, pp('ebsGbMonth', type)) });
    });
  }

  return {
    region,
    instanceType,
    instances,
    billing,
    schedule,
    weeklyHours,
    monthMode,
    yearMonth,
    volumes,
    elasticIps,
    publicIpv4,
    hourlyPrice,
    ipHourly,
    path,
  };
}

// ------------------------------------------------------------------------------------------------
// Usage (hours and runs per instance)
// ------------------------------------------------------------------------------------------------

/**
 * Hours are kept as exact numerators over a common denominator (`den`: 10,080 minutes a week
 * for the average month, 3,600 seconds an hour for a calendar month) so every amount is ONE
 * division of an exact product: numerator x price x count / den.
 */
interface Usage {
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
  readonly lines: LineSink;
  /** Runs shorter than 60 s (calendar mode; billed as 60 s under per-second billing). */
  readonly shortRuns: number;
}

/** Collects line items lazily; the chart helper turns it off so no formula text is formatted. */
class LineSink {
  readonly items: LineItem[] = [];
  constructor(private readonly enabled: boolean) {}
  push(...make: (() => LineItem)[]): void {
    if (this.enabled) for (const m of make) this.items.push(m());
  }
}

/** Billed seconds of one run of `seconds` (the rule lives in ec2-runs.ts). */
function billRun(seconds: Dec, billing: Ec2Billing): Dec {
  return billRunSeconds(seconds, billing);
}

/** A week of running, from the schedule's weekly pattern or from hours per week. */
interface Week {
  readonly alwaysOn: boolean;
  readonly minutes: Dec;
  readonly billedSeconds: Dec;
  readonly runs: Dec;
}

function weekOf(x: Parsed, lines: LineSink): Week {
  const h = x.weeklyHours;
  if (h === null) {
    const weekly = (x.schedule as Schedule).weekly;
    let billed = 0;
    for (const r of weekly.runs) billed += billRunUnits(r.minutes * 60, 1, x.billing);
    return { alwaysOn: weekly.alwaysOn, minutes: d(weekly.minutesPerWeek), billedSeconds: d(billed), runs: d(weekly.runs.length) };
  }
  if (h.hours.eq(HOURS_PER_WEEK)) return { alwaysOn: true, minutes: MINUTES_PER_WEEK, billedSeconds: ZERO, runs: ONE };
  if (h.hours.isZero()) {
    lines.push(() => line('ec2.hoursPerWeek.stopped', 'Stopped all month (0 h a week): no compute; EBS volumes and Elastic IPs still bill', ZERO, {}, 'info', 'h'));
    return { alwaysOn: false, minutes: ZERO, billedSeconds: ZERO, runs: ZERO };
  }
  const runSeconds = h.hours.times(SECONDS_PER_HOUR).div(h.runs);
  lines.push(() => {
    const p = { hours: num(h.hours, 2), runs: num(h.runs), runHours: num(runSeconds.div(SECONDS_PER_HOUR), 4) };
    return line('ec2.hoursPerWeek', `Given: ${p.hours} h a week in ${p.runs} ${plural(h.runs, 'run', 'runs')} of ${p.runHours} h`, h.hours, p, 'info', 'h');
  });
  return { alwaysOn: false, minutes: h.hours.times(SIXTY), billedSeconds: billRun(runSeconds, x.billing).times(h.runs), runs: h.runs };
}

/**
 * {@link billRun} of a run given as a positive whole number of `perSecond`-ths of a second (1 for
 * seconds, 1000 for milliseconds), in the same unit. Integer arithmetic on integers well below
 * 2^53, so exact: summing these and making one decimal gives the same value as summing decimals.
 */
function billRunUnits(units: number, perSecond: number, billing: Ec2Billing): number {
  if (billing === 'per-second') return units >= 60 * perSecond ? units : 60 * perSecond;
  const hour = 3600 * perSecond;
  const part = units % hour;
  return part === 0 ? units : units - part + hour;
}

function plural(n: Dec | number, one: string, many: string): string {
  return (typeof n === 'number' ? n === 1 : isOne(n)) ? one : many;
}

function averageUsage(x: Parsed, withLines: boolean): Usage {
  const monthN = AVERAGE_MONTH_HOURS.times(MINUTES_PER_WEEK);
  const month: Ec2MonthInfo = { mode: 'average', label: '730-hour average month', hours: AVERAGE_MONTH_HOURS, clockChanges: 0 };
  const lines = new LineSink(withLines);
  lines.push(() => line('ec2.month.average', 'Average month (as AWS Pricing Calculator): 8,760 h / 12 = 730 h', AVERAGE_MONTH_HOURS, { hours: '730' }, 'info', 'h'));
  const holidays = x.schedule?.holidays.length ?? 0;
  if (holidays > 0) {
    lines.push(() => line('ec2.holidays.ignored', `${holidays} ${plural(holidays, 'holiday is', 'holidays are')} ignored in the 730-hour average month; choose a calendar month to apply them`, d(holidays), { count: String(holidays) }, 'info', 'holidays'));
  }
  const weekly = weekOf(x, lines);
  if (weekly.alwaysOn) {
    lines.push(() => line('ec2.running.alwaysOn', 'The schedule covers the whole week, so the instance never stops: 730 h/month, one continuous run', AVERAGE_MONTH_HOURS, { hours: '730' }, 'info', 'h'));
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
      shortRuns: 0,
    };
  }
  // x 730/168 with hours in minutes: x 730 / 10,080.
  const weeklyMinutes = weekly.minutes;
  const weeklyBilledMinutes = weekly.billedSeconds.div(SIXTY);
  const weeklyHours = weeklyMinutes.div(SIXTY);
  const weeklyBilledHours = weeklyBilledMinutes.div(SIXTY);
  const runsPerWeek = weekly.runs;
  const runningN = weeklyMinutes.times(AVERAGE_MONTH_HOURS);
  const billedN = weeklyBilledMinutes.times(AVERAGE_MONTH_HOURS);
  const runningHours = runningN.div(MINUTES_PER_WEEK);
  const billedHours = billedN.div(MINUTES_PER_WEEK);
  const runs = runsPerWeek.times(AVERAGE_MONTH_HOURS).div(HOURS_PER_WEEK);
  lines.push(
    () => {
      const week = num(weeklyHours, 2);
      const hours = num(runningHours, 2);
      return line('ec2.running.average', `${week} h/week x 730/168 = ${hours} h/month`, runningHours, { weeklyHours: week, hours }, 'info', 'h');
    },
    () => {
      const perWeek = num(runsPerWeek);
      const perMonth = num(runs, 2);
      return line('ec2.runs.average', `${perWeek} ${plural(runsPerWeek, 'run', 'runs')}/week x 730/168 = ${perMonth} runs/month`, runs, { runsPerWeek: perWeek, runs: perMonth }, 'info', 'runs');
    },
  );
  if (x.billing === 'per-second') {
    lines.push(() => {
      const hours = num(billedHours, 2);
      return line('ec2.billed.perSecond', `Per-second billing with a 60 s minimum per run: ${hours} h billed`, billedHours, { hours }, 'info', 'h');
    });
  } else {
    const extra = billedHours.minus(runningHours);
    lines.push(() => {
      const week = num(weeklyBilledHours, 2);
      const hours = num(billedHours, 2);
      const extraHours = num(extra, 2);
      return line(
        'ec2.billed.perHour.average',
        `Per-hour billing, each run rounded up to whole hours: ${week} h/week x 730/168 = ${hours} h/month billed (rounding adds ${extraHours} h)`,
        billedHours,
        { weeklyBilledHours: week, hours, extraHours },
        'info',
        'h',
      );
    });
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
    shortRuns: 0,
  };
}

function calendarUsage(x: Parsed, cm: CalendarMonth, withLines: boolean): Usage {
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
  const baseParams = (): { yearMonth: string; timeZone: string; days: string; hours: string } => ({ yearMonth: cm.yearMonth, timeZone: cm.timeZone, days: String(cm.days), hours: num(cm.hours, 2) });
  const lines = new LineSink(withLines);
  if (diff.isZero()) {
    lines.push(() => {
      const params = baseParams();
      return line('ec2.month.calendar', `${cm.yearMonth} in ${cm.timeZone}: ${cm.days} days = ${params.hours} h`, cm.hours, params, 'info', 'h');
    });
  } else {
    const direction = diff.isNegative() ? 'shorter' : 'longer';
    lines.push(() => {
      const params = baseParams();
      const difference = num(diff.abs(), 2);
      const nominalHours = num(nominal);
      return line(
        'ec2.month.calendar.dst',
        `${cm.yearMonth} in ${cm.timeZone}: ${cm.days} days = ${params.hours} h (a clock change makes it ${difference} h ${direction} than ${nominalHours} h)`,
        cm.hours,
        { yearMonth: params.yearMonth, timeZone: params.timeZone, days: params.days, hours: params.hours, nominalHours, difference, direction },
        'info',
        'h',
      );
    });
  }
  if (cm.holidaysInMonth > 0) {
    lines.push(() => line('ec2.holidays.calendar', `${cm.holidaysInMonth} ${plural(cm.holidaysInMonth, 'holiday', 'holidays')} in ${cm.yearMonth}: no period starts on ${plural(cm.holidaysInMonth, 'it', 'them')} (a run begun the day before runs to its end)`, d(cm.holidaysInMonth), { count: String(cm.holidaysInMonth), yearMonth: cm.yearMonth }, 'info', 'holidays'));
  }

  const monthSeconds = d(cm.end - cm.start).div(THOUSAND);
  const alwaysOnBilledN = billRun(monthSeconds, x.billing);
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
    lines.push(() => {
      const hours = num(runningHours, 2);
      return line('ec2.running.alwaysOn.calendar', `The schedule never stops the instance in ${cm.yearMonth}: ${hours} h, one continuous run`, runningHours, { yearMonth: cm.yearMonth, hours }, 'info', 'h');
    });
  } else {
    lines.push(() => {
      const runCount = num(runs);
      const hours = num(runningHours, 2);
      return line('ec2.running.calendar', `${runCount} ${plural(runs, 'run', 'runs')} in ${cm.yearMonth} = ${hours} h running`, runningHours, { runs: runCount, yearMonth: cm.yearMonth, hours }, 'info', 'h');
    });
  }
  if (x.billing === 'per-second') {
    if (shortRuns > 0) {
      lines.push(() => {
        const hours = num(billedHours, 4);
        return line('ec2.billed.perSecond.minimum', `Per-second billing: ${shortRuns} ${plural(shortRuns, 'run', 'runs')} shorter than 60 s billed as 60 s each; ${hours} h billed`, billedHours, { shortRuns: String(shortRuns), hours }, 'info', 'h');
      });
    } else {
      lines.push(() => {
        const hours = num(billedHours, 2);
        return line('ec2.billed.perSecond', `Per-second billing with a 60 s minimum per run: ${hours} h billed`, billedHours, { hours }, 'info', 'h');
      });
    }
  } else {
    const extra = billedHours.minus(runningHours);
    lines.push(() => {
      const runCount = num(runs);
      const hours = num(billedHours, 2);
      const extraHours = num(extra, 2);
      return line(
        'ec2.billed.perHour.calendar',
        `Per-hour billing, each of ${runCount} ${plural(runs, 'run', 'runs')} rounded up to whole hours: ${hours} h billed (rounding adds ${extraHours} h)`,
        billedHours,
        { runs: runCount, hours, extraHours },
        'info',
        'h',
      );
    });
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
    shortRuns,
  };
}

// ------------------------------------------------------------------------------------------------
// Costing
// ------------------------------------------------------------------------------------------------

function money(x: Dec): string {
  return usd(x, 2);
}

function percentOf(part: Dec, whole: Dec): Dec {
  return whole.isZero() ? ZERO : part.div(whole).times(HUNDRED);
}

function priceMonth(x: Parsed, usage: Usage): Ec2OffHoursResult {
  const lines = usage.lines;
  const n = x.instances;
  const price = usd(x.hourlyPrice);
  const ipPrice = usd(x.ipHourly);
  const label = [x.instanceType, x.region].filter(Boolean).join(' in ');
  const monthHours = usage.month.hours;
  // Texts quoted by several lines, formatted once (and only when lines are written).
  let countText: string | undefined;
  const count = (): string => (countText ??= num(n));
  const instances = (): string => `${count()} ${plural(n, 'instance', 'instances')}`;
  let monthHoursText: string | undefined;
  const monthHours2 = (): string => (monthHoursText ??= num(monthHours, 2));

  // Scheduled bill (cost lines: they add up to the total).
  // numerator x factors / den: one rounding (at 60 digits) per amount.
  const amount = (numerator: Dec, ...factors: Dec[]): Dec => factors.reduce((acc, f) => acc.times(f), numerator).div(usage.den);
  const compute = amount(usage.billedN, x.hourlyPrice, n);
  lines.push(() => {
    const hours = num(usage.billedHours, 2);
    const total = money(compute);
    return line(
      'ec2.compute.scheduled',
      `${label ? `${label}: ` : ''}${hours} h x ${price} x ${instances()} = ${total}`,
      compute,
      { instanceType: x.instanceType ?? '', region: x.region ?? '', hours, price, count: count(), amount: total },
    );
  });
  let publicIpv4 = ZERO;
  let alwaysOnIpv4 = ZERO;
  if (x.publicIpv4) {
    publicIpv4 = amount(usage.runningN, x.ipHourly, n);
    alwaysOnIpv4 = amount(usage.monthN, x.ipHourly, n);
    lines.push(() => {
      const hours = num(usage.runningHours, 2);
      const total = money(publicIpv4);
      return line(
        'ec2.publicIpv4.scheduled',
        `Auto-assigned public IPv4: ${hours} h running x ${ipPrice} x ${count()} ${plural(n, 'address', 'addresses')} = ${total} (released while stopped, so the schedule saves it)`,
        publicIpv4,
        { hours, price: ipPrice, count: count(), amount: total },
      );
    });
  }
  let ebs = ZERO;
  const ebsParts: Dec[] = [];
  for (const v of x.volumes) {
    const amount = v.count.times(v.sizeGb).times(v.price).times(n);
    ebs = ebs.plus(amount);
    ebsParts.push(amount);
    const vp = usd(v.price);
    lines.push(() => {
      const volumes = num(v.count);
      const sizeGb = num(v.sizeGb);
      const total = money(amount);
      return line(
        'ec2.ebs',
        `EBS ${v.type}: ${volumes} x ${sizeGb} GB x ${vp}/GB-month x ${instances()} = ${total} (billed while stopped too)`,
        amount,
        { type: v.type, volumes, sizeGb, price: vp, count: count(), amount: total },
      );
    });
  }
  let elasticIps = ZERO;
  if (isPositive(x.elasticIps)) {
    const ips = x.elasticIps.times(n);
    elasticIps = amount(usage.monthN, x.ipHourly, ips);
    lines.push(() => {
      const ipCount = num(ips);
      const total = money(elasticIps);
      return line(
        'ec2.elasticIp',
        `Elastic IPs: ${monthHours2()} h x ${ipPrice} x ${ipCount} ${plural(ips, 'Elastic IP', 'Elastic IPs')} = ${total} (billed running or stopped)`,
        elasticIps,
        { hours: monthHours2(), price: ipPrice, count: ipCount, amount: total },
      );
    });
  }
  // The total adds the cost lines in their order, so it equals their sum to the last digit.
  const scheduled = { ...breakdown(compute, publicIpv4, ebs, elasticIps), total: sum([compute, publicIpv4, ...ebsParts, elasticIps]) };

  // Always on (info lines: the comparison, not part of this bill).
  const alwaysOnCompute = amount(usage.alwaysOnBilledN, x.hourlyPrice, n);
  const alwaysOn = breakdown(alwaysOnCompute, alwaysOnIpv4, ebs, elasticIps);
  lines.push(() => {
    const hours = num(usage.alwaysOnBilledHours, 2);
    const total = money(alwaysOnCompute);
    return line(
      'ec2.alwaysOn.compute',
      `Always on: ${hours} h x ${price} x ${instances()} = ${total}`,
      alwaysOnCompute,
      { hours, price, count: count(), amount: total },
      'info',
    );
  });
  if (x.publicIpv4) {
    lines.push(() => {
      const total = money(alwaysOnIpv4);
      return line(
        'ec2.alwaysOn.publicIpv4',
        `Always on, auto-assigned public IPv4: ${monthHours2()} h x ${ipPrice} x ${count()} ${plural(n, 'address', 'addresses')} = ${total}`,
        alwaysOnIpv4,
        { hours: monthHours2(), price: ipPrice, count: count(), amount: total },
        'info',
      );
    });
  }
  const notSaved = ebs.plus(elasticIps);
  if (!notSaved.isZero()) {
    lines.push(() => {
      const ebsText = money(ebs);
      const ipsText = money(elasticIps);
      const total = money(notSaved);
      return line(
        'ec2.notSaved',
        `Not saved by the schedule: EBS ${ebsText} + Elastic IPs ${ipsText} = ${total} a month, billed whether the instance runs or not`,
        notSaved,
        { ebs: ebsText, elasticIps: ipsText, amount: total },
        'info',
      );
    });
  }

  const savings = alwaysOn.total.minus(scheduled.total);
  const savingsPercent = percentOf(savings, alwaysOn.total);
  const computeSavings = alwaysOn.compute.minus(scheduled.compute);
  const computeSavingsPercent = percentOf(computeSavings, alwaysOn.compute);
  const sp = {
    alwaysOn: money(alwaysOn.total),
    scheduled: money(scheduled.total),
    savings: money(savings.abs()),
    percent: num(savingsPercent.abs(), 1),
    computePercent: num(computeSavingsPercent.abs(), 1),
  };
  if (savings.isNegative() && !savings.isZero()) {
    lines.push(
      () => line(
        'ec2.savings.negative',
        `The schedule costs ${sp.savings} MORE than always on (${sp.scheduled} vs ${sp.alwaysOn}): ${
          x.billing === 'per-hour' ? 'with per-hour billing each of its' : 'each of its'
        } ${num(usage.runs, 2)} runs is ${x.billing === 'per-hour' ? 'rounded up to whole hours' : 'billed at least 60 s'}`,
        savings,
        { alwaysOn: sp.alwaysOn, scheduled: sp.scheduled, savings: sp.savings, percent: sp.percent, computePercent: sp.computePercent, runs: num(usage.runs, 2) },
        'info',
      ),
    );
  } else {
    lines.push(
      () => line(
        'ec2.savings',
        `Savings: ${sp.alwaysOn} always on - ${sp.scheduled} scheduled = ${sp.savings} a month (${sp.percent}% of the always-on bill; compute alone ${sp.computePercent}%)`,
        savings,
        sp,
        'info',
      ),
    );
  }

  return {
    month: usage.month,
    billing: x.billing,
    instances: n,
    hourlyPrice: x.hourlyPrice,
    scheduleAlwaysOn: usage.runningN.eq(usage.monthN),
    runningHours: usage.runningHours,
    billedHours: usage.billedHours,
    runs: usage.runs,
    alwaysOnBilledHours: usage.alwaysOnBilledHours,
    alwaysOn,
    scheduled,
    savings,
    savingsPercent,
    computeSavings,
    computeSavingsPercent,
    notSaved,
    total: scheduled.total,
    lines: Object.freeze(lines.items),
  };
}

function breakdown(compute: Dec, publicIpv4: Dec, ebs: Dec, elasticIps: Dec): Ec2CostBreakdown {
  return { compute, publicIpv4, ebs, elasticIps, total: sum([compute, publicIpv4, ebs, elasticIps]) };
}

function priceParsedMonth(x: Parsed, ym: { year: number; month: number } | undefined, withLines = true): Ec2OffHoursResult {
  if (x.monthMode === 'average' || ym === undefined) return priceMonth(x, averageUsage(x, withLines));
  if (x.schedule === null) throw new EngineError('required', joinPath(x.path, 'schedule'));
  return priceMonth(x, calendarUsage(x, calendarMonth(x.schedule, ym, joinPath(x.path, 'schedule')), withLines));
}

// ------------------------------------------------------------------------------------------------
// Public API
// ------------------------------------------------------------------------------------------------

/**
 * Price one month of an EC2 instance group, always on vs on its schedule.
 * Throws {@link EngineError} for any invalid input (with the field's path under `path`).
 */
export function priceEc2OffHours(input: Ec2OffHoursInput, prices: Ec2Prices, path = ''): Ec2OffHoursResult {
  const x = parseInput(input, prices, path);
  return priceParsedMonth(x, x.yearMonth);
}

/**
 * Chart data: always-on vs scheduled monthly cost and cumulative savings over `months`
 * months (default 12). Average mode repeats the 730-hour month; calendar mode walks
 * consecutive calendar months from the chosen one (each with its own DST and holidays).
 */
export function ec2SavingsChart(input: Ec2OffHoursInput, prices: Ec2Prices, path = '', months = 12): Ec2SavingsChart {
  if (!Number.isSafeInteger(months) || months < 1 || months > 120) {
    throw new EngineError('out_of_range', joinPath(path, 'months'), { value: String(months), min: '1', max: '120' });
  }
  const x = parseInput(input, prices, path);
  const out: Ec2ChartMonth[] = [];
  let cumulative = ZERO;
  // Totals only: no formula text is formatted for the chart.
  const average = x.monthMode === 'average' ? priceParsedMonth(x, undefined, false) : undefined;
  for (let i = 0; i < months; i++) {
    const ym = x.yearMonth ? addMonths(x.yearMonth, i) : undefined;
    const r = average ?? priceParsedMonth(x, ym, false);
    cumulative = cumulative.plus(r.savings);
    out.push({
      label: ym ? formatYearMonth(ym) : `Month ${i + 1}`,
      alwaysOn: r.alwaysOn.total,
      scheduled: r.scheduled.total,
      savings: r.savings,
      cumulativeSavings: cumulative,
    });
  }
  return {
    months: out,
    labels: out.map((m) => m.label),
    alwaysOn: out.map((m) => toChartNumber(m.alwaysOn)),
    scheduled: out.map((m) => toChartNumber(m.scheduled)),
    cumulativeSavings: out.map((m) => toChartNumber(m.cumulativeSavings)),
    totalSavings: cumulative,
  };
}
