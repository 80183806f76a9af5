/**
 * Pricing a scenario's components (src/engine/scenario/components.ts): each type's result (name,
 * path, month, year, lines), the CodeBuild account shared by projects and release-flow builds
 * (whose price overrides apply, in which order), the release flows' free tiers and notes, and
 * every refusal with its code, path and params. The CodeBuild and EC2 catalogs are made up so the
 * amounts are hand arithmetic.
 */
import { describe, expect, it } from 'vitest';
import { createScenarioEvaluator, evaluateScenario } from '../../src/engine/index.ts';
import type { ScenarioCatalogs } from '../../src/engine/scenario/types.ts';
import { defaultQuickSightPrices } from '../../src/data/quicksight.ts';
import { defaultSlas } from '../../src/data/slas.ts';
import { defaultDevToolsPrices } from '../../src/data/devtools.ts';
import { errorOf } from './helpers.ts';

/** USD per instance-hour by "region/type" ("" when the input names none). */
const HOURLY: Record<string, string> = { 'us-east-1/': '1', 'us-east-1/t3.big': '4', 'eu-west-1/t3.big': '8' };
const catalogs = {
  quicksight: defaultQuickSightPrices,
  codebuild: () => ({ computeTypes: { 'general1.small': '0.01', 'general1.medium': '0.02' }, freeTierMinutes: '100', freeTierLambdaSeconds: '6000' }),
  ec2: (region: string, type: string) => ({ instanceHourly: HOURLY[`${region}/${type}`] ?? '1000', ebsGbMonth: {}, publicIpv4Hourly: '0.005' }),
  slas: defaultSlas,
  devtools: defaultDevToolsPrices,
} as unknown as ScenarioCatalogs;

const doc = (components: unknown[], settings: Record<string, unknown> = {}) => ({ format: 'nubecalc-scenario', version: 2, settings, components });
const run = (components: unknown[], settings?: Record<string, unknown>) => evaluateScenario(doc(components, settings), catalogs);
const err = (components: unknown[], settings?: Record<string, unknown>) => errorOf(() => run(components, settings));

/** 10 readers x min(17 sessions x $0.30, $5.00) = $50.00 (legacy); 10 x $3 = $30.00 (per user). */
const qs = (extra: Record<string, unknown> = {}) => ({ id: 'q', type: 'quicksight', usage: { readerGroups: [{ readers: '10', sessionsPerReader: '17' }] }, ...extra });
/** `count` builds of 60 s on general1.small: count minutes x $0.01. */
const cb = (id: string, count: string, extra: Record<string, unknown> = {}) => ({ id, type: 'codebuild', project: { groups: [{ computeType: 'general1.small', count, per: 'month', durationSeconds: '60' }] }, ...extra });
/** 84 h a week = 365 h a month. */
const ec2 = (extra: Record<string, unknown> = {}, input: Record<string, unknown> = {}) => ({ id: 'e', type: 'ec2', input: { hoursPerWeek: '84', ...input }, ...extra });
/** 10 commits a month; with `build`, each runs one 60 s general1.small build (10 min x $0.01 = $0.10). */
const pipeline = (id: string, build: boolean, extra: Record<string, unknown> = {}, flow: Record<string, unknown> = {}) => ({
  id,
  type: 'pipeline',
  flow: { commitsPerMonth: '10', ...(build ? { build: { groups: [{ computeType: 'general1.small', durationSeconds: '60' }] } } : {}), ...flow },
  ...extra,
});

