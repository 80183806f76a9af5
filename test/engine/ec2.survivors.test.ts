/**
 * EC2 input checks the earlier tests left open (mutation survivors of ec2/parse.ts): the path of a
 * bad instance type, `volumes: null` read as no volumes, a calendar month without a time zone
 * reported before any later field's error, and EBS prices that are not a table.
 */
import { describe, expect, it } from 'vitest';
import { priceEc2OffHours, SCHEDULE_PRESETS } from '../../src/engine/index.ts';
import { errorOf, phraseText } from './helpers.ts';

const P = { instanceHourly: '0.0416', ebsGbMonth: { gp3: '0.08' }, publicIpv4Hourly: '0.005' };
const OFFICE = { periods: SCHEDULE_PRESETS.officeHours };
const err = (input: unknown, prices: unknown = P) => errorOf(() => priceEc2OffHours(input as never, prices as never, 'g'));

describe('EC2 input: edge cases', () => {
  it('an instance type that is not text is refused at its own path', () => {
    const e = err({ schedule: OFFICE, instanceType: 5 });
    expect([e.code, e.path, phraseText(e.params.expected), phraseText(e.params.got)]).toEqual(['invalid_type', 'g.instanceType', 'text', 'number']);
  });

  it('volumes: null means no volumes (the same bill as leaving it out)', () => {
    const none = priceEc2OffHours({ schedule: OFFICE, volumes: null } as never, P);
    const omitted = priceEc2OffHours({ schedule: OFFICE } as never, P);
    expect(none.total.toString()).toBe(omitted.total.toString());
    expect(none.lines.map((l) => l.key)).toEqual(omitted.lines.map((l) => l.key));
  });

  it('a calendar month without a time zone is reported first, before a later bad field (elastic IPs)', () => {
    const z = err({ schedule: OFFICE, monthMode: 'calendar', yearMonth: '2025-01', elasticIps: -1 });
    expect([z.code, z.path]).toEqual(['required', 'g.schedule.timeZone']);
  });

  it('EBS prices that are not a table by volume type are refused at the price path, saying what was expected', () => {
    const e = err({ schedule: OFFICE, volumes: [{ type: 'gp3', sizeGb: 8 }] }, { ...P, ebsGbMonth: 5 });
    expect([e.code, e.path, phraseText(e.params.expected)]).toEqual(['invalid_type', 'g.prices.ebsGbMonth', 'EBS prices by volume type']);
  });
});
