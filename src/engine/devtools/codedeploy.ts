/**
 * AWS CodeDeploy (domain.md section 5): deployments to EC2, Lambda and ECS cost nothing; each
 * on-premises instance updated in a deployment costs `onPremisesUpdate` ($0.02).
 */
import { Dec, num, usd, ZERO, type DecimalString } from '../decimal.ts';
import { lineMaker, type LineItem } from '../explain.ts';
import { DEVTOOLS_LINES } from './lines.ts';
import { asRecord } from '../json.ts';
import { priceTable } from '../price-table.ts';
import { countOr, optionOr } from './shared.ts';
import type { DevToolsNumberInput } from './codecommit.ts';

/** Where CodeDeploy deploys. */
export type CodeDeployTarget = 'ec2' | 'lambda' | 'ecs' | 'on-premises';

/** Every deployment target. */
export const CODEDEPLOY_TARGETS: readonly CodeDeployTarget[] = Object.freeze(['ec2', 'lambda', 'ecs', 'on-premises'] as const);

/** A month of CodeDeploy deployments. */
export interface CodeDeployInput {
  /** Default 'ec2'. */
  readonly target?: CodeDeployTarget;
  /** Deployments in the month. */
  readonly deployments: DevToolsNumberInput;
  /** Instances each deployment updates (on-premises: each one is billed once). Default 1. */
  readonly instances?: DevToolsNumberInput;
}

/** CodeDeploy prices (decimal strings). */
export interface CodeDeployPrices {
  /** USD per on-premises instance update. */
  readonly onPremisesUpdate: DecimalString;
}

/** What {@link priceCodeDeploy} returns. */
export interface CodeDeployResult {
  readonly target: CodeDeployTarget;
  readonly deployments: Dec;
  /** Instance updates in the month (deployments x instances). */
  readonly updates: Dec;
  readonly total: Dec;
  readonly lines: readonly LineItem[];
}

const line = lineMaker(DEVTOOLS_LINES);

/**
 * Price a month of CodeDeploy.
 * @throws EngineError with the path of the bad field
 */
export function priceCodeDeploy(input: CodeDeployInput, prices: CodeDeployPrices, path = '', pricesPath = 'prices'): CodeDeployResult {
  const o = asRecord(input, path, '@msg:error.expected.monthOfCodeDeployDeployments');
  const target = optionOr(o, 'target', path, CODEDEPLOY_TARGETS, 'ec2');
  const deployments = countOr(o, 'deployments', path);
  const instances = countOr(o, 'instances', path, new Dec(1));
  const updates = deployments.times(instances);
  const params = { deployments: num(deployments), instances: num(instances), updates: num(updates) };
  if (target !== 'on-premises') {
    const l = line(`codedeploy.free.${target}`, ZERO, params, 'info');
    return Object.freeze({ target, deployments, updates, total: ZERO, lines: Object.freeze([l]) });
  }
  const price = priceTable(prices, pricesPath, '@msg:error.expected.priceTable').price('onPremisesUpdate');
  const total = updates.times(price);
  const p = { ...params, price: usd(price), amount: usd(total) };
  const l = line('codedeploy.onPremises', total, p);
  return Object.freeze({ target, deployments, updates, total, lines: Object.freeze([l]) });
}
