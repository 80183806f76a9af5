import { describe, expect, it } from 'vitest';
import { errorOf } from '../engine/helpers.ts';
import { defaultEc2Prices, EC2_REGIONS, ec2Catalog, ec2InstancePriceEntry, ec2InstanceTypes, loadEc2Catalog } from '../../src/data/ec2.ts';
import raw from '../../src/data/ec2.json';

/** domain.md section 3, on-demand Linux USD per hour, copied by hand (null = no value listed). */
const TABLE: Record<string, [string | null, string | null, string | null, string | null]> = {
  //            us-east-1  us-west-2  eu-west-1  sa-east-1
  't3.micro': ['0.0104', '0.0104', null, null],
  't3.small': ['0.0208', '0.0208', null, null],
  't3.medium': ['0.0416', '0.0416', '0.0456', '0.0672'],
  't3.large': ['0.0832', '0.0832', null, null],
  'm5.large': ['0.096', '0.096', '0.107', 'UNCONFIRMED'],
  'm5.xlarge': ['0.192', '0.192', null, null],
  'c5.large': ['0.085', '0.085', null, null],
  'r5.large': ['0.126', '0.126', null, null],
  'm6i.large': ['0.096', '0.096', null, null],
  'm7g.large': ['0.0816', '0.0816', null, null],
};
const REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'sa-east-1'];

describe('EC2 catalog', () => {
  it('holds exactly the domain table, no more and no less', () => {
    expect([...EC2_REGIONS].sort()).toEqual([...REGIONS].sort());
    for (const [type, values] of Object.entries(TABLE)) {
      values.forEach((value, i) => {
        const region = REGIONS[i]!;
        const e = ec2InstancePriceEntry(region, type);
        if (value === null) expect(e, `${type} ${region}`).toBeUndefined();
        else if (value !== 'UNCONFIRMED') {
          expect(e?.value, `${type} ${region}`).toBe(value);
          expect(e?.unconfirmed).toBeUndefined();
        }
      });
    }
    const count = REGIONS.reduce((acc, r) => acc + ec2InstanceTypes(r).length, 0);
    expect(count).toBe(Object.values(TABLE).flat().filter((v) => v !== null).length);
  });

  it('sa-east-1 m5.large is flagged UNCONFIRMED and its note names both candidate prices', () => {
    const e = ec2InstancePriceEntry('sa-east-1', 'm5.large');
    expect(e?.unconfirmed).toBe(true);
    expect(['0.153', '0.162']).toContain(e?.value);
    expect(e?.note).toContain('0.153');
    expect(e?.note).toContain('0.162');
  });

  it('EBS per GB-month: gp3 0.08 / gp2 0.10 (us-east-1), gp3 0.152 (sa-east-1), gp2 0.11 (eu-west-1) only', () => {
    const values = Object.fromEntries(
      Object.entries(ec2Catalog.ebs).flatMap(([region, byType]) => Object.entries(byType).map(([t, e]) => [`${region} ${t}`, e?.value])),
    );
    expect(values).toEqual({ 'us-east-1 gp3': '0.08', 'us-east-1 gp2': '0.10', 'sa-east-1 gp3': '0.152', 'eu-west-1 gp2': '0.11' });
  });

  it('public IPv4 / Elastic IP: $0.005 per hour since 2024-02-01', () => {
    expect(ec2Catalog.publicIpv4).toMatchObject({ value: '0.005', unit: 'USD per IP-hour', asOf: '2024-02-01' });
  });

  it('every entry carries a source and an as-of date', () => {
    const all = [
      ...Object.values(ec2Catalog.instances).flatMap((m) => Object.values(m)),
      ...Object.values(ec2Catalog.ebs).flatMap((m) => Object.values(m)),
      ec2Catalog.publicIpv4,
    ];
    expect(all.length).toBe(10 + 10 + 2 + 2 + 4 + 1); // instances by region, EBS, IPv4
    for (const e of all) {
      expect(e?.source.length).toBeGreaterThan(10);
      expect(e?.asOf).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });

  it('defaultEc2Prices builds the plain price object for a region and type', () => {
    expect(defaultEc2Prices('us-east-1', 'm5.large')).toEqual({ instanceHourly: '0.096', ebsGbMonth: { gp3: '0.08', gp2: '0.10' }, publicIpv4Hourly: '0.005' });
    expect(defaultEc2Prices('sa-east-1', 't3.medium')).toEqual({ instanceHourly: '0.0672', ebsGbMonth: { gp3: '0.152' }, publicIpv4Hourly: '0.005' });
    // no catalog price: the field is absent, so the engine asks for one
    expect(defaultEc2Prices('eu-west-1', 't3.micro')).toEqual({ ebsGbMonth: { gp2: '0.11' }, publicIpv4Hourly: '0.005' });
    expect(defaultEc2Prices('mars-north-1', 'toString')).toEqual({ ebsGbMonth: {}, publicIpv4Hourly: '0.005' });
  });

  it('the loader rejects a bad catalog with the path of the bad field', () => {
    const bad = structuredClone(raw) as { instances: Record<string, Record<string, Record<string, unknown>>> };
    delete bad.instances['us-east-1']!['t3.micro']!.source;
    expect(errorOf(() => loadEc2Catalog(bad)).path).toBe('instances.us-east-1.t3.micro.source');
    const unit = structuredClone(raw) as { ebs: Record<string, Record<string, Record<string, unknown>>> };
    unit.ebs['us-east-1']!.gp3!.unit = 'USD per GB-hour';
    expect(errorOf(() => loadEc2Catalog(unit)).path).toBe('ebs.us-east-1.gp3.unit');
    const type = structuredClone(raw) as { ebs: Record<string, Record<string, unknown>> };
    type.ebs['us-east-1']!.gp9 = type.ebs['us-east-1']!.gp3;
    expect(errorOf(() => loadEc2Catalog(type)).code).toBe('unknown_option');
  });
});