describe('every component', () => {
  it('refuses one that is not an object, has no usable id, repeats an id, or has an unknown type', () => {
    expect(err([5])).toMatchObject({ code: 'invalid_type', path: 'components.0', params: { expected: '@msg:error.expected.componentObject' } });
    expect(err([qs({ id: 'a' }), null])).toMatchObject({ code: 'invalid_type', path: 'components.1' });
    for (const id of [undefined, '', 5, 'i'.repeat(101)]) {
      expect(err([qs({ id })])).toMatchObject({ code: 'invalid_type', path: 'components.0.id', params: { expected: '@msg:error.expected.nonEmptyId' } });
    }
    expect(run([qs({ id: 'i'.repeat(100) })]).components[0]!.id).toBe('i'.repeat(100));
    expect(err([qs({ id: 'a' }), cb('b', '1'), qs({ id: 'a' })])).toMatchObject({ code: 'duplicate_id', path: 'components.2.id', params: { value: 'a' } });
    expect(err([qs({ name: 5 })])).toMatchObject({ code: 'invalid_type', path: 'components.0.name', params: { expected: '@msg:error.expected.text' } });
    expect(err([qs(), { id: 'l', type: 'lambda' }])).toMatchObject({ code: 'unknown_option', path: 'components.1.type', params: { value: 'lambda', allowed: 'quicksight, codebuild, ec2, pipeline' } });
    expect(err([{ id: 'l' }]).params.value).toBe('@msg:error.got.undefined');
  });

  it('keeps the scenario\'s order, each result with its path, whatever the order they are priced in', () => {
    const r = run([pipeline('p', false), cb('c', '10'), qs(), ec2()]);
    expect(r.components.map((c) => [c.type, c.id, c.path])).toEqual([
      ['pipeline', 'p', 'components.0'],
      ['codebuild', 'c', 'components.1'],
      ['quicksight', 'q', 'components.2'],
      ['ec2', 'e', 'components.3'],
    ]);
  });

  it('names a component by its name (cut to 200), else by its type', () => {
    const long = 'N'.repeat(250);
    const names = (name?: string) => run([qs({ name }), cb('c', '1', { name }), ec2({ name }), pipeline('p', false, { name })]).components.map((c) => c.name);
    expect(names()).toEqual(['QuickSight', 'CodeBuild', 'EC2', 'Release flow']);
    expect(names('')).toEqual(['QuickSight', 'CodeBuild', 'EC2', 'Release flow']);
    expect(names('Mine')).toEqual(['Mine', 'Mine', 'Mine', 'Mine']);
    expect(names(long)).toEqual(['N'.repeat(200), 'N'.repeat(200), 'N'.repeat(200), 'N'.repeat(200)]);
  });
});

describe('a QuickSight component', () => {
  it('is priced under its model (legacy by default) and keeps the comparison of every model', () => {
    const r = run([qs()]);
    const c = r.components[0]!;
    if (c.type !== 'quicksight') throw new Error('not QuickSight');
    expect(c.model).toBe('legacy');
    expect(c.monthly.toFixed(2)).toBe('50.00');
    // 12 x $50.00
    expect(c.annual.toFixed(2)).toBe('600.00');
    expect(c.year).toEqual({ kind: 'twelve-months' });
    expect(c.chosen.total.toFixed(2)).toBe('50.00');
    expect(c.lines).toBe(c.chosen.lines);
    expect(c.lines.length).toBeGreaterThan(0);
    expect(c.comparison.perUser.ok && c.comparison.perUser.value.total.toFixed(2)).toBe('30.00');
    expect(run([qs({ model: null })]).components[0]!.monthly.toFixed(2)).toBe('50.00');
    // Per user: 10 readers x $3.00 = $30.00
    const perUser = run([qs({ model: 'perUser' })]).components[0]!;
    expect(perUser.type === 'quicksight' && perUser.model).toBe('perUser');
    expect(perUser.monthly.toFixed(2)).toBe('30.00');
    expect(perUser.annual.toFixed(2)).toBe('360.00');
  });

  it('uses its own price overrides (10 readers x $4 = $40) and costs nothing without usage', () => {
    expect(run([qs({ model: 'perUser', prices: { perUserReader: '4' } })]).monthlyTotal.toFixed(2)).toBe('40.00');
    expect(run([{ id: 'q', type: 'quicksight' }]).monthlyTotal.isZero()).toBe(true);
    expect(err([qs({ prices: 'cheap' })])).toMatchObject({ code: 'invalid_type', path: 'components.0.prices', params: { expected: '@msg:error.expected.objectOfPrices' } });
    expect(err([qs({ model: 'perUser', prices: { perUserReader: 'x' } })])).toMatchObject({ code: 'not_a_number', path: 'components.0.prices.perUserReader' });
    expect(err([cb('c', '1'), qs({ usage: { readerGroups: [{ readers: 'x', sessionsPerReader: '1' }] } })])).toMatchObject({ path: 'components.1.usage.readerGroups.0.readers' });
  });

  it('refuses an unknown model', () => {
    expect(err([qs({ model: 'gold' })])).toMatchObject({ code: 'unknown_option', path: 'components.0.model', params: { value: 'gold', allowed: 'legacy, perUser, capacityMonthly, capacityAnnual' } });
    expect(err([qs({ model: 5 })]).params.value).toBe('5');
    expect(err([qs({ model: {} })]).params.value).toBe('@msg:error.got.object');
  });

  it('an evaluator prices the account again when its prices or usage change', () => {
    const evaluate = createScenarioEvaluator(catalogs);
    // 10 readers x $3 = $30; x $4 = $40; 20 readers x $4 = $80
    expect(evaluate(doc([qs({ model: 'perUser' })])).monthlyTotal.toFixed(2)).toBe('30.00');
    expect(evaluate(doc([qs({ model: 'perUser', prices: { perUserReader: '4' } })])).monthlyTotal.toFixed(2)).toBe('40.00');
    expect(evaluate(doc([qs({ model: 'perUser', prices: { perUserReader: '4' }, usage: { readerGroups: [{ readers: '20', sessionsPerReader: '1' }] } })])).monthlyTotal.toFixed(2)).toBe('80.00');
  });

  it('the chosen model\'s own error is the component\'s error; another model of the same usage is priced', () => {
    const standard = { edition: 'standard', readerGroups: [{ readers: '10', sessionsPerReader: '17' }] };
    expect(err([cb('c', '1'), qs({ usage: standard })])).toMatchObject({ code: 'standard_no_readers', path: 'components.1.usage.edition' });
    expect(run([qs({ model: 'perUser', usage: standard })]).monthlyTotal.toFixed(2)).toBe('30.00');
  });
});

