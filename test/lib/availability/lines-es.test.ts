import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { availability } from '../../../src/lib/i18n/messages/availability.ts';
import { evaluateAvailability, slaCredit } from '../../../src/engine/availability.ts';
import { defaultSlas, findSla } from '../../../src/data/slas.ts';
import { errorBudgetTime } from '../../../src/engine/downtime.ts';
import { Dec } from '../../../src/engine/decimal.ts';
import { PRESETS } from '../../../src/data/presets.ts';
import type { LineItem } from '../../../src/engine/explain.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');
const es = availability.es as Record<string, string>;

const FILES = ['src/engine/availability.ts', 'src/engine/availability/evaluate.ts', 'src/engine/availability/sla.ts', 'src/engine/downtime.ts'];

describe('Spanish formulas for the availability engine', () => {
  it('every line key written in the engine source has a Spanish template', () => {
    const keys = new Set<string>();
    for (const f of FILES) {
      const src = readFileSync(f, 'utf8');
      for (const m of src.matchAll(/line\(\s*'(availability\.[a-zA-Z0-9.]+)'/g)) keys.add(m[1]!);
      for (const m of src.matchAll(/'(availability\.[a-zA-Z0-9.]+)'\s*:\s*'availability\./g)) keys.add(m[1]!);
    }
    // Keys built from parts: downtime per period, series/parallel (.many), SLA override, credit minimum.
    for (const p of ['year', 'quarter', 'month', 'week', 'day']) keys.add(`availability.downtime.${p}`);
    for (const k of ['series', 'parallel']) for (const s of ['', '.many']) keys.add(`availability.${k}${s}`);
    keys.add('availability.component.slaOverride');
    keys.add('availability.sla.creditMinimum');
    expect(keys.size).toBeGreaterThan(25);
    for (const k of keys) expect(es[`line.${k}`], k).toBeTruthy();
  });

  it('the templates use only params the engine gives, for every line the examples and credits emit', () => {
    const seen = new Set<string>();
    const check = (lines: readonly LineItem[]) => {
      for (const item of lines) {
        seen.add(item.key);
        const template = es[`line.${item.key}`];
        expect(template, item.key).toBeTruthy();
        for (const p of placeholders(template!)) expect(Object.keys(item.params), `${item.key} {${p}}`).toContain(p);
      }
    };
    const slas = defaultSlas();
    for (const p of PRESETS) {
      const s = p.build();
      if (s.architecture) check(evaluateAvailability({ architecture: s.architecture, requests: '1000000' }, slas).lines);
    }
    const many = { kind: 'parallel', id: 'p', children: Array.from({ length: 12 }, (_, i) => ({ kind: 'component', id: `c${i}`, percent: '90' })) };
    check(evaluateAvailability({ architecture: { kind: 'series', id: 's', children: [many, { kind: 'component', id: 'm', mtbfHours: '1000', mttrHours: '2', replicas: 2 }, { kind: 'component', id: 'f', fraction: '0.99' }, { kind: 'component', id: 'o', sla: 'rds-multi-az', slaOverride: '99.9' }] } }, slas).lines);
    check(evaluateAvailability({ architecture: { kind: 'component', id: 'r', sla: 'route53' } }, slas).lines);
    check(evaluateAvailability({ architecture: { kind: 'series', id: 's', children: Array.from({ length: 12 }, (_, i) => ({ kind: 'component', id: `c${i}`, percent: '99' })) } }, slas).lines);
    for (const [id, v] of [['ec2-region', '99.99'], ['ec2-region', '99'], ['elb-single-az', '90'], ['lambda', '90'], ['route53', '99']] as const) check(slaCredit(findSla(id), v).lines);
    check(errorBudgetTime(new Dec('0.001'), '2419200').lines);
    expect(seen.size).toBeGreaterThanOrEqual(29);
  });
});
