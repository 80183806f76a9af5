/** Scenario documents for the workspace tests (complete, valid, one of each component type). */
import type { ScenarioDoc } from '../../../src/lib/state/scenario.svelte.ts';

export function ciDoc(id = 'sa', name = 'Office CI'): ScenarioDoc {
  return {
    format: 'nubecalc-scenario',
    version: 2,
    id,
    name,
    settings: { convention: '365-day', codeBuildFreeTier: false },
    components: [{ id: 'cb1', type: 'codebuild', name: 'CI', project: { overheadSeconds: '0', groups: [{ label: 'Builds', computeType: 'general1.small', count: '200', per: 'month', durationSeconds: '60' }] } }],
    architecture: null,
  };
}

export function mixedDoc(id = 'sb', name = 'Two AZ'): ScenarioDoc {
  return {
    format: 'nubecalc-scenario',
    version: 2,
    id,
    name,
    settings: { convention: 'sre-30-day', codeBuildFreeTier: true, requestsPerMonth: '1000000' },
    components: [
      { id: 'qs', type: 'quicksight', name: 'BI', model: 'legacy', usage: { edition: 'enterprise', authorsAnnual: '2', readerGroups: [{ name: 'Sales', readers: '10', sessionsPerReader: '12' }] }, prices: { readerSession: '0.30' } },
      { id: 'ec', type: 'ec2', name: 'Dev box', input: { region: 'us-east-1', instanceType: 't3.medium', count: '2', schedule: { periods: [{ days: ['mon', 'tue'], start: '09:00', end: '17:00' }], timeZone: 'Europe/Madrid', holidays: ['2026-01-01'] }, volumes: [{ type: 'gp3', sizeGb: '30' }], publicIpv4: true } },
    ],
    architecture: {
      kind: 'series',
      id: 'root',
      name: 'App',
      children: [
        { kind: 'parallel', id: 'web', children: [{ kind: 'component', id: 'a', sla: 'ec2-instance' }, { kind: 'component', id: 'b', percent: '99.5' }] },
        { kind: 'k-of-n', id: 'k', k: 2, n: '3', member: { kind: 'component', id: 'm', fraction: '0.99' } },
        { kind: 'failover', id: 'f', primary: { kind: 'component', id: 'p', mtbfHours: '1000', mttrHours: '2' }, standby: { kind: 'component', id: 's', percent: '99' }, switchSeconds: '30' },
      ],
    },
    slaOverrides: { 'rds-multi-az': '99.95' },
  };
}
