/**
 * AWS CodePipeline (domain.md section 5).
 *
 * - V1: `v1ActivePipeline` ($1.00) per active pipeline a month (it has existed more than 30
 *   days and a change ran through it in the month; not prorated); pipelines with no new change
 *   are free; the free tier gives `v1FreePipelines` (1) active pipeline a month.
 * - V2: `v2ActionMinute` ($0.002) per action execution minute, each action execution rounded UP
 *   to a whole minute; manual approvals and custom actions are not charged; the free tier gives
 *   `v2FreeMinutes` (100) minutes a month, shared by all V2 pipelines of the account.
 */
import { ceilWhole, d, Dec, isPositive, max, min, num, sum, usd, ZERO, type DecimalString } from '../decimal.ts';
import { joinPath } from '../errors.ts';
import { lineMaker, type LineItem } from '../explain.ts';
import { DEVTOOLS_LINES } from './lines.ts';
import { asRecord, optionalLabel, own } from '../json.ts';
import { priceTable } from '../price-table.ts';
import { countOr, decimalOr, flagOr, listAt, optionOr } from './shared.ts';
import type { DevToolsNumberInput } from './codecommit.ts';

/** Kinds of pipeline action; 'approval' (manual) and 'custom' are not charged under V2. */
export type PipelineActionKind = 'source' | 'build' | 'test' | 'deploy' | 'invoke' | 'approval' | 'custom';

/** Every action kind. */
export const PIPELINE_ACTION_KINDS: readonly PipelineActionKind[] = Object.freeze(['source', 'build', 'test', 'deploy', 'invoke', 'approval', 'custom'] as const);

const FREE_KINDS: ReadonlySet<string> = new Set(['approval', 'custom']);

/** A month of V1 pipelines. */
export interface CodePipelineV1Input {
  /** Pipelines through which at least one change ran in the month. */
  readonly activePipelines: DevToolsNumberInput;
  /** Pipelines with no new change in the month (free; shown for completeness). Default 0. */
  readonly inactivePipelines?: DevToolsNumberInput;
  /** Apply the free tier (default true). */
  readonly freeTier?: boolean;
}

/** One kind of action execution in a month of V2 pipelines. */
export interface PipelineActionInput {
  readonly label?: string;
  /** Default 'build'. */
  readonly kind?: PipelineActionKind;
  /** Executions in the month. */
  readonly executions: DevToolsNumberInput;
  /** Seconds each execution takes (decimal). */
  readonly durationSeconds: DevToolsNumberInput;
}

/** A month of V2 pipelines. */
export interface CodePipelineV2Input {
  readonly actions: readonly PipelineActionInput[];
  /** Apply the free tier (default true). */
  readonly freeTier?: boolean;
}

/** CodePipeline prices and allowances (decimal strings). */
export interface CodePipelinePrices {
  readonly v1ActivePipeline: DecimalString;
  readonly v1FreePipelines: DecimalString;
  readonly v2ActionMinute: DecimalString;
  readonly v2FreeMinutes: DecimalString;
}

/** What {@link priceCodePipelineV1} returns. */
export interface CodePipelineV1Result {
  readonly version: 'V1';
  readonly activePipelines: Dec;
  readonly paidPipelines: Dec;
  readonly total: Dec;
  readonly lines: readonly LineItem[];
}

/** One action's minutes under V2. */
export interface PipelineActionResult {
  readonly label: string;
  readonly kind: PipelineActionKind;
  readonly charged: boolean;
  readonly executions: Dec;
  /** Raw minutes (seconds / 60 x executions). */
  readonly rawMinutes: Dec;
  /** ceil(seconds / 60) x executions (0 when not charged). */
  readonly billedMinutes: Dec;
}

/** What {@link priceCodePipelineV2} returns. */
export interface CodePipelineV2Result {
  readonly version: 'V2';
  readonly actions: readonly PipelineActionResult[];
  readonly rawMinutes: Dec;
  readonly billedMinutes: Dec;
  readonly freeMinutes: Dec;
  readonly paidMinutes: Dec;
  readonly total: Dec;
  readonly lines: readonly LineItem[];
}

const SIXTY = d(60);
const line = lineMaker(DEVTOOLS_LINES);

/**
 * Price a month of CodePipeline V1 pipelines.
 * @throws EngineError with the path of the bad field
 */
