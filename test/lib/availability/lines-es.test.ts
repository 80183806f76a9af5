import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { availability } from '../../../src/lib/i18n/messages/availability.ts';
import { evaluateAvailability, slaCredit } from '../../../src/engine/availability.ts';
import { defaultSlas, findSla } from '../../../src/data/slas.ts';
import { CONVENTION_NAMES, downtimeTable, errorBudgetTime, resolveConvention } from '../../../src/engine/downtime.ts';
import { Dec } from '../../../src/engine/decimal.ts';
import { PRESETS } from '../../../src/data/presets.ts';
import type { LineItem } from '../../../src/engine/explain.ts';
import { I18n } from '../../../src/lib/i18n/i18n.svelte.ts';
import { threeTier } from './fixtures.ts';

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
        // A param that names a message ("@msg:<key>", see i18n.line): the message exists in both
        // languages and uses only the line's other params.
        for (const [name, value] of Object.entries(item.params)) {
          const ref = /^@msg:(.+)$/.exec(value)?.[1];
          if (ref === undefined) continue;
          expect(es[ref], `${item.key} ${name} -> ${ref}`).toBeTruthy();
          expect((availability.en as Record<string, string>)[ref], `${item.key} ${name} -> ${ref}`).toBeTruthy();
          for (const p of placeholders(es[ref]!)) expect(Object.keys(item.params).filter((k) => k !== name), `${ref} {${p}}`).toContain(p);
        }
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
    // Every convention (the calendar month with its month), durations from days down to a tiny fraction.
    for (const c of CONVENTION_NAMES) for (const u of ['0.5', '0.001', '1e-12', '0']) check(downtimeTable(new Dec(u), resolveConvention({ convention: c, month: '2024-02' })).lines);
    // k-of-n with its terms listed and without (more than 4), a failover with its switchover entry.
    const member = { kind: 'component', id: 'm', fraction: '0.9' };
    check(evaluateAvailability({ architecture: { kind: 'k-of-n', id: 'k', k: 2, n: 3, member } }, slas).lines);
    check(evaluateAvailability({ architecture: { kind: 'k-of-n', id: 'k', k: 2, n: 9, member } }, slas).lines);
    const failover = evaluateAvailability({ architecture: { kind: 'failover', id: 'db', primary: { kind: 'component', id: 'p', percent: '99.9' }, standby: { kind: 'component', id: 's', percent: '99.9' }, switchSeconds: '60', failuresPerYear: '4' } }, slas);
    expect(failover.lines.filter((l) => l.params.subject?.endsWith('.switchover'))).toHaveLength(1);
    check(failover.lines);
    expect(seen.size).toBeGreaterThanOrEqual(29);
  });
});

