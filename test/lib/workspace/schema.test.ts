import { describe, expect, it } from 'vitest';
import { BundleSchema, LIMITS, StoredScenarioSchema, checkJsonShape, parseScenarioPayload, toProblems, treeProblem, validateScenario } from '../../../src/lib/state/schema.ts';
import { PRESETS } from '../../../src/data/presets.ts';
import { newCodeBuild, newEc2, newQuickSight, newGroup, newAvailabilityComponent } from '../../../src/lib/state/factories.ts';
import { emptyScenario } from '../../../src/lib/state/scenario.svelte.ts';
import { MAX_COMPONENTS, MAX_READER_GROUPS, MAX_ANNUAL_TIERS, MAX_PERIODS, MAX_HOLIDAYS } from '../../../src/engine/index.ts';
import { MAX_DEPTH, MAX_NODES } from '../../../src/engine/availability/tree.ts';
import { ciDoc, mixedDoc } from './fixtures.ts';
import * as v from 'valibot';

const json = (x: unknown): string => JSON.stringify(x);
const codes = (r: { ok: boolean; problems?: { code: string }[] }): string[] => (r.ok ? [] : (r.problems ?? []).map((p) => p.code));

describe('scenario schema (format version 2)', () => {
  it('uses the engine limits', () => {
    expect(LIMITS.components).toBe(MAX_COMPONENTS);
    expect(LIMITS.readerGroups).toBe(MAX_READER_GROUPS);
    expect(LIMITS.annualTiers).toBe(MAX_ANNUAL_TIERS);
    expect(LIMITS.periods).toBe(MAX_PERIODS);
    expect(LIMITS.holidays).toBe(MAX_HOLIDAYS);
    expect(LIMITS.treeDepth).toBe(MAX_DEPTH);
    expect(LIMITS.treeNodes).toBe(MAX_NODES);
  });

  it('accepts everything the app itself makes: empty scenarios, every factory, every preset, the fixtures', () => {
    const docs = [
      emptyScenario('Empty'),
      { ...emptyScenario('All kinds'), components: [newQuickSight(), newCodeBuild(), newEc2()], architecture: newGroup('series', 'Root', [newAvailabilityComponent(), newGroup('parallel', 'Two', [newAvailabilityComponent(), newAvailabilityComponent()])]) },
      ...PRESETS.map((p) => ({ ...structuredClone(p.build()), id: `p-${p.id}` })),
      ciDoc(),
      mixedDoc(),
    ];
    for (const d of docs) {
      const r = v.safeParse(StoredScenarioSchema, JSON.parse(json(d)));
      expect(r.issues ?? [], d.name).toEqual([]);
    }
  });

  it('returns the document it was given (nothing added or lost)', () => {
    const d = mixedDoc();
    const r = validateScenario(JSON.parse(json(d)), '', true);
    expect(r.ok && r.value).toEqual(d);
  });

  it.each([
    ['an unknown key', (d: Record<string, unknown>) => (d.extra = 1), 'unknown_key', 'extra'],
    ['an unknown key deep inside', (d: any) => (d.components[0].project.groups[0].colour = 'red'), 'unknown_key', 'components.0.project.groups.0.colour'],
    ['a float where a decimal string belongs', (d: any) => (d.components[0].project.groups[0].count = 1.5), 'decimal', 'components.0.project.groups.0.count'],
    ['letters in a decimal', (d: any) => (d.components[0].project.groups[0].count = '12abc'), 'decimal', 'components.0.project.groups.0.count'],
    ['an unknown component type', (d: any) => (d.components[0].type = 'lambda'), 'option', 'components.0.type'],
    ['a missing field', (d: any) => delete d.components[0].project, 'required', 'components.0.project'],
    ['a wrong type', (d: any) => (d.settings.codeBuildFreeTier = 'yes'), 'type', 'settings.codeBuildFreeTier'],
    ['a scenario name that is too long', (d: any) => (d.name = 'x'.repeat(121)), 'too_long', 'name'],
    ['a repeated component id', (d: any) => d.components.push(structuredClone(d.components[0])), 'duplicate', 'components'],
    ['too many components', (d: any) => (d.components = Array.from({ length: 501 }, (_, i) => ({ ...d.components[0], id: `c${i}` }))), 'too_many', 'components'],
  ])('rejects %s with a clear code and path', (_what, mutate, code, path) => {
    const d = JSON.parse(json(ciDoc())) as Record<string, unknown>;
    mutate(d);
    const r = validateScenario(d, '', true);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ code, path });
  });

  it('rejects a repeated node id and a tree deeper than the engine reads', () => {
    const d = JSON.parse(json(mixedDoc())) as any;
    d.architecture.children[1].member.id = 'a';
    expect(codes(validateScenario(d, '', true))).toContain('duplicate');
    let deep: any = { kind: 'component', id: 'leaf', percent: '99' };
    for (let i = 0; i < 40; i++) deep = { kind: 'series', id: `g${i}`, children: [deep] };
    expect(treeProblem(deep)).toBe('too_deep');
    const d2 = { ...ciDoc(), architecture: deep };
    expect(codes(validateScenario(JSON.parse(json(d2)), '', true))).toContain('too_deep');
  });

  it('rejects a repeated holiday (the holiday list is keyed by date)', () => {
    const d = JSON.parse(json(mixedDoc())) as any;
    d.components[1].input.schedule.holidays = ['2026-01-01', '2026-01-01'];
    expect(codes(validateScenario(d, '', true))).toEqual(['duplicate']);
  });

  it('reads a version-1 document as version 2 (from a file, a link or storage alike)', () => {
    const r = validateScenario({ ...ciDoc(), version: 1 }, '', true);
    expect(r.ok && r.value.version).toBe(2);
    expect(r.ok && r.value.components).toEqual(ciDoc().components);
  });

  it('accepts priced nodes and a warm standby, and refuses an unknown cost type', () => {
    const architecture = {
      kind: 'failover', id: 'fo', switchSeconds: '60', failuresPerYear: '4', standbyPricing: 'warm', standbyWarmPercent: '50',
      primary: { kind: 'component', id: 'a', percent: '99', cost: { type: 'catalog', items: [{ service: 'alb-hour', quantity: '730' }, { unitPrice: '1.50', quantity: '2', label: 'mine' }] } },
      standby: { kind: 'component', id: 'b', percent: '99', cost: { type: 'component', componentId: 'x' } },
    };
    expect(validateScenario({ ...ciDoc(), architecture }, '', true).ok).toBe(true);
    const bad = { ...architecture, primary: { ...architecture.primary, cost: { type: 'other' } } };
    expect(validateScenario({ ...ciDoc(), architecture: bad }, '', true).ok).toBe(false);
  });

  it('names the format and version problems first', () => {
    expect(codes(validateScenario({ ...ciDoc(), version: 3 }))).toEqual(['version_newer']);
    expect(codes(validateScenario({ ...ciDoc(), version: '1' }))).toEqual(['version']);
    expect(codes(validateScenario({ ...ciDoc(), format: 'other' }))).toEqual(['format']);
    expect(codes(validateScenario([]))).toEqual(['not_scenario']);
  });
});

