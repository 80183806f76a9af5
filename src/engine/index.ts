/**
 * nubecalc's calculation engine: the public API.
 *
 * Pure TypeScript on exact decimals (decimal.js through one private clone). Nothing here imports
 * Svelte, Chart.js or the DOM; every function takes its prices (or SLAs) as an argument; every
 * result carries line items with the formula that produced it; invalid input raises one error
 * type, {@link EngineError}, with a stable code and the path of the offending field.
 *
 * See README.md ("The engine") for a worked example per calculator.
 */

// Core: decimals, errors, line items, catalog entries
export {
  Dec,
  parseDecimal,
  parseCount,
  d,
  sum,
  min,
  max,
  ceilWhole,
  floorWhole,
  fixed,
  usd,
  num,
  toChartNumber,
  isDec,
  MAX_INPUT,
  ZERO,
  ONE,
  type DecimalString,
  type ParseOptions,
} from './decimal.ts';
export { EngineError, joinPath, attempt, type ErrorCode, type ErrorParams, type Result } from './errors.ts';
export { line, type LineItem, type LineKind } from './explain.ts';
export { WORK_BUDGET, countArchitectureWork, type WorkCount, type WorkLimit } from './limits.ts';
export { validatePriceEntry, priceValue, type PriceEntry } from './catalog.ts';

// QuickSight
export * from './quicksight.ts';

// CodeBuild
export * from './codebuild.ts';

// EC2 off-hours: schedules and costs
export * from './schedule.ts';
export * from './ec2.ts';

// Availability, downtime conventions, SLA credits
export * from './availability.ts';
export * from './downtime.ts';

// Scenarios: the versioned document format and its evaluator
export * from './scenario.ts';

// Developer tools: CodeCommit, CodeDeploy, CodePipeline and the release flow
export { priceCodeCommit, type CodeCommitInput, type CodeCommitPrices, type CodeCommitResult, type DevToolsNumberInput } from './devtools/codecommit.ts';
export { priceCodeDeploy, CODEDEPLOY_TARGETS, type CodeDeployInput, type CodeDeployPrices, type CodeDeployResult, type CodeDeployTarget } from './devtools/codedeploy.ts';
export {
  priceCodePipelineV1,
  priceCodePipelineV2,
  PIPELINE_ACTION_KINDS,
  MAX_PIPELINE_ACTIONS,
  type CodePipelinePrices,
  type CodePipelineV1Input,
  type CodePipelineV1Result,
  type CodePipelineV2Input,
  type CodePipelineV2Result,
  type PipelineActionInput,
  type PipelineActionKind,
  type PipelineActionResult,
} from './devtools/codepipeline.ts';
export { priceReleaseFlow, type ReleaseFlowInput, type ReleaseFlowPrices, type ReleaseFlowResult, type ReleaseFlowServices, type ReleaseBuildGroupInput, type ReleaseActionInput } from './devtools/release-flow.ts';

// EC2 per-run billing for runs given in seconds
export { billRuns, billRunSeconds, MAX_RUNS, type Ec2RunsResult, type Ec2BilledRun } from './ec2-runs.ts';
// Priced architecture nodes and the format's versions
export * from './architecture-cost.ts';
export * from './scenario-migrate.ts';
export * from './cost-curve.ts';
