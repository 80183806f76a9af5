import { describe, expect, it } from 'vitest';
import { LINES_ES } from '../../../src/lib/i18n/lines/es.ts';
import { LINE_CATALOGS } from '../../../src/engine/index.ts';
import { priceEc2OffHours, type Ec2OffHoursInput } from '../../../src/engine/index.ts';
import { defaultEc2Prices } from '../../../src/data/ec2.ts';
import { SCHEDULE_PRESETS } from '../../../src/engine/index.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');

describe('Spanish formulas for the EC2 engine', () => {
  it('every EC2 line template has a Spanish twin', () => {
    const keys = Object.keys(LINE_CATALOGS.ec2);
    expect(keys.length).toBeGreaterThan(20);
    for (const k of keys) expect(LINES_ES[k], k).toBeTruthy();
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
        const template = LINES_ES[item.key] ?? '';
        expect(template, item.key).toBeTruthy();
        for (const p of placeholders(template)) expect(Object.keys(item.params), `${item.key} {${p}}`).toContain(p);
      }
    }
    expect(seen.size).toBeGreaterThan(18);
  });
});