describe('JSON shape checks', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('finds the own key %s anywhere', (key) => {
    const text = `{"a":[1,{"b":{"${key}":{"polluted":true}}}]}`;
    const value = JSON.parse(text);
    expect(checkJsonShape(value)).toEqual({ code: 'forbidden_key', path: `a.1.b.${key}`, params: { key } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses deep nesting without recursing', () => {
    const text = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = null; // some engines refuse this depth themselves
    }
    if (value !== null) expect(checkJsonShape(value)?.code).toBe('too_deep');
    expect(parseScenarioPayload(text, 1e6).ok).toBe(false);
  });
});

describe('payloads: a wrapper of several scenarios, or one scenario', () => {
  const bundle = (scenarios: unknown[]) => json({ format: 'nubecalc-scenarios', version: 1, scenarios });

  it('reads both and drops the ids', () => {
    const r = parseScenarioPayload(bundle([ciDoc(), mixedDoc()]), 1e6);
    expect(r.ok && r.value.map((d) => d.name)).toEqual(['Office CI', 'Two AZ']);
    expect(r.ok && r.value.every((d) => !('id' in d))).toBe(true);
    const one = parseScenarioPayload(json(ciDoc()), 1e6);
    expect(one.ok && one.value.length).toBe(1);
  });

  it('refuses the whole payload when one scenario is bad (nothing half-imported)', () => {
    const r = parseScenarioPayload(bundle([ciDoc(), { ...mixedDoc(), version: 7 }]), 1e6);
    expect(r).toEqual({ ok: false, problems: [{ code: 'version_newer', path: 'scenarios.1.version', params: { value: '7', supported: '2' } }] });
  });

  it.each([
    ['not JSON', '{nope', 'json'],
    ['too large', json('x'.repeat(2000)), 'too_large'],
    ['another file type', json({ format: 'something-else' }), 'format_any'],
    ['an empty wrapper', bundle([]), 'empty_list'],
    ['a newer wrapper', json({ format: 'nubecalc-scenarios', version: 2, scenarios: [] }), 'version_newer'],
    ['a bare array', '[]', 'not_scenario'],
  ])('says why when it is %s', (_what, text, code) => {
    const r = parseScenarioPayload(text, 1000);
    expect(codes(r)[0]).toBe(code);
  });

  it('limits the wrapper too', () => {
    expect(v.safeParse(BundleSchema, { format: 'nubecalc-scenarios', version: 1, scenarios: Array(201).fill({}) }).success).toBe(false);
  });

  it('maps unknown valibot issues to "invalid"', () => {
    const r = v.safeParse(v.pipe(v.string(), v.email()), 'x');
    expect(toProblems(r.issues ?? [])).toEqual([{ code: 'invalid', path: '', params: {} }]);
  });
});
