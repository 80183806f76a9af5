import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/engine/decimal.ts';
import { evaluateScenario } from '../../../src/engine/index.ts';
import { appCatalogs } from '../../../src/lib/state/catalogs.ts';
import {
  availabilityRows,
  columns,
  costPerNine,
  costRows,
  delta,
  frontier,
  initialIds,
  mixedConventions,
  percentPlaces,
  sharedNames,
  toggleId,
  uniqueNames,
  validIds,
  verdict,
  withBaseline,
  type CompareInput,
  type NinePoint,
} from '../../../src/lib/compare/compare.ts';
import { costVsNinesSpec, stackedCostSpec } from '../../../src/lib/charts/compare.ts';
import { docA, docB, docNoArch } from './fixtures.ts';

const d = (s: string): Dec => new Dec(s);
const pt = (monthly: string, nines: string | null | 'perfect'): NinePoint => ({
  monthly: d(monthly),
  availability: nines === null ? null : nines === 'perfect' ? { nines: null, perfect: true } : { nines: d(nines), perfect: false },
});

describe('delta', () => {
  it('is the difference and the change in percent of the baseline', () => {
    const x = delta(d('120'), d('100'));
    expect([x.diff.toFixed(), x.relative?.toFixed(), x.sign]).toEqual(['20', '20', 1]);
    const y = delta(d('2.5'), d('3.5'));
    expect(y.diff.toFixed()).toBe('-1');
    expect(y.relative?.toFixed(4)).toBe('-28.5714');
    expect(y.sign).toBe(-1);
  });
  it('has no relative change from a zero baseline, and sign 0 for no change', () => {
    expect(delta(d('5'), d('0')).relative).toBeNull();
    expect(delta(d('0'), d('0'))).toMatchObject({ relative: null, sign: 0 });
  });
  it('judges the direction by what is better', () => {
    expect(verdict(delta(d('2'), d('1')), 'lower')).toBe('worse');
    expect(verdict(delta(d('2'), d('1')), 'higher')).toBe('better');
    expect(verdict(delta(d('1'), d('1')), 'higher')).toBe('same');
  });
});

describe('costPerNine', () => {
  it('divides the extra monthly cost by the extra nines', () => {
    // 99% (2 nines, $100) -> 99.99% (4 nines, $400): $300 for 2 nines = $150 per nine.
    const c = costPerNine(pt('400', '4'), pt('100', '2'));
    expect(c.kind).toBe('costs');
    if (c.kind !== 'costs') return;
    expect([c.costDiff.toFixed(), c.ninesDiff.toFixed(), c.perNine.toFixed()]).toEqual(['300', '2', '150']);
  });
  it('keeps the exact quotient for a fractional number of nines', () => {
    // $2.50 more for 3 more nines = $0.8333... per nine.
    const c = costPerNine(pt('3.5', '6'), pt('1', '3'));
    expect(c.kind === 'costs' && c.perNine.toFixed(4)).toBe('0.8333');
  });
  it('says what each nine given up saves', () => {
    const c = costPerNine(pt('100', '3'), pt('250', '4'));
    expect(c.kind).toBe('saves');
    if (c.kind === 'saves') expect([c.costDiff.toFixed(), c.ninesDiff.toFixed(), c.perNine.toFixed()]).toEqual(['-150', '-1', '150']);
  });
  it('has no price per nine when more nines cost nothing, or fewer nines save nothing', () => {
    expect(costPerNine(pt('90', '4'), pt('100', '3')).kind).toBe('free');
    expect(costPerNine(pt('100', '4'), pt('100', '3')).kind).toBe('free');
    expect(costPerNine(pt('120', '2'), pt('100', '3')).kind).toBe('worse');
    expect(costPerNine(pt('100', '2'), pt('100', '3')).kind).toBe('worse');
  });
  it('never divides by zero: equal nines, 100% and missing availability are cases of their own', () => {
    const eq = costPerNine(pt('130', '3'), pt('100', '3'));
    expect(eq.kind).toBe('equal-nines');
    if (eq.kind === 'equal-nines') expect(eq.costDiff.toFixed()).toBe('30');
    expect(costPerNine(pt('130', 'perfect'), pt('100', '3'))).toMatchObject({ kind: 'perfect', which: 'this' });
    expect(costPerNine(pt('130', '3'), pt('100', 'perfect'))).toMatchObject({ kind: 'perfect', which: 'baseline' });
    expect(costPerNine(pt('130', 'perfect'), pt('100', 'perfect'))).toMatchObject({ kind: 'perfect', which: 'both' });
    expect(costPerNine(pt('130', null), pt('100', '3'))).toEqual({ kind: 'no-availability', which: 'this' });
    expect(costPerNine(pt('130', '3'), pt('100', null))).toEqual({ kind: 'no-availability', which: 'baseline' });
    expect(costPerNine(pt('130', null), pt('100', null))).toEqual({ kind: 'no-availability', which: 'both' });
  });
});

