/**
 * EC2 off-hours: what stopping instances outside working hours saves (domain.md section 3).
 *
 * A group of identical instances runs on a weekly schedule (schedule-parse.ts). The calculator
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
import { d, isPositive, num, sum, usd, ZERO, type Dec } from '../decimal.ts';
import { EngineError, joinPath } from '../errors.ts';
import { averageUsage, calendarUsage, type Usage } from './hours.ts';
import { line } from './lines.ts';
import { parseInput, type Parsed } from './parse.ts';
import { calendarMonth } from './schedule-calendar.ts';
import type { Schedule } from './schedule-parse.ts';
import type { Ec2CostBreakdown, Ec2OffHoursInput, Ec2OffHoursResult, Ec2Prices } from './types.ts';

const HUNDRED = d(100);

function money(x: Dec): string {
  return usd(x, 2);
}

function percentOf(part: Dec, whole: Dec): Dec {
  return whole.isZero() ? ZERO : part.div(whole).times(HUNDRED);
}

function breakdown(compute: Dec, publicIpv4: Dec, ebs: Dec, elasticIps: Dec): Ec2CostBreakdown {
  return { compute, publicIpv4, ebs, elasticIps, addresses: publicIpv4.plus(elasticIps), total: sum([compute, publicIpv4, ebs, elasticIps]) };
}

/** How the compute line names the instances: type and region, either one, or neither (null). */
function subjectOf(x: Parsed): string | null {
  if (x.instanceType && x.region) return '@msg:ec2.subject.typeInRegion';
  if (x.instanceType) return '@msg:ec2.subject.type';
  if (x.region) return '@msg:ec2.subject.region';
  return null;
}

function priceMonth(x: Parsed, usage: Usage): Ec2OffHoursResult {
  const lines = usage.lines;
  const n = x.instances;
  const price = usd(x.hourlyPrice);
  const ipPrice = usd(x.ipHourly);
  const count = num(n);
  const monthHours = num(usage.month.hours, 2);

  // Scheduled bill (cost lines: they add up to the total).
  // numerator x factors / den: one rounding (at 60 digits) per amount.
  const amount = (numerator: Dec, ...factors: Dec[]): Dec => factors.reduce((acc, f) => acc.times(f), numerator).div(usage.den);
  const compute = amount(usage.billedN, x.hourlyPrice, n);
  const subject = subjectOf(x);
  const computeParams = { instanceType: x.instanceType ?? '', region: x.region ?? '', hours: num(usage.billedHours, 2), price, count, amount: money(compute) };
  lines.push(subject === null ? line('ec2.compute.scheduled.unnamed', compute, computeParams) : line('ec2.compute.scheduled', compute, { ...computeParams, subject }));
  let publicIpv4 = ZERO;
  let alwaysOnIpv4 = ZERO;
  if (x.publicIpv4) {
    publicIpv4 = amount(usage.runningN, x.ipHourly, n);
    alwaysOnIpv4 = amount(usage.monthN, x.ipHourly, n);
    lines.push(line('ec2.publicIpv4.scheduled', publicIpv4, { hours: num(usage.runningHours, 2), price: ipPrice, count, amount: money(publicIpv4) }));
  }
  let ebs = ZERO;
  const ebsParts: Dec[] = [];
  for (const v of x.volumes) {
    const part = v.count.times(v.sizeGb).times(v.price).times(n);
    ebs = ebs.plus(part);
    ebsParts.push(part);
    lines.push(line('ec2.ebs', part, { type: v.type, volumes: num(v.count), sizeGb: num(v.sizeGb), price: usd(v.price), count, amount: money(part) }));
  }
  let elasticIps = ZERO;
  if (isPositive(x.elasticIps)) {
    const ips = x.elasticIps.times(n);
    elasticIps = amount(usage.monthN, x.ipHourly, ips);
    lines.push(line('ec2.elasticIp', elasticIps, { hours: monthHours, price: ipPrice, count: num(ips), amount: money(elasticIps) }));
  }
  // The total adds the cost lines in their order, so it equals their sum to the last digit.
  const scheduled = { ...breakdown(compute, publicIpv4, ebs, elasticIps), total: sum([compute, publicIpv4, ...ebsParts, elasticIps]) };

  // Always on (info lines: the comparison, not part of this bill).
  const alwaysOnCompute = amount(usage.alwaysOnBilledN, x.hourlyPrice, n);
  const alwaysOn = breakdown(alwaysOnCompute, alwaysOnIpv4, ebs, elasticIps);
  lines.push(line('ec2.alwaysOn.compute', alwaysOnCompute, { hours: num(usage.alwaysOnBilledHours, 2), price, count, amount: money(alwaysOnCompute) }, 'info'));
  if (x.publicIpv4) {
    lines.push(line('ec2.alwaysOn.publicIpv4', alwaysOnIpv4, { hours: monthHours, price: ipPrice, count, amount: money(alwaysOnIpv4) }, 'info'));
  }
  const notSaved = ebs.plus(elasticIps);
  if (!notSaved.isZero()) {
    lines.push(line('ec2.notSaved', notSaved, { ebs: money(ebs), elasticIps: money(elasticIps), amount: money(notSaved) }, 'info'));
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
  // Only whole-hour rounding can bill more than the month: a per-second run bills at most 60 s
  // more than it runs, and runs start at least a minute apart, so they never bill more than always on.
  if (x.billing === 'per-hour' && savings.isNegative() && !savings.isZero()) {
    lines.push(line('ec2.savings.negative', savings, { ...sp, runs: num(usage.runs, 2) }, 'info'));
  } else {
    lines.push(line('ec2.savings', savings, { ...sp, savings: money(savings) }, 'info'));
  }

  return {
    month: usage.month,
    billing: x.billing,
    instances: n,
    hourlyPrice: x.hourlyPrice,
    scheduleAlwaysOn: usage.runningN.eq(usage.monthN),
    runningHours: usage.runningHours,
    billedHours: usage.billedHours,
    extraBilledHours: usage.billedHours.minus(usage.runningHours),
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
    lines: Object.freeze(lines),
  };
}

/**
 * One month of a checked input: the average month (`ym` undefined: the callers pass a month exactly
 * in calendar mode), or the calendar month `ym` (calendar mode: parseInput required a schedule with
 * a time zone). The only error left is a month past 2199-12 (a chart walking on from `yearMonth`).
 */
export function priceParsedMonth(x: Parsed, ym: { year: number; month: number } | undefined): Ec2OffHoursResult {
  if (ym === undefined) return priceMonth(x, averageUsage(x));
  return priceMonth(x, calendarUsage(x, calendarMonth(x.schedule as Schedule, ym, joinPath(x.path, 'yearMonth'))));
}

/**
 * Price one month of an EC2 instance group, always on vs on its schedule.
 * Throws {@link EngineError} for any invalid input (with the field's path under `path`).
 */
export function priceEc2OffHours(input: Ec2OffHoursInput, prices: Ec2Prices, path = ''): Ec2OffHoursResult {
  const x = parseInput(input, prices, path);
  return priceParsedMonth(x, x.yearMonth);
}
