import { describe, expect, it } from 'vitest';
import { priceEc2OffHours, sum } from '../../src/engine/index.ts';

describe('EC2: the total is the sum of the cost lines, to the last digit', () => {
  it('holds when a tiny compute cost meets large EBS volumes (found by the property test, seed 2070019474)', () => {
    // Compute 196.26 h x $0.0016 x 2 = $0.628031746...; EBS 66 GB and 585 GB x $7.6801 x 2 = $1,013.7732 + $8,985.717.
    // Adding EBS first and compute after rounds the 60th digit differently from the lines' order.
    const r = priceEc2OffHours(
      {
        count: 2, billing: 'per-second', monthMode: 'average',
        schedule: { periods: [{ days: ['sun'], start: '00:00', end: '09:50' }, { days: ['mon', 'sat'], start: '22:30', end: '04:38' }, { days: ['tue', 'wed', 'sun'], start: '09:50', end: '19:04' }], timeZone: 'UTC', holidays: [] },
        volumes: [{ type: 'gp3', sizeGb: 66, count: 1 }, { type: 'gp3', sizeGb: 585, count: 1 }],
        elasticIps: 0, publicIpv4: false,
      } as never,
      { instanceHourly: '0.0016', ebsGbMonth: { gp3: '7.6801', gp2: '0.0000' }, publicIpv4Hourly: '0.0000' } as never,
    );
    const costs = r.lines.filter((l) => l.kind === 'cost').map((l) => l.amount);
    expect(sum(costs).eq(r.total)).toBe(true);
    expect(r.total.toFixed(2)).toBe('10000.12');
  });
});