describe('CodeBuild projects', () => {
  it('are priced as one account: each project its own result, the account once', () => {
    // 100 min x $0.01 = $1.00 and 50 min x $0.01 = $0.50
    const r = run([cb('a', '100'), qs(), cb('b', '50')]);
    const [a, , b] = r.components;
    expect([a!.monthly.toFixed(2), b!.monthly.toFixed(2)]).toEqual(['1.00', '0.50']);
    expect([a!.annual.toFixed(2), b!.annual.toFixed(2)]).toEqual(['12.00', '6.00']);
    expect(a!.year).toEqual({ kind: 'twelve-months' });
    expect(r.codeBuild!.projects.length).toBe(2);
    if (a!.type !== 'codebuild' || b!.type !== 'codebuild') throw new Error('not CodeBuild');
    expect(a!.project).toBe(r.codeBuild!.projects[0]);
    expect(b!.project).toBe(r.codeBuild!.projects[1]);
    expect(b!.lines).toBe(b!.project.lines);
    expect(r.codeBuild!.total.toFixed(2)).toBe('1.50');
    expect(run([qs()]).codeBuild).toBeNull();
  });

  it('applies the free tier once across the account when the settings ask for it', () => {
    // 100 + 50 = 150 min - 100 free = 50 min x $0.01 = $0.50
    const on = run([cb('a', '100'), cb('b', '50')], { codeBuildFreeTier: true });
    expect(on.monthlyTotal.toFixed(2)).toBe('0.50');
    const credit = on.lines.find((l) => l.key === 'scenario.codebuildFreeTier')!;
    expect(credit.params.projects).toBe('2');
    // A release flow's builds are a third project of the same account: 150 + 10 = 160 - 100 = 60 min x $0.01 = $0.60,
    // plus CodeCommit and CodePipeline (within the first flow's free tiers: $0)
    const three = run([cb('a', '100'), pipeline('p', true), cb('b', '50')], { codeBuildFreeTier: true });
    expect(three.codeBuild!.total.toFixed(2)).toBe('0.60');
    expect(three.lines.find((l) => l.key === 'scenario.codebuildFreeTier')!.params.projects).toBe('3');
    // Off: 150 min x $0.01 = $1.50
    expect(run([cb('a', '100'), cb('b', '50')]).monthlyTotal.toFixed(2)).toBe('1.50');
  });

  it('shares one price table: the first project\'s overrides apply to all, later ones are merged in order', () => {
    const price = (prices: (Record<string, unknown> | undefined)[]) => run(prices.map((p, i) => cb(`c${i}`, '100', p === undefined ? {} : { prices: p }))).components.map((c) => c.monthly.toFixed(2));
    const at = (v: string) => ({ computeTypes: { 'general1.small': v } });
    // The first project's $0.03 prices both: 100 min x $0.03 = $3.00 each
    expect(price([at('0.03'), undefined])).toEqual(['3.00', '3.00']);
    // The second's $0.04 is merged over the catalog and prices both
    expect(price([undefined, at('0.04')])).toEqual(['4.00', '4.00']);
    expect(price([at('0.03'), at('0.04')])).toEqual(['4.00', '4.00']);
    // One level deep: another type's price leaves general1.small at the first project's $0.03
    expect(price([at('0.03'), { computeTypes: { 'general1.medium': '1' } }])).toEqual(['3.00', '3.00']);
    // A release flow's builds use the table too: 10 min x $0.05 = $0.50
    const r = run([cb('c', '100', { prices: at('0.05') }), pipeline('p', true)]);
    const flow = r.components[1]!;
    expect(flow.type === 'pipeline' && flow.flow.services.codebuild.toFixed(2)).toBe('0.50');
  });

  it('points errors at the component: its project, its prices (the first project\'s, for the shared table)', () => {
    expect(err([qs(), { id: 'c', type: 'codebuild', project: 'x' }])).toMatchObject({ code: 'invalid_type', path: 'components.1.project', params: { expected: '@msg:error.expected.codeBuildProjectObject' } });
    expect(err([qs(), { id: 'c', type: 'codebuild' }])).toMatchObject({ code: 'invalid_type', path: 'components.1.project' });
    const badDuration = { id: 'd', type: 'codebuild', project: { groups: [{ computeType: 'general1.small', count: '1', per: 'month', durationSeconds: 'x' }] } };
    expect(err([qs(), cb('c', '1'), badDuration])).toMatchObject({ code: 'not_a_number', path: 'components.2.project.groups.0.durationSeconds' });
    const noPrice = { id: 'd', type: 'codebuild', project: { groups: [{ computeType: 'general1.large', count: '1', per: 'month', durationSeconds: '60' }] } };
    expect(err([qs(), cb('c', '1'), noPrice])).toMatchObject({ code: 'unknown_price', path: 'components.2.project.groups.0.computeType' });
    expect(err([qs(), cb('c', '1', { prices: 'x' })])).toMatchObject({ code: 'invalid_type', path: 'components.1.prices', params: { expected: '@msg:error.expected.objectOfPrices' } });
    expect(err([qs(), cb('c', '1'), cb('d', '1', { prices: 7 })])).toMatchObject({ code: 'invalid_type', path: 'components.2.prices' });
    // A bad price in the shared table: at the first CodeBuild component's prices
    expect(err([qs(), cb('c', '1'), cb('d', '1', { prices: { computeTypes: { 'general1.small': '-1' } } })])).toMatchObject({ code: 'negative', path: 'components.1.prices.computeTypes.general1.small' });
    expect(err([qs(), cb('c', '1', { prices: { computeTypes: 'x' } })])).toMatchObject({ code: 'invalid_type', path: 'components.1.prices.computeTypes' });
    // A release flow's builds: at its flow.build
    const badFlow = pipeline('p', false, {}, { build: { groups: [{ computeType: 'general1.small', durationSeconds: '60', overheadSeconds: 'x' }] } });
    expect(err([qs(), cb('c', '1'), badFlow])).toMatchObject({ path: 'components.2.flow.build.groups.0.overheadSeconds' });
  });

  it('maps an error of the eleventh project and beyond to its component', () => {
    const projects = Array.from({ length: 12 }, (_, i) => cb(`c${i}`, '1'));
    projects[11] = { ...cb('c11', '1'), project: { groups: [{ computeType: 'general1.small', count: '1', per: 'month', durationSeconds: 'x' }] } };
    expect(err(projects)).toMatchObject({ code: 'not_a_number', path: 'components.11.project.groups.0.durationSeconds' });
  });

  it('an evaluator prices the account again when the free tier is switched', () => {
    const evaluate = createScenarioEvaluator(catalogs);
    // 150 min: $1.50 without the free tier, (150 - 100) x $0.01 = $0.50 with it
    const comps = [cb('a', '100'), cb('b', '50')];
    expect(evaluate(doc(comps)).monthlyTotal.toFixed(2)).toBe('1.50');
    expect(evaluate(doc(comps, { codeBuildFreeTier: true })).monthlyTotal.toFixed(2)).toBe('0.50');
    expect(evaluate(doc(comps)).monthlyTotal.toFixed(2)).toBe('1.50');
    // Another project count prices again too: 100 + 70 = 170 min x $0.01
    expect(evaluate(doc([cb('a', '100'), cb('b', '70')])).monthlyTotal.toFixed(2)).toBe('1.70');
  });
});

