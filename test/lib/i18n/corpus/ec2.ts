/**
 * Results that make the ec2 calculator emit each of its line keys at least once (with the
 * examples' lines, test/lib/i18n/lines.test.ts requires every template to be used).
 */
import { billRuns, ec2SavingsChart, priceEc2OffHours, SCHEDULE_PRESETS, WEEKDAYS, type Ec2OffHoursInput, type LineItem } from '../../../../src/engine/index.ts';
import { collectLines } from './collect.ts';

const PRICES = { instanceHourly: '0.0416', ebsGbMonth: { gp3: '0.08' }, publicIpv4Hourly: '0.005' };
const office = { periods: SCHEDULE_PRESETS.officeHours, timeZone: 'America/New_York', holidays: ['2025-03-17', '2025-11-27', '2025-12-25'] };
const base: Ec2OffHoursInput = { region: 'us-east-1', instanceType: 't3.medium', count: 2, schedule: office, volumes: [{ type: 'gp3', sizeGb: 30 }], elasticIps: 1, publicIpv4: true };
const hm = (x: number): string => `${String(Math.trunc(x / 60)).padStart(2, '0')}:${String(x % 60).padStart(2, '0')}`;
/** A one-minute run every half hour: whole-hour billing makes them cost more than always on. */
const shortRuns = { periods: Array.from({ length: 48 }, (_, i) => ({ days: [...WEEKDAYS], start: hm(30 * i), end: hm(30 * i + 1) })), timeZone: 'UTC' };

const inputs: Ec2OffHoursInput[] = [
  // Weekly schedule in the 730-hour month, holidays ignored; per second and per hour.
  base,
  { ...base, billing: 'per-hour', count: 1 },
  // Calendar months: DST shorter (March) and longer (November), holidays, per hour.
  { ...base, monthMode: 'calendar', yearMonth: '2025-03' },
  { ...base, monthMode: 'calendar', yearMonth: '2025-11', billing: 'per-hour' },
  { ...base, monthMode: 'calendar', yearMonth: '2025-04' },
  // A calendar month where a run shorter than 60 s bills 60 s (Monrovia's clocks jumped 44 min 30 s).
  { instanceType: 't3.medium', schedule: { periods: [{ days: ['fri'], start: '00:44', end: '00:45' }], timeZone: 'Africa/Monrovia' }, monthMode: 'calendar', yearMonth: '1972-01' },
  // Always on, in both months.
  { instanceType: 't3.medium', schedule: { periods: SCHEDULE_PRESETS.alwaysOn } },
  { region: 'eu-west-1', schedule: { periods: SCHEDULE_PRESETS.alwaysOn, timeZone: 'UTC' }, monthMode: 'calendar', yearMonth: '2025-02' },
  // Hours per week instead of a schedule; stopped all month; EBS and IPv4 only.
  { count: 3, hoursPerWeek: 40, runsPerWeek: 5, schedule: { periods: [] } },
  { hoursPerWeek: 0, schedule: { periods: [] }, volumes: [{ type: 'gp3', sizeGb: 100, count: 2 }], elasticIps: 2 },
  // Per-hour billing of many short runs: costs more than always on.
  { ...base, billing: 'per-hour', schedule: shortRuns },
];

export function ec2Lines(): LineItem[] {
  return collectLines([
    ...inputs.map((i) => priceEc2OffHours(i, PRICES)),
    ec2SavingsChart(base, PRICES, '', 2),
    billRuns([30, 30, 7200], 'per-second'),
    billRuns([600, 3600], 'per-hour'),
    billRuns([90], 'per-second'),
  ]);
}
