/**
 * Composite availability (domain.md section 4). Every expected value is worked out by hand in the
 * test name or a comment; inputs are strings as a user would type them.
 */
import { describe, expect, test } from 'vitest';
import {
  downtimeShareChart,
  evaluateAvailability,
  ninesOf,
  replicasCurve,
  shareBarPercent,
  slaCredit,
  tryEvaluateAvailability,
  validateSlaEntry,
  type AvailabilityResult,
  type ComponentSpec,
  type NodeSpec,
} from '../../src/engine/index.ts';
import { fromFraction, kOfNAU } from '../../src/engine/availability/compose.ts';
import {
  CONVENTION_NAMES,
  downtimeAllConventions,
  downtimeTable,
  errorBudgetRequests,
  errorBudgetTime,
  formatDuration,
  resolveConvention,
  type PeriodName,
} from '../../src/engine/index.ts';
import { d, type Dec } from '../../src/engine/decimal.ts';
import { errorOf } from './helpers.ts';
import { SLA_CATALOG, defaultSlas, findSla } from '../../src/data/slas.ts';

const slas = defaultSlas();

const comp = (id: string, fields: Record<string, unknown>): ComponentSpec => ({ kind: 'component', id, ...fields }) as ComponentSpec;
const pct = (id: string, percent: string): NodeSpec => comp(id, { percent });
const series = (id: string, ...children: NodeSpec[]): NodeSpec => ({ kind: 'series', id, children });
const parallel = (id: string, ...children: NodeSpec[]): NodeSpec => ({ kind: 'parallel', id, children });

function run(architecture: unknown, extra: Record<string, unknown> = {}, catalog: unknown = slas): AvailabilityResult {
  return evaluateAvailability({ architecture, ...extra }, catalog);
}

function row(r: { rows: readonly { period: PeriodName; downtimeSeconds: Dec; duration: { text: string } }[] }, p: PeriodName) {
  const found = r.rows.find((x) => x.period === p);
  if (!found) throw new Error(`no ${p} row`);
  return found;
}

function lineText(r: AvailabilityResult, key: string): string[] {
  return r.lines.filter((l) => l.key === key).map((l) => l.text);
}

describe('components: percent, fraction, MTBF/MTTR, SLA, replicas', () => {
  test.each([
    ['percent "99.95" is 0.9995', { percent: '99.95' }, '0.9995', '0.0005'],
    ['fraction "0.9995" is 0.9995', { fraction: '0.9995' }, '0.9995', '0.0005'],
    ['MTBF 999 h, MTTR 1 h: 999 / 1000 = 0.999', { mtbfHours: '999', mttrHours: '1' }, '0.999', '0.001'],
    ['MTBF given as a safe integer 999 works the same', { mtbfHours: 999, mttrHours: 1 }, '0.999', '0.001'],
    ['MTTR 0: never down, A = 1', { mtbfHours: '1000', mttrHours: '0' }, '1', '0'],
    ['percent "0": never up', { percent: '0' }, '0', '1'],
    ['SLA rds-multi-az is 99.95% = 0.9995', { sla: 'rds-multi-az' }, '0.9995', '0.0005'],
    ['SLA with a user override of 99.9% = 0.999', { sla: 'rds-multi-az', slaOverride: '99.9' }, '0.999', '0.001'],
    ['2 replicas of 99.9%: 1 - 0.001^2 = 0.999999', { percent: '99.9', replicas: '2' }, '0.999999', '0.000001'],
    ['3 replicas of 90%: 1 - 0.1^3 = 0.999', { percent: '90', replicas: 3 }, '0.999', '0.001'],
  ])('%s', (_name, fields, a, u) => {
    const r = run(comp('x', fields));
    expect(r.availability.toFixed()).toBe(a);
    expect(r.unavailability.toFixed()).toBe(u);
  });

  test('MTBF 1000 h, MTTR 2 h: 1000/1002 is not a finite decimal; U = 2/1002 keeps its digits', () => {
    const r = run(comp('app', { mtbfHours: '1000', mttrHours: '2' }));
    // 1000/1002 = 0.998003992015968063872255489021956087824351...
    expect(r.availability.toFixed(12)).toBe('0.998003992016');
    expect(r.unavailability.toFixed(12)).toBe('0.001996007984');
    expect(lineText(r, 'availability.component.mtbf')[0]).toBe(
      'app: MTBF / (MTBF + MTTR) = 1,000 h / (1,000 h + 2 h) = ~0.9980039920159681',
    );
  });

  test('the caller may edit the SLA catalog (prices are an argument): rds-multi-az at 99.99%', () => {
    const r = run(comp('db', { sla: 'rds-multi-az' }), {}, { ...slas, 'rds-multi-az': '99.99' });
    expect(r.availability.toFixed()).toBe('0.9999');
  });

  test('a result that used an SLA says it is a contract floor, not a measured availability', () => {
    const r = run(series('root', comp('db', { sla: 'rds-multi-az' }), pct('app', '99.9')));
    expect(r.usesSla).toBe(true);
    expect(r.slaUses).toHaveLength(1);
    expect(r.slaUses[0]).toMatchObject({ componentId: 'db', slaId: 'rds-multi-az', overridden: false });
    expect(r.slaUses[0]!.percent.toFixed()).toBe('99.95');
    expect(r.tree.usesSla).toBe(true);
    expect(r.nodes.find((n) => n.id === 'app')!.usesSla).toBe(false);
    expect(lineText(r, 'availability.sla.floor')[0]).toContain('an SLA is a contract floor');
    expect(lineText(r, 'availability.component.sla')[0]).toBe(
      'db: RDS Multi-AZ instance or cluster SLA 99.95% = 0.9995 (an SLA is a contract floor, not a measured availability)',
    );
  });

  test('no SLA used: usesSla is false and no floor line', () => {
    const r = run(pct('app', '99.9'));
    expect(r.usesSla).toBe(false);
    expect(lineText(r, 'availability.sla.floor')).toEqual([]);
  });

  test('replicas line: "1 - (1 - 0.999)^2 = 0.999999"', () => {
    const r = run(comp('web', { percent: '99.9', replicas: '2' }));
    expect(lineText(r, 'availability.component.replicas')[0]).toBe('web x 2 replicas in parallel: 1 - (1 - 0.999)^2 = 0.999999');
  });
});

