/**
 * Results that make the devtools calculator emit each of its line keys at least once (with the
 * examples' lines, test/lib/i18n/lines.test.ts requires every template to be used).
 */
import { priceCodeCommit, priceCodeDeploy, priceCodePipelineV1, priceCodePipelineV2, priceReleaseFlow, type LineItem } from '../../../../src/engine/index.ts';
import { defaultDevToolsPrices, defaultReleaseFlowPrices } from '../../../../src/data/devtools.ts';
import { collectLines } from './collect.ts';

export function devtoolsLines(): LineItem[] {
  const prices = defaultDevToolsPrices();
  return collectLines([
    ...(['ec2', 'lambda', 'ecs', 'on-premises'] as const).flatMap((target) => [1, 12].map((n) => priceCodeDeploy({ target, deployments: String(n), instances: String(n) }, prices.codedeploy))),
    // CodeCommit: service roles, within the free users and allowances, over them, free tier off; one of each and many.
    priceCodeCommit({ activeUsers: '3', serviceRoles: '2', storageGb: '10', gitRequests: '500' }, prices.codecommit),
    priceCodeCommit({ activeUsers: '12', serviceRoles: '1', storageGb: '400', gitRequests: '40000' }, prices.codecommit),
    priceCodeCommit({ activeUsers: '1', storageGb: '1', gitRequests: '1', freeTier: false }, prices.codecommit),
    priceCodeCommit({ activeUsers: '1', serviceRoles: '1', storageGb: '100', gitRequests: '1', freeTier: false }, prices.codecommit),
    // CodePipeline V1 (free pipeline, paid ones, inactive ones) and V2 (free minutes, paid minutes, an approval, an action without a label).
    priceCodePipelineV1({ activePipelines: '1', inactivePipelines: '1' }, prices.codepipeline),
    priceCodePipelineV1({ activePipelines: '4', inactivePipelines: '3', freeTier: false }, prices.codepipeline),
    priceCodePipelineV2({ actions: [{ label: 'Build', kind: 'build', executions: '1', durationSeconds: '30' }, { kind: 'approval', executions: '1', durationSeconds: '600' }] }, prices.codepipeline),
    priceCodePipelineV2({ actions: [{ kind: 'build', executions: '200', durationSeconds: '130' }, { label: 'Approve', kind: 'approval', executions: '20', durationSeconds: '600' }] }, prices.codepipeline),
    // Release flows, named and not, V1 and V2, one commit and many.
    priceReleaseFlow({ label: 'Web', commitsPerMonth: '1', repository: { developers: '2' }, pipeline: { version: 'V1' } }, defaultReleaseFlowPrices()),
    priceReleaseFlow({ commitsPerMonth: '120', repository: { developers: '8', storageGb: '30' }, build: { groups: [{ computeType: 'general1.small', durationSeconds: '300' }] }, deploy: { target: 'on-premises', instances: '3' }, pipeline: { version: 'V2', actions: [{ kind: 'build', durationSeconds: '310' }] } }, defaultReleaseFlowPrices()),
  ]);
}
