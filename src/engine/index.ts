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
export { ERROR_MESSAGES, ERROR_TEMPLATES, errorKey, renderError, type ErrorMessageKey } from './error-templates.ts';
export { ERROR_PHRASES } from './error-phrases.ts';
export { line, lineMaker, renderLine, type LineItem, type LineKind, type LineMaker, type LineTemplates } from './explain.ts';
export { interpolate, pluralCategory, type TemplateLang } from './template.ts';
export { LINE_CATALOGS, LINE_TEMPLATES } from './lines.ts';
export { WORK_BUDGET, countArchitectureWork, type WorkCount, type WorkLimit } from './limits.ts';
export { validatePriceEntry, priceValue, catalogRecord, loadPriceEntry, type PriceEntry } from './catalog.ts';
export { quote, describe, describeRef } from './quote.ts';

// QuickSight
export { compareQuickSight, quickSightLegacy, quickSightPerUser, quickSightCapacityMonthly, quickSightCapacityAnnual, quickSightReaderGroups } from './quicksight/compare.ts';
export { quickSightChartData, MAX_CHART_SESSIONS, type QuickSightChartInput, type QuickSightChartSeriesKey, type QuickSightChartSeries, type QuickSightChartData } from './quicksight/chart.ts';
export { sessionsForVisit, MAX_READER_GROUPS, type QuickSightNumberInput, type QuickSightReaderGroupInput, type QuickSightUsageInput } from './quicksight/usage.ts';
export { QUICKSIGHT_PRICE_KEYS, MAX_ANNUAL_TIERS, type QuickSightAnnualTierPrices, type QuickSightAnnualTierCost, type QuickSightPrices, type QuickSightPriceKey, type QuickSightPriceName } from './quicksight/prices.ts';
export {
  QUICKSIGHT_MODELS,
  type QuickSightModel,
  type QuickSightSubtotals,
  type QuickSightGroupUsage,
  type QuickSightResultBase,
  type QuickSightLegacyGroupCost,
  type QuickSightLegacyResult,
  type QuickSightPerUserResult,
  type QuickSightCapacityMonthlyResult,
  type QuickSightCapacityAnnualResult,
  type QuickSightResult,
  type QuickSightBreakEven,
  type QuickSightBreakEvens,
  type QuickSightComparison,
} from './quicksight/results.ts';

// CodeBuild
export {
  isCodeBuildComputeType,
  CODEBUILD_COMPUTE_TYPES,
  CODEBUILD_COMPUTE_TYPE_IDS,
  type CodeBuildBilling,
  type CodeBuildFreeTierPool,
  type CodeBuildComputeRule,
  type CodeBuildComputeType,
} from './codebuild/compute-types.ts';
export { priceCodeBuildAccount, priceCodeBuildProject } from './codebuild/account.ts';
export { codeBuildCostCurve, niceMaxBuilds, type CodeBuildCurveOptions, type CodeBuildCurveSeries, type CodeBuildCurve } from './codebuild/curve.ts';
export { codeBuildRoundingShares, type CodeBuildRoundingShares } from './codebuild/rounding.ts';
export type {
  CodeBuildNumberInput,
  CodeBuildGroupInput,
  CodeBuildProjectInput,
  CodeBuildAccountInput,
  CodeBuildPrices,
  CodeBuildOptions,
  CodeBuildGroupResult,
  CodeBuildProjectResult,
  CodeBuildFreeTierPoolUse,
  CodeBuildFreeTierSummary,
  CodeBuildAccountResult,
} from './codebuild/types.ts';

// EC2 off-hours: schedules and costs
export { parseTime, parseYearMonth, addMonths, formatYearMonth, MIN_YEAR, MAX_YEAR } from './ec2/schedule-dates.ts';
export { validateTimeZone } from './ec2/time-zone.ts';
export {
  parsePeriods,
  parseSchedule,
  WEEKDAYS,
  SCHEDULE_PRESETS,
  MAX_PERIODS,
  MAX_HOLIDAYS,
  type Weekday,
  type Period,
  type ScheduleInput,
  type WeeklyRun,
  type WeeklyPattern,
  type Schedule,
} from './ec2/schedule-parse.ts';
export { gridToPeriods, periodsToGrid } from './ec2/schedule-grid.ts';
export { localInstant, calendarMonth, type InstantRun, type CalendarMonth } from './ec2/schedule-calendar.ts';
export { priceEc2OffHours } from './ec2/costs.ts';
export { ec2SavingsChart } from './ec2/savings-chart.ts';
export {
  EBS_VOLUME_TYPES,
  type Ec2Billing,
  type Ec2MonthMode,
  type EbsVolumeType,
  type Ec2NumberInput,
  type EbsVolumeInput,
  type Ec2OffHoursInput,
  type Ec2Prices,
  type Ec2CostBreakdown,
  type Ec2MonthInfo,
  type Ec2OffHoursResult,
  type Ec2ChartMonth,
  type Ec2SavingsChart,
} from './ec2/types.ts';