describe('composition: series, parallel, k-of-n, failover', () => {
  test('series: 0.9999 x 0.9995 = 0.99940005', () => {
    const r = run(series('s', comp('a', { fraction: '0.9999' }), comp('b', { fraction: '0.9995' })));
    expect(r.availability.toFixed()).toBe('0.99940005');
    expect(r.unavailability.toFixed()).toBe('0.00059995');
    expect(lineText(r, 'availability.series')[0]).toBe('s (series): 0.9999 x 0.9995 = 0.99940005');
  });

  test('parallel: 1 - (1 - 0.999) x (1 - 0.999) = 0.999999', () => {
    const r = run(parallel('p', pct('a', '99.9'), pct('b', '99.9')));
    expect(r.availability.toFixed()).toBe('0.999999');
    expect(lineText(r, 'availability.parallel')[0]).toBe('p (parallel): 1 - (1 - 0.999) x (1 - 0.999) = 0.999999');
  });

  test('a long series abbreviates its formula text, in every language (params give the count)', () => {
    const children = Array.from({ length: 10 }, (_, i) => pct(`c${i}`, '99.9'));
    const r = run(series('s', ...children));
    const l = r.lines.find((x) => x.key === 'availability.series.many')!;
    expect(l.text.startsWith('s (series of 10): 0.999 x 0.999 x 0.999 x ... x 0.999 x 0.999 = ~0.9900448802097482')).toBe(true);
    expect(l.params.count).toBe('10');
    expect(l.params.factors).toBe('0.999, 0.999, 0.999, ..., 0.999, 0.999');
    // 0.999^10 = sum C(10,i) (-0.001)^i = 1 - 0.01 + 0.000045 - 0.00000012 + 210e-12 - 252e-15
    //   + 210e-18 - 120e-21 + 45e-24 - 10e-27 + 1e-30: 30 decimal places, kept exactly
    expect(r.availability.toFixed()).toBe('0.990044880209748209880044990001');
  });

  test('2-of-3 at 0.9: 3 x 0.81 x 0.1 + 0.729 = 0.243 + 0.729 = 0.972', () => {
    const r = run({ kind: 'k-of-n', id: 'web', k: '2', n: '3', member: comp('w', { fraction: '0.9' }) });
    expect(r.availability.toFixed()).toBe('0.972');
    // U = C(3,0) 0.1^3 + C(3,1) 0.9 x 0.1^2 = 0.001 + 0.027 = 0.028
    expect(r.unavailability.toFixed()).toBe('0.028');
    expect(lineText(r, 'availability.kOfN.terms')[0]).toBe(
      'web (at least 2 of 3 x w): sum over i = 2..3 of C(3,i) x 0.9^i x 0.1^(3-i) = 3 x 0.9^2 x 0.1^1 + 1 x 0.9^3 x 0.1^0 = 0.243 + 0.729 = 0.972',
    );
  });

  test.each([
    ['3-of-3 at 0.9 equals the series 0.9^3 = 0.729', 3, '0.729'],
    ['1-of-3 at 0.9 equals the parallel 1 - 0.1^3 = 0.999', 1, '0.999'],
  ])('%s', (_n, k, a) => {
    const r = run({ kind: 'k-of-n', id: 'g', k, n: 3, member: comp('m', { fraction: '0.9' }) });
    expect(r.availability.toFixed()).toBe(a);
  });

  test('1-of-500 at 0.5: U = 0.5^500, nines = 500 log10 2 = 150.51499783199059760687 (no underflow)', () => {
    const r = run({ kind: 'k-of-n', id: 'g', k: 1, n: 500, member: comp('m', { fraction: '0.5' }) });
    expect(r.nines!.toFixed(20)).toBe('150.51499783199059760687');
    expect(r.perfect).toBe(false);
  });

  test('n = 500 at 0.5: P(at least 250) + P(at least 251) = 1 by symmetry (exact to 55 digits)', () => {
    const a250 = kOfNAU(fromFraction(d('0.5')), 250, 500).a;
    const a251 = kOfNAU(fromFraction(d('0.5')), 251, 500).a;
    expect(a250.plus(a251).minus(1).abs().lt('1e-55')).toBe(true);
  });

  test('n = 500 at 99.5%, at least 450: A and U both keep full precision (A + U = 1)', () => {
    const r = kOfNAU(fromFraction(d('0.995')), 450, 500);
    expect(r.a.plus(r.u).minus(1).abs().lt('1e-55')).toBe(true);
    // P(more than 50 of 500 down at 0.5% each) is astronomically small: nines > 40.
    expect(ninesOf(r.u).nines!.gt(40)).toBe(true);
  });

  test('multi-region with a shared dependency outside the redundancy group (the bracket trap)', () => {
    // region = ELB multi-AZ SLA 0.9999 x app 0.9995 = 0.99940005, U = 0.00059995
    // two regions in parallel: U = 0.00059995^2 = 0.0000003599400025, A = 0.9999996400599975
    // in series with Route 53 (100% SLA): unchanged
    const region = (r: string) => series(`region-${r}`, comp(`elb-${r}`, { sla: 'elb-multi-az' }), pct(`app-${r}`, '99.95'));
    const r = run(series('global', parallel('regions', region('a'), region('b')), comp('dns', { sla: 'route53' })));
    expect(r.availability.toFixed()).toBe('0.9999996400599975');
    expect(r.unavailability.toFixed()).toBe('0.0000003599400025');
    expect(r.usesSla).toBe(true);
  });

  test('a shared dependency cannot be silently duplicated inside each region: the same id twice is duplicate_id', () => {
    const region = (r: string) => series(`region-${r}`, pct(`app-${r}`, '99.95'), comp('dns', { sla: 'route53' }));
    const e = errorOf(() => run(parallel('regions', region('a'), region('b'))));
    expect(e.code).toBe('duplicate_id');
    expect(e.path).toBe('architecture.children.1.children.1.id');
  });

  test('failover with failures per year: U = 0.001 x 0.001 + 10 x 31.536 s / 31,536,000 s = 0.000001 + 0.00001 = 0.000011', () => {
    const r = run({
      kind: 'failover',
      id: 'db',
      primary: pct('p', '99.9'),
      standby: pct('s', '99.9'),
      switchSeconds: '31.536',
      failuresPerYear: '10',
    });
    expect(r.unavailability.toFixed()).toBe('0.000011');
    expect(r.availability.toFixed()).toBe('0.999989');
    expect(lineText(r, 'availability.failover')[0]).toBe(
      'db (failover): U = U_primary x U_standby + failure rate x switch time = 0.001 x 0.001 + 10 failures/year x 31.536 s / 31,536,000 s = 0.000001 + 0.00001 = 0.000011; A = 1 - U = 0.999989',
    );
    expect(lineText(r, 'availability.failover.model')[0]).toContain('an approximation');
  });

  test("failover using the primary's own MTBF: 35.964 s / (999 h x 3,600 s/h) = 0.00001", () => {
    const r = run({
      kind: 'failover',
      id: 'db',
      primary: comp('p', { mtbfHours: '999', mttrHours: '1' }),
      standby: pct('s', '99.9'),
      switchSeconds: '35.964',
    });
    expect(r.unavailability.toFixed()).toBe('0.000011');
  });

  test('failover with primaryMtbfHours 1000 and a 36 s switch: 36 / 3,600,000 = 0.00001', () => {
    const r = run({ kind: 'failover', id: 'f', primary: pct('p', '99.9'), standby: pct('s', '99.9'), switchSeconds: 36, primaryMtbfHours: '1000' });
    expect(r.unavailability.toFixed()).toBe('0.000011');
  });

  test('failover with an instant switch equals the parallel pair: 0.001 x 0.001', () => {
    const r = run({ kind: 'failover', id: 'f', primary: pct('p', '99.9'), standby: pct('s', '99.9'), switchSeconds: '0', failuresPerYear: '12' });
    expect(r.availability.toFixed()).toBe('0.999999');
  });

  test('failover clamps to [0, 1]: 1,000,000 failures a year x 1 h switch is always down', () => {
    const r = run({ kind: 'failover', id: 'f', primary: pct('p', '99.9'), standby: pct('s', '99.9'), switchSeconds: '3600', failuresPerYear: '1000000' });
    expect(r.availability.toFixed()).toBe('0');
    expect(r.unavailability.toFixed()).toBe('1');
    expect(lineText(r, 'availability.failover')).toEqual([]);
    expect(lineText(r, 'availability.failover.clamped')[0]).toContain('clamped to 1; A = 1 - U = 0');
    expect(r.nines!.toFixed()).toBe('0');
  });

  test('nodes are reported nested and flat with stable ids and paths', () => {
    const r = run(series('root', pct('a', '99.9'), parallel('p', pct('b', '99'), pct('c', '99'))));
    expect(r.nodes.map((n) => n.id)).toEqual(['root', 'a', 'p', 'b', 'c']);
    expect(r.nodes.map((n) => n.depth)).toEqual([0, 1, 1, 2, 2]);
    expect(r.tree.children[1]!.path).toBe('architecture.children.1');
    // p = 1 - 0.01^2 = 0.9999; root = 0.999 x 0.9999 = 0.9989001
    expect(r.tree.children[1]!.availability.toFixed()).toBe('0.9999');
    expect(r.availability.toFixed()).toBe('0.9989001');
  });
});

