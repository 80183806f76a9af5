/**
 * evaluateAvailability (availability/availability.ts): the input checks and their paths, the
 * lines it adds after the tree's own (SLA floors, nines, downtime, request budget), and the
 * result's fields, each checked against hand arithmetic.
 */
import { describe, expect, it } from 'vitest';
import { evaluateAvailability, tryEvaluateAvailability } from '../../src/engine/index.ts';
import { errorOf, phraseText } from './helpers.ts';

const comp = (id: string, fields: Record<string, unknown>) => ({ kind: 'component', id, ...fields });
const pct = (id: string, percent: string) => comp(id, { percent });

describe('the input object', () => {
  it('missing input is required at the base path', () => {
    for (const input of [undefined, null]) {
      const e = errorOf(() => evaluateAvailability(input, {}, 'sc'));
      expect([e.code, e.path]).toEqual(['required', 'sc']);
    }
    expect(errorOf(() => evaluateAvailability(null, {}, { architecture: 'x' })).path).toBe('');
  });

  it('a non-object is refused with what it is', () => {
    for (const [input, got] of [['x', 'string'], [[], 'a list'], [3, 'number']] as const) {
      const e = errorOf(() => evaluateAvailability(input, {}, 'sc'));
      expect([e.code, e.path, phraseText(e.params.expected), phraseText(e.params.got)]).toEqual(['invalid_type', 'sc', 'an object with an architecture', got]);
    }
  });

  it('every field nests under a base path, or defaults to its own name in a paths map', () => {
    const arch = pct('a', '99.9');
    const under = (input: Record<string, unknown>, path: Parameters<typeof evaluateAvailability>[2]) => errorOf(() => evaluateAvailability(input, {}, path)).path;
    expect(under({ architecture: arch, requests: 'abc' }, 'sc')).toBe('sc.requests');
    expect(under({ architecture: arch, requests: 'abc' }, {})).toBe('requests');
    expect(under({ architecture: arch, requests: 'abc' }, { requests: 'settings.requests' })).toBe('settings.requests');
    expect(under({ architecture: arch, convention: 'calendar-month' }, 'sc')).toBe('sc.conventionMonth');
    expect(under({ architecture: arch, convention: 'calendar-month' }, { conventionMonth: 'settings.month' })).toBe('settings.month');
    expect(under({ architecture: arch, convention: 'lunar' }, 'sc')).toBe('sc.convention');
    expect(under({ architecture: pct('a', 'x') }, 'sc')).toBe('sc.architecture.percent');
    // the SLA catalog is reported at "slas.<id>" unless the map names it
    expect(under({ architecture: comp('c', { sla: 'x' }) }, 'sc')).toBe('sc.architecture.sla');
    expect(errorOf(() => evaluateAvailability({ architecture: comp('c', { sla: 'x' }) }, { x: 'abc' }, 'sc')).path).toBe('slas.x');
  });

  it('too much work is reported at the architecture, before parsing: 3 k-of-n groups of 10,000 members = 30,000 > 20,000', () => {
    const g = (id: string) => ({ kind: 'k-of-n', id, k: 1, n: 10000, member: pct(`${id}m`, '99') });
    const architecture = { kind: 'series', id: 's', children: [g('a'), g('b'), g('c')] };
    const e = errorOf(() => evaluateAvailability({ architecture }, {}, 'sc'));
    expect([e.code, e.path, e.params.limit, e.params.value, e.params.max]).toEqual(['too_much_work', 'sc.architecture', 'kOfNMembers', '30000', '20000']);
    expect(errorOf(() => evaluateAvailability({ architecture }, {}, { architecture: 'arch' })).path).toBe('arch');
  });
});

