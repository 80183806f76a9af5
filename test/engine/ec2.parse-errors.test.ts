/**
 * EC2 input checks (ec2/parse.ts): each wrong field is refused with its code, its path under the
 * group's path, and the params its message quotes; absent optional fields take their defaults.
 */
import { describe, expect, it } from 'vitest';
import { priceEc2OffHours, SCHEDULE_PRESETS } from '../../src/engine/index.ts';
import { errorOf } from './helpers.ts';
import { phraseText } from './helpers.ts';

const P = { instanceHourly: '0.0416', ebsGbMonth: { gp3: '0.08' }, publicIpv4Hourly: '0.005' };
const OFFICE = { periods: SCHEDULE_PRESETS.officeHours };
const err = (input: unknown, prices: unknown = P) => errorOf(() => priceEc2OffHours(input as never, prices as never, 'g'));

describe('EC2 input errors', () => {
  it('options: billing and month mode quote the value (cut to 40) and the allowed ones; "" means the default', () => {
    const b = err({ schedule: OFFICE, billing: 'per-minute' });
    expect([b.code, b.path, phraseText(b.params.value), phraseText(b.params.allowed)]).toEqual(['unknown_option', 'g.billing', 'per-minute', 'per-second, per-hour']);
    expect(phraseText(err({ schedule: OFFICE, billing: 'b'.repeat(50) }).params.value)).toBe('b'.repeat(40));
    expect(phraseText(err({ schedule: OFFICE, billing: 3 }).params.value)).toBe('number');
    const m = err({ schedule: OFFICE, monthMode: 'weekly' });
    expect([m.path, phraseText(m.params.allowed)]).toEqual(['g.monthMode', 'average, calendar']);
    expect(priceEc2OffHours({ schedule: OFFICE, billing: '', monthMode: '' } as never, P).billing).toBe('per-second');
    expect(priceEc2OffHours({ schedule: OFFICE, billing: null, count: '' } as never, P).instances.toString()).toBe('1');
  });

  it('a calendar month needs a schedule with a time zone, not hours per week', () => {
    const h = err({ hoursPerWeek: 10, monthMode: 'calendar', yearMonth: '2025-01' });
    expect([h.code, h.path, phraseText(h.params.value), phraseText(h.params.allowed)]).toEqual(['unknown_option', 'g.monthMode', 'calendar', 'average (a calendar month needs a schedule, not hours per week)']);
    const z = err({ schedule: OFFICE, monthMode: 'calendar', yearMonth: '2025-01' });
    expect([z.code, z.path]).toEqual(['required', 'g.schedule.timeZone']);
  });

  it('the group, its region and instance type, public IPv4 and the price table are checked with their paths', () => {
    const o = err(5);
    expect([o.code, o.path, phraseText(o.params.expected)]).toEqual(['invalid_type', 'g', 'an EC2 instance group']);
    expect(err({ schedule: OFFICE, region: 5 }).path).toBe('g.region');
    const region = err({ schedule: OFFICE, region: 5 });
    expect([region.code, phraseText(region.params.expected), phraseText(region.params.got)]).toEqual(['invalid_type', 'text', 'number']);
    // names are trimmed and cut to 64 characters; blank is no name
    const named = priceEc2OffHours({ schedule: OFFICE, instanceType: ` ${'x'.repeat(70)} `, region: '  ' } as never, P);
    expect(named.lines.find((l) => l.key === 'ec2.compute.scheduled')?.params.instanceType).toBe('x'.repeat(64));
    expect(named.lines.find((l) => l.key === 'ec2.compute.scheduled')?.text.startsWith(`${'x'.repeat(64)}: `)).toBe(true);
    const ip = err({ schedule: OFFICE, publicIpv4: 'yes' });
    expect([ip.code, ip.path, phraseText(ip.params.expected), phraseText(ip.params.got)]).toEqual(['invalid_type', 'g.publicIpv4', 'true or false', 'string']);
    expect(priceEc2OffHours({ schedule: OFFICE, publicIpv4: null } as never, P).scheduled.publicIpv4.toString()).toBe('0');
    const t = err({ schedule: OFFICE }, 5);
    expect([t.code, t.path, phraseText(t.params.expected)]).toEqual(['invalid_type', 'g.prices', 'a price table']);
    const missing = err({ schedule: OFFICE, region: 'eu-west-1' }, {});
    expect([missing.code, missing.path, phraseText(missing.params.value), phraseText(missing.params.where)]).toEqual(['unknown_price', 'g.prices.instanceHourly', 'this instance type', 'eu-west-1']);
    expect(err({ schedule: OFFICE, instanceType: 'm5.large' }, {}).params).toEqual({ value: 'm5.large' });
    const ipPrice = err({ schedule: OFFICE, elasticIps: 1 }, { instanceHourly: '1' });
    expect(ipPrice.path).toBe('g.prices.publicIpv4Hourly');
  });

  it('volumes: a list of at most 100, each with a known type, a size, a count and a price for its type', () => {
    const list = err({ schedule: OFFICE, volumes: 'gp3' });
    expect([list.code, list.path, phraseText(list.params.expected)]).toEqual(['invalid_type', 'g.volumes', 'a list of volumes']);
    const many = err({ schedule: OFFICE, volumes: new Array(101).fill({ type: 'gp3', sizeGb: 1 }) });
    expect([many.code, many.path, phraseText(many.params.value, many.params), many.params.max]).toEqual(['too_large', 'g.volumes', '101 volumes', '100']);
    expect(priceEc2OffHours({ schedule: OFFICE, volumes: new Array(100).fill({ type: 'gp3', sizeGb: 1 }) } as never, P).scheduled.ebs.toString()).toBe('8');
    const v = err({ schedule: OFFICE, volumes: [{ type: 'gp3', sizeGb: 1 }, 7] });
    expect([v.code, v.path, phraseText(v.params.expected)]).toEqual(['invalid_type', 'g.volumes.1', 'a volume { type, sizeGb, count }']);
    expect([err({ schedule: OFFICE, volumes: [{ sizeGb: 1 }] }).code, err({ schedule: OFFICE, volumes: [{ type: '', sizeGb: 1 }] }).path]).toEqual(['required', 'g.volumes.0.type']);
    const type = err({ schedule: OFFICE, volumes: [{ type: 'ssd', sizeGb: 1 }] });
    expect([type.code, type.path, phraseText(type.params.allowed)]).toEqual(['unknown_option', 'g.volumes.0.type', 'gp3, gp2, io1, io2, st1, sc1, standard']);
    expect(err({ schedule: OFFICE, volumes: [{ type: 'gp3', sizeGb: 'x' }] }).path).toBe('g.volumes.0.sizeGb');
    expect(err({ schedule: OFFICE, volumes: [{ type: 'gp3', sizeGb: 1, count: 'x' }] }).path).toBe('g.volumes.0.count');
    const noTable = err({ schedule: OFFICE, volumes: [{ type: 'gp3', sizeGb: 1 }] }, { instanceHourly: '1' });
    expect(noTable.path).toBe('g.prices.ebsGbMonth');
    const price = err({ schedule: OFFICE, region: 'us-east-1', volumes: [{ type: 'io2', sizeGb: 1 }] });
    expect([price.code, price.path, phraseText(price.params.value), phraseText(price.params.where)]).toEqual(['unknown_price', 'g.prices.ebsGbMonth.io2', 'io2', 'us-east-1']);
    expect(err({ schedule: OFFICE, volumes: [{ type: 'io2', sizeGb: 1 }] }).params).toEqual({ value: 'io2' });
  });
});