describe('an EC2 component', () => {
  it('is priced with its region\'s and instance type\'s catalog prices (us-east-1 and none by default)', () => {
    // 365 h x $1 = $365; always on 730 h x $1: savings $365 a month
    const r = run([ec2()]);
    const c = r.components[0]!;
    if (c.type !== 'ec2') throw new Error('not EC2');
    expect(c.monthly.toFixed(2)).toBe('365.00');
    expect(c.annual.toFixed(2)).toBe('4380.00');
    expect(c.annualSavings.toFixed(2)).toBe('4380.00');
    expect(c.ec2.savings.toFixed(2)).toBe('365.00');
    expect(c.year).toEqual({ kind: 'twelve-months' });
    expect(c.lines).toBe(c.ec2.lines);
    expect(r.monthlySavings.toFixed(2)).toBe('365.00');
    // 365 h x $4 = $1,460; 365 h x $8 = $2,920
    expect(run([ec2({}, { instanceType: 't3.big' })]).monthlyTotal.toFixed(2)).toBe('1460.00');
    expect(run([ec2({}, { region: 'eu-west-1', instanceType: 't3.big' })]).monthlyTotal.toFixed(2)).toBe('2920.00');
    // Your price: 365 h x $2 = $730
    expect(run([ec2({ prices: { instanceHourly: '2' } })]).monthlyTotal.toFixed(2)).toBe('730.00');
  });

  it('identical EC2 components share one result; a different price does not', () => {
    const r = run([ec2({ id: 'a' }), ec2({ id: 'b' }), ec2({ id: 'c', prices: { instanceHourly: '2' } })]);
    const [a, b, c] = r.components.map((x) => (x.type === 'ec2' ? x.ec2 : null));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    // $365 + $365 + $730
    expect(r.monthlyTotal.toFixed(2)).toBe('1460.00');
  });

  it('a calendar month\'s year is the 12 calendar months from it', () => {
    // Always on in UTC (no clock changes): each month is its days x 24 h x $1. March 2026 to February 2027:
    // 31+30+31+30+31+31+30+31+30+31+31+28 = 365 days = 8,760 h = $8,760; March alone 744 h = $744
    const always = { schedule: { periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '00:00', end: '24:00' }], timeZone: 'UTC' }, hoursPerWeek: undefined, monthMode: 'calendar', yearMonth: '2026-03' };
    const r = run([ec2({}, always), qs()]);
    const c = r.components[0]!;
    expect(c.monthly.toFixed(2)).toBe('744.00');
    expect(c.annual.toFixed(2)).toBe('8760.00');
    expect(c.year).toEqual({ kind: 'calendar-months', from: '2026-03', to: '2027-02' });
    expect(c.type === 'ec2' && c.annualSavings.isZero()).toBe(true);
    // The year of the scenario: $8,760 + 12 x $50
    expect(r.annualTotal.toFixed(2)).toBe('9360.00');
  });

  it('a calendar year is priced with the component\'s own prices, and errors of later months name its input', () => {
    const always = { schedule: { periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], start: '00:00', end: '24:00' }], timeZone: 'UTC' }, hoursPerWeek: undefined, monthMode: 'calendar', yearMonth: '2026-03' };
    // Twice the same input: at $1 the year is 8,760 h x $1; at $2 (yours) 8,760 h x $2 = $17,520
    const r = run([ec2({ id: 'a' }, always), ec2({ id: 'b', prices: { instanceHourly: '2' } }, always)]);
    expect(r.components.map((c) => c.annual.toFixed(2))).toEqual(['8760.00', '17520.00']);
    // From June 2199 the 12 months run past 2199, the last year a schedule reads: the error names the month chosen
    expect(err([qs(), ec2({}, { ...always, yearMonth: '2199-06' })])).toMatchObject({ code: 'out_of_range', path: 'components.1.input.yearMonth' });
  });

  it('refuses an input that is not an object', () => {
    expect(err([qs(), { id: 'e', type: 'ec2' }])).toMatchObject({ code: 'invalid_type', path: 'components.1.input', params: { expected: '@msg:error.expected.ec2InputObject' } });
    expect(err([{ id: 'e', type: 'ec2', input: [] }])).toMatchObject({ code: 'invalid_type', path: 'components.0.input' });
    expect(err([ec2({ prices: 'x' })])).toMatchObject({ code: 'invalid_type', path: 'components.0.prices' });
    expect(err([qs(), ec2({}, { hoursPerWeek: '200' })])).toMatchObject({ path: 'components.1.input.hoursPerWeek' });
  });
});

