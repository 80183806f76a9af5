/**
 * Results that make the scenario calculator emit each of its line keys at least once (with the
 * examples' lines, test/lib/i18n/lines.test.ts requires every template to be used).
 */
import { evaluateScenario, type LineItem, type ScenarioInput, type ScenarioComponent } from '../../../../src/engine/index.ts';
import { appCatalogs } from '../../../../src/lib/state/catalogs.ts';
import { collectLines } from './collect.ts';

const officeHours = (monthMode: 'average' | 'calendar') => ({
  region: 'us-east-1',
  instanceType: 't3.medium',
  count: '1',
  schedule: { periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }], timeZone: 'Europe/Madrid' },
  monthMode,
  yearMonth: '2026-03',
});

const build = (count: string) => ({ groups: [{ computeType: 'general1.small', count, per: 'month', durationSeconds: '121' }] });

function scenario(components: ScenarioComponent[], rest: Partial<ScenarioInput> = {}): ScenarioInput {
  return { format: 'nubecalc-scenario', version: 2, name: 'Corpus', components, ...rest } as ScenarioInput;
}

const flow = (label?: string) => ({
  ...(label === undefined ? {} : { label }),
  commitsPerMonth: '40',
  repository: { developers: '3', storageGb: '2' },
  build: { groups: [{ computeType: 'general1.small', durationSeconds: '300' }] },
  pipeline: { version: 'V2', actions: [{ label: 'Build', kind: 'build', durationSeconds: '310' }, { kind: 'approval', durationSeconds: '600' }] },
});

/** A priced architecture: a linked component, catalog items in hours, GB-months and other units, runs, replicas, k-of-n, warm and full standbys. */
const architecture = {
  kind: 'series',
  id: 'root',
  children: [
    { kind: 'component', id: 'web', name: 'Web servers', sla: 'ec2-instance', replicas: '3', cost: { type: 'component', componentId: 'dev' } },
    { kind: 'component', id: 'alb', name: 'Load balancer', sla: 'elb-multi-az', cost: { type: 'catalog', items: [{ service: 'alb-hour', quantity: '730' }, { service: 'ebs-gp3-gb-month', quantity: '1' }, { label: 'Support plan', unitPrice: '2.50', quantity: '1' }, { label: 'Tickets', unitPrice: '0.10', quantity: '30' }] } },
    { kind: 'component', id: 'etl', name: 'Nightly ETL', percent: '99.9', cost: { type: 'catalog', items: [{ service: 'glue-dpu-hour', quantity: '2', runs: '30', secondsPerRun: '45' }, { service: 'glue-dpu-hour', quantity: '2', runs: '1', secondsPerRun: '90' }] } },
    { kind: 'k-of-n', id: 'workers', name: 'Workers', k: '1', n: '2', member: { kind: 'component', id: 'worker', name: 'Worker', sla: 'ec2-instance', cost: { type: 'catalog', items: [{ service: 'alb-hour', quantity: '1' }] } } },
    {
      kind: 'failover', id: 'db', name: 'Database', standbyPricing: 'warm', standbyWarmPercent: '25', switchSeconds: '60', failuresPerYear: '2',
      primary: { kind: 'component', id: 'db1', name: 'Primary', percent: '99.95', cost: { type: 'catalog', items: [{ service: 'alb-hour', quantity: '100' }] } },
      standby: { kind: 'component', id: 'db2', name: 'Standby', percent: '99.95', cost: { type: 'catalog', items: [{ service: 'alb-hour', quantity: '100' }] } },
    },
    {
      kind: 'failover', id: 'cache', name: 'Cache', switchSeconds: '60', failuresPerYear: '2',
      primary: { kind: 'component', id: 'c1', percent: '99.9', cost: { type: 'catalog', items: [{ service: 'alb-hour', quantity: '10' }] } },
      standby: { kind: 'component', id: 'c2', percent: '99.9' },
    },
  ],
};

export function scenarioLines(): LineItem[] {
  const results = [
    // One project and two; free tier on (credit shared) and off; linked component; priced architecture; calendar-month year with savings.
    scenario([
      { id: 'dev', type: 'ec2', name: 'Dev', input: officeHours('calendar') } as ScenarioComponent,
      { id: 'ci', type: 'codebuild', name: 'CI', project: build('300') } as ScenarioComponent,
      { id: 'qs', type: 'quicksight', name: 'BI', model: 'legacy', usage: { readerGroups: [{ readers: '10', sessionsPerReader: '17' }] } } as ScenarioComponent,
    ], { settings: { codeBuildFreeTier: true }, architecture } as Partial<ScenarioInput>),
    scenario([{ id: 'ci', type: 'codebuild', project: build('300') } as ScenarioComponent], { settings: { codeBuildFreeTier: true } }),
    scenario([{ id: 'dev', type: 'ec2', name: 'Dev', input: officeHours('average') } as ScenarioComponent]),
    scenario([{ id: 'dev', type: 'ec2', name: 'Dev', input: officeHours('calendar') } as ScenarioComponent]),
    scenario([]),
    // Release flows: the second one finds the free tiers used; CodeBuild's free tier shared with a project, and off.
    scenario([
      { id: 'ci', type: 'codebuild', project: build('10') } as ScenarioComponent,
      { id: 'p1', type: 'pipeline', name: 'Web release', flow: flow('Web') } as ScenarioComponent,
      { id: 'p2', type: 'pipeline', flow: flow() } as ScenarioComponent,
    ], { settings: { codeBuildFreeTier: true } }),
    scenario([{ id: 'p1', type: 'pipeline', flow: flow() } as ScenarioComponent], { settings: { codeBuildFreeTier: false } }),
  ];
  return collectLines(results.map((s) => evaluateScenario(s, appCatalogs)));
}
