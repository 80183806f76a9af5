/**
 * The release flow (src/engine/devtools/release-flow.ts): how each field reaches the service it
 * feeds (labels, builds per commit, overheads, Git requests, deploy target, V2 actions), the line
 * items of the whole flow, the defaults, and every error (code, path, params). Amounts are worked
 * out by hand in the comments (default prices: src/data/devtools.json, src/data/codebuild.json).
 */
import { describe, expect, it } from 'vitest';
import { CODEBUILD_COMPUTE_TYPE_IDS, priceReleaseFlow, type ReleaseFlowInput } from '../../src/engine/index.ts';
import { defaultReleaseFlowPrices } from '../../src/data/devtools.ts';
import { errorOf, lineRows } from './helpers.ts';

const F = defaultReleaseFlowPrices();
const rows = lineRows;
const err = (fn: () => unknown) => {
  const e = errorOf(fn);
  return { code: e.code, path: e.path, params: e.params };
};
const flow = (x: Record<string, unknown>): ReleaseFlowInput => x as unknown as ReleaseFlowInput;

describe('release flow: every field reaches its service', () => {
  it('a labelled flow with builds, on-premises deploys and V2 actions, no free tiers', () => {
    const r = priceReleaseFlow(flow({
      label: ' Nightly ',
      commitsPerMonth: 10,
      repository: { developers: 2, storageGb: '1', gitRequestsPerCommit: 3, otherGitRequests: 5 },
      build: {
        overheadSeconds: 10,
        groups: [
          { label: 'Unit', computeType: 'general1.small', durationSeconds: 55, perCommit: 2 },
          { computeType: 'general1.small', durationSeconds: 55, overheadSeconds: 0 },
        ],
      },
      deploy: { target: 'on-premises', instances: 2 },
      pipeline: { version: 'V2', actions: [{ label: 'Src', kind: 'source', durationSeconds: 5 }, { durationSeconds: 61 }] },
      freeTier: false,
    }), F);
    expect([r.label, r.named, r.commitsPerMonth.toFixed()]).toEqual(['Nightly', true, '10']);
    // CodeBuild: "Unit" 10 x 2 = 20 builds of 55 + 10 (the flow's overhead) = 65 s -> 2 min = 40 min;
    // the second group (no label: named by its type) 10 builds of 55 + 0 (its own overhead) = 55 s -> 1 min = 10 min.
    // 50 min x $0.005 = $0.25 (no free tier)
    const cb = r.codeBuild;
    expect(cb?.groups.map((g) => [g.label, g.buildsPerMonth.toFixed(), g.overheadSeconds.toFixed(), g.billedMinutes.toFixed()])).toEqual([
      ['Unit', '20', '10', '40'],
      ['general1.small', '10', '0', '10'],
    ]);
    expect(cb?.label).toBe('Nightly');
    expect(cb?.total.toFixed()).toBe('0.25');
    // CodeCommit: 2 developers + 2 roles (builds, pipeline) = 4 users x $1.00 = $4.00 (no free tier);
    // Git requests 10 x 3 + 5 = 35, storage 1 GB: within 4 x 2,000 and 4 x 10 GB.
    expect(r.codeCommit.activeUsers.toFixed()).toBe('4');
    expect(r.codeCommit.lines.find((l) => l.key === 'codecommit.requests.included')?.params.requests).toBe('35');
    expect(r.codeCommit.lines.find((l) => l.key === 'codecommit.storage.included')?.params.storage).toBe('1');
    // CodeDeploy: 10 deployments x 2 on-premises instances = 20 updates x $0.02 = $0.40
    expect([r.codeDeploy.target, r.codeDeploy.updates.toFixed(), r.codeDeploy.total.toFixed()]).toEqual(['on-premises', '20', '0.4']);
    // CodePipeline V2: Src (source) 10 x 5 s -> 1 min = 10 min; Action 2 (build) 10 x 61 s -> 2 min = 20 min;
    // 30 min x $0.002 = $0.06 (no free tier)
    const cp = r.codePipeline;
    expect(cp.version).toBe('V2');
    expect(cp.version === 'V2' && cp.actions.map((a) => [a.label, a.kind, a.executions.toFixed(), a.billedMinutes.toFixed()])).toEqual([
      ['Src', 'source', '10', '10'],
      ['Action 2', 'build', '10', '20'],
    ]);
    expect(cp.total.toFixed()).toBe('0.06');
    // 4.00 + 0.25 + 0.40 + 0.06 = $4.71
    expect(Object.fromEntries(Object.entries(r.services).map(([k, v]) => [k, v.toFixed()]))).toEqual({ codecommit: '4', codebuild: '0.25', codedeploy: '0.4', codepipeline: '0.06' });
    expect(r.total.toFixed()).toBe('4.71');
    expect(rows(r.lines).filter((x) => !String(x[0]).startsWith('codebuild.'))).toEqual([
      ['pipeline.commits', '10', 'info', 'commits'],
      ['codecommit.users.withRoles', '4', 'info', 'users'],
      ['codecommit.users.noFreeTier', '4', 'cost', 'USD'],
      ['codecommit.storage.included', '1', 'info', 'GB-month'],
      ['codecommit.requests.included', '35', 'info', 'requests'],
      ['codecommit.total', '4', 'info', 'USD'],
      ['codedeploy.onPremises', '0.4', 'cost', 'USD'],
      ['codepipeline.v2.action', '10', 'info', 'minutes'],
      ['codepipeline.v2.action', '20', 'info', 'minutes'],
      ['codepipeline.v2', '0.06', 'cost', 'USD'],
      ['pipeline.total', '4.71', 'info', 'USD'],
    ]);
    // the build lines sit between CodeCommit's and CodeDeploy's
    const keys = r.lines.map((l) => l.key);
    expect(keys.indexOf('codedeploy.onPremises') - keys.indexOf('codecommit.total') - 1).toBe(cb?.lines.length);
    expect(r.lines[0]?.params).toEqual({ flow: 'Nightly', commits: '10' });
    expect(r.lines.at(-1)?.params).toEqual({ codecommit: '$4.00', codebuild: '$0.25', codedeploy: '$0.40', codepipeline: '$0.06', total: '$4.71' });
  });

  it('an unnamed flow with nothing but commits: one role, EC2, a V1 pipeline, every line a line item', () => {
    for (const extra of [{}, { label: '  ', repository: null, build: null, deploy: null, pipeline: null }, { build: {} }, { build: { groups: [] } }]) {
      const r = priceReleaseFlow(flow({ commitsPerMonth: 4, ...extra }), F);
      expect([r.label, r.named, r.codeBuild]).toEqual(['Release flow', false, null]);
      // 0 developers + 1 role (the pipeline; no builds) = 1 user, free; 4 x 2 = 8 Git requests, included;
      // EC2 deploys are free; one active V1 pipeline, free. Total $0.
      expect(rows(r.lines)).toEqual([
        ['pipeline.commits', '4', 'info', 'commits'],
        ['codecommit.users.withRoles', '1', 'info', 'users'],
        ['codecommit.users', '0', 'cost', 'USD'],
        ['codecommit.storage.included', '0', 'info', 'GB-month'],
        ['codecommit.requests.included', '8', 'info', 'requests'],
        ['codecommit.total', '0', 'info', 'USD'],
        ['codedeploy.free.ec2', '0', 'info', 'USD'],
        ['codepipeline.v1', '0', 'cost', 'USD'],
        ['pipeline.total', '0', 'info', 'USD'],
      ]);
      expect(r.lines[0]?.params).toEqual({ flow: '@msg:pipeline.flowName', commits: '4' });
      expect(r.lines[0]?.text).toBe('Release flow: 4 commits a month, each running the pipeline, its builds and one deployment');
      expect([r.codeDeploy.target, r.codeDeploy.deployments.toFixed()]).toEqual(['ec2', '4']);
    }
  });
});

