/**
 * The EC2 savings chart in calendar mode walks on month by month from `yearMonth`; calendar months
 * end at 2199-12, so a chart that would pass it fails at `<path>.yearMonth` (the month chosen), naming
 * the first month out of range.
 */
import { describe, expect, it } from 'vitest';
import { ec2SavingsChart, SCHEDULE_PRESETS, type Ec2OffHoursInput } from '../../src/engine/index.ts';
import { errorOf } from './helpers.ts';

const INPUT = { schedule: { periods: SCHEDULE_PRESETS.officeHours, timeZone: 'UTC' }, monthMode: 'calendar', yearMonth: '2199-06' } as unknown as Ec2OffHoursInput;
const PRICES = { instanceHourly: '0.0416' };

describe('EC2 savings chart up to 2199-12', () => {
  it('June to December 2199 is 7 months; 8 months from June 2199 reach 2200-01, out of range at c.yearMonth', () => {
    expect(ec2SavingsChart(INPUT, PRICES, 'c', 7).labels).toEqual(['2199-06', '2199-07', '2199-08', '2199-09', '2199-10', '2199-11', '2199-12']);
    const e = errorOf(() => ec2SavingsChart(INPUT, PRICES, 'c', 8));
    expect([e.code, e.path, e.params]).toEqual(['out_of_range', 'c.yearMonth', { value: '2200-1', min: '1970-01', max: '2199-12' }]);
  });
});