export function priceCodePipelineV1(input: CodePipelineV1Input, prices: CodePipelinePrices, path = '', pricesPath = 'prices'): CodePipelineV1Result {
  const o = asRecord(input, path, '@msg:error.expected.monthOfV1Pipelines');
  const active = countOr(o, 'activePipelines', path);
  const inactive = countOr(o, 'inactivePipelines', path);
  const freeTier = flagOr(o, 'freeTier', path, true);
  const table = priceTable(prices, pricesPath, '@msg:error.expected.priceTable');
  const free = freeTier ? min(active, table.price('v1FreePipelines')) : ZERO;
  const paid = active.minus(free);
  const price = table.price('v1ActivePipeline');
  const total = paid.times(price);
  const params = { active: num(active), free: num(free), paid: num(paid), price: usd(price), amount: usd(total) };
  const lines: LineItem[] = [
    line('codepipeline.v1', total, params),
  ];
  if (isPositive(inactive)) {
    lines.push(line('codepipeline.v1.inactive', inactive, { inactive: num(inactive) }, 'info', 'pipelines'));
  }
  return Object.freeze({ version: 'V1', activePipelines: active, paidPipelines: paid, total, lines: Object.freeze(lines) });
}

/** A V2 action as billed (internal). */
export interface BilledAction extends PipelineActionResult {
  readonly seconds: Dec;
  readonly minutesEach: Dec;
  /** False when the action has no label of its own: its lines call it "Action <number>" in the page language. */
  readonly named: boolean;
  readonly number: number;
}

/** Parse and bill one V2 action (internal; also used by the release flow). */
export function billAction(a: unknown, path: string, index: number): BilledAction {
  const o = asRecord(a, path, '@msg:error.expected.pipelineAction');
  const given = optionalLabel(own(o, 'label'), joinPath(path, 'label'), 80);
  const label = given ?? `Action ${index + 1}`;
  const kind = optionOr(o, 'kind', path, PIPELINE_ACTION_KINDS, 'build');
  const executions = countOr(o, 'executions', path);
  const seconds = decimalOr(o, 'durationSeconds', path);
  const charged = !FREE_KINDS.has(kind);
  const minutesEach = charged ? ceilWhole(seconds.div(SIXTY)) : ZERO;
  return { label, named: given !== undefined, number: index + 1, kind, charged, executions, seconds, minutesEach, rawMinutes: seconds.div(SIXTY).times(executions), billedMinutes: minutesEach.times(executions) };
}

/** The V2 lines and totals for billed actions (internal; also used by the release flow). */
export function priceV2Actions(actions: readonly BilledAction[], freeTier: boolean, prices: CodePipelinePrices, pricesPath: string): CodePipelineV2Result {
  const lines: LineItem[] = [];
  for (const a of actions) {
    const p = { action: a.named ? a.label : '@msg:codepipeline.actionNumber', number: String(a.number), executions: num(a.executions), seconds: num(a.seconds), minutesEach: num(a.minutesEach), minutes: num(a.billedMinutes) };
    lines.push(a.charged
      ? line('codepipeline.v2.action', a.billedMinutes, p, 'info', 'minutes')
      : line('codepipeline.v2.actionFree', ZERO, p, 'info', 'minutes'));
  }
  const rawMinutes = sum(actions.filter((a) => a.charged).map((a) => a.rawMinutes));
  const billedMinutes = sum(actions.map((a) => a.billedMinutes));
  const table = priceTable(prices, pricesPath, '@msg:error.expected.priceTable');
  const freeMinutes = freeTier ? min(billedMinutes, table.price('v2FreeMinutes')) : ZERO;
  const paidMinutes = max(ZERO, billedMinutes.minus(freeMinutes));
  const price = table.price('v2ActionMinute');
  const total = paidMinutes.times(price);
  const tp = { minutes: num(billedMinutes), free: num(freeMinutes), paid: num(paidMinutes), price: usd(price), amount: usd(total) };
  lines.push(line('codepipeline.v2', total, tp));
  return Object.freeze({
    version: 'V2',
    actions: Object.freeze(actions.map((a) => Object.freeze({ label: a.label, kind: a.kind, charged: a.charged, executions: a.executions, rawMinutes: a.rawMinutes, billedMinutes: a.billedMinutes }))),
    rawMinutes,
    billedMinutes,
    freeMinutes,
    paidMinutes,
    total,
    lines: Object.freeze(lines),
  });
}

/** Most actions in one V2 input. */
export const MAX_PIPELINE_ACTIONS = 100;

/**
 * Price a month of CodePipeline V2 action executions.
 * @throws EngineError with the path of the bad field
 */
export function priceCodePipelineV2(input: CodePipelineV2Input, prices: CodePipelinePrices, path = '', pricesPath = 'prices'): CodePipelineV2Result {
  const o = asRecord(input, path, '@msg:error.expected.monthOfV2PipelineActions');
  const freeTier = flagOr(o, 'freeTier', path, true);
  const list = listAt(own(o, 'actions'), joinPath(path, 'actions'), '@msg:error.expected.listOfActions', MAX_PIPELINE_ACTIONS);
  const actions = list.map((a, i) => billAction(a, joinPath(path, 'actions', i), i));
  return priceV2Actions(actions, freeTier, prices, pricesPath);
}