describe('a pipeline component (a release flow)', () => {
  it('is named by its name, else its flow\'s label', () => {
    expect(run([pipeline('p', false, {}, { label: 'Deploys' })]).components[0]!.name).toBe('Deploys');
    expect(run([pipeline('p', false, { name: 'Mine' }, { label: 'Deploys' })]).components[0]!.name).toBe('Mine');
  });

  it('the first flow gets the CodeCommit and CodePipeline free tiers, the others say they are used', () => {
    // First: 1 service role (no builds), 5 free -> $0; 1 V1 pipeline, 1 free -> $0.
    // Second: 1 service role x $1 + 1 pipeline x $1 = $2.00 (its freeTier: true is overridden)
    const r = run([pipeline('a', false), pipeline('b', false, {}, { freeTier: true })]);
    expect(r.components.map((c) => c.monthly.toFixed(2))).toEqual(['0.00', '2.00']);
    expect(r.components.map((c) => c.lines.some((l) => l.key === 'pipeline.freeTierUsed'))).toEqual([false, true]);
    const note = r.components[1]!.lines.find((l) => l.key === 'pipeline.freeTierUsed')!;
    expect(note).toMatchObject({ kind: 'info', params: {} });
    expect(note.amount.isZero()).toBe(true);
    // A first flow that turns its free tier off: 1 service role (no builds) x $1 + 1 pipeline x $1 = $2.00
    expect(run([pipeline('a', false, {}, { freeTier: false })]).monthlyTotal.toFixed(2)).toBe('2.00');
    expect(err([pipeline('a', false), { id: 'b', type: 'pipeline', flow: 'x' }])).toMatchObject({ code: 'invalid_type', path: 'components.1.flow' });
    expect(err([pipeline('a', false), { id: 'b', type: 'pipeline', flow: ['x'] }])).toMatchObject({ code: 'invalid_type', path: 'components.1.flow' });
  });

  it('says whether its builds share the account\'s free tier', () => {
    const notes = (settings: Record<string, unknown>, build: boolean) => run([pipeline('a', build)], settings).components[0]!.lines.filter((l) => l.key.startsWith('pipeline.codebuild')).map((l) => [l.key, l.kind, l.amount.toFixed()]);
    expect(notes({ codeBuildFreeTier: true }, true)).toEqual([['pipeline.codebuildAccount', 'info', '0']]);
    expect(notes({}, true)).toEqual([['pipeline.codebuildNoFreeTier', 'info', '0']]);
    expect(notes({ codeBuildFreeTier: true }, false)).toEqual([]);
    // Its builds: 10 min x $0.01 = $0.10 without the free tier, $0 inside it
    expect(run([pipeline('a', true)]).monthlyTotal.toFixed(2)).toBe('0.10');
    expect(run([pipeline('a', true)], { codeBuildFreeTier: true }).monthlyTotal.toFixed(2)).toBe('0.00');
  });

  it('needs the developer tools catalog, and reads its own price overrides', () => {
    const { devtools: _, ...noDevtools } = catalogs;
    expect(errorOf(() => evaluateScenario(doc([qs(), pipeline('p', false)]), noDevtools as ScenarioCatalogs))).toMatchObject({ code: 'unknown_price', path: 'components.1', params: { value: 'CodeCommit, CodeDeploy, CodePipeline' } });
    // Off the free tier: 1 service role (no builds) x $2.50 + 1 pipeline x $1 = $3.50
    expect(run([pipeline('p', false, { prices: { codecommit: { userMonthly: '2.50' } } }, { freeTier: false })]).monthlyTotal.toFixed(2)).toBe('3.50');
    expect(err([qs(), pipeline('p', false, { prices: 'x' })])).toMatchObject({ code: 'invalid_type', path: 'components.1.prices' });
    expect(err([qs(), pipeline('p', false, { prices: { codecommit: { userMonthly: '-1' } } }, { freeTier: false })])).toMatchObject({ code: 'negative', path: 'components.1.prices.codecommit.userMonthly' });
  });
});
