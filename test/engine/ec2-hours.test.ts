import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { priceEc2OffHours, type Ec2OffHoursInput } from '../../src/engine/index.ts';
import { defaultEc2Prices } from '../../src/data/ec2.ts';
import { errorOf } from './helpers.ts';

const P = defaultEc2Prices('us-east-1', 't3.medium'); // $0.0416 an hour, gp3 $0.08, IPv4 $0.005
const base = { region: 'us-east-1', instanceType: 't3.medium', schedule: { periods: [] } } as unknown as Ec2OffHoursInput;

describe('EC2: hours per week instead of periods', () => {
  it('50 h a week, per second: 50 x 730/168 = 217.26 h x $0.0416 = $9.04', () => {
    // 36,500 / 168 = 217.2619... h; x 0.0416 = 9.038095...
    const r = priceEc2OffHours({ ...base, hoursPerWeek: '50', runsPerWeek: '5' }, P);
    expect(r.runningHours.toFixed(2)).toBe('217.26');
    expect(r.scheduled.compute.toFixed(2)).toBe('9.04');
    // 5 runs a week x 730/168 = 21.73 runs a month
    expect(r.runs.toFixed(2)).toBe('21.73');
    expect(r.lines.some((l) => l.text === 'Given: 50 h a week in 5 runs of 10 h')).toBe(true);
  });

  it('per hour: 37.5 h in 5 runs of 7.5 h bill 5 x 8 = 40 h a week', () => {
    // 40 x 730/168 = 173.8095 h x $0.0416 = $7.2305; running 37.5 x 730/168 = 162.95 h
    const r = priceEc2OffHours({ ...base, billing: 'per-hour', hoursPerWeek: '37.5', runsPerWeek: 5 }, P);
    expect(r.billedHours.toFixed(2)).toBe('173.81');
    expect(r.runningHours.toFixed(2)).toBe('162.95');
    expect(r.scheduled.compute.toFixed(2)).toBe('7.23');
  });

  it('168 h a week is always on: 730 h x $0.0416 = $30.37, nothing saved', () => {
    const r = priceEc2OffHours({ ...base, hoursPerWeek: 168 }, P);
    expect(r.scheduleAlwaysOn).toBe(true);
    expect(r.total.toFixed(2)).toBe('30.37');
    expect(r.savings.toFixed(2)).toBe('0.00');
  });

  it('EBS and Elastic IPs alone, without a schedule or an instance price', () => {
    // 0 h a week: no compute. EBS 100 GB x $0.08 = $8.00; 1 Elastic IP x 730 h x $0.005 = $3.65; total $11.65
    const prices = { ebsGbMonth: { gp3: '0.08' }, publicIpv4Hourly: '0.005' };
    const r = priceEc2OffHours({ hoursPerWeek: '0', volumes: [{ type: 'gp3', sizeGb: '100' }], elasticIps: 1 } as unknown as Ec2OffHoursInput, prices);
    expect(r.scheduled.compute.toFixed(2)).toBe('0.00');
    expect(r.scheduled.ebs.toFixed(2)).toBe('8.00');
    expect(r.scheduled.elasticIps.toFixed(2)).toBe('3.65');
    expect(r.total.toFixed(2)).toBe('11.65');
    expect(r.lines.some((l) => l.key === 'ec2.hoursPerWeek.stopped')).toBe(true);
  });

  it('rejects more than 168 h, a calendar month, and a missing price when the instance runs', () => {
    expect(errorOf(() => priceEc2OffHours({ ...base, hoursPerWeek: '169' }, P)).path).toBe('hoursPerWeek');
    expect(errorOf(() => priceEc2OffHours({ ...base, hoursPerWeek: '10', monthMode: 'calendar', yearMonth: '2026-03' }, P)).path).toBe('monthMode');
    expect(errorOf(() => priceEc2OffHours({ ...base, hoursPerWeek: '10', runsPerWeek: '0' }, P)).path).toBe('runsPerWeek');
    const e = errorOf(() => priceEc2OffHours({ hoursPerWeek: '1' } as unknown as Ec2OffHoursInput, {}));
    expect([e.code, e.path]).toEqual(['unknown_price', 'prices.instanceHourly']);
  });

  it('law: more hours a week never cost less; the cost lines add up to the total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 160 }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 20 }), fc.constantFrom('per-second' as const, 'per-hour' as const), (h, more, runs, billing) => {
        const a = priceEc2OffHours({ ...base, billing, hoursPerWeek: h, runsPerWeek: runs }, P);
        const b = priceEc2OffHours({ ...base, billing, hoursPerWeek: h + more, runsPerWeek: runs }, P);
        expect(b.total.gte(a.total)).toBe(true);
        const costs = a.lines.filter((l) => l.kind === 'cost').reduce((acc, l) => acc.plus(l.amount), a.total.minus(a.total));
        expect(costs.toFixed(10)).toBe(a.total.toFixed(10));
      }),
      { numRuns: 150 },
    );
  });
});
