/**
 * Results that make the devtools calculator emit each of its line keys at least once (with the
 * examples' lines, test/lib/i18n/lines.test.ts requires every template to be used).
 */
import { priceCodeDeploy, type LineItem } from '../../../../src/engine/index.ts';
import { defaultDevToolsPrices } from '../../../../src/data/devtools.ts';
import { collectLines } from './collect.ts';

export function devtoolsLines(): LineItem[] {
  const prices = defaultDevToolsPrices();
  return collectLines([
    ...(['ec2', 'lambda', 'ecs', 'on-premises'] as const).flatMap((target) => [1, 12].map((n) => priceCodeDeploy({ target, deployments: String(n), instances: String(n) }, prices.codedeploy))),
  ]);
}