describe('nines', () => {
  test('99.9% is exactly 3 nines (a JavaScript float gives 2.9999999999999996)', () => {
    const r = run(pct('a', '99.9'));
    expect(r.nines!.toFixed()).toBe('3');
    expect(-Math.log10(1 - 0.999)).not.toBe(3);
    expect(r.ninesText).toBe('3');
  });

  test('99.95% is 3.30103 nines at display (-log10 0.0005 = 3.30102999566...)', () => {
    const r = run(pct('a', '99.95'));
    expect(r.ninesText).toBe('3.30103');
    expect(r.nines!.toFixed(11)).toBe('3.30102999566');
    expect(lineText(r, 'availability.nines')[0]).toBe('availability 99.95%; nines = -log10(1 - A) = -log10(0.0005) = 3.30103');
  });

  test('99.999% is 5 nines', () => {
    expect(run(pct('a', '99.999')).nines!.toFixed()).toBe('5');
  });

  test('100% (Route 53) has no finite nines: nines null, perfect, never Infinity or NaN', () => {
    const r = run(comp('dns', { sla: 'route53' }));
    expect(r.perfect).toBe(true);
    expect(r.nines).toBeNull();
    expect(r.ninesText).toBe('100% (no downtime)');
    expect(lineText(r, 'availability.nines.perfect')[0]).toBe('availability 100%: no downtime, so no finite number of nines');
    expect(r.downtime.rows.every((x) => x.downtimeSeconds.isZero() && x.duration.text === '0s')).toBe(true);
  });

  test('1,000 replicas of 99.95%: A rounds to 1 at 60 digits but U = 0.0005^1000 is kept; 1000 x 3.30103 = 3301.03 nines', () => {
    const r = run(comp('m', { percent: '99.95', replicas: '1000' }));
    expect(r.perfect).toBe(false);
    expect(r.ninesText).toBe('3301.03');
    // 0.0005^1000 = 5^1000 x 10^-4000 = 9.33263618...e-3302
    expect(lineText(r, 'availability.component.replicas')[0]).toBe('m x 1000 replicas in parallel: 1 - (1 - 0.9995)^1000 = ~1 - 9.33264e-3302');
    expect(lineText(r, 'availability.nines')[0]).toContain('availability ~100 - 9.33264e-3300%');
    expect(row(r.downtime, 'day').duration.text).toBe('8.06e-3297s');
    expect(Math.max(...r.lines.map((l) => l.text.length))).toBeLessThan(400);
  });

  test('0% has 0 nines (a positive zero, not -0)', () => {
    const n = ninesOf(d('1'));
    expect(n.nines!.isZero()).toBe(true);
    expect(n.nines!.isNegative()).toBe(false);
  });
});

