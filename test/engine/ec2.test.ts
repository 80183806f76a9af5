import { describe, expect, it } from 'vitest';
import { d, fixed, sum, type Dec } from '../../src/engine/decimal.ts';
import { errorOf } from './helpers.ts';
import { ec2SavingsChart, priceEc2OffHours, type Ec2OffHoursInput, type Ec2Prices } from '../../src/engine/index.ts';
import { SCHEDULE_PRESETS, WEEKDAYS, type Period } from '../../src/engine/index.ts';
import { defaultEc2Prices } from '../../src/data/ec2.ts';

const T3_MEDIUM: Ec2Prices = { instanceHourly: '0.0416', ebsGbMonth: { gp3: '0.08', gp2: '0.10' }, publicIpv4Hourly: '0.005' };
const OFFICE = { periods: SCHEDULE_PRESETS.officeHours };

function texts(r: { lines: readonly { key: string; text: string }[] }): Record<string, string> {
  return Object.fromEntries(r.lines.map((l) => [l.key, l.text]));
}

/** Equal to 40 decimal places: for values derived through several divisions (60-digit precision). */
function close(a: Dec, b: Dec): boolean {
  return a.minus(b).abs().lt('1e-40');
}

/** The cost lines add up to the total. */
function costSum(r: ReturnType<typeof priceEc2OffHours>): string {
  return sum(r.lines.filter((l) => l.kind === 'cost').map((l) => l.amount)).toString();
}