describe('availability formulas rendered in Spanish', () => {
  const es = new I18n('es');
  const slas = defaultSlas();
  const byKey = (lines: readonly LineItem[], key: string): LineItem[] => lines.filter((l) => l.key === key);

  it('writes the downtime with Spanish units and the convention in words, the English text unchanged', () => {
    const r = evaluateAvailability({ architecture: threeTier() as never }, slas);
    const year = byKey(r.lines, 'availability.downtime.year')[0]!;
    expect(year.text).toBe('downtime per year (365-day: 365 d = 31,536,000 s): 0.0006746551537375 x 31,536,000 s = 21,275.9249282658 s (5h 54m 35.92s)');
    expect(year.params).toMatchObject({ durationSi: '5 h 54 min 35.92 s', durationDays: '0', durationHours: '5', durationMinutes: '54', durationSeconds: '35.92' });
    expect(es.line(year)).toBe(
      'tiempo de inactividad por año (año de 365 días, mes de 730 horas; un año = 365 d = 31.536.000 s): 0,000674655154 × 31.536.000 s = 21.275,9249282658 s (5 h 54 min 35,92 s)',
    );
    expect(es.line(byKey(r.lines, 'availability.downtime.day')[0]!)).toBe(
      'tiempo de inactividad por día (año de 365 días, mes de 730 horas; un día = 24 h = 86.400 s): 0,000674655154 × 86.400 s = 58,29020528292 s (58,29 s)',
    );
  });

  it('names a calendar month convention and writes days in a duration', () => {
    const t = downtimeTable(new Dec('0.01'), resolveConvention({ convention: 'calendar-month', month: '2024-02' }));
    expect(t.lines[0]!.text).toBe('downtime per year (calendar-month: 366 d = 31,622,400 s): 0.01 x 31,622,400 s = 316,224 s (3d 15h 50m 24s)');
    expect(es.line(t.lines[0]!)).toBe('tiempo de inactividad por año (mes calendario: 2024-02; un año = 366 d = 31.622.400 s): 0,01 × 31.622.400 s = 316.224 s (3 d 15 h 50 min 24 s)');
    expect(es.line(t.lines[2]!)).toBe('tiempo de inactividad por mes (mes calendario: 2024-02; un mes = 29 d = 2.505.600 s): 0,01 × 2.505.600 s = 25.056 s (6 h 57 min 36 s)');
  });

  it('writes the error budget in time with its duration', () => {
    expect(es.line(errorBudgetTime(new Dec('0.001'), '2419200').lines[0]!)).toBe('presupuesto de error: 0,001 × 2.419.200 s = 2.419,2 s (40 min 19,2 s)');
  });

  it('shows the k-of-n terms when the engine lists them, and only the sum otherwise', () => {
    const member = { kind: 'component', id: 'w', name: 'web', fraction: '0.9' };
    const listed = byKey(evaluateAvailability({ architecture: { kind: 'k-of-n', id: 'g', name: 'Servidores', k: 2, n: 3, member } }, slas).lines, 'availability.kOfN')[0]!;
    expect(listed.text).toBe(
      'Servidores (at least 2 of 3 x web): sum over i = 2..3 of C(3,i) x 0.9^i x 0.1^(3-i) = 3 x 0.9^2 x 0.1^1 + 1 x 0.9^3 x 0.1^0 = 0.243 + 0.729 = 0.972',
    );
    expect(es.line(listed)).toBe(
      'Servidores (al menos 2 de 3 × web): suma para i = 2..3 de C(3,i) × 0,9^i × 0,1^(3−i) = 3 × 0,9^2 × 0,1^1 + 1 × 0,9^3 × 0,1^0 = 0,243 + 0,729 = 0,972',
    );
    const single = byKey(evaluateAvailability({ architecture: { kind: 'k-of-n', id: 'g', name: 'Servidores', k: 3, n: 3, member } }, slas).lines, 'availability.kOfN')[0]!;
    expect(es.line(single)).toBe('Servidores (al menos 3 de 3 × web): suma para i = 3..3 de C(3,i) × 0,9^i × 0,1^(3−i) = 1 × 0,9^3 × 0,1^0 = 0,729');
    const unlisted = byKey(evaluateAvailability({ architecture: { kind: 'k-of-n', id: 'g', name: 'Servidores', k: 2, n: 9, member } }, slas).lines, 'availability.kOfN')[0]!;
    expect(unlisted.params.terms).toBe('');
    expect(es.line(unlisted)).toBe('Servidores (al menos 2 de 9 × web): suma para i = 2..9 de C(9,i) × 0,9^i × 0,1^(9−i) = 0,999999918');
  });

  it('names a failover switchover in Spanish, and a component by its name', () => {
    const r = evaluateAvailability(
      { architecture: { kind: 'failover', id: 'db', name: 'Base de datos', primary: { kind: 'component', id: 'p', name: 'principal', percent: '99.9' }, standby: { kind: 'component', id: 's', name: 'respaldo', percent: '99.9' }, switchSeconds: '31.536', failuresPerYear: '10' } },
      slas,
    );
    const [first, second] = byKey(r.lines, 'availability.weakest.item');
    expect(first!.text).toBe('#1 Base de datos switchover: if it never failed, U would fall from 0.000011 to 0.000001 (removes 0.00001, 83.33% of the downtime)');
    expect(first!.params).toMatchObject({ name: 'Base de datos switchover', failover: 'Base de datos' });
    expect(es.line(first!)).toBe('#1 Conmutación de «Base de datos»: si nunca fallara, U bajaría de 0,000011 a 0,000001 (elimina 0,00001, el 83,33 % del tiempo de inactividad)');
    expect(es.line(second!)).toBe('#2 principal: si nunca fallara, U bajaría de 0,000011 a 0,00001 (elimina 0,000001, el 8,33 % del tiempo de inactividad)');
    expect(new I18n('en').line(first!)).toBe(first!.text);
  });
});
