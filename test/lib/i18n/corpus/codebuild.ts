/**
 * Results that make the codebuild calculator emit each of its line keys at least once (with the
 * examples' lines, test/lib/i18n/lines.test.ts requires every template to be used).
 */
import { priceCodeBuildAccount, priceCodeBuildProject, type CodeBuildAccountInput, type LineItem } from '../../../../src/engine/index.ts';
import { defaultCodeBuildPrices } from '../../../../src/data/codebuild.ts';
import { collectLines } from './collect.ts';

const accounts: CodeBuildAccountInput[] = [
  // Free tier pooled across two projects: per day, overhead, rounding, both pools, Lambda compute.
  {
    freeTier: true,
    projects: [
      { label: 'web', overheadSeconds: '15', groups: [{ label: 'PR', computeType: 'general1.small', count: '10', per: 'day', durationSeconds: '121' }, { computeType: 'general1.medium', count: '5', per: 'month', durationSeconds: '120' }, { computeType: 'arm1.small', count: '1', per: 'month', durationSeconds: '60' }] },
      { groups: [{ computeType: 'lambda.arm.1GB', count: '100', per: 'month', durationSeconds: '45' }, { label: 'nightly', computeType: 'lambda.x86-64.1GB', count: '1', per: 'day', durationSeconds: '1200' }] },
    ],
  },
  // Free tier off (another project of the account uses it).
  { freeTier: false, projects: [{ groups: [{ computeType: 'arm1.small', count: '1', per: 'month', durationSeconds: '61' }, { computeType: 'windows.general1.large', count: '1000', per: 'month', durationSeconds: '3600' }] }] },
  // Free tier on, nothing eligible.
  { freeTier: true, projects: [{ groups: [{ computeType: 'gpu1.large', count: '1', per: 'month', durationSeconds: '60' }] }] },
];

export function codebuildLines(): LineItem[] {
  const prices = defaultCodeBuildPrices();
  return collectLines([
    ...accounts.map((a) => priceCodeBuildAccount(a, prices)),
    priceCodeBuildProject({ label: 'api', groups: [{ computeType: 'general1.small', count: 1, per: 'month', durationSeconds: 30 }] }, prices, { freeTier: true }),
  ]);
}
