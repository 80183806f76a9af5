import { describe, expect, it } from 'vitest';
import { priceCodeCommit, priceCodeDeploy, priceCodePipelineV1, priceCodePipelineV2, priceReleaseFlow, type ReleaseFlowInput } from '../../../src/engine/index.ts';
import { defaultDevToolsPrices, defaultReleaseFlowPrices, devToolsCatalog, loadDevToolsCatalog } from '../../../src/data/devtools.ts';
import raw from '../../../src/data/devtools.json';
import { sum, type Dec } from '../../../src/engine/decimal.ts';
import type { LineItem } from '../../../src/engine/explain.ts';
import { errorOf } from '../helpers.ts';

const P = defaultDevToolsPrices();
const F = defaultReleaseFlowPrices();
const fixed = (x: Dec): string => x.toFixed(2);
const costOf = (lines: readonly LineItem[]): Dec => sum(lines.filter((l) => l.kind === 'cost').map((l) => l.amount));

describe('CodeCommit', () => {
  it('5 active users are free; the 6th costs $1.00 (the pricing page example)', () => {
    expect(fixed(priceCodeCommit({ activeUsers: 5 }, P.codecommit).total)).toBe('0.00');
    expect(fixed(priceCodeCommit({ activeUsers: '6' }, P.codecommit).total)).toBe('1.00');
  });

  it('service roles count as active users and say so', () => {
    // 4 people + 2 roles = 6 users - 5 free = 1 x $1.00
    const r = priceCodeCommit({ activeUsers: 4, serviceRoles: 2 }, P.codecommit);
    expect(fixed(r.total)).toBe('1.00');
    expect(r.lines[0]?.text).toBe('4 people + 2 service roles (CodeBuild, CodePipeline) = 6 active users');
  });

  it('storage and Git requests above the allowances', () => {
    // 7 users: 2 paid = $2.00; storage included 50 + 2 x 10 = 70 GB; 100 - 70 = 30 GB x $0.06 = $1.80;
    // requests included 10,000 + 2 x 2,000 = 14,000; 20,000 - 14,000 = 6,000 x $0.001 = $6.00; total $9.80
    const r = priceCodeCommit({ activeUsers: 7, storageGb: '100', gitRequests: 20000 }, P.codecommit);
    expect(r.includedStorageGb.toFixed()).toBe('70');
    expect(r.includedGitRequests.toFixed()).toBe('14000');
    expect(fixed(r.storage)).toBe('1.80');
    expect(fixed(r.requests)).toBe('6.00');
    expect(fixed(r.total)).toBe('9.80');
    expect(fixed(costOf(r.lines))).toBe('9.80');
  });

  it('without the free tier every user pays and brings only its own allowance', () => {
    // 2 users x $1 = $2; included 20 GB, 4,000 requests; 30 GB -> 10 x 0.06 = 0.60; total 2.60
    const r = priceCodeCommit({ activeUsers: 2, storageGb: 30, gitRequests: 4000, freeTier: false }, P.codecommit);
    expect(fixed(r.total)).toBe('2.60');
  });

  it('rejects a fractional user with the field path', () => {
    const e = errorOf(() => priceCodeCommit({ activeUsers: '1.5' }, P.codecommit, 'repo'));
    expect([e.code, e.path]).toEqual(['not_integer', 'repo.activeUsers']);
  });
});

describe('CodeDeploy', () => {
  it('is free on EC2, Lambda and ECS', () => {
    for (const target of ['ec2', 'lambda', 'ecs'] as const) {
      expect(fixed(priceCodeDeploy({ target, deployments: 100, instances: 10 }, P.codedeploy).total)).toBe('0.00');
    }
  });
  it('bills each on-premises instance update', () => {
    // 30 deployments x 4 instances = 120 updates x $0.02 = $2.40
    const r = priceCodeDeploy({ target: 'on-premises', deployments: 30, instances: 4 }, P.codedeploy);
    expect(r.updates.toFixed()).toBe('120');
    expect(fixed(r.total)).toBe('2.40');
    expect(r.lines[0]?.text).toBe('30 deployments x 4 on-premises instances = 120 updates x $0.02 = $2.40');
  });
  it('rejects an unknown target', () => {
    const e = errorOf(() => priceCodeDeploy({ target: 'mainframe' as never, deployments: 1 }, P.codedeploy));
    expect([e.code, e.path]).toEqual(['unknown_option', 'target']);
  });
});

