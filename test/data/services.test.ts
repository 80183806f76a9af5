import { describe, expect, it } from 'vitest';
import raw from '../../src/data/services.json';
import { SERVICE_CATALOG, defaultServicePrices, findService, loadServiceCatalog } from '../../src/data/services.ts';
import { ec2InstancePriceEntry } from '../../src/data/ec2.ts';
import { errorOf } from '../engine/helpers.ts';

describe('service catalog', () => {
  it('every service has a value, unit, source, as-of date and quantity unit', () => {
    for (const s of SERVICE_CATALOG) {
      expect(s.value, s.id).toMatch(/^\d+(\.\d+)?$/);
      expect(s.source.length, s.id).toBeGreaterThan(10);
      expect(s.asOf, s.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(s.quantityUnit, s.id).not.toBe('');
    }
  });

  it('reuses the EC2 catalog for EC2 instance hours and EBS volumes (not a copy)', () => {
    expect(findService('ec2-m5.large-hour')?.value).toBe(ec2InstancePriceEntry('us-east-1', 'm5.large')?.value);
    expect(findService('ebs-gp3-gb-month')?.value).toBe('0.08');
  });

  it('ships the prices the brief names for us-east-1', () => {
    const p = defaultServicePrices();
    // ALB $0.0225/h + $0.008/LCU-h; Route 53 $0.50 a zone, $0.50/$0.75 a health check, $0.40 per million queries
    expect([p['alb-hour']?.price, p['alb-lcu-hour']?.price]).toEqual(['0.0225', '0.008']);
    expect([p['route53-hosted-zone']?.price, p['route53-health-check-aws']?.price, p['route53-health-check']?.price, p['route53-queries-million']?.price]).toEqual(['0.50', '0.50', '0.75', '0.40']);
    // S3 $0.023/GB-month, $0.005 per 1,000 PUT, $0.0004 per 1,000 GET; Lambda $0.20/M + $0.0000166667/GB-s
    expect([p['s3-standard-gb-month']?.price, p['s3-put-thousand']?.price, p['s3-get-thousand']?.price]).toEqual(['0.023', '0.005', '0.0004']);
    expect([p['lambda-requests-million']?.price, p['lambda-gb-second']?.price]).toEqual(['0.20', '0.0000166667']);
    // RDS Multi-AZ is twice Single-AZ, for every instance class
    for (const c of ['db.t3.micro', 'db.t3.medium', 'db.m5.large']) {
      expect(Number(p[`rds-${c}-multi-az`]?.price), c).toBeCloseTo(2 * Number(p[`rds-${c}-single-az`]?.price), 10);
    }
    // Glue: $0.44 per DPU-hour, 60 s minimum (Glue 2.0+), 600 s (0.9/1.0); EMR m5.xlarge $0.048 on top of EC2
    expect([p['glue-dpu-hour']?.price, p['glue-dpu-hour']?.minimumSeconds, p['glue-dpu-hour-legacy']?.minimumSeconds]).toEqual(['0.44', '60', '600']);
    expect(p['emr-m5.xlarge-hour']?.price).toBe('0.048');
  });

  it('marks the values no look-up confirmed as unconfirmed, with a note where sources disagree', () => {
    expect(findService('alb-hour')?.unconfirmed).toBe(true);
    expect(findService('alb-hour')?.note).toContain('0.0243');
    expect(findService('glue-dpu-hour')?.unconfirmed).toBeUndefined();
  });

  it('refuses an entry without a source or with an unknown group, naming the field', () => {
    const bad = structuredClone(raw) as { services: Record<string, Record<string, unknown>> };
    delete bad.services['alb-hour']!.source;
    expect(errorOf(() => loadServiceCatalog(bad))).toMatchObject({ code: 'required', path: 'services.alb-hour.source' });
    const other = structuredClone(raw) as { services: Record<string, Record<string, unknown>> };
    other.services['alb-hour']!.group = 'nope';
    expect(errorOf(() => loadServiceCatalog(other))).toMatchObject({ code: 'unknown_option', path: 'services.alb-hour.group' });
  });
});
