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
