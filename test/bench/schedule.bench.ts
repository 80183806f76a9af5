/**
 * Benchmarks of the schedule / EC2 off-hours engine (target: median under 5 ms per set of twelve
 * calendar months in a DST time zone). Run: npx vitest bench --run test/bench/schedule.bench.ts
 */
import { bench, describe } from 'vitest';
import { addMonths, calendarMonth, parseSchedule, SCHEDULE_PRESETS } from '../../src/engine/index.ts';
import { ec2SavingsChart, priceEc2OffHours, type Ec2OffHoursInput } from '../../src/engine/index.ts';

const T3_MEDIUM = { instanceHourly: '0.0416', ebsGbMonth: { gp3: '0.08' }, publicIpv4Hourly: '0.005' };

/** Office hours, a lunch break, an overnight batch window and a weekend job, with holidays. */
const busy = parseSchedule({
  timeZone: 'America/New_York',
  periods: [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '12:00' },
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '13:00', end: '18:30' },
    { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '22:00', end: '02:30' },
    { days: ['sat', 'sun'], start: '01:00', end: '04:00' },
  ],
  holidays: ['2025-01-01', '2025-05-26', '2025-07-04', '2025-09-01', '2025-11-27', '2025-12-25'],
});

describe('twelve calendar months in a DST zone', () => {
  bench('calendarMonth x 12, America/New_York, 4 periods + 6 holidays', () => {
    for (let i = 0; i < 12; i++) calendarMonth(busy, addMonths({ year: 2025, month: 1 }, i));
  });

  const office = parseSchedule({ timeZone: 'Europe/London', periods: SCHEDULE_PRESETS.officeHours });
  bench('calendarMonth x 12, Europe/London, office hours', () => {
    for (let i = 0; i < 12; i++) calendarMonth(office, addMonths({ year: 2025, month: 3 }, i));
  });

  const input: Ec2OffHoursInput = {
    region: 'us-east-1',
    instanceType: 't3.medium',
    count: 3,
    billing: 'per-hour',
    monthMode: 'calendar',
    yearMonth: '2025-03',
    schedule: { timeZone: 'Australia/Lord_Howe', periods: SCHEDULE_PRESETS.weekdays, holidays: ['2025-04-25'] },
    volumes: [{ type: 'gp3', sizeGb: 50 }],
    elasticIps: 1,
    publicIpv4: true,
  };
  bench('ec2SavingsChart: 12 priced calendar months (totals), Australia/Lord_Howe', () => {
    ec2SavingsChart(input, T3_MEDIUM);
  });

  bench('priceEc2OffHours x 12 calendar months with every line item, Australia/Lord_Howe', () => {
    for (let i = 0; i < 12; i++) {
      const ym = addMonths({ year: 2025, month: 3 }, i);
      priceEc2OffHours({ ...input, yearMonth: `${ym.year}-${String(ym.month).padStart(2, '0')}` }, T3_MEDIUM);
    }
  });
});
