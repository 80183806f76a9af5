/**
 * Example scenarios drawn from the course text (shared/seed): a BI dashboard on QuickSight, a CI
 * pipeline on CodeBuild, a development instance turned off outside office hours, and the
 * availability architectures it describes (multi-AZ behind ELB with RDS Multi-AZ; Route 53
 * failover between regions). Each is a complete scenario document (format version 2).
 */
import type { ScenarioInput } from '../engine/scenario.ts';

export type PresetId = 'sales-dashboard' | 'team-ci' | 'dev-office-hours' | 'three-tier-3az' | 'two-region-failover';

export interface Preset {
  readonly id: PresetId;
  /** Message keys for the name and description (both languages in the i18n bundles). */
  readonly nameKey: string;
  readonly descriptionKey: string;
  readonly build: () => ScenarioInput;
}

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const ALL_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

function scenario(name: string, rest: Partial<ScenarioInput>): ScenarioInput {
  return { format: 'nubecalc-scenario', version: 2, name, settings: { convention: '365-day', codeBuildFreeTier: false }, components: [], architecture: null, ...rest };
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'sales-dashboard',
    nameKey: 'preset.sales-dashboard.name',
    descriptionKey: 'preset.sales-dashboard.desc',
    build: () =>
      scenario('Sales dashboard for 200 readers', {
        components: [
          {
            id: 'qs-sales',
            type: 'quicksight',
            name: 'Sales dashboard',
            model: 'legacy',
            usage: {
              edition: 'enterprise',
              authorsAnnual: '3',
              authorsMonthly: '0',
              authorPro: '0',
              readerPro: '0',
              spiceGb: '40',
              readerGroups: [
                { name: 'Sales reps', readers: '150', visitsPerReader: '8', minutesPerVisit: '20', emailedReportsPerReader: '4' },
                { name: 'Managers', readers: '50', visitsPerReader: '22', minutesPerVisit: '45', emailedReportsPerReader: '0' },
              ],
            },
          },
        ],
        architecture: { kind: 'series', id: 'root', name: 'Dashboard', children: [{ kind: 'component', id: 'qs', name: 'QuickSight', sla: 'quicksight' }] },
      }),
  },
  {
    id: 'team-ci',
    nameKey: 'preset.team-ci.name',
    descriptionKey: 'preset.team-ci.desc',
    build: () =>
      scenario('Team CI pipeline', {
        settings: { convention: '365-day', codeBuildFreeTier: true },
        components: [
          {
            id: 'cb-ci',
            type: 'codebuild',
            name: 'CI pipeline',
            project: {
              overheadSeconds: '20',
              groups: [
                { label: 'Pull-request checks', computeType: 'general1.small', count: '40', per: 'day', durationSeconds: '200' },
                { label: 'Nightly integration', computeType: 'general1.medium', count: '1', per: 'day', durationSeconds: '1500' },
              ],
            },
          },
        ],
        architecture: {
          kind: 'series',
          id: 'root',
          name: 'Delivery pipeline',
          children: [
            { kind: 'component', id: 'cp', name: 'CodePipeline', sla: 'codepipeline' },
            { kind: 'component', id: 'cb', name: 'CodeBuild', sla: 'codebuild' },
          ],
        },
      }),
  },
  {
    id: 'dev-office-hours',
    nameKey: 'preset.dev-office-hours.name',
    descriptionKey: 'preset.dev-office-hours.desc',
    build: () =>
      scenario('Dev environment only in office hours', {
        components: [
          {
            id: 'ec2-dev',
            type: 'ec2',
            name: 'Development instances',
            input: {
              region: 'us-east-1',
              instanceType: 't3.medium',
              count: '2',
              billing: 'per-second',
              schedule: { periods: [{ days: [...WEEKDAYS], start: '09:00', end: '17:00' }], timeZone: 'America/Mexico_City', holidays: [] },
              monthMode: 'average',
              yearMonth: '2026-03',
              volumes: [{ type: 'gp3', sizeGb: '30', count: '1' }],
              elasticIps: '0',
              publicIpv4: true,
            },
          },
        ],
      }),
  },
  {
    id: 'three-tier-3az',
    nameKey: 'preset.three-tier-3az.name',
    descriptionKey: 'preset.three-tier-3az.desc',
    build: () =>
      scenario('Three-tier web app across three AZs', {
        components: [
          {
            id: 'ec2-web',
            type: 'ec2',
            name: 'Web tier (3 AZs)',
            input: {
              region: 'us-east-1',
              instanceType: 'm5.large',
              count: '3',
              billing: 'per-second',
              schedule: { periods: [{ days: [...ALL_DAYS], start: '00:00', end: '24:00' }], timeZone: 'UTC', holidays: [] },
              monthMode: 'average',
              yearMonth: '2026-03',
              volumes: [{ type: 'gp3', sizeGb: '50', count: '1' }],
              elasticIps: '0',
              publicIpv4: false,
            },
          },
        ],
        architecture: {
          kind: 'series',
          id: 'root',
          name: 'Web application',
          children: [
            { kind: 'component', id: 'elb', name: 'Elastic Load Balancing (multi-AZ)', sla: 'elb-multi-az' },
            { kind: 'k-of-n', id: 'web', name: 'Web servers, 2 of 3 AZs needed', k: '2', n: '3', member: { kind: 'component', id: 'web-ec2', name: 'EC2 instance', sla: 'ec2-instance' } },
            { kind: 'component', id: 'rds', name: 'RDS Multi-AZ', sla: 'rds-multi-az' },
          ],
        },
      }),
  },
  {
    id: 'two-region-failover',
    nameKey: 'preset.two-region-failover.name',
    descriptionKey: 'preset.two-region-failover.desc',
    build: () => {
      const region = (suffix: string, label: string) => ({
        kind: 'series' as const,
        id: `region-${suffix}`,
        name: label,
        children: [
          { kind: 'component' as const, id: `elb-${suffix}`, name: 'ELB (multi-AZ)', sla: 'elb-multi-az' },
          { kind: 'component' as const, id: `ec2-${suffix}`, name: 'EC2 in 2 AZs', sla: 'ec2-instance', replicas: '2' },
          { kind: 'component' as const, id: `rds-${suffix}`, name: 'RDS Multi-AZ', sla: 'rds-multi-az' },
        ],
      });
      return scenario('Two regions with Route 53 failover', {
        architecture: {
          kind: 'series',
          id: 'root',
          name: 'Global service',
          children: [
            { kind: 'component', id: 'r53', name: 'Route 53 (DNS)', sla: 'route53' },
            { kind: 'failover', id: 'fo', name: 'Failover between regions', primary: region('a', 'Primary region (us-east-1)'), standby: region('b', 'Standby region (us-west-2)'), switchSeconds: '150', failuresPerYear: '4' },
          ],
        },
      });
    },
  },
];

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