describe('downtime under each convention (every figure names its convention)', () => {
  test.each(CONVENTION_NAMES.map((c) => [c]))('%s: 99.99 percent per week is 60.48 s = "1m 0.48s", not "1m 5s"', (c) => {
    const conv = c === 'calendar-month' ? resolveConvention({ convention: c, month: '2024-02' }) : resolveConvention(c);
    const t = downtimeTable(d('0.0001'), conv);
    expect(row(t, 'week').downtimeSeconds.toFixed()).toBe('60.48');
    expect(row(t, 'week').duration.text).toBe('1m 0.48s');
    expect(t.rows.every((x) => x.convention === c)).toBe(true);
    expect(t.lines.every((l) => l.params.convention === c && l.params.conventionName === `@msg:availability.conv.${c}.long`)).toBe(true);
  });

  test.each<[string, unknown, PeriodName, string, string]>([
    ['365-day year: 0.001 x 365 d = 31,536 s', '365-day', 'year', '31536', '8h 45m 36s'],
    ['365-day quarter: 0.001 x 91.25 d = 7,884 s', '365-day', 'quarter', '7884', '2h 11m 24s'],
    ['365-day month: 0.001 x 730 h = 2,628 s', '365-day', 'month', '2628', '43m 48s'],
    ['365-day day: 0.001 x 86,400 s = 86.4 s', '365-day', 'day', '86.4', '1m 26.4s'],
    ['SRE month: 0.001 x 30 d = 2,592 s', 'sre-30-day', 'month', '2592', '43m 12s'],
    ['SRE quarter: 0.001 x 90 d = 7,776 s', 'sre-30-day', 'quarter', '7776', '2h 9m 36s'],
    ['SRE year: 365 d', 'sre-30-day', 'year', '31536', '8h 45m 36s'],
    ['Gregorian year: 0.001 x 365.2425 d = 31,556.952 s', 'gregorian', 'year', '31556.952', '8h 45m 56.95s'],
    ['Gregorian month: year/12 = 2,629,746 s -> 2,629.746 s', 'gregorian', 'month', '2629.746', '43m 49.75s'],
    ['Julian year: 0.001 x 365.25 d = 31,557.6 s', 'julian', 'year', '31557.6', '8h 45m 57.6s'],
    ['Julian month: 2,629,800 s -> 2,629.8 s', 'julian', 'month', '2629.8', '43m 49.8s'],
    ['Julian quarter: year/4 = 7,889,400 s -> 7,889.4 s', 'julian', 'quarter', '7889.4', '2h 11m 29.4s'],
    ['calendar 2024-02: 29 d -> 2,505.6 s', { convention: 'calendar-month', month: '2024-02' }, 'month', '2505.6', '41m 45.6s'],
    ['calendar 2024-02: leap year 366 d -> 31,622.4 s', { convention: 'calendar-month', month: '2024-02' }, 'year', '31622.4', '8h 47m 2.4s'],
    ['calendar 2024-02: Q1 2024 = 31+29+31 = 91 d -> 7,862.4 s', { convention: 'calendar-month', month: '2024-02' }, 'quarter', '7862.4', '2h 11m 2.4s'],
    ['calendar 2023-02: 28 d -> 2,419.2 s', { convention: 'calendar-month', month: '2023-02' }, 'month', '2419.2', '40m 19.2s'],
    ['calendar 2023-02: 365-day year', { convention: 'calendar-month', month: '2023-02' }, 'year', '31536', '8h 45m 36s'],
    ['calendar 2023-08: Q3 = 31+31+30 = 92 d -> 7,948.8 s', { convention: 'calendar-month', month: '2023-08' }, 'quarter', '7948.8', '2h 12m 28.8s'],
    ['calendar 2023-04: 30 d -> 2,592 s', { convention: 'calendar-month', month: '2023-04' }, 'month', '2592', '43m 12s'],
    ['calendar 1900-02: not a leap year, 28 d', { convention: 'calendar-month', month: '1900-02' }, 'month', '2419.2', '40m 19.2s'],
    ['calendar 2000-02: a leap year, 29 d', { convention: 'calendar-month', month: '2000-02' }, 'month', '2505.6', '41m 45.6s'],
  ])('99.9 percent, %s', (_name, conv, period, seconds, text) => {
    const t = downtimeTable(d('0.001'), resolveConvention(conv));
    expect(row(t, period).downtimeSeconds.toFixed()).toBe(seconds);
    expect(row(t, period).duration.text).toBe(text);
  });

  test('the default convention is 365-day and its month line names 730 h', () => {
    const r = run(pct('a', '99.95'));
    expect(r.downtime.convention.name).toBe('365-day');
    // 0.0005 x 2,628,000 s = 1,314 s = 21m 54s
    expect(lineText(r, 'availability.downtime.month')[0]).toBe(
      'downtime per month (365-day year, 730-hour month; a month = 730 h = 2,628,000 s): 0.0005 x 2,628,000 s = 1,314 s (21m 54s)',
    );
  });

  test('the evaluation reads the convention and the calendar month from the scenario', () => {
    const r = run(pct('a', '99.9'), { convention: 'calendar-month', conventionMonth: '2024-02' });
    expect(r.downtime.convention.month).toBe('2024-02');
    expect(row(r.downtime, 'month').downtimeSeconds.toFixed()).toBe('2505.6');
  });

  test('side by side: the month at 99.9% is 2,628 / 2,592 / 2,629.746 / 2,629.8 / 2,505.6 s (365-day, SRE, Gregorian, Julian, 2024-02)', () => {
    const tables = downtimeAllConventions(d('0.001'), '2024-02');
    expect(tables.map((t) => [t.convention.name, row(t, 'month').downtimeSeconds.toFixed()])).toEqual([
      ['365-day', '2628'],
      ['sre-30-day', '2592'],
      ['gregorian', '2629.746'],
      ['julian', '2629.8'],
      ['calendar-month', '2505.6'],
    ]);
    expect(downtimeAllConventions(d('0.001'))).toHaveLength(4);
  });

  test('99.999% per day is 0.864 s; 99.9999999% per day keeps 3 significant digits: 0.0000864 s', () => {
    expect(row(downtimeTable(d('0.00001'), resolveConvention()), 'day').duration.text).toBe('0.864s');
    expect(row(downtimeTable(d('0.000000001'), resolveConvention()), 'day').duration.text).toBe('0.0000864s');
  });
});