describe('CodePipeline V1', () => {
  it('one active pipeline is free, inactive ones cost nothing', () => {
    // 3 active - 1 free = 2 x $1.00 = $2.00; 5 inactive: $0
    const r = priceCodePipelineV1({ activePipelines: 3, inactivePipelines: 5 }, P.codepipeline);
    expect(fixed(r.total)).toBe('2.00');
    expect(r.lines.map((l) => l.text)).toEqual(['3 active V1 pipelines - 1 free = 2 x $1.00 = $2.00', '5 V1 pipelines with no new change this month: no charge']);
  });
  it('without the free tier each active pipeline costs $1.00', () => {
    expect(fixed(priceCodePipelineV1({ activePipelines: 1, freeTier: false }, P.codepipeline).total)).toBe('1.00');
  });
});

describe('CodePipeline V2', () => {
  it('rounds each action execution up to the minute and takes the free minutes', () => {
    // build: 200 x 61 s -> 2 min each = 400 min; deploy: 200 x 30 s -> 1 min = 200 min;
    // approval: free. 600 min - 100 free = 500 x $0.002 = $1.00
    const r = priceCodePipelineV2({
      actions: [
        { label: 'Build', kind: 'build', executions: 200, durationSeconds: 61 },
        { label: 'Deploy', kind: 'deploy', executions: 200, durationSeconds: '30' },
        { label: 'Approve', kind: 'approval', executions: 200, durationSeconds: 3600 },
      ],
    }, P.codepipeline);
    expect(r.billedMinutes.toFixed()).toBe('600');
    expect(r.freeMinutes.toFixed()).toBe('100');
    expect(fixed(r.total)).toBe('1.00');
  });
  it('costs nothing within the 100 free minutes', () => {
    // 50 x 90 s -> 2 min = 100 min, all free
    const r = priceCodePipelineV2({ actions: [{ executions: 50, durationSeconds: 90 }] }, P.codepipeline);
    expect(fixed(r.total)).toBe('0.00');
  });
});

describe('release flow', () => {
  const teamCi: ReleaseFlowInput = {
    label: 'Team CI',
    commitsPerMonth: 300,
    repository: { developers: 8, storageGb: '2' },
    build: { groups: [{ label: 'Unit tests', computeType: 'general1.small', durationSeconds: 121 }] },
    deploy: { target: 'ec2', instances: 3 },
    pipeline: { version: 'V2', actions: [{ label: 'Source', kind: 'source', durationSeconds: 10 }, { label: 'Build', kind: 'build', durationSeconds: 130 }, { label: 'Deploy', kind: 'deploy', durationSeconds: 45 }] },
  };

  it('prices every service once, with one total', () => {
    // CodeCommit: 8 developers + 2 roles = 10 users - 5 free = 5 x $1 = $5.00; storage 2 GB and
    //   300 x 2 = 600 Git requests are within the allowances.
    // CodeBuild: 300 builds x ceil(121/60) = 3 min = 900 min; 900 - 100 free = 800 x $0.005 = $4.00
    // CodeDeploy: EC2, $0
    // CodePipeline V2: 300 x (1 + 3 + 1) min = 1,500 min - 100 free = 1,400 x $0.002 = $2.80
    // total = 5.00 + 4.00 + 0 + 2.80 = $11.80
    const r = priceReleaseFlow(teamCi, F);
    expect(fixed(r.services.codecommit)).toBe('5.00');
    expect(fixed(r.services.codebuild)).toBe('4.00');
    expect(fixed(r.services.codedeploy)).toBe('0.00');
    expect(fixed(r.services.codepipeline)).toBe('2.80');
    expect(fixed(r.total)).toBe('11.80');
    expect(r.lines.at(-1)?.text).toBe('Release flow: CodeCommit $5.00 + CodeBuild $4.00 + CodeDeploy $0.00 + CodePipeline $2.80 = $11.80 per month');
    expect(r.lines.some((l) => l.text === '8 people + 2 service roles (CodeBuild, CodePipeline) = 10 active users')).toBe(true);
  });

  it('a V1 pipeline is one active pipeline (free with the free tier), on-premises deploys are billed', () => {
    // CodeCommit: 3 + 1 role (no builds) = 4 users: free. CodePipeline V1: 1 active - 1 free = $0.
    // CodeDeploy: 20 x 5 on-premises = 100 updates x $0.02 = $2.00. Total $2.00.
    const r = priceReleaseFlow({ commitsPerMonth: 20, repository: { developers: 3 }, deploy: { target: 'on-premises', instances: 5 } }, F);
    expect(fixed(r.total)).toBe('2.00');
    // Without free tiers: 4 users x $1 = $4 + pipeline $1 + $2 = $7.00
    expect(fixed(priceReleaseFlow({ commitsPerMonth: 20, repository: { developers: 3 }, deploy: { target: 'on-premises', instances: 5 }, freeTier: false }, F).total)).toBe('7.00');
  });

  it('no commits: the pipeline is inactive and the roles do not count', () => {
    const r = priceReleaseFlow({ commitsPerMonth: 0, repository: { developers: 6 } }, F);
    // 6 developers - 5 free = $1.00; pipeline inactive: $0
    expect(fixed(r.total)).toBe('1.00');
    expect(r.codeCommit.activeUsers.toFixed()).toBe('6');
  });

  it('points errors at the flow field', () => {
    expect(errorOf(() => priceReleaseFlow({ commitsPerMonth: 1, build: { groups: [{ computeType: 'huge', durationSeconds: 1 }] } }, F, 'flow')).path).toBe('flow.build.groups.0.computeType');
    expect(errorOf(() => priceReleaseFlow({ commitsPerMonth: 1, build: { groups: [{ computeType: 'general1.small', durationSeconds: 'x' }] } }, F, 'flow')).path).toBe('flow.build.groups.0.durationSeconds');
    expect(errorOf(() => priceReleaseFlow({ commitsPerMonth: 1, pipeline: { version: 'V3' as never } }, F)).path).toBe('pipeline.version');
    expect(errorOf(() => priceReleaseFlow({ commitsPerMonth: '-1' }, F)).code).toBe('negative');
  });
});

