/**
 * Every public engine function that reads JSON, fed hostile JSON: objects whose own keys are
 * "toString", "valueOf", "__proto__" or "constructor" (what JSON.parse makes of a crafted link or
 * file), 5,000-deep nesting, Infinity from "1e400", wrong types at every field. The only throw
 * allowed is EngineError (the README's promise); a TypeError or RangeError fails the test.
 *
 * 53,000 documents in all (15 groups below; the counts are in the test names). The functions that
 * take engine values rather than JSON (Dec, AU, a parsed tree's results, line items) are not
 * entries for untrusted input and are not fuzzed here: d, sum, min, max, ceilWhole, floorWhole,
 * fixed, usd, num, toChartNumber, formatDuration, downtimeTable, the compose.ts combinators,
 * evaluateTree, downtimeShareChart, showExponent and the other format helpers.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as engine from '../../src/engine/index.ts';
import { EngineError } from '../../src/engine/errors.ts';
import { defaultQuickSightPrices } from '../../src/data/quicksight.ts';
import { defaultCodeBuildPrices } from '../../src/data/codebuild.ts';
import { defaultEc2Prices } from '../../src/data/ec2.ts';
import { defaultSlas, SLA_CATALOG } from '../../src/data/slas.ts';
import { PRESETS } from '../../src/data/presets.ts';
import { mutatedArb } from './hostile-arbitraries.ts';

const catalogs = { quicksight: defaultQuickSightPrices, codebuild: defaultCodeBuildPrices, ec2: defaultEc2Prices, slas: defaultSlas };
const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
/** `x[key]` when x is an object (a mutation may replace the wrapper itself). */
const at = (x: unknown, key: string): unknown => (typeof x === 'object' && x !== null ? (x as Record<string, unknown>)[key] : x);
const PER = 3500;

/** How many calls {@link onlyEngineErrors} checked (each test expects all of its runs). */
let checked = 0;

/**
 * Run `fn`; anything thrown other than an EngineError fails, with the input shown (fast-check
 * reports the counterexample and this error). Plain checks, not `expect`: 53,000 documents made
 * two or three `expect` calls each, a sixth of this file's time; each test ends with one expect on
 * the count.
 */
function onlyEngineErrors(fn: () => unknown): boolean {
  let out: unknown;
  try {
    out = fn();
  } catch (e) {
    if (!(e instanceof EngineError)) throw e;
    // The message must be built without calling any code of the input.
    if (typeof e.message !== 'string') throw new Error(`an EngineError message of type ${typeof e.message}`);
    for (const [k, v] of Object.entries(e.params)) if (typeof v !== 'string') throw new Error(`EngineError param ${k} of type ${typeof v}`);
    checked++;
    return true;
  }
  if (out === undefined) throw new Error('no result and no EngineError');
  checked++;
  return true;
}

/** fast-check `fc.assert`, then the count of checked calls (`calls` per run). */
function assertAll(property: fc.IProperty<[unknown]>, runs: number, calls = 1): void {
  const before = checked;
  fc.assert(property, { numRuns: runs });
  expect(checked - before).toBeGreaterThanOrEqual(runs * calls);
}

const usage = { authorsAnnual: '2', authorsMonthly: 1, authorPro: '1', readerPro: '0', spiceGb: '40', qAndA: true, readerGroups: [{ name: 'Sales', readers: '200', sessionsPerReader: '17' }, { readers: '5', visitsPerReader: '3', minutesPerVisit: '45', emailedReportsPerReader: '2' }], edition: 'enterprise', annualTier: 'cheapest' };
const project = { label: 'CI', overheadSeconds: '5', groups: [{ label: 'PR', computeType: 'general1.small', count: '300', per: 'month', durationSeconds: '121', overheadSeconds: 2 }, { computeType: 'lambda.arm.1GB', count: '10', per: 'day', durationSeconds: 30 }] };
const ec2Input = {
  region: 'us-east-1', instanceType: 't3.medium', count: '2', billing: 'per-hour', monthMode: 'calendar', yearMonth: '2025-03',
  schedule: { periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }], timeZone: 'Europe/Madrid', holidays: ['2025-03-19'] },
  volumes: [{ type: 'gp3', sizeGb: '30', count: 1 }], elasticIps: '1', publicIpv4: true,
};
const architecture = {
  kind: 'series', id: 'root', children: [
    { kind: 'component', id: 'elb', sla: 'elb-multi-az', replicas: '2' },
    { kind: 'k-of-n', id: 'web', k: '2', n: '3', member: { kind: 'component', id: 'ec2', mtbfHours: '1000', mttrHours: '2' } },
    { kind: 'failover', id: 'fo', name: 'Regions', switchSeconds: '30', failuresPerYear: '2', primaryMtbfHours: '5000', primary: { kind: 'component', id: 'p', percent: '99.9' }, standby: { kind: 'parallel', id: 'sb', children: [{ kind: 'component', id: 's', fraction: '0.99', sla: 'rds-multi-az', slaOverride: '99.5' }] } },
  ],
};