describe('formatDuration: structured parts for the UI, plus English', () => {
  test.each([
    ['60.48', 0, 0, 1, '0.48', '1m 0.48s'],
    ['3600', 0, 1, 0, '0', '1h'],
    ['3601', 0, 1, 0, '1', '1h 0m 1s'],
    ['3660', 0, 1, 1, '0', '1h 1m'],
    ['172805', 2, 0, 0, '5', '2d 0h 0m 5s'],
    ['0', 0, 0, 0, '0', '0s'],
    ['59.999', 0, 0, 1, '0', '1m'], // rounds to 60.00 s at 2 places: carries into the minute
    ['31536', 0, 8, 45, '36', '8h 45m 36s'],
  ])('%s s -> %s d %s h %s m %s s = "%s"', (s, days, hours, minutes, secs, text) => {
    const f = formatDuration(d(s));
    expect(f.parts).toMatchObject({ days, hours, minutes });
    expect(f.parts.seconds.toFixed()).toBe(secs);
    expect(f.text).toBe(text);
    expect(f.totalSeconds.toFixed()).toBe(s);
  });

  test('fractionDigits 0 rounds the seconds away: 60.48 s -> "1m"', () => {
    expect(formatDuration(d('60.48'), { fractionDigits: 0 }).text).toBe('1m');
  });

  test('a negative duration is an EngineError', () => {
    expect(errorOf(() => formatDuration(d('-1'))).code).toBe('negative');
  });
});

describe('error budgets', () => {
  test('requests: 99.9% of 1,000,000 requests allows 1,000 failures', () => {
    const b = errorBudgetRequests(d('0.001'), '1000000');
    expect(b.failedRequests.toFixed()).toBe('1000');
    expect(b.lines[0]!.text).toBe('error budget: 0.001 x 1,000,000 requests = 1,000 failed requests allowed');
  });

  test('requests: 99.95% of 12,345 = 6.1725, so 6 whole requests', () => {
    const b = errorBudgetRequests(d('0.0005'), 12345);
    expect(b.failedRequests.toFixed()).toBe('6.1725');
    expect(b.wholeFailedRequests.toFixed()).toBe('6');
    expect(b.lines[0]!.text).toContain('(6 whole requests)');
  });

  test('time: 99.9% of a 28-day window (2,419,200 s) = 2,419.2 s = 40m 19.2s', () => {
    const b = errorBudgetTime(d('0.001'), '2419200');
    expect(b.budgetSeconds.toFixed()).toBe('2419.2');
    expect(b.duration.text).toBe('40m 19.2s');
  });

  test('the evaluation adds the request budget when requests are given', () => {
    const r = run(pct('a', '99.9'), { requests: '5000000' });
    expect(r.requestBudget!.failedRequests.toFixed()).toBe('5000');
    expect(run(pct('a', '99.9')).requestBudget).toBeNull();
  });

  test('requests must be whole: "1.5" is not_integer at "requests"', () => {
    const e = errorOf(() => run(pct('a', '99.9'), { requests: '1.5' }));
    expect([e.code, e.path]).toEqual(['not_integer', 'requests']);
  });
});

describe('share of the downtime (weakest link)', () => {
  test('series of 99.9% and 99.99%: perfecting a removes 0.001 x 0.9999 = 0.0009999, b removes 0.0001 x 0.999 = 0.0000999', () => {
    const r = run(series('s', pct('a', '99.9'), pct('b', '99.99')));
    // U = 1 - 0.999 x 0.9999 = 0.0010999
    expect(r.unavailability.toFixed()).toBe('0.0010999');
    const [first, second] = r.contributions;
    expect(first!.id).toBe('a');
    expect(first!.rank).toBe(1);
    expect(first!.unavailabilityRemoved.toFixed()).toBe('0.0009999');
    expect(second!.unavailabilityRemoved.toFixed()).toBe('0.0000999');
    // shares: 0.0009999 / 0.0010998 = 90.9165...%, 0.0000999 / 0.0010998 = 9.0834...%
    expect(first!.share.times(100).toFixed(2)).toBe('90.92');
    expect(second!.share.times(100).toFixed(2)).toBe('9.08');
    expect(r.lines.find((l) => l.key === 'availability.weakest.item')!.text).toBe(
      '#1 a: if it never failed, U would fall from 0.0010999 to 0.0001 (removes 0.0009999, 90.92% of the downtime)',
    );
  });

  test('in a parallel pair each member alone would remove all the downtime: 50% each', () => {
    const r = run(parallel('p', pct('a', '90'), pct('b', '90')));
    expect(r.contributions.map((c) => [c.id, c.unavailabilityRemoved.toFixed(), c.share.toFixed()])).toEqual([
      ['a', '0.01', '0.5'],
      ['b', '0.01', '0.5'],
    ]);
  });

  test('a weak part behind redundancy ranks below a strong part in series', () => {
    // parallel(90%, 90%) = 0.99, U 0.01; series with 99.5% (U 0.005): U = 1 - 0.99 x 0.995 = 0.01495
    // a perfect: root U = 1 - 0.995 = 0.005, removed 0.00995; b the same; c perfect: 0.01, removed 0.00495
    const r = run(series('root', parallel('p', pct('a', '90'), pct('b', '90')), pct('c', '99.5')));
    expect(r.unavailability.toFixed()).toBe('0.01495');
    const byId = Object.fromEntries(r.contributions.map((c) => [c.id, c.unavailabilityRemoved.toFixed()]));
    expect(byId).toEqual({ a: '0.00995', b: '0.00995', c: '0.00495' });
  });

  test('a failover switchover is an entry of its own: removes 10 x 31.536 s / year = 0.00001 of 0.000011', () => {
    const r = run({ kind: 'failover', id: 'db', primary: pct('p', '99.9'), standby: pct('s', '99.9'), switchSeconds: '31.536', failuresPerYear: '10' });
    expect(r.contributions[0]).toMatchObject({ id: 'db', kind: 'switchover', name: 'db switchover', rank: 1 });
    expect(r.contributions[0]!.unavailabilityRemoved.toFixed()).toBe('0.00001');
    // perfect primary: U = 0 x 0.001 + 0.00001, removes 0.000001
    expect(r.contributions[1]!.unavailabilityRemoved.toFixed()).toBe('0.000001');
  });

  test('a k-of-n member made perfect removes the whole group: 2-of-3 at 0.9 in series with 99%', () => {
    // root A = 0.972 x 0.99 = 0.96228, U = 0.03772; w perfect: U = 0.01, removes 0.02772
    const r = run(series('root', { kind: 'k-of-n', id: 'g', k: 2, n: 3, member: comp('w', { fraction: '0.9' }) }, pct('x', '99')));
    expect(r.contributions.find((c) => c.id === 'w')!.unavailabilityRemoved.toFixed()).toBe('0.02772');
  });

  test('the 10 weakest get a line each, the rest one summary line (every component stays in contributions)', () => {
    // 12 equal parts in series: each removes the same amount, 1/12 = 8.33% of the downtime
    const r = run(series('s', ...Array.from({ length: 12 }, (_, i) => pct(`c${i}`, '99.9'))));
    expect(r.contributions).toHaveLength(12);
    expect(lineText(r, 'availability.weakest.item')).toHaveLength(10);
    expect(lineText(r, 'availability.weakest.item')[0]).toContain('8.33% of the downtime');
    expect(lineText(r, 'availability.weakest.rest')[0]).toMatch(/^the other 2 components together: removes [0-9.]+, 16.67% of the downtime$/);
  });

  test('nothing fails: every share is 0', () => {
    const r = run(series('root', comp('dns', { sla: 'route53' }), pct('a', '100')));
    expect(r.contributions.every((c) => c.share.isZero())).toBe(true);
  });

  test('chart data: shares in percent, weakest first', () => {
    const r = run(parallel('p', pct('a', '90'), pct('b', '90')));
    expect(downtimeShareChart(r.contributions)).toEqual({ ids: ['a', 'b'], labels: ['a', 'b'], values: [50, 50] });
  });

  test('a share bar is filled to its percent, one decimal, within 0 to 100', () => {
    expect(shareBarPercent(d('0.5'))).toBe(50);
    expect(shareBarPercent(d('0.12345'))).toBe(12.3);
    expect(shareBarPercent(d('0'))).toBe(0);
    expect(shareBarPercent(d('1'))).toBe(100);
  });
});

