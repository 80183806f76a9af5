/**
 * Benchmarks of the CodeBuild engine: an account of several projects with every line item, and the
 * cost curve (which prices every point through the account path). Run:
 * npx vitest bench --run test/bench/codebuild.bench.ts
 */
import { bench, describe } from 'vitest';
import { codeBuildCostCurve, priceCodeBuildAccount, type CodeBuildAccountInput, type CodeBuildGroupInput } from '../../src/engine/index.ts';
import { defaultCodeBuildPrices } from '../../src/data/codebuild.ts';

const P = defaultCodeBuildPrices();
const TYPES = ['general1.small', 'arm1.small', 'general1.medium', 'lambda.arm.1GB', 'lambda.x86-64.1GB'] as const;
const group = (i: number): CodeBuildGroupInput => ({ label: `g${i}`, computeType: TYPES[i % TYPES.length]!, count: 10 + i, per: i % 2 ? 'day' : 'month', durationSeconds: 61 + 7 * i, overheadSeconds: i % 3 ? 15 : 0 });
const account: CodeBuildAccountInput = { freeTier: true, projects: Array.from({ length: 5 }, (_, p) => ({ label: `p${p}`, groups: Array.from({ length: 8 }, (_, i) => group(p * 8 + i)) })) };

describe('CodeBuild', () => {
  bench('priceCodeBuildAccount: 5 projects x 8 groups, free tier on', () => {
    priceCodeBuildAccount(account, P);
  });
  bench('codeBuildCostCurve: 21 points x every priced type', () => {
    codeBuildCostCurve({ durationSeconds: 121, overheadSeconds: 15, maxBuildsPerMonth: 1000, freeTier: true }, P);
  });
});