// Availability, downtime conventions, SLA credits
export {
  evaluateAvailability,
  tryEvaluateAvailability,
  type AvailabilityInput,
  type AvailabilityPaths,
  type AvailabilityResult,
} from './availability/availability.ts';
export type { NodeResult, SlaUse } from './availability/evaluate.ts';
export { shareBarPercent, type Contribution } from './availability/weakest-links.ts';
export { ninesOf, toPercentUnits, secondsAs, type Nines } from './availability/format.ts';
export {
  MAX_DEPTH,
  MAX_K_OF_N,
  MAX_NODES,
  MAX_REPLICAS,
  parseArchitecture,
  type ComponentSpec,
  type FailoverSpec,
  type GroupSpec,
  type KOfNSpec,
  type NodeSpec,
} from './availability/tree.ts';
export { slaCredit, validateSlaEntry, type SlaCreditResult, type SlaCreditStatus, type SlaEntry, type SlaTier } from './availability/sla.ts';
export { downtimeShareChart, replicasCurve, MAX_CURVE_REPLICAS, type ReplicasCurve, type ReplicasPoint, type ShareChart } from './availability/charts.ts';
export { switchingSecondsPerYear, type FailureRate } from './availability/switching.ts';
export {
  resolveConvention,
  conventionAt,
  CONVENTION_NAMES,
  PERIOD_NAMES,
  type ConventionName,
  type PeriodName,
  type ConventionInput,
  type Convention,
} from './availability/conventions.ts';
export { formatDuration, type DurationParts, type FormattedDuration, type DurationOptions } from './availability/duration.ts';
export { downtimeTable, downtimeAllConventions, type DowntimeRow, type DowntimeTable } from './availability/downtime.ts';
export { errorBudgetTime, errorBudgetRequests, type TimeBudget, type RequestBudget } from './availability/error-budget.ts';

// Scenarios: the versioned document format and its evaluator
export {
  SCENARIO_FORMAT,
  SCENARIO_VERSION,
  MAX_COMPONENTS,
  type ScenarioSettings,
  type QuickSightComponent,
  type CodeBuildComponent,
  type Ec2Component,
  type PipelineComponent,
  type ScenarioComponent,
  type ScenarioInput,
  type ScenarioCatalogs,
  type YearBasis,
  type QuickSightComponentResult,
  type CodeBuildComponentResult,
  type Ec2ComponentResult,
  type PipelineComponentResult,
  type ComponentResult,
  type ScenarioResult,
} from './scenario/types.ts';
export { evaluateScenario } from './scenario/evaluate.ts';
export { createScenarioEvaluator, type ScenarioEvaluator } from './scenario/evaluator.ts';
export { scenarioCostRows, costBars, type CostRow, type CostBar } from './scenario/cost-rows.ts';
export {
  delta,
  costPerNine,
  costByType,
  costByName,
  SCENARIO_COMPONENT_TYPES,
  type Delta,
  type NinePoint,
  type NineCost,
  type ScenarioComponentType,
} from './scenario/compare.ts';

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
export { billRuns, billRunSeconds, MAX_RUNS, type Ec2RunsResult, type Ec2BilledRun } from './ec2/runs.ts';
// Priced architecture nodes and the format's versions
export {
  priceArchitecture,
  MAX_COST_ITEMS,
  type NodeCostItem,
  type NodeCostSpec,
  type ServicePrice,
  type ServicePrices,
  type LinkableComponent,
  type ArchitectureCost,
} from './scenario/architecture-cost.ts';
export {
  migrateScenario,
  SCENARIO_VERSIONS_READ,
} from './scenario/migrate.ts';
export {
  costNineCurve,
  MAX_CURVE_POINTS,
  MIN_NINES_GAIN,
  type CostNinePoint,
  type CostNineCurve,
} from './scenario/cost-curve.ts';