describe('replicas curve (chart data)', () => {
  test('99% with 1..3 replicas: 0.99, 0.9999, 0.999999 = 2, 4, 6 nines', () => {
    const c = replicasCurve(pct('web', '99'), '3');
    expect(c.points.map((p) => p.availability.toFixed())).toEqual(['0.99', '0.9999', '0.999999']);
    expect(c.points.map((p) => p.ninesNumber)).toEqual([2, 4, 6]);
    expect(c.points.map((p) => p.percentNumber)).toEqual([99, 99.99, 99.9999]);
    expect(c.usesSla).toBe(false);
  });

  test('a 100% SLA component has no finite nines at any replica count: null, not Infinity', () => {
    const c = replicasCurve(comp('dns', { sla: 'route53' }), 2, slas);
    expect(c.points.map((p) => p.ninesNumber)).toEqual([null, null]);
    expect(c.usesSla).toBe(true);
  });

  test('maxReplicas must be 1 to 100', () => {
    expect(errorOf(() => replicasCurve(pct('w', '99'), '0')).code).toBe('too_small');
    expect(errorOf(() => replicasCurve(pct('w', '99'), '101')).code).toBe('too_large');
  });
});

describe('SLA credits: "less than X% but at least Y%"', () => {
  const credit = (id: string, measured: string) => slaCredit(findSla(id), measured);

  test.each([
    ['rds-multi-az', '100', 'met', '0'],
    ['rds-multi-az', '99.95', 'met', '0'], // equal to the commitment: no credit
    ['rds-multi-az', '99.949', 'credit', '10'],
    ['rds-multi-az', '99.0', 'credit', '10'], // equal to a lower bound: the better tier
    ['rds-multi-az', '98.999', 'credit', '25'],
    ['rds-multi-az', '95', 'credit', '25'],
    ['rds-multi-az', '94.999', 'credit', '100'],
    ['rds-multi-az', '0', 'credit', '100'],
    ['ec2-region', '99.0', 'credit', '10'],
    ['ec2-region', '98.9', 'credit', '30'],
    ['ec2-instance', '99.5', 'met', '0'],
    ['s3-standard-ia', '99.0', 'met', '0'],
    ['s3-standard-ia', '98.0', 'credit', '10'],
    ['s3-standard-ia', '97.99', 'credit', '25'],
    ['elb-single-az', '98', 'credit-minimum', '10'], // lower tiers not confirmed: at least 10%
    ['codebuild', '99.5', 'credit-minimum', '10'],
  ])('%s at %s percent: %s %s', (id, measured, status, amount) => {
    const r = credit(id, measured);
    expect(r.status).toBe(status);
    expect(r.credit!.toFixed()).toBe(amount);
    expect(r.creditUnit).toBe('percent');
  });

  test('the credit line reads like the SLA', () => {
    expect(credit('rds-multi-az', '99.0').lines[0]!.text).toBe('RDS Multi-AZ instance or cluster: 99% is less than 99.95% but at least 99.0%: 10% credit');
    expect(credit('elb-single-az', '98').lines[0]!.text).toBe(
      'Elastic Load Balancing, single AZ: 98% is less than 99.9%: at least 10% credit (lower tiers not confirmed; the credit may be higher)',
    );
  });

  test('DynamoDB (secondary sources): credit shown, flagged unconfirmed', () => {
    const r = credit('dynamodb-standard', '98');
    expect([r.status, r.credit!.toFixed(), r.tiersConfirmed, r.unconfirmed]).toEqual(['credit', '25', false, true]);
    expect(r.lines[0]!.text).toContain('(tiers not confirmed)');
  });

  test('Lambda (tiers not confirmed): below the SLA a credit is due but unknown', () => {
    const r = credit('lambda', '99');
    expect([r.status, r.credit]).toEqual(['tiers-unknown', null]);
  });

  test('Route 53: 100% commitment, any downtime breaks it, credits are days of service', () => {
    expect(credit('route53', '100').status).toBe('met');
    const r = credit('route53', '99.99');
    expect([r.status, r.creditUnit, r.credit]).toEqual(['tiers-unknown', 'days', null]);
    expect(r.lines[0]!.text).toContain('days of service');
  });

  test('a user-entered day-credit schedule is read in days', () => {
    const entry = { ...findSla('route53')!, tiers: [{ below: '100', atLeast: '99.9', credit: '1' }, { below: '99.9', credit: '7' }], tiersConfirmed: true };
    const r = slaCredit(entry, '99.95');
    expect([r.status, r.credit!.toFixed(), r.creditUnit]).toEqual(['credit', '1', 'days']);
    expect(r.lines[0]!.text).toBe('Route 53 (DNS queries): 99.95% is less than 100% but at least 99.9%: 1 day of service credit');
  });

  test('invalid measured uptime and broken tier tables are EngineErrors with paths', () => {
    expect(errorOf(() => credit('rds-multi-az', '100.5')).path).toBe('measuredPercent');
    const gap = { ...findSla('rds-multi-az')!, tiers: [{ below: '99.95', atLeast: '99.0', credit: '10' }, { below: '98.0', credit: '25' }] };
    const e = errorOf(() => slaCredit(gap, '97'));
    expect([e.code, e.path]).toEqual(['invalid_type', 'sla.tiers.1.below']);
  });
});