describe('release flow errors', () => {
  it('the flow, its label and its prices', () => {
    expect(err(() => priceReleaseFlow(5 as never, F))).toEqual({ code: 'invalid_type', path: '', params: { expected: '@msg:error.expected.releaseFlow', got: '@msg:error.got.number' } });
    expect(err(() => priceReleaseFlow(flow({ label: 5, commitsPerMonth: 1 }), F, 'f'))).toEqual({ code: 'invalid_type', path: 'f.label', params: { expected: '@msg:error.expected.text', got: '@msg:error.got.number' } });
    expect(err(() => priceReleaseFlow(flow({ commitsPerMonth: 1 }), 5 as never))).toEqual({ code: 'invalid_type', path: 'prices', params: { expected: '@msg:error.expected.releaseFlowPrices', got: '@msg:error.got.number' } });
    expect(err(() => priceReleaseFlow(flow({ commitsPerMonth: 1 }), { ...F, codecommit: { ...F.codecommit, userMonthly: 'x' } }))).toMatchObject({ code: 'not_a_number', path: 'prices.codecommit.userMonthly' });
    expect(err(() => priceReleaseFlow(flow({ commitsPerMonth: 1, deploy: { target: 'on-premises' } }), { ...F, codedeploy: { onPremisesUpdate: 'x' } }))).toMatchObject({ code: 'not_a_number', path: 'prices.codedeploy.onPremisesUpdate' });
    expect(err(() => priceReleaseFlow(flow({ commitsPerMonth: 1 }), { ...F, codepipeline: { ...F.codepipeline, v1ActivePipeline: 'x' } }))).toMatchObject({ code: 'not_a_number', path: 'prices.codepipeline.v1ActivePipeline' });
  });

  it('the builds and their groups', () => {
    expect(err(() => priceReleaseFlow(flow({ commitsPerMonth: 1, build: 5 }), F))).toEqual({ code: 'invalid_type', path: 'build', params: { expected: '@msg:error.expected.buildsGroups', got: '@msg:error.got.number' } });
    expect(err(() => priceReleaseFlow(flow({ commitsPerMonth: 1, build: { groups: 5 } }), F))).toEqual({ code: 'invalid_type', path: 'build.groups', params: { expected: '@msg:error.expected.listOfBuildGroups', got: '@msg:error.got.number' } });
    const g = { computeType: 'general1.small', durationSeconds: 1 };
    expect(err(() => priceReleaseFlow(flow({ commitsPerMonth: 1, build: { groups: Array.from({ length: 51 }, () => g) } }), F))).toEqual({ code: 'too_large', path: 'build.groups', params: { value: '51', max: '50' } });
    expect(err(() => priceReleaseFlow(flow({ commitsPerMonth: 1, build: { groups: [g, 5] } }), F, 'f'))).toEqual({ code: 'invalid_type', path: 'f.build.groups.1', params: { expected: '@msg:error.expected.buildGroup', got: '@msg:error.got.number' } });
    expect(err(() => priceReleaseFlow(flow({ commitsPerMonth: 1, build: { groups: [{ ...g, label: 5 }] } }), F))).toEqual({ code: 'invalid_type', path: 'build.groups.0.label', params: { expected: '@msg:error.expected.text', got: '@msg:error.got.number' } });
    expect(err(() => priceReleaseFlow(flow({ commitsPerMonth: 1, build: { groups: [{ ...g, perCommit: '1.5' }] } }), F))).toEqual({ code: 'not_integer', path: 'build.groups.0.perCommit', params: { value: '1.5' } });
  });

  it('the compute type is checked first, when the flow is read', () => {
    // perCommit is bad too: the compute type's error comes first
    const bad = (computeType: unknown) => flow({ commitsPerMonth: 1, build: { groups: [{ computeType, durationSeconds: 1, perCommit: '1.5' }] } });
    const path = 'build.groups.0.computeType';
    for (const missing of [undefined, null, '']) {
      expect(err(() => priceReleaseFlow(bad(missing), F))).toEqual({ code: 'required', path, params: {} });
    }
    const allowed = CODEBUILD_COMPUTE_TYPE_IDS.join(', ');
    expect(err(() => priceReleaseFlow(bad('x'.repeat(50)), F))).toEqual({ code: 'unknown_option', path, params: { value: 'x'.repeat(40), allowed } });
    expect(err(() => priceReleaseFlow(bad(7), F))).toEqual({ code: 'unknown_option', path, params: { value: '@msg:error.got.number', allowed } });
  });

  it('the repository, the deployments and the pipeline', () => {
    expect(err(() => priceReleaseFlow(flow({ commitsPerMonth: 1, repository: 5 }), F, 'f'))).toEqual({ code: 'invalid_type', path: 'f.repository', params: { expected: '@msg:error.expected.repository', got: '@msg:error.got.number' } });
    for (const field of ['developers', 'gitRequestsPerCommit', 'otherGitRequests', 'storageGb']) {
      expect(err(() => priceReleaseFlow(flow({ commitsPerMonth: 1, repository: { [field]: 'x' } }), F))).toEqual({ code: 'not_a_number', path: `repository.${field}`, params: { value: 'x' } });
    }
    expect(err(() => priceReleaseFlow(flow({ commitsPerMonth: 1, deploy: 5 }), F))).toEqual({ code: 'invalid_type', path: 'deploy', params: { expected: '@msg:error.expected.deploymentTargetInstances', got: '@msg:error.got.number' } });
    expect(err(() => priceReleaseFlow(flow({ commitsPerMonth: 1, deploy: { instances: 'x' } }), F))).toEqual({ code: 'not_a_number', path: 'deploy.instances', params: { value: 'x' } });
    // the target is checked before the instances
    expect(err(() => priceReleaseFlow(flow({ commitsPerMonth: 1, deploy: { target: 'moon', instances: 'x' } }), F, 'f'))).toEqual({ code: 'unknown_option', path: 'f.deploy.target', params: { value: 'moon', allowed: 'ec2, lambda, ecs, on-premises' } });
    // blank or null fields take their defaults: EC2, 1 instance
    const blank = priceReleaseFlow(flow({ commitsPerMonth: 2, deploy: { target: '', instances: null } }), F);
    expect([blank.codeDeploy.target, blank.codeDeploy.updates.toFixed()]).toEqual(['ec2', '2']);
    expect(err(() => priceReleaseFlow(flow({ commitsPerMonth: 1, pipeline: 5 }), F))).toEqual({ code: 'invalid_type', path: 'pipeline', params: { expected: '@msg:error.expected.pipelineVersionActions', got: '@msg:error.got.number' } });
    const v2 = (actions: unknown) => flow({ commitsPerMonth: 1, pipeline: { version: 'V2', actions } });
    expect(err(() => priceReleaseFlow(v2(5), F))).toEqual({ code: 'invalid_type', path: 'pipeline.actions', params: { expected: '@msg:error.expected.listOfActions', got: '@msg:error.got.number' } });
    expect(err(() => priceReleaseFlow(v2([{ durationSeconds: 1 }, 5]), F))).toEqual({ code: 'invalid_type', path: 'pipeline.actions.1', params: { expected: '@msg:error.expected.pipelineAction', got: '@msg:error.got.number' } });
    expect(err(() => priceReleaseFlow(v2([{ durationSeconds: 'x' }]), F))).toEqual({ code: 'not_a_number', path: 'pipeline.actions.0.durationSeconds', params: { value: 'x' } });
    expect(err(() => priceReleaseFlow(v2([{ label: 5, durationSeconds: 1 }]), F))).toMatchObject({ code: 'invalid_type', path: 'pipeline.actions.0.label' });
    expect(err(() => priceReleaseFlow(v2([{ kind: 'manual', durationSeconds: 1 }]), F))).toMatchObject({ code: 'unknown_option', path: 'pipeline.actions.0.kind' });
  });
});