describe('frontier', () => {
  const p = (id: string, monthly: string, a: string | null) => ({ id, monthly: d(monthly), availability: a === null ? null : d(a) });
  it('marks the scenarios no other beats on both cost and availability', () => {
    const s = frontier([p('cheap', '100', '0.999'), p('safe', '250', '0.9999'), p('bad', '300', '0.999'), p('none', '50', null), p('twin', '100', '0.999')]);
    expect(s.get('cheap')).toEqual({ kind: 'frontier' });
    expect(s.get('twin')).toEqual({ kind: 'frontier' });
    expect(s.get('safe')).toEqual({ kind: 'frontier' });
    expect(s.get('bad')).toEqual({ kind: 'dominated', by: ['cheap', 'safe', 'twin'] });
    expect(s.get('none')).toEqual({ kind: 'unknown' });
  });
  it('a scenario as cheap and more available dominates', () => {
    const s = frontier([p('a', '100', '0.999'), p('b', '100', '0.9999')]);
    expect(s.get('a')).toEqual({ kind: 'dominated', by: ['b'] });
    expect(s.get('b')).toEqual({ kind: 'frontier' });
  });
});

describe('selection', () => {
  const all = ['s1', 's2', 's3'];
  it('starts from every scenario when there are 2 to 4 and none is chosen', () => {
    expect(initialIds([], all)).toEqual(all);
    expect(initialIds(['gone'], all)).toEqual(all);
    expect(initialIds([], ['s1'])).toEqual([]);
    expect(initialIds([], ['a', 'b', 'c', 'd', 'e'])).toEqual([]);
    expect(initialIds(['s2'], all)).toEqual(['s2']);
  });
  it('drops unknown and repeated ids', () => {
    expect(validIds(['s2', 'x', 's2', 's1'], all)).toEqual(['s2', 's1']);
  });
  it('keeps the baseline first and the others in workspace order', () => {
    expect(toggleId(['s3'], 's1', true, all)).toEqual(['s3', 's1']);
    expect(toggleId(['s3', 's1'], 's2', true, all)).toEqual(['s3', 's1', 's2']);
    expect(toggleId(['s3', 's1', 's2'], 's3', false, all)).toEqual(['s1', 's2']);
    expect(toggleId([], 's2', true, all)).toEqual(['s2']);
    expect(toggleId(['s1'], 'nope', true, all)).toEqual(['s1']);
    expect(withBaseline(['s1', 's2', 's3'], 's3')).toEqual(['s3', 's1', 's2']);
    expect(withBaseline(['s1', 's2'], 'x')).toEqual(['s1', 's2']);
  });
});

describe('names and places', () => {
  it('makes display names non-empty and distinct', () => {
    expect(uniqueNames(['A', '  ', 'A', 'A (2)'], (i) => `Scenario ${i + 1}`)).toEqual(['A', 'Scenario 2', 'A (3)', 'A (2)']);
  });
  it('shows enough places for the digits of 1 - A', () => {
    expect(percentPlaces(d('0.001'))).toBe(6);
    expect(percentPlaces(d('0.000001'))).toBe(9);
    expect(percentPlaces(d('0'))).toBe(2);
  });
});