describe('SLA catalog (src/data/slas.json)', () => {
  test('every row of the domain table is present with its SLA percent (29 entries)', () => {
    expect(Object.fromEntries(SLA_CATALOG.map((e) => [e.id, e.sla]))).toEqual({
      'ec2-region': '99.99',
      'ec2-instance': '99.5',
      'elb-multi-az': '99.99',
      'elb-single-az': '99.9',
      'rds-multi-az': '99.95',
      'rds-single-az': '99.5',
      'aurora-multi-az': '99.99',
      'aurora-single-az': '99.9',
      'dynamodb-standard': '99.99',
      'dynamodb-global-tables': '99.999',
      's3-standard': '99.9',
      's3-standard-ia': '99.0',
      's3-one-zone-ia': '99.0',
      's3-intelligent-tiering': '99.0',
      's3-glacier-instant-retrieval': '99.0',
      lambda: '99.95',
      'api-gateway': '99.95',
      eks: '99.95',
      route53: '100',
      cloudfront: '99.9',
      quicksight: '99.9',
      codepipeline: '99.9',
      codebuild: '99.9',
      sqs: '99.9',
      sns: '99.9',
      'elasticache-multi-az': '99.99',
      'elasticache-single-az': '99.5',
      'opensearch-standard': '99.9',
      'opensearch-multi-az-standby': '99.99',
    });
  });

  test('the domain says which measure minutes and which requests', () => {
    for (const id of ['ec2-region', 'ec2-instance', 'elb-multi-az', 'rds-multi-az']) expect(findSla(id)!.measure).toBe('minutes');
    for (const id of ['s3-standard', 'cloudfront', 'lambda', 'dynamodb-standard']) expect(findSla(id)!.measure).toBe('requests');
  });

  test('unconfirmed where the table says "not confirmed" or "secondary sources"', () => {
    const notConfirmed = SLA_CATALOG.filter((e) => !e.tiersConfirmed).map((e) => e.id);
    expect(notConfirmed).toEqual([
      'elb-single-az',
      'dynamodb-standard',
      'dynamodb-global-tables',
      'lambda',
      'route53',
      'codebuild',
      'sqs',
      'sns',
      'elasticache-multi-az',
      'elasticache-single-az',
      'opensearch-standard',
      'opensearch-multi-az-standby',
    ]);
    expect(SLA_CATALOG.filter((e) => e.unconfirmed).map((e) => e.id)).toEqual(['dynamodb-standard', 'dynamodb-global-tables', 'sqs', 'sns']);
  });

  test('RDS tiers are 10 / 25 / 100 below 99.95 / 99.0 / 95.0; compute is 10 / 30 / 100', () => {
    expect(findSla('rds-multi-az')!.tiers).toEqual([
      { below: '99.95', atLeast: '99.0', credit: '10' },
      { below: '99.0', atLeast: '95.0', credit: '25' },
      { below: '95.0', credit: '100' },
    ]);
    expect(findSla('ec2-region')!.tiers.map((t) => t.credit)).toEqual(['10', '30', '100']);
  });

  test('Route 53 is 100% with credits in days', () => {
    expect(findSla('route53')).toMatchObject({ sla: '100', creditUnit: 'days', tiers: [] });
  });

  test('every entry has a source and an as-of date, and re-validates', () => {
    SLA_CATALOG.forEach((e, i) => {
      expect(e.source.length).toBeGreaterThan(0);
      expect(e.asOf).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(validateSlaEntry(e, `slas.${i}`)).toEqual(e);
    });
  });

  test('defaultSlas() is a fresh plain object of percent strings', () => {
    const a = defaultSlas();
    a['rds-multi-az'] = '1';
    expect(defaultSlas()['rds-multi-az']).toBe('99.95');
    expect(Object.keys(a)).toHaveLength(29);
  });
});