describe('developer-tools catalog', () => {
  it('every entry has its source and date; unconfirmed values are flagged', () => {
    expect(devToolsCatalog.codecommit.userMonthly.value).toBe('1.00');
    expect(devToolsCatalog.codecommit.gitRequest.unconfirmed).toBe(true);
    expect(devToolsCatalog.codedeploy.onPremisesUpdate.unconfirmed).toBe(true);
    expect(devToolsCatalog.codepipeline.v2ActionMinute.unconfirmed).toBeUndefined();
  });
  it('rejects a catalog missing a price, naming it', () => {
    const broken = JSON.parse(JSON.stringify(raw)) as { codepipeline: Record<string, unknown> };
    delete broken.codepipeline.v2FreeMinutes;
    const e = errorOf(() => loadDevToolsCatalog(broken));
    expect(e.path).toBe('codepipeline.v2FreeMinutes');
  });
});

describe('developer-tools formulas read as a person writes them', () => {
  it('counts in the singular and plural, and subtracts only the free users actually used', () => {
    const small = priceCodeCommit({ activeUsers: '1', serviceRoles: '1', storageGb: '1', gitRequests: '1' }, P.codecommit).lines.map((l) => l.text);
    expect(small).toContain('1 person + 1 service role (CodeBuild, CodePipeline) = 2 active users');
    // 2 active users, all within the 5 free ones: 2 - 2 free, not "2 - 5 free"
    expect(small).toContain('2 active users - 2 free = 0 paid x $1.00 = $0.00');
    expect(small).toContain('1 Git request of the 10,000 included: no charge');
    const v2 = priceCodePipelineV2({ actions: [{ executions: '1', durationSeconds: '30' }, { label: 'OK', kind: 'approval', executions: '1', durationSeconds: '60' }] }, P.codepipeline).lines.map((l) => l.text);
    // an action without a label is named by its place
    expect(v2).toContain('Action 1: 1 execution x 30 s, rounded up to 1 min each = 1 action minute');
    expect(v2).toContain('OK: 1 execution, not charged (manual approval or custom action)');
    expect(priceCodePipelineV1({ activePipelines: '1', inactivePipelines: '1' }, P.codepipeline).lines.map((l) => l.text)).toEqual([
      '1 active V1 pipeline - 1 free = 0 x $1.00 = $0.00',
      '1 V1 pipeline with no new change this month: no charge',
    ]);
  });
});
