import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ec2 } from '../../../src/lib/i18n/messages/ec2.ts';
import { priceEc2OffHours, type Ec2OffHoursInput } from '../../../src/engine/ec2.ts';
import { defaultEc2Prices } from '../../../src/data/ec2.ts';
import { SCHEDULE_PRESETS } from '../../../src/engine/schedule.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');

describe('Spanish formulas for the EC2 engine', () => {
  it('every line key in the engine source has a Spanish template', () => {
    const src = readFileSync('src/engine/ec2.ts', 'utf8');
    const keys = [...src.matchAll(/line\(\s*'([a-zA-Z0-9.]+)'/g)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(20);
    for (const k of keys) expect(ec2.es[`line.${k}` as keyof typeof ec2.es], k).toBeTruthy();
  });

  it('the Spanish templates use only params the engine gives', () => {
    const base: Ec2OffHoursInput = {
      region: 'us-east-1',
      instanceType: 't3.medium',
      count: '2',
      schedule: { periods: SCHEDULE_PRESETS.officeHours, timeZone: 'America/New_York', holidays: ['2025-03-17'] },
      volumes: [{ type: 'gp3', sizeGb: '30' }],
      elasticIps: '1',
      publicIpv4: true,
    };
    const prices = defaultEc2Prices('us-east-1', 't3.medium');
    const variants: Ec2OffHoursInput[] = [
      base,
      { ...base, billing: 'per-hour' },
      { ...base, monthMode: 'calendar', yearMonth: '2025-03' },
      { ...base, monthMode: 'calendar', yearMonth: '2025-04', billing: 'per-hour' },
      { ...base, schedule: { periods: SCHEDULE_PRESETS.alwaysOn, timeZone: 'UTC' } },
      { ...base, monthMode: 'calendar', yearMonth: '2025-04', schedule: { periods: SCHEDULE_PRESETS.alwaysOn, timeZone: 'UTC' } },
      { ...base, billing: 'per-hour', schedule: { periods: [{ days: ['mon'], start: '00:00', end: '00:01' }, { days: ['mon'], start: '00:02', end: '00:03' }] } },
    ];
    const seen = new Set<string>();
    for (const v of variants) {
      for (const item of priceEc2OffHours(v, prices).lines) {
        seen.add(item.key);
        const template = ec2.es[`line.${item.key}` as keyof typeof ec2.es];
        expect(template, item.key).toBeTruthy();
        for (const p of placeholders(template)) expect(Object.keys(item.params), `${item.key} {${p}}`).toContain(p);
      }
    }
    expect(seen.size).toBeGreaterThan(18);
  });
});