describe('errors: stable codes, paths, student-friendly messages', () => {
  const deep = (levels: number): NodeSpec => {
    let node: NodeSpec = pct('leaf', '99.9');
    for (let i = 0; i < levels; i++) node = series(`s${i}`, node);
    return node;
  };

  test('too_deep past 32 levels', () => {
    const e = errorOf(() => run(deep(40)));
    expect(e.code).toBe('too_deep');
    expect(e.plainMessage).toMatchInlineSnapshot(`"The architecture is nested too deeply (more than 32 levels)."`);
    expect(run(deep(32)).availability.toFixed()).toBe('0.999');
  });

  test('k_greater_than_n', () => {
    const e = errorOf(() => run({ kind: 'k-of-n', id: 'g', k: '4', n: '3', member: pct('m', '99') }));
    expect(e.path).toBe('architecture.k');
    expect(e.message).toMatchInlineSnapshot(`"At least 4 of 3 cannot be met: k must not exceed the number of members. (at architecture.k)"`);
  });

  test.each<[string, unknown, string, string]>([
    ['empty series', { kind: 'series', id: 's', children: [] }, 'empty_group', 'architecture.children'],
    ['parallel without children', { kind: 'parallel', id: 'p' }, 'empty_group', 'architecture.children'],
    ['k-of-n with n = 0', { kind: 'k-of-n', id: 'g', k: 1, n: 0, member: pct('m', '99') }, 'empty_group', 'architecture.n'],
    ['k = 0', { kind: 'k-of-n', id: 'g', k: 0, n: 3, member: pct('m', '99') }, 'too_small', 'architecture.k'],
    ['k-of-n member that is a group', { kind: 'k-of-n', id: 'g', k: 1, n: 2, member: series('s', pct('m', '99')) }, 'invalid_type', 'architecture.member.kind'],
    ['n above 10,000', { kind: 'k-of-n', id: 'g', k: 1, n: 10001, member: pct('m', '99') }, 'too_large', 'architecture.n'],
    ['unknown kind', { kind: 'mesh', id: 'm' }, 'unknown_option', 'architecture.kind'],
    ['missing kind', { id: 'm' }, 'required', 'architecture.kind'],
    ['missing id', { kind: 'component', percent: '99' }, 'required', 'architecture.id'],
    ['numeric id', { kind: 'component', id: 7, percent: '99' }, 'invalid_type', 'architecture.id'],
    ['no availability given', { kind: 'component', id: 'c' }, 'invalid_type', 'architecture'],
    ['two availabilities given', { kind: 'component', id: 'c', percent: '99', fraction: '0.99' }, 'invalid_type', 'architecture'],
    ['slaOverride without sla', { kind: 'component', id: 'c', percent: '99', slaOverride: '99' }, 'invalid_type', 'architecture.slaOverride'],
    ['MTTR without MTBF', { kind: 'component', id: 'c', mttrHours: '1' }, 'required', 'architecture.mtbfHours'],
    ['MTBF without MTTR', { kind: 'component', id: 'c', mtbfHours: '100' }, 'required', 'architecture.mttrHours'],
    ['MTBF of 0', { kind: 'component', id: 'c', mtbfHours: '0', mttrHours: '1' }, 'not_positive', 'architecture.mtbfHours'],
    ['percent above 100', { kind: 'component', id: 'c', percent: '100.1' }, 'too_large', 'architecture.percent'],
    ['fraction above 1', { kind: 'component', id: 'c', fraction: '1.01' }, 'too_large', 'architecture.fraction'],
    ['percent as a float', { kind: 'component', id: 'c', percent: 99.9 }, 'float_not_allowed', 'architecture.percent'],
    ['percent with a decimal comma', { kind: 'component', id: 'c', percent: '99,9' }, 'decimal_comma', 'architecture.percent'],
    ['unknown SLA id', { kind: 'component', id: 'c', sla: 'mainframe' }, 'unknown_price', 'architecture.sla'],
    ['SLA id inherited from Object.prototype', { kind: 'component', id: 'c', sla: 'constructor' }, 'unknown_price', 'architecture.sla'],
    ['replicas above 1,000', { kind: 'component', id: 'c', percent: '99', replicas: '1001' }, 'too_large', 'architecture.replicas'],
    ['replicas 0', { kind: 'component', id: 'c', percent: '99', replicas: 0 }, 'too_small', 'architecture.replicas'],
    ['failover without a failure rate', { kind: 'failover', id: 'f', primary: pct('p', '99'), standby: pct('s', '99'), switchSeconds: '30' }, 'required', 'architecture.failuresPerYear'],
    ['failover with both rates', { kind: 'failover', id: 'f', primary: pct('p', '99'), standby: pct('s', '99'), switchSeconds: '30', failuresPerYear: '1', primaryMtbfHours: '100' }, 'invalid_type', 'architecture.primaryMtbfHours'],
    ['failover without a standby', { kind: 'failover', id: 'f', primary: pct('p', '99'), switchSeconds: '30', failuresPerYear: '1' }, 'required', 'architecture.standby'],
    ['a list instead of a node', [pct('a', '99')], 'invalid_type', 'architecture'],
    ['a child that is a string', { kind: 'series', id: 's', children: ['a'] }, 'invalid_type', 'architecture.children.0'],
  ])('%s', (_name, architecture, code, path) => {
    const e = errorOf(() => run(architecture));
    expect([e.code, e.path]).toEqual([code, path]);
  });

  test('duplicate_id message names the id', () => {
    const e = errorOf(() => run(series('x', pct('x', '99'))));
    expect([e.code, e.path]).toEqual(['duplicate_id', 'architecture.children.0.id']);
    expect(e.plainMessage).toMatchInlineSnapshot(`"The id "x" is used twice."`);
  });

  test('an unknown SLA asks the user to enter one', () => {
    expect(errorOf(() => run(comp('c', { sla: 'mainframe' }))).plainMessage).toMatchInlineSnapshot(
      `"No price is known for "mainframe" in the SLA catalog; enter one."`,
    );
  });

  test('a bad SLA in the catalog argument is reported at slas.<id>', () => {
    const e = errorOf(() => run(comp('c', { sla: 'rds-multi-az' }), {}, { 'rds-multi-az': 'abc' }));
    expect([e.code, e.path]).toEqual(['not_a_number', 'slas.rds-multi-az']);
  });

  test.each<[string, Record<string, unknown>, string, string]>([
    ['unknown convention', { convention: 'lunar' }, 'unknown_option', 'convention'],
    ['calendar month without a month', { convention: 'calendar-month' }, 'required', 'conventionMonth'],
    ['month 13', { convention: 'calendar-month', conventionMonth: '2024-13' }, 'invalid_date', 'conventionMonth'],
    ['a date instead of a month', { convention: 'calendar-month', conventionMonth: '2024-02-01' }, 'invalid_date', 'conventionMonth'],
  ])('%s', (_name, extra, code, path) => {
    const e = errorOf(() => run(pct('a', '99'), extra));
    expect([e.code, e.path]).toEqual([code, path]);
  });

  test('paths nest under a base path, or follow a per-field map (a scenario)', () => {
    const bad = { architecture: { kind: 'series', id: 's', children: [] } };
    expect(errorOf(() => evaluateAvailability(bad, slas, 'scenarios.0')).path).toBe('scenarios.0.architecture.children');
    const paths = { architecture: 'architecture', convention: 'settings.convention', slas: 'slaOverrides' };
    expect(errorOf(() => evaluateAvailability(bad, slas, paths)).path).toBe('architecture.children');
    expect(errorOf(() => evaluateAvailability({ architecture: pct('a', '99'), convention: 'x' }, slas, paths)).path).toBe('settings.convention');
    expect(errorOf(() => evaluateAvailability({ architecture: comp('c', { sla: 'rds-multi-az' }) }, { 'rds-multi-az': 'x' }, paths)).path).toBe(
      'slaOverrides.rds-multi-az',
    );
  });

  test('tryEvaluateAvailability returns the error instead of throwing', () => {
    const r = tryEvaluateAvailability(null);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('required');
  });
});

describe('unit conversions the availability view shows', () => {
  test('a fraction in percent units and seconds as hours and days, exactly', async () => {
    const { toPercentUnits, secondsAs, Dec } = await import('../../src/engine/index.ts');
    expect(toPercentUnits(new Dec('0.999325344846')).toFixed()).toBe('99.9325344846');
    const { hours, days } = secondsAs(new Dec('2628000'));
    expect(hours.toFixed()).toBe('730');
    expect(days.toFixed(4)).toBe('30.4167');
  });
});