describe('average month (730 h, x 730/168)', () => {
  it('office hours, 2 x t3.medium, per second: 173.81 h, $14.46 vs $60.74 always on', () => {
    const r = priceEc2OffHours({ region: 'us-east-1', instanceType: 't3.medium', count: 2, schedule: OFFICE }, T3_MEDIUM);
    // 40 h/week x 730/168 = 29200/168 = 173.8095... h
    expect(r.runningHours.eq(d(29200).div(168))).toBe(true);
    expect(r.billedHours.eq(r.runningHours)).toBe(true);
    // 5 runs/week x 730/168 = 21.726... runs
    expect(r.runs.eq(d(3650).div(168))).toBe(true);
    // 173.8095 h x 0.0416 x 2 = 2429.44/168 = 14.46095...
    expect(r.scheduled.compute.eq(d('2429.44').div(168))).toBe(true);
    expect(fixed(r.total)).toBe('14.46');
    // 730 x 0.0416 x 2 = 60.736
    expect(r.alwaysOn.compute.toString()).toBe('60.736');
    // compute savings = 128/168 of always on = 76.19%
    expect(close(r.computeSavingsPercent, d(12800).div(168))).toBe(true);
    expect(r.savingsPercent.eq(r.computeSavingsPercent)).toBe(true);
    expect(fixed(r.savings)).toBe('46.28'); // 60.736 - 14.46095 = 46.27505
    expect(r.scheduleAlwaysOn).toBe(false);
    const t = texts(r);
    expect(t['ec2.running.average']).toBe('40 h/week x 730/168 = 173.81 h/month');
    expect(t['ec2.runs.average']).toBe('5 runs/week x 730/168 = 21.73 runs/month');
    expect(t['ec2.compute.scheduled']).toBe('t3.medium in us-east-1: 173.81 h x $0.0416 x 2 instances = $14.46');
    expect(t['ec2.alwaysOn.compute']).toBe('Always on: 730 h x $0.0416 x 2 instances = $60.74');
    expect(t['ec2.savings']).toBe('Savings: $60.74 always on - $14.46 scheduled = $46.28 a month (76.2% of the always-on bill; compute alone 76.2%)');
    expect(costSum(r)).toBe(r.total.toString());
  });

  it('line params carry every number of the formula', () => {
    const r = priceEc2OffHours({ region: 'us-east-1', instanceType: 't3.medium', count: 2, schedule: OFFICE }, T3_MEDIUM);
    const compute = r.lines.find((l) => l.key === 'ec2.compute.scheduled');
    expect(compute?.params).toEqual({ instanceType: 't3.medium', region: 'us-east-1', hours: '173.81', price: '$0.0416', count: '2', amount: '$14.46', subject: '@msg:ec2.subject.typeInRegion' });
    expect(r.lines.find((l) => l.key === 'ec2.running.average')?.params).toEqual({ weeklyHours: '40', hours: '173.81' });
  });

  it('weekdays 08:00-20:00: 60 h/week x 730/168 = 260.71 h', () => {
    const r = priceEc2OffHours({ schedule: { periods: SCHEDULE_PRESETS.weekdays } }, T3_MEDIUM);
    expect(r.runningHours.eq(d(43800).div(168))).toBe(true);
    expect(texts(r)['ec2.running.average']).toBe('60 h/week x 730/168 = 260.71 h/month');
  });

  it('always on (7 x 00:00-24:00) is one continuous run: 730 h, nothing saved', () => {
    const r = priceEc2OffHours({ schedule: { periods: SCHEDULE_PRESETS.alwaysOn } }, T3_MEDIUM);
    expect(r.runningHours.toString()).toBe('730');
    expect(r.runs.toString()).toBe('1');
    expect(r.total.toString()).toBe('30.368'); // 730 x 0.0416
    expect(r.savings.isZero()).toBe(true);
    expect(r.scheduleAlwaysOn).toBe(true);
  });

  describe('billing granularity: Mon-Fri 09:00-17:30 (8.5 h runs) on m5.large at $0.096', () => {
    const input = (billing: 'per-second' | 'per-hour'): Ec2OffHoursInput => ({
      billing,
      schedule: { periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:30' }] },
    });
    const prices: Ec2Prices = { instanceHourly: '0.096' };
    it('per second: 42.5 h/week x 730/168 x $0.096 = $17.73', () => {
      const r = priceEc2OffHours(input('per-second'), prices);
      expect(r.scheduled.compute.eq(d('2978.4').div(168))).toBe(true); // 42.5 x 730 x 0.096 / 168
      expect(fixed(r.total)).toBe('17.73');
    });
    it('per hour (SUSE): each run bills 9 h -> 45 h/week x 730/168 x $0.096 = $18.77', () => {
      const r = priceEc2OffHours(input('per-hour'), prices);
      expect(r.billedHours.eq(d(32850).div(168))).toBe(true); // 45 x 730 / 168 = 195.54 h
      expect(r.scheduled.compute.eq(d('3153.6').div(168))).toBe(true);
      expect(fixed(r.total)).toBe('18.77');
      // rounding adds 2.5 h/week x 730/168 = 10.86 h
      expect(texts(r)['ec2.billed.perHour.average']).toBe(
        'Per-hour billing, each run rounded up to whole hours: 45 h/week x 730/168 = 195.54 h/month billed (rounding adds 10.86 h)',
      );
    });
  });

  describe('many short runs: per-hour billing can cost MORE than always on', () => {
    // A one-minute run every half hour, every day: 48 runs/day, 336 runs/week.
    const periods: Period[] = [];
    for (let m = 0; m < 1440; m += 30) {
      const hm = (x: number): string => `${String(Math.trunc(x / 60)).padStart(2, '0')}:${String(x % 60).padStart(2, '0')}`;
      periods.push({ days: [...WEEKDAYS], start: hm(m), end: hm(m + 1) });
    }
    it('per hour: 336 runs/week x 1 h x 730/168 = 1,460 h = $60.74 vs $30.37 always on: savings -100%', () => {
      const r = priceEc2OffHours({ billing: 'per-hour', schedule: { periods } }, T3_MEDIUM);
      expect(r.billedHours.toString()).toBe('1460');
      expect(r.scheduled.compute.toString()).toBe('60.736'); // 1460 x 0.0416
      expect(r.alwaysOn.compute.toString()).toBe('30.368');
      expect(r.savings.toString()).toBe('-30.368');
      expect(r.savingsPercent.toString()).toBe('-100');
      expect(texts(r)['ec2.savings.negative']).toBe(
        'The schedule costs $30.37 MORE than always on ($60.74 vs $30.37): with per-hour billing each of its 1,460 runs is rounded up to whole hours',
      );
    });
    it('per second: each run bills its 60 s: 5.6 h/week x 730/168 = 24.33 h', () => {
      const r = priceEc2OffHours({ billing: 'per-second', schedule: { periods } }, T3_MEDIUM);
      expect(r.billedHours.eq(d(4088).div(168))).toBe(true); // 5.6 x 730 / 168
      expect(r.savings.isPositive()).toBe(true);
    });
  });

  it('holidays are ignored in the average month, and says so', () => {
    const r = priceEc2OffHours({ schedule: { ...OFFICE, holidays: ['2025-12-25'] } }, T3_MEDIUM);
    expect(r.runningHours.eq(d(29200).div(168))).toBe(true);
    expect(texts(r)['ec2.holidays.ignored']).toContain('1 holiday is ignored');
  });
});

describe('what keeps billing while stopped', () => {
  // Office hours, 1 x t3.medium, 30 GB gp3 + 2 x 100 GB gp2, 1 Elastic IP, auto-assigned public IPv4.
  const input: Ec2OffHoursInput = {
    region: 'us-east-1',
    instanceType: 't3.medium',
    schedule: OFFICE,
    volumes: [
      { type: 'gp3', sizeGb: '30' },
      { type: 'gp2', sizeGb: 100, count: 2 },
    ],
    elasticIps: 1,
    publicIpv4: true,
  };
  const r = priceEc2OffHours(input, T3_MEDIUM);

  it('EBS is billed the whole month either way: 30 x 0.08 + 2 x 100 x 0.10 = $22.40', () => {
    expect(r.scheduled.ebs.toString()).toBe('22.4');
    expect(r.alwaysOn.ebs.toString()).toBe('22.4');
    expect(texts(r)['ec2.ebs']).toBe('EBS gp2: 2 x 100 GB x $0.10/GB-month x 1 instance = $20.00 (billed while stopped too)');
  });

  it('an Elastic IP is billed every hour, running or stopped: 730 x $0.005 = $3.65', () => {
    expect(r.scheduled.elasticIps.toString()).toBe('3.65');
    expect(r.alwaysOn.elasticIps.toString()).toBe('3.65');
    expect(texts(r)['ec2.elasticIp']).toBe('Elastic IPs: 730 h x $0.005 x 1 Elastic IP = $3.65 (billed running or stopped)');
  });

  it('an auto-assigned public IPv4 is released on stop: 173.81 h x $0.005 = $0.87 (vs $3.65 always on)', () => {
    expect(r.scheduled.publicIpv4.eq(d(146).div(168))).toBe(true); // 29200/168 x 0.005
    expect(r.alwaysOn.publicIpv4.toString()).toBe('3.65');
  });

  it('totals, savings and the part not saved', () => {
    // scheduled: 1214.72/168 compute + 146/168 IPv4 + 22.40 + 3.65 = 34.1495...
    expect(r.total.eq(d('1360.72').div(168).plus('26.05'))).toBe(true);
    // always on: 30.368 + 3.65 + 22.40 + 3.65 = 60.068
    expect(r.alwaysOn.total.toString()).toBe('60.068');
    expect(r.notSaved.toString()).toBe('26.05');
    // savings 25.918..., 43.1% of the bill, but 76.2% of the compute
    expect(fixed(r.savings)).toBe('25.92');
    expect(fixed(r.savingsPercent, 1)).toBe('43.1');
    expect(fixed(r.computeSavingsPercent, 1)).toBe('76.2');
    expect(costSum(r)).toBe(r.total.toString());
    expect(texts(r)['ec2.notSaved']).toBe('Not saved by the schedule: EBS $22.40 + Elastic IPs $3.65 = $26.05 a month, billed whether the instance runs or not');
  });

  it('volumes, IPs and the public-IP flag are per instance: 3 instances triple them', () => {
    const r3 = priceEc2OffHours({ ...input, count: '3' }, T3_MEDIUM);
    expect(r3.scheduled.ebs.toString()).toBe('67.2');
    expect(r3.scheduled.elasticIps.toString()).toBe('10.95');
    expect(r3.alwaysOn.publicIpv4.toString()).toBe('10.95');
  });

  it('0 instances (or a $0 price) cost nothing and save 0%, never dividing by zero', () => {
    const r0 = priceEc2OffHours({ ...input, count: 0 }, T3_MEDIUM);
    expect(r0.total.isZero()).toBe(true);
    expect(r0.savingsPercent.toString()).toBe('0');
    expect(r0.computeSavingsPercent.toString()).toBe('0');
    const free = priceEc2OffHours({ schedule: OFFICE }, { instanceHourly: '0' });
    expect(free.savingsPercent.toString()).toBe('0');
  });
});

describe('calendar month (exact, in the schedule time zone)', () => {
  const ny = (periods: readonly Period[], ym: string, extra: Partial<Ec2OffHoursInput> = {}): ReturnType<typeof priceEc2OffHours> =>
    priceEc2OffHours({ monthMode: 'calendar', yearMonth: ym, schedule: { periods, timeZone: 'America/New_York' }, ...extra }, T3_MEDIUM);

  it('always on in New York, March 2025 = 743 h x $0.0416 = $30.9088', () => {
    const r = ny(SCHEDULE_PRESETS.alwaysOn, '2025-03');
    expect(r.month.hours.toString()).toBe('743');
    expect(r.alwaysOn.compute.toString()).toBe('30.9088');
    expect(r.scheduled.compute.toString()).toBe('30.9088');
    expect(r.runs.toString()).toBe('1');
    expect(texts(r)['ec2.month.calendar.dst']).toBe('2025-03 in America/New_York: 31 days = 743 h (a clock change makes it 1 h shorter than 744 h)');
  });

  it('always on in New York, November 2025 = 721 h', () => {
    const r = ny(SCHEDULE_PRESETS.alwaysOn, '2025-11');
    expect(r.alwaysOnBilledHours.toString()).toBe('721');
    expect(texts(r)['ec2.month.calendar.dst']).toContain('1 h longer than 720 h');
  });

  it('office hours in New York, March 2025: 21 weekdays x 8 h = 168 h; saves 575/743 of the compute', () => {
    const r = ny(SCHEDULE_PRESETS.officeHours, '2025-03');
    expect(r.runs.toString()).toBe('21');
    expect(r.runningHours.toString()).toBe('168');
    expect(r.scheduled.compute.toString()).toBe('6.9888'); // 168 x 0.0416
    expect(r.savings.toString()).toBe('23.92'); // 30.9088 - 6.9888
    expect(close(r.computeSavingsPercent, d(57500).div(743))).toBe(true);
    expect(texts(r)['ec2.running.calendar']).toBe('21 runs in 2025-03 = 168 h running');
  });

  it('holidays in the month: Christmas off gives 22 runs in December 2025', () => {
    const r = ny(SCHEDULE_PRESETS.officeHours, '2025-12', {});
    const h = priceEc2OffHours(
      { monthMode: 'calendar', yearMonth: '2025-12', schedule: { periods: SCHEDULE_PRESETS.officeHours, timeZone: 'America/New_York', holidays: ['2025-12-25'] } },
      T3_MEDIUM,
    );
    expect(r.runs.toString()).toBe('23');
    expect(h.runs.toString()).toBe('22');
    expect(texts(h)['ec2.holidays.calendar']).toBe('1 holiday in 2025-12: no period starts on a holiday (a run begun the day before runs to its end)');
  });

  it('per-hour billing rounds the half-hour DST month up: Lord Howe April 2025 = 720.5 h, billed 721', () => {
    const r = priceEc2OffHours(
      { billing: 'per-hour', monthMode: 'calendar', yearMonth: '2025-04', schedule: { periods: SCHEDULE_PRESETS.alwaysOn, timeZone: 'Australia/Lord_Howe' } },
      T3_MEDIUM,
    );
    expect(r.month.hours.toString()).toBe('720.5');
    expect(r.alwaysOnBilledHours.toString()).toBe('721');
    expect(r.billedHours.toString()).toBe('721');
  });

  it('per-second billing charges at least 60 s per run (Monrovia, January 1972: a 30 s run)', () => {
    // Liberia moved from UTC-0:44:30 to UTC on 1972-01-07 00:00 local, skipping 00:00-00:44:30.
    // Fri 00:44-00:45 on the 7th starts in the gap, so it runs 30 s; the 14th, 21st and 28th run 60 s.
    const r = priceEc2OffHours(
      { monthMode: 'calendar', yearMonth: '1972-01', schedule: { periods: [{ days: ['fri'], start: '00:44', end: '00:45' }], timeZone: 'Africa/Monrovia' } },
      { instanceHourly: '36' }, // $0.01 per second
    );
    expect(r.runs.toString()).toBe('4');
    expect(r.runningHours.times(3600).toString()).toBe('210');
    expect(r.billedHours.times(3600).toString()).toBe('240');
    expect(r.total.toString()).toBe('2.4');
    expect(texts(r)['ec2.billed.perSecond.minimum']).toBe('Per-second billing: 1 run shorter than 60 s billed as 60 s; 0.0667 h billed');
    // the month itself is 744 h - 44.5 min long
    expect(r.month.hours.eq(d(744).minus(d('44.5').div(60)))).toBe(true);
  });

  it('public IPv4 and Elastic IPs follow the real month length', () => {
    const r = ny(SCHEDULE_PRESETS.officeHours, '2025-11', { elasticIps: 1, publicIpv4: true });
    expect(r.scheduled.elasticIps.toString()).toBe('3.605'); // 721 x 0.005
    expect(r.alwaysOn.publicIpv4.toString()).toBe('3.605');
  });
});

describe('chart data: 12 months of always-on vs scheduled cost and cumulative savings', () => {
  it('average mode repeats the 730-hour month', () => {
    const c = ec2SavingsChart({ schedule: OFFICE }, T3_MEDIUM);
    expect(c.labels).toEqual(Array.from({ length: 12 }, (_, i) => `Month ${i + 1}`));
    // monthly savings = 30.368 x 128/168; over 12 months x 12
    const monthly = d('30.368').times(128).div(168);
    expect(close(c.months[0]!.savings, monthly)).toBe(true);
    expect(close(c.totalSavings, monthly.times(12))).toBe(true);
    expect(c.cumulativeSavings[11]).toBeCloseTo(277.650285714, 6);
    expect(c.alwaysOn.every((v) => v === 30.368)).toBe(true);
  });

  it('calendar mode walks 12 consecutive months; a year of always-on is 8,760 h', () => {
    const c = ec2SavingsChart({ monthMode: 'calendar', yearMonth: '2025-03', schedule: { ...OFFICE, timeZone: 'America/New_York' } }, T3_MEDIUM);
    expect(c.labels).toEqual(['2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02']);
    // March 743 h ... November 721 h ... February 672 h: the DST hours cancel over a year.
    expect(sum(c.months.map((m) => m.alwaysOn)).toString()).toBe('364.416'); // 8760 x 0.0416
    expect(c.months[8]!.alwaysOn.toString()).toBe('29.9936'); // 721 x 0.0416
    let running = d(0);
    c.months.forEach((m) => {
      running = running.plus(m.savings);
      expect(m.cumulativeSavings.eq(running)).toBe(true);
    });
  });

  it('rejects a month count outside 1..120', () => {
    expect(errorOf(() => ec2SavingsChart({ schedule: OFFICE }, T3_MEDIUM, '', 0)).code).toBe('out_of_range');
  });
});

describe('catalog defaults and overrides', () => {
  it('uses the catalog price for the region and type, and a user override', () => {
    expect(priceEc2OffHours({ schedule: { periods: SCHEDULE_PRESETS.alwaysOn } }, defaultEc2Prices('eu-west-1', 't3.medium')).total.toString()).toBe('33.288'); // 730 x 0.0456
    const override = { ...defaultEc2Prices('eu-west-1', 't3.medium'), instanceHourly: '0.05' };
    expect(priceEc2OffHours({ schedule: { periods: SCHEDULE_PRESETS.alwaysOn } }, override).total.toString()).toBe('36.5');
  });

  it('asks for a price the catalog does not have', () => {
    const e = errorOf(() => priceEc2OffHours({ region: 'eu-west-1', instanceType: 't3.micro', schedule: OFFICE }, defaultEc2Prices('eu-west-1', 't3.micro')));
    expect(e.code).toBe('unknown_price');
    expect(e.message).toMatchInlineSnapshot(`"No price is known for "t3.micro" in eu-west-1; enter one. (at prices.instanceHourly)"`);
    const v = errorOf(() =>
      priceEc2OffHours({ region: 'us-west-2', instanceType: 't3.micro', schedule: OFFICE, volumes: [{ type: 'gp3', sizeGb: 8 }] }, defaultEc2Prices('us-west-2', 't3.micro')),
    );
    expect([v.code, v.path]).toEqual(['unknown_price', 'prices.ebsGbMonth.gp3']);
  });
});

describe('invalid input: EngineError with the field path', () => {
  const base: Ec2OffHoursInput = { schedule: OFFICE };
  it.each<[string, unknown, string, string]>([
    ['count 1.5', { ...base, count: '1.5' }, 'not_integer', 'count'],
    ['negative count', { ...base, count: -1 }, 'negative', 'count'],
    ['float count', { ...base, count: 1.5 }, 'float_not_allowed', 'count'],
    ['billing per-minute', { ...base, billing: 'per-minute' }, 'unknown_option', 'billing'],
    ['month mode weekly', { ...base, monthMode: 'weekly' }, 'unknown_option', 'monthMode'],
    ['calendar without a month', { ...base, monthMode: 'calendar', schedule: { ...OFFICE, timeZone: 'UTC' } }, 'required', 'yearMonth'],
    ['calendar without a zone', { ...base, monthMode: 'calendar', yearMonth: '2025-03' }, 'required', 'schedule.timeZone'],
    ['bad month', { ...base, monthMode: 'calendar', yearMonth: 'March', schedule: { ...OFFICE, timeZone: 'UTC' } }, 'invalid_date', 'yearMonth'],
    ['unknown zone', { ...base, schedule: { ...OFFICE, timeZone: 'Europe/Atlantis' } }, 'unknown_time_zone', 'schedule.timeZone'],
    ['zero-length period', { schedule: { periods: [{ days: ['mon'], start: '09:00', end: '09:00' }] } }, 'empty_period', 'schedule.periods.0'],
    ['bad time', { schedule: { periods: [{ days: ['mon'], start: '9am', end: '17:00' }] } }, 'invalid_time', 'schedule.periods.0.start'],
    ['no schedule', {}, 'invalid_type', 'schedule'],
    ['volume type gp4', { ...base, volumes: [{ type: 'gp4', sizeGb: 8 }] }, 'unknown_option', 'volumes.0.type'],
    ['volume size with a comma', { ...base, volumes: [{ type: 'gp3', sizeGb: '30,5' }] }, 'decimal_comma', 'volumes.0.sizeGb'],
    ['volume without a size', { ...base, volumes: [{ type: 'gp3' }] }, 'required', 'volumes.0.sizeGb'],
    ['volumes not a list', { ...base, volumes: { type: 'gp3' } }, 'invalid_type', 'volumes'],
    ['publicIpv4 "yes"', { ...base, publicIpv4: 'yes' }, 'invalid_type', 'publicIpv4'],
    ['elastic IPs 0.5', { ...base, elasticIps: '0.5' }, 'not_integer', 'elasticIps'],
    ['input not an object', 'office hours', 'invalid_type', ''],
  ])('%s', (_name, input, code, path) => {
    const e = errorOf(() => priceEc2OffHours(input as Ec2OffHoursInput, T3_MEDIUM));
    expect([e.code, e.path]).toEqual([code, path]);
  });

  it('bad prices', () => {
    expect(errorOf(() => priceEc2OffHours(base, { instanceHourly: 'abc' })).path).toBe('prices.instanceHourly');
    expect(errorOf(() => priceEc2OffHours(base, null as unknown as Ec2Prices)).code).toBe('invalid_type');
    const ip = errorOf(() => priceEc2OffHours({ ...base, publicIpv4: true }, { instanceHourly: '0.1' }));
    expect([ip.code, ip.path]).toEqual(['required', 'prices.publicIpv4Hourly']);
  });

  it('nests every path under a base path', () => {
    const e = errorOf(() => priceEc2OffHours({ schedule: { periods: [{ days: ['funday'], start: '09:00', end: '17:00' }] } } as unknown as Ec2OffHoursInput, T3_MEDIUM, 'components.2'));
    expect(e.path).toBe('components.2.schedule.periods.0.days.0');
    const p = errorOf(() => priceEc2OffHours(base, {}, 'components.2'));
    expect(p.path).toBe('components.2.prices.instanceHourly');
  });
});
