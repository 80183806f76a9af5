/**
 * Example scenarios drawn from the course text (shared/seed): a BI dashboard on QuickSight, a CI
 * pipeline on CodeBuild, a development instance turned off outside office hours, and the
 * availability architectures it describes (multi-AZ behind ELB with RDS Multi-AZ; Route 53
 * failover between regions). Each is a complete scenario document (format version 2).
 */
import type { ScenarioInput, NodeCostSpec } from '../engine/index.ts';

export type PresetId = 'sales-dashboard' | 'team-ci' | 'dev-office-hours' | 'three-tier-3az' | 'web-2-of-4' | 'two-region-failover';

export interface Preset {
  readonly id: PresetId;
  /** Message keys for the name and description (both languages in the i18n bundles). */
  readonly nameKey: string;
  readonly descriptionKey: string;
  readonly build: () => ScenarioInput;
}

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const ALL_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Catalog-priced cost of one copy: each [service, quantity a month] (services.json, ec2.json). */
function priced(...items: readonly (readonly [string, string])[]): NodeCostSpec {
  return { type: 'catalog', items: items.map(([service, quantity]) => ({ service, quantity })) };
}

/** An Application Load Balancer all month: 730 h x $0.0225 + 730 LCU-h x $0.008 = $22.265. */
const ALB = priced(['alb-hour', '730'], ['alb-lcu-hour', '730']);
/** An always-on m5.large with a 50 GB gp3 volume: 730 h x $0.096 + 50 x $0.08 = $74.08. */
const WEB_SERVER = priced(['ec2-m5.large-hour', '730'], ['ebs-gp3-gb-month', '50']);
/** RDS db.t3.medium Multi-AZ with 100 GB gp3: 730 h x $0.136 + 100 x $0.23 = $122.28. */
const RDS_MULTI_AZ = priced(['rds-db.t3.medium-multi-az', '730'], ['rds-gp3-multi-az-gb-month', '100']);

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
        architecture: { kind: 'series', id: 'root', name: 'Dashboard', children: [{ kind: 'component', id: 'qs', name: 'QuickSight', sla: 'quicksight', cost: { type: 'component', componentId: 'qs-sales' } }] },
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
          {
            id: 'pl-release',
            type: 'pipeline',
            name: 'Release flow',
            flow: {
              label: 'Release flow',
              commitsPerMonth: '120',
              repository: { developers: '8', storageGb: '2', gitRequestsPerCommit: '2', otherGitRequests: '1000' },
              build: { groups: [{ label: 'Release build', computeType: 'general1.small', durationSeconds: '240', perCommit: '1' }] },
              deploy: { target: 'ec2', instances: '3' },
              pipeline: {
                version: 'V2',
                actions: [
                  { label: 'Source', kind: 'source', durationSeconds: '10' },
                  { label: 'Build', kind: 'build', durationSeconds: '260' },
                  { label: 'Deploy', kind: 'deploy', durationSeconds: '90' },
                ],
              },
              freeTier: true,
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
            name: 'Web server (one per AZ)',
            input: {
              region: 'us-east-1',
              instanceType: 'm5.large',
              count: '1',
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
            { kind: 'component', id: 'elb', name: 'Elastic Load Balancing (multi-AZ)', sla: 'elb-multi-az', cost: ALB },
            // Each of the 3 copies costs what the EC2 component costs (one m5.large): 3 x $74.08.
            { kind: 'k-of-n', id: 'web', name: 'Web servers, 2 of 3 AZs needed', k: '2', n: '3', member: { kind: 'component', id: 'web-ec2', name: 'EC2 instance', sla: 'ec2-instance', cost: { type: 'component', componentId: 'ec2-web' } } },
            { kind: 'component', id: 'rds', name: 'RDS Multi-AZ', sla: 'rds-multi-az', cost: RDS_MULTI_AZ },
          ],
        },
      }),
  },
  {
    id: 'web-2-of-4',
    nameKey: 'preset.web-2-of-4.name',
    descriptionKey: 'preset.web-2-of-4.desc',
    build: () =>
      scenario('Web app with 2 of 4 servers needed', {
        architecture: {
          kind: 'series',
          id: 'root',
          name: 'Web application',
          children: [
            { kind: 'component', id: 'elb', name: 'Elastic Load Balancing (multi-AZ)', sla: 'elb-multi-az', cost: ALB },
            { kind: 'k-of-n', id: 'web', name: 'Web servers, 2 of 4 needed', k: '2', n: '4', member: { kind: 'component', id: 'web-ec2', name: 'EC2 instance (m5.large)', sla: 'ec2-instance', cost: WEB_SERVER } },
            { kind: 'component', id: 'rds', name: 'RDS Multi-AZ', sla: 'rds-multi-az', cost: RDS_MULTI_AZ },
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
          { kind: 'component' as const, id: `elb-${suffix}`, name: 'ELB (multi-AZ)', sla: 'elb-multi-az', cost: ALB },
          { kind: 'component' as const, id: `ec2-${suffix}`, name: 'EC2 in 2 AZs', sla: 'ec2-instance', replicas: '2', cost: WEB_SERVER },
          { kind: 'component' as const, id: `rds-${suffix}`, name: 'RDS Multi-AZ', sla: 'rds-multi-az', cost: RDS_MULTI_AZ },
        ],
      });
      return scenario('Two regions with Route 53 failover', {
        architecture: {
          kind: 'series',
          id: 'root',
          name: 'Global service',
          children: [
            // A hosted zone, two health checks on AWS endpoints and 10 million queries: $0.50 + 2 x $0.50 + 10 x $0.40 = $5.50.
            { kind: 'component', id: 'r53', name: 'Route 53 (DNS)', sla: 'route53', cost: priced(['route53-hosted-zone', '1'], ['route53-health-check-aws', '2'], ['route53-queries-million', '10']) },
            // The standby region runs warm, at half its full price (us-east-1 prices for both regions).
            { kind: 'failover', id: 'fo', name: 'Failover between regions', primary: region('a', 'Primary region (us-east-1)'), standby: region('b', 'Standby region (us-west-2)'), switchSeconds: '150', failuresPerYear: '4', standbyPricing: 'warm', standbyWarmPercent: '50' },
          ],
        },
      });
    },
  },
];

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