describe('columns and rows from real scenario results', () => {
  const ra = evaluateScenario(docA(), appCatalogs);
  const rb = evaluateScenario(docB(), appCatalogs);
  const rc = evaluateScenario(docNoArch(), appCatalogs);
  const inputs: CompareInput[] = [
    { id: 'sa', name: 'Office CI', result: ra, stale: false },
    { id: 'sb', name: 'Two AZ CI', result: rb, stale: true },
  ];
  const cols = columns(inputs, (i) => `Scenario ${i + 1}`);

  it('uses the very values of each scenario result', () => {
    expect(cols[0]!.monthly).toBe(ra.monthlyTotal);
    expect(cols[1]!.annual).toBe(rb.annualTotal);
    expect(cols[1]!.availability?.percent).toBe(rb.availability?.percent);
    expect(cols.map((c) => c.monthly.toFixed(2))).toEqual(['1.00', '3.50']);
    expect(cols[1]!.stale).toBe(true);
  });

  it('sums cost per type and per shared component name', () => {
    expect(cols.map((c) => c.byType.codebuild.toFixed(2))).toEqual(['1.00', '3.50']);
    expect(sharedNames(cols)).toEqual(['CI']);
    const rows = costRows(cols);
    expect(rows.map((r) => r.key)).toEqual(['monthly', 'annual', 'type-codebuild', 'name-0']);
    const monthly = rows[0]!;
    expect(monthly.cells[0]!.delta).toBeNull();
    expect(monthly.cells[1]!.delta?.diff.toFixed(2)).toBe('2.50');
    expect(monthly.cells[1]!.delta?.relative?.toFixed(1)).toBe('250.0');
    const ci = rows[3]!;
    expect(ci.params).toEqual({ name: 'CI' });
    expect(ci.cells.map((c) => c.value?.toFixed(2))).toEqual(['1.00', '2.00']);
    expect(ci.cells[1]!.delta?.relative?.toFixed(0)).toBe('100');
  });

  it('gives availability, nines and downtime under the scenario convention', () => {
    const rows = availabilityRows(cols);
    const [avail, nines, year, month] = rows;
    expect(avail!.cells.map((c) => c.value?.toFixed())).toEqual(['99.9', '99.9999']);
    expect(avail!.cells[1]!.delta?.diff.toFixed()).toBe('0.0999');
    expect(nines!.cells.map((c) => c.value?.toFixed(10))).toEqual(['3.0000000000', '6.0000000000']);
    // 0.001 x 365 d = 31,536 s; 0.000001 x 365 d = 31.536 s. Month = 730 h: 2,628 s and 2.628 s.
    expect(year!.cells.map((c) => c.value?.toFixed())).toEqual(['31536', '31.536']);
    expect(month!.cells.map((c) => c.value?.toFixed())).toEqual(['2628', '2.628']);
    expect(year!.cells[1]!.delta?.diff.toFixed()).toBe('-31504.464');
    expect(cols[0]!.availability?.convention).toBe('365-day');
    expect(mixedConventions(cols)).toBe(false);
  });

  it('says why a cell has no value', () => {
    const c2 = columns([...inputs, { id: 'sc', name: 'No arch', result: rc, stale: false }, { id: 'sd', name: '', result: null, stale: false }], (i) => `Scenario ${i + 1}`);
    expect(c2[3]!.name).toBe('Scenario 4');
    const rows = availabilityRows(c2);
    expect(rows[0]!.cells.map((c) => c.reason)).toEqual([null, null, 'no-availability', 'no-result']);
    expect(costRows(c2)[0]!.cells[3]).toMatchObject({ value: null, reason: 'no-result', delta: null });
    const cal = structuredClone(docB('se'));
    cal.settings = { convention: 'sre-30-day' };
    const c3 = columns([inputs[0]!, { id: 'se', name: 'SRE', result: evaluateScenario(cal, appCatalogs), stale: false }], String);
    expect(c3[1]!.availability).toMatchObject({ convention: 'sre-30-day', conventionMonth: null });
    expect(mixedConventions(c3)).toBe(true);
    // A 30-day month: 0.000001 x 30 x 86,400 s = 2.592 s.
    expect(c3[1]!.availability?.downtime.month.toFixed()).toBe('2.592');
  });

  it('maps to chart specs: stacked cost by type and one scatter point per placed scenario', () => {
    const stacked = stackedCostSpec(cols, { type: (t) => t, xTitle: 'x', yTitle: 'y' });
    expect(stacked).toMatchObject({ kind: 'bar', stacked: true, labels: ['Office CI', 'Two AZ CI'] });
    expect(stacked.series).toEqual([{ label: 'codebuild', data: [1, 3.5], stack: 'cost' }]);
    const c2 = columns([...inputs, { id: 'sc', name: 'No arch', result: rc, stale: false }], String);
    const status = frontier(c2.map((c) => ({ id: c.id, monthly: c.monthly, availability: c.availability?.availability ?? null })));
    const { spec, omitted } = costVsNinesSpec(c2, status, { xTitle: 'n', yTitle: 'y', point: (n, on) => `${n}${on ? ' *' : ''}` });
    expect(spec.series).toEqual([
      { label: 'Office CI *', data: [{ x: 3, y: 1 }] },
      { label: 'Two AZ CI *', data: [{ x: 6, y: 3.5 }] },
    ]);
    expect(omitted).toEqual(['No arch']);
  });
});