describe('the lines after the tree', () => {
  it('an SLA floor line per SLA component: amount = the percent, info, unit percent', () => {
    const r = evaluateAvailability(
      { architecture: { kind: 'series', id: 's', children: [comp('db', { sla: 'rds-multi-az', name: 'Database' }), comp('q', { sla: 'mine', slaOverride: '99.5' }), pct('app', '99')] } },
      { 'rds-multi-az': '99.95' },
    );
    const floors = r.lines.filter((l) => l.key.startsWith('availability.sla.'));
    expect(floors.map((l) => [l.key, l.amount.toFixed(), l.kind, l.unit])).toEqual([
      ['availability.sla.floor', '99.95', 'info', 'percent'],
      ['availability.sla.floorOverride', '99.5', 'info', 'percent'],
    ]);
    expect(floors[0]!.params).toEqual({ id: 'db', name: 'Database', sla: 'rds-multi-az', service: '@msg:availability.service.rds-multi-az', percent: '99.95' });
    // an SLA id the catalog does not name is its own service name
    expect(floors[1]!.params).toEqual({ id: 'q', name: 'q', sla: 'mine', service: 'mine', percent: '99.5' });
    expect(floors[1]!.text).toBe('q uses the mine SLA (99.5%, your value): an SLA is a contract floor with service credits below it, not a measured availability');
    expect(r.usesSla).toBe(true);
    expect(r.slaUses.map((s) => s.componentId)).toEqual(['db', 'q']);
  });

  it('the nines line: 99.9% gives U = 0.001 and exactly 3 nines', () => {
    const r = evaluateAvailability({ architecture: pct('a', '99.9') });
    const n = r.lines.filter((l) => l.key.startsWith('availability.nines'));
    expect(n.map((l) => [l.key, l.amount.toFixed(), l.kind, l.unit])).toEqual([['availability.nines', '3', 'info', 'nines']]);
    expect(n[0]!.params).toEqual({ percent: '99.9', unavailability: '0.001', nines: '3' });
    expect([r.percent.toFixed(), r.nines?.toFixed(), r.perfect, r.ninesText, r.usesSla]).toEqual(['99.9', '3', false, '3', false]);
  });

  it('a perfect architecture (100%) says no downtime: amount A = 1, no nines', () => {
    const r = evaluateAvailability({ architecture: pct('a', '100') });
    const n = r.lines.filter((l) => l.key.startsWith('availability.nines'));
    expect(n.map((l) => [l.key, l.amount.toFixed(), l.kind, l.unit])).toEqual([['availability.nines.perfect', '1', 'info', 'nines']]);
    expect(n[0]!.params).toEqual({ percent: '100' });
    expect([r.percent.toFixed(), r.nines, r.perfect, r.ninesText]).toEqual(['100', null, true, '100% (no downtime)']);
  });

  it('A rounded to exactly 1 while U is not 0 is shown as "~100 - U x 100", not "100"', () => {
    // 70 replicas of 90%: U = 0.1^70 = 1e-70; A = 1 - 1e-70 rounds to 1 at 60 digits; U x 100 = 1e-68
    const r = evaluateAvailability({ architecture: comp('a', { percent: '90', replicas: 70 }) });
    expect([r.availability.toFixed(), r.unavailability.toExponential()]).toEqual(['1', '1e-70']);
    const n = r.lines.find((l) => l.key === 'availability.nines')!;
    expect(n.params.percent).toBe('~100 - 1e-68');
    expect([n.amount.toFixed(), r.perfect]).toEqual(['70', false]);
  });

  it('lines come in order: tree, SLA floor, nines, 5 downtime periods, request budget, weakest links', () => {
    const r = evaluateAvailability({ architecture: comp('db', { sla: 'x' }), requests: '1000000' }, { x: '99.9' });
    const keys = r.lines.map((l) => l.key);
    const at = (k: string) => keys.indexOf(k);
    expect(at('availability.component.sla')).toBe(0);
    expect(at('availability.sla.floor')).toBe(1);
    expect(at('availability.nines')).toBe(2);
    expect(keys.slice(3, 8)).toEqual(['year', 'quarter', 'month', 'week', 'day'].map((p) => `availability.downtime.${p}`));
    expect(keys[8]).toBe('availability.budget.requests');
    expect(keys.slice(9).every((k) => k.startsWith('availability.weakest.'))).toBe(true);
    expect(keys.length).toBeGreaterThan(9);
  });
});

describe('the request budget', () => {
  it('no requests (absent, null or empty): no budget and no budget line', () => {
    for (const requests of [undefined, null, '']) {
      const r = evaluateAvailability({ architecture: pct('a', '99.9'), requests });
      expect(r.requestBudget).toBeNull();
      expect(r.lines.some((l) => l.key.startsWith('availability.budget.'))).toBe(false);
    }
  });

  it('99.9% of 1,000,000 requests allows 1,000 failed ones', () => {
    const r = evaluateAvailability({ architecture: pct('a', '99.9'), requests: 1000000 });
    expect(r.requestBudget?.failedRequests.toFixed()).toBe('1000');
    expect(r.lines.filter((l) => l.key === 'availability.budget.requests').map((l) => l.amount.toFixed())).toEqual(['1000']);
  });
});

describe('the downtime table and the result fields', () => {
  it('the downtime uses the convention: 99.9% of a 30-day month (SRE) is 2,592 s', () => {
    // 0.001 x 30 x 86,400 s = 2,592 s
    const r = evaluateAvailability({ architecture: pct('a', '99.9'), convention: 'sre-30-day' });
    expect(r.downtime.rows.find((x) => x.period === 'month')!.downtimeSeconds.toFixed()).toBe('2592');
    // calendar month of February 2023: 0.001 x 28 x 86,400 s = 2,419.2 s
    const c = evaluateAvailability({ architecture: pct('a', '99.9'), convention: 'calendar-month', conventionMonth: '2023-02' });
    expect(c.downtime.rows.find((x) => x.period === 'month')!.downtimeSeconds.toFixed()).toBe('2419.2');
  });

  it('the tree and nodes mirror the architecture, and contributions rank the weakest first', () => {
    const r = evaluateAvailability({ architecture: { kind: 'series', id: 's', children: [pct('a', '99.9'), pct('b', '99')] } });
    expect(r.tree.id).toBe('s');
    expect(r.nodes.map((n) => n.id)).toEqual(['s', 'a', 'b']);
    expect(r.contributions[0]!.id).toBe('b');
    // 0.999 x 0.99 = 0.98901
    expect([r.availability.toFixed(), r.unavailability.toFixed(), r.percent.toFixed()]).toEqual(['0.98901', '0.01099', '98.901']);
  });
});

describe('tryEvaluateAvailability', () => {
  it('returns the result, or the error with the same paths and catalog', () => {
    const ok = tryEvaluateAvailability({ architecture: comp('c', { sla: 'x' }) }, { x: '99.5' }, 'sc');
    expect(ok.ok && ok.value.availability.toFixed()).toBe('0.995');
    const bad = tryEvaluateAvailability({ architecture: comp('c', { sla: 'x' }) }, { x: 'abc' }, { slas: 'cat' });
    expect(!bad.ok && [bad.error.code, bad.error.path]).toEqual(['not_a_number', 'cat.x']);
    const def = tryEvaluateAvailability({ architecture: comp('c', { sla: 'x' }) });
    expect(!def.ok && [def.error.code, def.error.path]).toEqual(['unknown_price', 'architecture.sla']);
    const top = tryEvaluateAvailability(null);
    expect(!top.ok && [top.error.code, top.error.path]).toEqual(['required', '']);
    const req = tryEvaluateAvailability(null, {}, 'sc');
    expect(!req.ok && [req.error.code, req.error.path]).toEqual(['required', 'sc']);
  });
});
