/** The README's worked examples, checked: if one of these fails, fix the README too. */
import { describe, expect, it } from 'vitest';
import { billRuns, compareQuickSight, evaluateAvailability, priceCodeBuildProject, priceEc2OffHours, priceReleaseFlow, quickSightLegacy } from '../../src/engine/index.ts';
import { defaultReleaseFlowPrices } from '../../src/data/devtools.ts';
import { defaultQuickSightPrices } from '../../src/data/quicksight.ts';
import { defaultCodeBuildPrices } from '../../src/data/codebuild.ts';
import { defaultEc2Prices } from '../../src/data/ec2.ts';
import { defaultSlas } from '../../src/data/slas.ts';

describe('README worked examples', () => {
  it('QuickSight: 200 readers at 17 sessions are capped at $5 each', () => {
    const usage = { authorsAnnual: '2', readerGroups: [{ name: 'Sales', readers: '200', sessionsPerReader: '17' }] };
    const legacy = quickSightLegacy(usage, defaultQuickSightPrices());
    // 2 x $18 + 200 x min(17 x 0.30, 5.00) = 36 + 1000
    expect(legacy.total.toFixed(2)).toBe('1036.00');
    expect(legacy.lines.map((l) => l.text)).toContain('17 sessions x $0.30 = $5.10, capped at $5.00');
    const all = compareQuickSight(usage, defaultQuickSightPrices());
    // per-user: 2 x $24 + 200 x $3 = $648
    expect(all.cheapest).toEqual(['perUser']);
    expect(all.perUser.ok && all.perUser.value.total.toFixed(2)).toBe('648.00');
    expect(all.breakEvens.legacyVsPerUserReader.at?.toFixed()).toBe('10');
    expect(all.breakEvens.legacyCap.fromWhole?.toFixed()).toBe('17');
  });

  it('CodeBuild: 300 builds of 121 s bill 900 minutes, less the free tier', () => {
    const r = priceCodeBuildProject({ groups: [{ computeType: 'general1.small', count: '300', per: 'month', durationSeconds: '121' }] }, defaultCodeBuildPrices(), { freeTier: true });
    expect(r.rawMinutes.toFixed()).toBe('605');
    expect(r.billedMinutes.toFixed()).toBe('900');
    expect(r.total.toFixed(2)).toBe('4.00'); // 900 x 0.005 - 100 x 0.005
  });

  it('EC2: office hours for two t3.medium', () => {
    const r = priceEc2OffHours(
      {
        region: 'us-east-1', instanceType: 't3.medium', count: '2',
        schedule: { periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' }], timeZone: 'Europe/Madrid' },
        volumes: [{ type: 'gp3', sizeGb: '30' }],
      },
      defaultEc2Prices('us-east-1', 't3.medium'),
    );
    const texts = r.lines.map((l) => l.text);
    expect(texts).toContain('40 h/week x 730/168 = 173.81 h/month');
    expect(texts).toContain('EBS gp3: 1 x 30 GB x $0.08/GB-month x 2 instances = $4.80 (billed while stopped too)');
    // always on: 730 x 0.0416 x 2 + 4.80 = 65.536; scheduled: 40 x 730/168 x 0.0416 x 2 + 4.80
    expect(r.alwaysOn.total.toFixed(3)).toBe('65.536');
    expect(r.scheduled.total.toFixed(2)).toBe('19.26');
  });

  it('Availability: ELB x 2-of-3 EC2 x RDS Multi-AZ', () => {
    const r = evaluateAvailability(
      {
        architecture: { kind: 'series', id: 'root', children: [
          { kind: 'component', id: 'elb', sla: 'elb-multi-az' },
          { kind: 'k-of-n', id: 'web', k: '2', n: '3', member: { kind: 'component', id: 'ec2', sla: 'ec2-instance' } },
          { kind: 'component', id: 'db', sla: 'rds-multi-az' },
        ] },
        convention: '365-day',
      },
      defaultSlas(),
    );
    expect(r.availability.toFixed()).toBe('0.9993253448462625');
    expect(r.ninesText).toBe('3.17092');
    expect(r.downtime.rows.find((x) => x.period === 'week')?.duration.text).toBe('6m 48.03s');
  });

  it('EC2: billRuns bills runs given in seconds', () => {
    expect(billRuns(['30', '30', '7200'], 'per-second').billedSeconds.toFixed()).toBe('7320');
    expect(billRuns(['35']).billedSeconds.toFixed()).toBe('60');
    expect(billRuns(['600'], 'per-hour').billedSeconds.toFixed()).toBe('3600');
  });

  it('Release flow: 300 commits a month through CodeCommit, CodeBuild, CodeDeploy and CodePipeline V2', () => {
    const r = priceReleaseFlow(
      {
        commitsPerMonth: '300',
        repository: { developers: '8', storageGb: '2' },
        build: { groups: [{ label: 'Unit tests', computeType: 'general1.small', durationSeconds: '121' }] },
        deploy: { target: 'ec2', instances: '3' },
        pipeline: { version: 'V2', actions: [
          { label: 'Source', kind: 'source', durationSeconds: '10' },
          { label: 'Build', kind: 'build', durationSeconds: '130' },
          { label: 'Deploy', kind: 'deploy', durationSeconds: '45' },
        ] },
      },
      defaultReleaseFlowPrices(),
    );
    const texts = r.lines.map((l) => l.text);
    expect(texts).toContain('8 people + 2 service roles (CodeBuild, CodePipeline) = 10 active users');
    expect(texts).toContain('10 active users - 5 free = 5 paid x $1.00 = $5.00');
    expect(texts).toContain('300 deployments to EC2: no CodeDeploy charge');
    // 300 x (1 + 3 + 1) = 1,500 min - 100 free = 1,400 x $0.002 = $2.80
    expect(texts).toContain('1,500 action minutes - 100 free = 1,400 min x $0.002 = $2.80');
    // CodeBuild: 900 min - 100 free = 800 x $0.005 = $4.00; total 5 + 4 + 0 + 2.80
    expect(r.services.codebuild.toFixed(2)).toBe('4.00');
    expect(texts.at(-1)).toBe('Release flow: CodeCommit $5.00 + CodeBuild $4.00 + CodeDeploy $0.00 + CodePipeline $2.80 = $11.80 per month');
  });
});
