/**
 * EC2: the bill's lines (ec2/costs.ts) with their kind, unit and amount: compute, public IPv4
 * and EBS and Elastic IPs are costs (they add up to the scheduled total); the always-on bill, what
 * the schedule cannot save and the savings are info. Hand arithmetic in each test name.
 */
import { describe, expect, it } from 'vitest';
import { priceEc2OffHours, SCHEDULE_PRESETS, type Ec2OffHoursInput } from '../../src/engine/index.ts';
import { sum } from '../../src/engine/decimal.ts';

const P = { instanceHourly: '0.0416', ebsGbMonth: { gp3: '0.08', io2: '0.125' }, publicIpv4Hourly: '0.005' };

function rows(r: ReturnType<typeof priceEc2OffHours>): [string, string, string, string, string][] {
  return r.lines.filter((l) => !/^ec2\.(month|running|runs|billed|holidays|hoursPerWeek)/.test(l.key)).map((l) => [l.key, l.kind, l.unit, l.amount.toDecimalPlaces(6).toString(), l.text]);
}

describe('EC2 bill lines', () => {
  it('2 x t3.medium office hours with public IPv4, 2 volumes and an Elastic IP each: $49.50 scheduled, $101.34 always on', () => {
    const input = {
      region: 'us-east-1',
      instanceType: 't3.medium',
      count: 2,
      schedule: { periods: SCHEDULE_PRESETS.officeHours },
      volumes: [{ type: 'gp3', sizeGb: '100' }, { type: 'io2', sizeGb: 20, count: 2 }],
      elasticIps: 1,
      publicIpv4: true,
    } as unknown as Ec2OffHoursInput;
    const r = priceEc2OffHours(input, P);
    expect(rows(r)).toEqual([
      ['ec2.compute.scheduled', 'cost', 'USD', '14.460952', 't3.medium in us-east-1: 173.81 h x $0.0416 x 2 instances = $14.46'],
      ['ec2.publicIpv4.scheduled', 'cost', 'USD', '1.738095', 'Auto-assigned public IPv4: 173.81 h running x $0.005 x 2 addresses = $1.74 (released while stopped, so the schedule saves it)'],
      ['ec2.ebs', 'cost', 'USD', '16', 'EBS gp3: 1 x 100 GB x $0.08/GB-month x 2 instances = $16.00 (billed while stopped too)'],
      ['ec2.ebs', 'cost', 'USD', '10', 'EBS io2: 2 x 20 GB x $0.125/GB-month x 2 instances = $10.00 (billed while stopped too)'],
      ['ec2.elasticIp', 'cost', 'USD', '7.3', 'Elastic IPs: 730 h x $0.005 x 2 Elastic IPs = $7.30 (billed running or stopped)'],
      ['ec2.alwaysOn.compute', 'info', 'USD', '60.736', 'Always on: 730 h x $0.0416 x 2 instances = $60.74'],
      ['ec2.alwaysOn.publicIpv4', 'info', 'USD', '7.3', 'Always on, auto-assigned public IPv4: 730 h x $0.005 x 2 addresses = $7.30'],
      ['ec2.notSaved', 'info', 'USD', '33.3', 'Not saved by the schedule: EBS $26.00 + Elastic IPs $7.30 = $33.30 a month, billed whether the instance runs or not'],
      ['ec2.savings', 'info', 'USD', '51.836952', 'Savings: $101.34 always on - $49.50 scheduled = $51.84 a month (51.2% of the always-on bill; compute alone 76.2%)'],
    ]);
    expect(sum(r.lines.filter((l) => l.kind === 'cost').map((l) => l.amount)).eq(r.total)).toBe(true);
    expect(r.scheduled.ebs.toString()).toBe('26');
    expect(r.scheduled.elasticIps.toString()).toBe('7.3');
    expect(r.notSaved.toString()).toBe('33.3');
    expect(r.alwaysOn.total.toString()).toBe('101.336');
  });

  it('a region alone names the compute line; always on with public IPv4 saves nothing ($34.02 both ways)', () => {
    const r = priceEc2OffHours({ region: 'eu-west-1', schedule: { periods: SCHEDULE_PRESETS.alwaysOn }, publicIpv4: true } as unknown as Ec2OffHoursInput, P);
    expect(rows(r)).toEqual([
      ['ec2.compute.scheduled', 'cost', 'USD', '30.368', 'eu-west-1: 730 h x $0.0416 x 1 instance = $30.37'],
      ['ec2.publicIpv4.scheduled', 'cost', 'USD', '3.65', 'Auto-assigned public IPv4: 730 h running x $0.005 x 1 address = $3.65 (released while stopped, so the schedule saves it)'],
      ['ec2.alwaysOn.compute', 'info', 'USD', '30.368', 'Always on: 730 h x $0.0416 x 1 instance = $30.37'],
      ['ec2.alwaysOn.publicIpv4', 'info', 'USD', '3.65', 'Always on, auto-assigned public IPv4: 730 h x $0.005 x 1 address = $3.65'],
      ['ec2.savings', 'info', 'USD', '0', 'Savings: $34.02 always on - $34.02 scheduled = $0.00 a month (0% of the always-on bill; compute alone 0%)'],
    ]);
    expect(r.total.toString()).toBe('34.018');
  });

  it('an instance type alone names the compute line: t3.medium, per hour, 23.5 h a day bills 24 h (nothing saved)', () => {
    const r = priceEc2OffHours({ instanceType: 't3.medium', billing: 'per-hour', schedule: { periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '00:00', end: '23:30' }] } } as unknown as Ec2OffHoursInput, P);
    expect(rows(r)[0]).toEqual(['ec2.compute.scheduled', 'cost', 'USD', '30.368', 't3.medium: 730 h x $0.0416 x 1 instance = $30.37']);
    expect([r.billedHours, r.savings, r.savingsPercent, r.computeSavingsPercent].map(String)).toEqual(['730', '0', '0', '0']);
  });

  it('per hour, two runs a day of 12 h 10 min and 11 h 20 min bill 13 + 12 h: the schedule costs $3.04 MORE than always on', () => {
    // 175 h a week billed x 730/168 = 760.42 h x $0.10 = $76.04 vs 730 h x $0.10 = $73.00
    const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
    const periods = [{ days, start: '00:10', end: '12:20' }, { days, start: '12:30', end: '23:50' }];
    const r = priceEc2OffHours({ billing: 'per-hour', schedule: { periods } } as unknown as Ec2OffHoursInput, { instanceHourly: '0.1' });
    expect(rows(r).at(-1)).toEqual([
      'ec2.savings.negative', 'info', 'USD', '-3.041667',
      'The schedule costs $3.04 MORE than always on ($76.04 vs $73.00): with per-hour billing each of its 60.83 runs is rounded up to whole hours',
    ]);
    // per second the same schedule saves $1.52
    const s = priceEc2OffHours({ schedule: { periods } } as unknown as Ec2OffHoursInput, { instanceHourly: '0.1' });
    expect(rows(s).at(-1)?.[0]).toBe('ec2.savings');
    expect(s.savings.toDecimalPlaces(4).toString()).toBe('1.5208');
  });

  it('no name, per hour, office hours: an unnamed compute line, no IPv4 lines, positive savings ($23.14)', () => {
    const r = priceEc2OffHours({ billing: 'per-hour', schedule: { periods: SCHEDULE_PRESETS.officeHours } } as unknown as Ec2OffHoursInput, P);
    expect(rows(r)).toEqual([
      ['ec2.compute.scheduled.unnamed', 'cost', 'USD', '7.230476', '173.81 h x $0.0416 x 1 instance = $7.23'],
      ['ec2.alwaysOn.compute', 'info', 'USD', '30.368', 'Always on: 730 h x $0.0416 x 1 instance = $30.37'],
      ['ec2.savings', 'info', 'USD', '23.137524', 'Savings: $30.37 always on - $7.23 scheduled = $23.14 a month (76.2% of the always-on bill; compute alone 76.2%)'],
    ]);
    expect(r.lines.find((l) => l.key === 'ec2.compute.scheduled.unnamed')?.params).toMatchObject({ instanceType: '', region: '' });
    const named = priceEc2OffHours({ region: 'eu-west-1', schedule: { periods: SCHEDULE_PRESETS.officeHours } } as unknown as Ec2OffHoursInput, P);
    expect(named.lines.find((l) => l.key === 'ec2.compute.scheduled')?.params).toMatchObject({ instanceType: '', region: 'eu-west-1' });
  });
});
