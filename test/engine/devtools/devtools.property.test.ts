import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { priceCodeCommit, priceCodePipelineV2, priceReleaseFlow } from '../../../src/engine/index.ts';
import { defaultDevToolsPrices, defaultReleaseFlowPrices } from '../../../src/data/devtools.ts';

const P = defaultDevToolsPrices();
const F = defaultReleaseFlowPrices();
const RUNS = { numRuns: 150 };
const n = (max: number) => fc.integer({ min: 0, max });

describe('developer tools: laws', () => {
  it('V2 billed minutes are never below the raw minutes, nor more than one minute per execution above', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ executions: n(500), durationSeconds: n(7200) }), { maxLength: 5 }), (actions) => {
        const r = priceCodePipelineV2({ actions }, P.codepipeline);
        const executions = actions.reduce((a, x) => a + x.executions, 0);
        expect(r.billedMinutes.gte(r.rawMinutes)).toBe(true);
        expect(r.billedMinutes.minus(r.rawMinutes).lte(executions)).toBe(true);
      }),
      RUNS,
    );
  });

  it('a free tier never makes a total negative, and never costs more than no free tier', () => {
    fc.assert(
      fc.property(n(50), n(10), n(200), n(50000), (users, roles, gb, req) => {
        const withFree = priceCodeCommit({ activeUsers: users, serviceRoles: roles, storageGb: gb, gitRequests: req }, P.codecommit);
        const without = priceCodeCommit({ activeUsers: users, serviceRoles: roles, storageGb: gb, gitRequests: req, freeTier: false }, P.codecommit);
        expect(withFree.total.isNegative()).toBe(false);
        expect(withFree.total.lte(without.total)).toBe(true);
      }),
      RUNS,
    );
  });

  it('a release flow total is the sum of its services, and more commits never cost less', () => {
    fc.assert(
      fc.property(n(2000), n(100), n(20), n(900), fc.constantFrom('V1' as const, 'V2' as const), fc.boolean(), (commits, more, devs, secs, version, freeTier) => {
        const flow = (c: number) => priceReleaseFlow({
          commitsPerMonth: c,
          repository: { developers: devs },
          build: { groups: [{ computeType: 'general1.small', durationSeconds: secs }] },
          deploy: { target: 'on-premises', instances: 2 },
          pipeline: { version, actions: [{ kind: 'build', durationSeconds: secs }] },
          freeTier,
        }, F);
        const a = flow(commits);
        const s = a.services;
        expect(a.total.eq(s.codecommit.plus(s.codebuild).plus(s.codedeploy).plus(s.codepipeline))).toBe(true);
        expect(flow(commits + more).total.gte(a.total)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('pipeline components in a scenario: laws', () => {
  it('each component is counted once: the total is the sum of the components, and the CodeBuild account bills each build once', async () => {
    const { evaluateScenario } = await import('../../../src/engine/index.ts');
    const { appCatalogs } = await import('../../../src/lib/state/catalogs.ts');
    fc.assert(
      fc.property(n(500), n(500), n(600), fc.boolean(), fc.integer({ min: 1, max: 3 }), (commits, builds, secs, freeTier, flows) => {
        const components = [
          { id: 'cb', type: 'codebuild', project: { groups: [{ computeType: 'general1.small', count: String(builds), per: 'month', durationSeconds: String(secs) }] } },
          ...Array.from({ length: flows }, (_, i) => ({ id: `p${i}`, type: 'pipeline', flow: { commitsPerMonth: commits, repository: { developers: 6 }, build: { groups: [{ computeType: 'general1.small', durationSeconds: secs }] } } })),
        ];
        const r = evaluateScenario({ format: 'nubecalc-scenario', version: 1, settings: { codeBuildFreeTier: freeTier }, components }, appCatalogs);
        const sum = r.components.reduce((a, c) => a.plus(c.monthly), r.monthlyTotal.minus(r.monthlyTotal));
        expect(sum.eq(r.monthlyTotal)).toBe(true);
        // every build minute appears once in the account: the project's plus each flow's
        const minutes = Math.ceil(secs / 60);
        expect(r.codeBuild?.billedMinutes.toFixed()).toBe(String(minutes * (builds + flows * commits)));
        const pipelineBuilds = r.components.reduce((a, c) => (c.type === 'pipeline' ? a.plus(c.flow.services.codebuild) : a), sum.minus(sum));
        const cbComponent = r.components.find((c) => c.type === 'codebuild');
        expect(pipelineBuilds.plus(cbComponent?.monthly ?? 0).eq(r.codeBuild?.total ?? 0)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
