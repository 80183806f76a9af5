import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sum } from '../../src/engine/decimal.ts';
import { EngineError } from '../../src/engine/errors.ts';
import { ec2SavingsChart, priceEc2OffHours, type Ec2Billing, type Ec2OffHoursInput, type Ec2OffHoursResult, type Ec2Prices } from '../../src/engine/index.ts';
import { WEEKDAYS, type Period, type Weekday } from '../../src/engine/index.ts';

const ALL: Weekday[] = [...WEEKDAYS];
const hm = (m: number): string => (m === 1440 ? '24:00' : `${String(Math.trunc(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);

/** Zones with whole-hour DST (or none), plus Lord Howe's half-hour DST where allowed. */
const WHOLE_HOUR_ZONES = ['UTC', 'America/New_York', 'Europe/London', 'America/Santiago', 'Asia/Kolkata', 'Europe/Madrid'];
const ZONES = [...WHOLE_HOUR_ZONES, 'Australia/Lord_Howe'];

const minuteArb = fc.integer({ min: 0, max: 1439 });
const periodArb = (step: number): fc.Arbitrary<Period> =>
  fc
    .record({
      days: fc.subarray(ALL, { minLength: 1 }),
      start: minuteArb.map((m) => m - (m % step)),
      end: fc.integer({ min: 1, max: 1440 }).map((m) => m - (m % step)),
    })
    .filter((p) => p.start !== p.end && p.end > 0)
    .map((p) => ({ days: p.days, start: hm(p.start), end: hm(p.end) }));

const decimalText = fc.integer({ min: 0, max: 100_000 }).map((n) => (n / 10_000).toFixed(4));
const pricesArb: fc.Arbitrary<Ec2Prices> = fc.record({
  instanceHourly: decimalText,
  ebsGbMonth: fc.record({ gp3: decimalText, gp2: decimalText }),
  publicIpv4Hourly: decimalText,
});

function inputArb(billing: Ec2Billing, step: number, zones: string[]): fc.Arbitrary<Ec2OffHoursInput> {
  return fc.record({
    count: fc.integer({ min: 0, max: 5 }),
    billing: fc.constant(billing),
    monthMode: fc.constantFrom('average' as const, 'calendar' as const),
    yearMonth: fc.record({ y: fc.integer({ min: 2018, max: 2030 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${String(m).padStart(2, '0')}`),
    schedule: fc.record({
      periods: fc.array(periodArb(step), { maxLength: 5 }),
      timeZone: fc.constantFrom(...zones),
      holidays: fc.array(fc.date({ min: new Date('2018-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((x) => x.toISOString().slice(0, 10)), { maxLength: 3 }),
    }),
    volumes: fc.array(fc.record({ type: fc.constantFrom('gp3' as const, 'gp2' as const), sizeGb: fc.integer({ min: 0, max: 2000 }), count: fc.integer({ min: 0, max: 3 }) }), { maxLength: 2 }),
    elasticIps: fc.integer({ min: 0, max: 2 }),
    publicIpv4: fc.boolean(),
  });
}

function checkBounds(r: Ec2OffHoursResult): void {
  for (const part of [r.alwaysOn, r.scheduled]) {
    for (const v of [part.compute, part.publicIpv4, part.ebs, part.elasticIps, part.total]) {
      expect(v.isFinite() && !v.isNegative()).toBe(true);
    }
    // The chart's "public addresses" bar is both kinds of address together.
    expect(part.addresses.eq(part.publicIpv4.plus(part.elasticIps))).toBe(true);
  }
  // The compute saving lies between 0 and 100% of the always-on compute.
  expect(r.computeSavings.gte(0)).toBe(true);
  expect(r.computeSavings.lte(r.alwaysOn.compute)).toBe(true);
  expect(r.computeSavingsPercent.gte(0) && r.computeSavingsPercent.lte(100)).toBe(true);
  // Scheduled never costs more than always on; the saving is 0..100% of the bill.
  expect(r.scheduled.total.lte(r.alwaysOn.total)).toBe(true);
  expect(r.savingsPercent.gte(0) && r.savingsPercent.lte(100)).toBe(true);
  // Running time fits in the month; billing never bills less than what ran.
  expect(r.runningHours.lte(r.month.hours)).toBe(true);
  expect(r.billedHours.gte(r.runningHours)).toBe(true);
  // The cost lines add up to the total.
  expect(sum(r.lines.filter((l) => l.kind === 'cost').map((l) => l.amount)).eq(r.total)).toBe(true);
}

describe('properties', () => {
  it('per-second billing: savings within 0..100% of compute, scheduled <= always on, nothing negative', () => {
    fc.assert(
      fc.property(inputArb('per-second', 1, ZONES), pricesArb, (input, prices) => {
        checkBounds(priceEc2OffHours(input, prices));
      }),
      { numRuns: 200 },
    );
  });

  it('per-hour billing with whole-hour periods: the same bounds hold', () => {
    // (With runs shorter than an hour, per-hour billing CAN exceed always on: see ec2.test.ts.)
    fc.assert(
      fc.property(inputArb('per-hour', 60, WHOLE_HOUR_ZONES), pricesArb, (input, prices) => {
        checkBounds(priceEc2OffHours(input, prices));
      }),
      { numRuns: 200 },
    );
  });

  it('7 x 00:00-24:00, cut into any periods, costs exactly the always-on amount', () => {
    fc.assert(
      fc.property(
        inputArb('per-second', 1, ZONES),
        fc.constantFrom<Ec2Billing>('per-second', 'per-hour'),
        fc.uniqueArray(fc.integer({ min: 1, max: 1439 }), { maxLength: 3 }),
        pricesArb,
        (input, billing, cuts, prices) => {
          const marks = [0, ...cuts.sort((a, b) => a - b), 1440];
          const periods = marks.slice(1).map((end, i) => ({ days: ALL, start: hm(marks[i]!), end: hm(end) }));
          const r = priceEc2OffHours({ ...input, billing, schedule: { periods, timeZone: input.schedule.timeZone } }, prices);
          expect(r.scheduled.total.eq(r.alwaysOn.total)).toBe(true);
          expect(r.savings.isZero()).toBe(true);
          expect(r.runs.toString()).toBe('1');
          expect(r.scheduleAlwaysOn).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('chart: cumulative savings are the running sum and every number is finite', () => {
    fc.assert(
      fc.property(inputArb('per-second', 15, ZONES), pricesArb, (input, prices) => {
        const c = ec2SavingsChart(input, prices, '', 3);
        expect(c.months).toHaveLength(3);
        expect(c.cumulativeSavings[2]).toBeCloseTo(c.months.reduce((acc, m) => acc + m.savings.toNumber(), 0), 6);
        expect([...c.alwaysOn, ...c.scheduled, ...c.cumulativeSavings].every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});

describe('fuzzing: arbitrary JSON throws nothing but EngineError', () => {
  const validPrices: Ec2Prices = { instanceHourly: '0.0416', ebsGbMonth: { gp3: '0.08' }, publicIpv4Hourly: '0.005' };
  /** Either a sane result (finite, non-negative totals) or an EngineError; anything else fails. */
  const onlyEngineErrors = (fn: () => Ec2OffHoursResult | ReturnType<typeof ec2SavingsChart>): void => {
    try {
      const r = fn();
      const totals = 'total' in r ? [r.total, r.alwaysOn.total] : r.months.flatMap((m) => [m.alwaysOn, m.scheduled]);
      expect(totals.every((t) => t.isFinite() && !t.isNegative())).toBe(true);
    } catch (e) {
      expect(e).toBeInstanceOf(EngineError);
    }
  };

  it('any JSON value as the input or the prices', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (input, prices) => {
        onlyEngineErrors(() => priceEc2OffHours(input as unknown as Ec2OffHoursInput, validPrices));
        onlyEngineErrors(() => priceEc2OffHours(input as unknown as Ec2OffHoursInput, prices as unknown as Ec2Prices));
        onlyEngineErrors(() => ec2SavingsChart(input as unknown as Ec2OffHoursInput, validPrices, '', 2));
      }),
      { numRuns: 300 },
    );
  });

  it('plausible shapes: mostly valid fields, some replaced by arbitrary values', () => {
    const leaf = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom('09:00', '24:00', '00:00', '23:59', '7:5', 'mon', 'sun', 'UTC', 'Etc/GMT+14', '2025-02-29', '1e999', '-0', ' 1 ', 'io2', 'per-minute'),
      fc.integer(),
      fc.double(),
      fc.boolean(),
    );
    /** A valid value most of the time, an arbitrary one sometimes. */
    const often = <T,>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> => fc.oneof({ arbitrary: valid, weight: 15 }, { arbitrary: leaf, weight: 1 });
    const time = fc.integer({ min: 0, max: 1440 }).map(hm);
    const periodLike = fc.record({ days: often(fc.subarray(ALL, { minLength: 1 })), start: often(time), end: often(time) });
    const inputLike = fc.record({
      region: often(fc.constantFrom('us-east-1', 'sa-east-1')),
      instanceType: often(fc.constant('m5.large')),
      count: often(fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constantFrom('3', '1e3', '0'))),
      billing: often(fc.constantFrom('per-second', 'per-hour')),
      monthMode: often(fc.constantFrom('average', 'calendar')),
      yearMonth: often(fc.constantFrom('2025-03', '2025-11', '1970-01', '2199-12', '2011-12')),
      schedule: often(
        fc.record({
          periods: often(fc.array(often(periodLike), { maxLength: 4 })),
          timeZone: often(fc.constantFrom('UTC', 'America/New_York', 'Pacific/Apia', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Africa/Monrovia')),
          holidays: often(fc.array(often(fc.constantFrom('2025-03-09', '2025-11-02', '2011-12-30', '2025-12-25')), { maxLength: 3 })),
        }),
      ),
      volumes: often(fc.array(often(fc.record({ type: often(fc.constantFrom('gp3', 'gp2')), sizeGb: often(fc.constantFrom('30', 8, '0.5')), count: often(fc.nat(4)) })), { maxLength: 2 })),
      elasticIps: often(fc.nat(3)),
      publicIpv4: often(fc.boolean()),
    });
    const pricesLike = fc.record({
      instanceHourly: often(decimalText),
      ebsGbMonth: often(fc.record({ gp3: often(decimalText), gp2: often(decimalText) })),
      publicIpv4Hourly: often(decimalText),
    });
    let priced = 0;
    fc.assert(
      fc.property(inputLike, pricesLike, fc.constantFrom('', 'components.1'), (input, prices, path) => {
        onlyEngineErrors(() => priceEc2OffHours(input as unknown as Ec2OffHoursInput, prices as unknown as Ec2Prices, path));
        try {
          priceEc2OffHours(input as unknown as Ec2OffHoursInput, prices as unknown as Ec2Prices, path);
          priced++;
        } catch {
          // counted above
        }
      }),
      { numRuns: 300 },
    );
    // The generator reaches the calculation itself, not only the validation.
    expect(priced).toBeGreaterThan(20);
  });
});