/** Each entry: a valid input (all JSON arguments wrapped in one object) and the call. */
const ENTRIES: { name: string; base: unknown; call: (x: unknown) => unknown }[] = [
  { name: 'parseDecimal / parseCount', base: { a: '12.50', b: '3' }, call: (x) => [engine.parseDecimal(at(x, 'a'), 'a'), engine.parseCount(at(x, 'b'), 'b', { min: '1' })] },
  { name: 'validatePriceEntry / validateSlaEntry / slaCredit', base: { p: { value: '0.30', unit: 'USD', source: 's', asOf: '2025-01-01', unconfirmed: true }, s: plain(SLA_CATALOG[0]), m: '99.5' }, call: (x) => [engine.validatePriceEntry(at(x, 'p'), 'p'), engine.validateSlaEntry(at(x, 's'), 's'), engine.slaCredit(at(x, 's'), at(x, 'm'))] },
  { name: 'quickSightLegacy / PerUser / CapacityMonthly / CapacityAnnual', base: { u: usage, p: plain(defaultQuickSightPrices()) }, call: (x) => [engine.quickSightLegacy, engine.quickSightPerUser, engine.quickSightCapacityMonthly, engine.quickSightCapacityAnnual].map((f) => engine.attempt(() => f(at(x, 'u') as never, at(x, 'p') as never))) },
  { name: 'compareQuickSight / quickSightReaderGroups', base: { u: usage, p: plain(defaultQuickSightPrices()) }, call: (x) => [engine.compareQuickSight(at(x, 'u') as never, at(x, 'p') as never), engine.quickSightReaderGroups(at(x, 'u') as never, at(x, 'p') as never)] },
  { name: 'quickSightChartData', base: { o: { readers: '10', maxSessions: '30', annualTier: 1 }, p: plain(defaultQuickSightPrices()) }, call: (x) => engine.quickSightChartData(at(x, 'o') as never, at(x, 'p') as never) },
  { name: 'priceCodeBuildProject / priceCodeBuildAccount', base: { pr: project, p: plain(defaultCodeBuildPrices()), o: { freeTier: true } }, call: (x) => [engine.priceCodeBuildProject(at(x, 'pr') as never, at(x, 'p') as never, at(x, 'o') as never), engine.priceCodeBuildAccount({ projects: [at(x, 'pr')], freeTier: at(x, 'o') } as never, at(x, 'p') as never)] },
  { name: 'codeBuildCostCurve', base: { o: { durationSeconds: '121', overheadSeconds: 3, maxBuildsPerMonth: '30', points: 3 }, p: plain(defaultCodeBuildPrices()) }, call: (x) => engine.codeBuildCostCurve(at(x, 'o') as never, at(x, 'p') as never) },
  { name: 'parseTime / parseYearMonth / validateTimeZone / localInstant', base: { t: '09:30', ym: '2025-03', tz: 'America/New_York', d: '2025-03-09' }, call: (x) => [engine.parseTime(at(x, 't'), 't', true), engine.parseYearMonth(at(x, 'ym'), 'ym'), engine.validateTimeZone(at(x, 'tz'), 'tz'), engine.localInstant(at(x, 'tz') as never, at(x, 'd') as never, at(x, 't') as never)] },
  { name: 'parseSchedule / parsePeriods / calendarMonth', base: { s: ec2Input.schedule, ym: '2025-03' }, call: (x) => { const s = engine.parseSchedule(at(x, 's')); engine.parsePeriods(at(at(x, 's'), 'periods')); return [engine.calendarMonth(s, at(x, 'ym') as never), engine.calendarMonth(at(x, 's') as never, '2025-10')]; } },
  { name: 'gridToPeriods / periodsToGrid', base: { g: Array.from({ length: 7 }, (_, day) => Array.from({ length: 24 }, (_, h) => day < 5 && h >= 9 && h < 17)), p: ec2Input.schedule.periods }, call: (x) => [engine.gridToPeriods(at(x, 'g')), engine.periodsToGrid(at(x, 'p'))] },
  { name: 'priceEc2OffHours / ec2SavingsChart', base: { i: ec2Input, p: plain(defaultEc2Prices('us-east-1', 't3.medium')) }, call: (x) => [engine.priceEc2OffHours(at(x, 'i') as never, at(x, 'p') as never), engine.ec2SavingsChart({ ...(at(x, 'i') as object), monthMode: 'average' } as never, at(x, 'p') as never, '', 2)] },
  { name: 'evaluateAvailability / tryEvaluateAvailability', base: { i: { architecture, convention: 'calendar-month', conventionMonth: '2024-02', requests: '1000000' }, s: defaultSlas() }, call: (x) => [engine.evaluateAvailability(at(x, 'i'), at(x, 's')), engine.tryEvaluateAvailability(at(x, 'i'), at(x, 's'))] },
  { name: 'parseArchitecture / parseComponentSpec / replicasCurve', base: { a: architecture, c: { kind: 'component', id: 'x', sla: 'ec2-instance', replicas: 2 }, m: '5', s: defaultSlas() }, call: (x) => [engine.parseArchitecture(at(x, 'a'), at(x, 's')), engine.replicasCurve(at(x, 'c'), at(x, 'm'), at(x, 's'))] },
  { name: 'resolveConvention / conventionAt / downtimeAllConventions / errorBudgetTime / errorBudgetRequests', base: { c: 'calendar-month', m: '2024-02', s: '86400', r: '1000' }, call: (x) => [engine.resolveConvention(at(x, 'c')), engine.conventionAt(at(x, 'c'), at(x, 'm'), 'c', 'm'), engine.downtimeAllConventions(engine.d('0.001'), at(x, 'm')), engine.errorBudgetTime(engine.d('0.001'), at(x, 's')), engine.errorBudgetRequests(engine.d('0.001'), at(x, 'r'))] },
];

