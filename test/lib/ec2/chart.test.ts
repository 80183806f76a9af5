import { describe, expect, it } from 'vitest';
import { costBarSpec, savingsLineSpec } from '../../../src/lib/charts/ec2.ts';
import { priceEc2OffHours, type Ec2OffHoursInput } from '../../../src/engine/index.ts';
import { defaultEc2Prices } from '../../../src/data/ec2.ts';
import { SCHEDULE_PRESETS } from '../../../src/engine/index.ts';

const input: Ec2OffHoursInput = {
  region: 'us-east-1',
  instanceType: 't3.medium',
  count: '2',
  schedule: { periods: SCHEDULE_PRESETS.officeHours, timeZone: 'America/New_York' },
  volumes: [{ type: 'gp3', sizeGb: '30' }],
  elasticIps: '1',
};
const prices = defaultEc2Prices('us-east-1', 't3.medium');
const barLabels = { alwaysOn: 'Always on', scheduled: 'Scheduled', compute: 'Compute', storage: 'EBS', ip: 'IP', xTitle: 'x', yTitle: 'y' };
const lineLabels = { month: (i: number, ym: string | undefined) => ym ?? `M${i + 1}`, cumulative: 'Cumulative', xTitle: 'x', yTitle: 'y' };

describe('EC2 chart mappers', () => {
  it('stacks compute, storage and IPs for always on vs scheduled', () => {
    const spec = costBarSpec(priceEc2OffHours(input, prices), barLabels);
    expect(spec.stacked).toBe(true);
    expect(spec.labels).toEqual(['Always on', 'Scheduled']);
    const [compute, ebs, ip] = spec.series;
    // 730 h x $0.0416 x 2 vs 40 x 730/168 h x $0.0416 x 2.
    expect((compute?.data as number[])[0]).toBe(60.736);
    expect((compute?.data as number[])[1]).toBeCloseTo(14.46095, 5);
    // EBS 30 x 0.08 x 2 and Elastic IPs 730 x 0.005 x 2: the same in both bars.
    expect(ebs?.data).toEqual([4.8, 4.8]);
    expect(ip?.data).toEqual([7.3, 7.3]);
  });

  it('cumulative savings grow by the monthly savings (average month), months labelled by the caller', () => {
    const r = savingsLineSpec(input, prices, lineLabels);
    expect(r).not.toBeNull();
    expect(r!.spec.labels).toEqual(Array.from({ length: 12 }, (_, i) => `M${i + 1}`));
    const data = r!.spec.series[0]!.data as number[];
    expect(data[0]).toBeCloseTo(46.275, 2);
    expect(data[11]).toBeCloseTo(555.3, 1);
    expect(r!.totalSavings.toFixed(2)).toBe('555.30');
  });

  it('walks calendar months from the chosen one, and returns null when the input cannot be priced', () => {
    const r = savingsLineSpec({ ...input, monthMode: 'calendar', yearMonth: '2025-11' }, prices, lineLabels);
    expect(r!.spec.labels.slice(0, 3)).toEqual(['2025-11', '2025-12', '2026-01']);
    expect(savingsLineSpec({ ...input, instanceType: 't3.micro', region: 'eu-west-1' }, defaultEc2Prices('eu-west-1', 't3.micro'), lineLabels)).toBeNull();
  });
});