/** Whole scenarios: every example, evaluated one-off and by a long-lived evaluator (its cache keys see the hostile parts). */
const scenarioBases = PRESETS.map((p) => plain(p.build()));
const evaluator = engine.createScenarioEvaluator(catalogs);

describe('hostile JSON reaches the engine: only EngineError is ever thrown', () => {
  for (const entry of ENTRIES) {
    it(`${PER} hostile inputs to ${entry.name}`, () => {
      assertAll(fc.property(mutatedArb(entry.base), (x) => onlyEngineErrors(() => entry.call(x))), PER);
    }, 60_000);
  }

  it(`${PER + 500} hostile scenarios to evaluateScenario and createScenarioEvaluator`, () => {
    const arb = fc.oneof(...scenarioBases.map((b) => mutatedArb(b)));
    assertAll(
      fc.property(arb, (doc) => onlyEngineErrors(() => engine.evaluateScenario(doc, catalogs)) && onlyEngineErrors(() => evaluator(doc))),
      PER + 500,
      2,
    );
  }, 60_000);
});

describe('the reproducers', () => {
  // 2,049 nested series groups (ids g0, g1, ...) around one component.
  let deepTree: unknown = { kind: 'component', id: 'leaf', percent: '99' };
  for (let i = 0; i < 2049; i++) deepTree = { kind: 'series', id: `g${i}`, children: [deepTree] };
  const scenario = { format: 'nubecalc-scenario', version: 1, components: [], architecture: deepTree };

  it('createScenarioEvaluator says too_deep for a 2,049-level tree, as evaluateScenario does (no RangeError from its cache key)', () => {
    const one = engine.attempt(() => engine.evaluateScenario(scenario, catalogs));
    const many = engine.attempt(() => engine.createScenarioEvaluator(catalogs)(scenario));
    expect(one.ok ? '' : one.error.code).toBe('too_deep');
    expect(many.ok ? '' : many.error.code).toBe('too_deep');
    // 200,000 levels: deeper than JSON.stringify can go in node (the browser's limit is lower).
    let deeper: unknown = { kind: 'component', id: 'leaf', percent: '99' };
    for (let i = 0; i < 200_000; i++) deeper = { kind: 'series', id: `g${i}`, children: [deeper] };
    const huge = engine.attempt(() => engine.createScenarioEvaluator(catalogs)({ ...scenario, architecture: deeper }));
    expect(huge.ok ? '' : huge.error.code).toBe('too_deep');
  });

  it('a version {"toString":0} is an unknown_version error quoting "object", not a TypeError', () => {
    const r = engine.attempt(() => engine.evaluateScenario({ format: 'nubecalc-scenario', version: JSON.parse('{"toString":0}'), components: [] }, catalogs));
    expect(r.ok ? null : [r.error.code, r.error.params.value]).toEqual(['unknown_version', '@msg:error.got.object']);
    expect(r.ok ? null : r.error.plainMessage).toBe('Scenario format version object is not supported (this nubecalc reads version 1, 2).');
  });

  it('calendarMonth(schedule, null) is a "required" EngineError', () => {
    const s = engine.parseSchedule({ periods: [], timeZone: 'UTC' });
    const r = engine.attempt(() => engine.calendarMonth(s, null as never));
    expect(r.ok ? null : r.error.code).toBe('required');
  });

  it.each(['model', 'type'])('a component %s of {"toString":0} gets a message naming an object', (field) => {
    const comp = { id: 'q', type: 'quicksight', model: 'legacy', usage: {}, [field]: JSON.parse('{"toString":0}') };
    const r = engine.attempt(() => engine.evaluateScenario({ format: 'nubecalc-scenario', version: 1, components: [comp] }, catalogs));
    expect(r.ok ? null : r.error.params.value).toBe('@msg:error.got.object');
    expect(r.ok ? null : r.error.plainMessage).toContain('"object"');
  });
});
