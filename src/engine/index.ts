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
export { line, lineMaker, renderLine, type LineItem, type LineKind, type LineMaker, type LineTemplates } from './explain.ts';
export { interpolate, pluralCategory, type TemplateLang } from './template.ts';
export { LINE_CATALOGS, LINE_TEMPLATES } from './lines.ts';
export { WORK_BUDGET, countArchitectureWork, type WorkCount, type WorkLimit } from './limits.ts';
export { validatePriceEntry, priceValue, catalogRecord, loadPriceEntry, type PriceEntry } from './catalog.ts';
export { quote, describe } from './quote.ts';

// QuickSight
export {
  sessionsForVisit,
  quickSightLegacy,
  quickSightPerUser,
  quickSightCapacityMonthly,
  quickSightCapacityAnnual,
  quickSightReaderGroups,
  compareQuickSight,
  quickSightChartData,
  QUICKSIGHT_PRICE_KEYS,
  MAX_READER_GROUPS,
  MAX_ANNUAL_TIERS,
  MAX_CHART_SESSIONS,
  QUICKSIGHT_MODELS,
  type QuickSightNumberInput,
  type QuickSightReaderGroupInput,
  type QuickSightUsageInput,
  type QuickSightAnnualTierPrices,
  type QuickSightPrices,
  type QuickSightPriceKey,
  type QuickSightPriceName,
  type QuickSightModel,
  type QuickSightSubtotals,
  type QuickSightGroupUsage,
  type QuickSightResultBase,
  type QuickSightLegacyGroupCost,
  type QuickSightLegacyResult,
  type QuickSightPerUserResult,
  type QuickSightCapacityMonthlyResult,
  type QuickSightAnnualTierCost,
  type QuickSightCapacityAnnualResult,
  type QuickSightResult,
  type QuickSightBreakEven,
  type QuickSightBreakEvens,
  type QuickSightComparison,
  type QuickSightChartInput,
  type QuickSightChartSeriesKey,
  type QuickSightChartSeries,
  type QuickSightChartData,
} from './quicksight.ts';

// CodeBuild
export {
  isCodeBuildComputeType,
  priceCodeBuildAccount,
  priceCodeBuildProject,
  codeBuildCostCurve,
  CODEBUILD_COMPUTE_TYPES,
  CODEBUILD_COMPUTE_TYPE_IDS,
  type CodeBuildBilling,
  type CodeBuildFreeTierPool,
  type CodeBuildComputeRule,
  type CodeBuildComputeType,
  type CodeBuildNumberInput,
  type CodeBuildGroupInput,
  type CodeBuildProjectInput,
  type CodeBuildAccountInput,
  type CodeBuildPrices,
  type CodeBuildOptions,
  type CodeBuildGroupResult,
  type CodeBuildProjectResult,
  type CodeBuildFreeTierPoolUse,
  type CodeBuildFreeTierSummary,
  type CodeBuildAccountResult,
  type CodeBuildCurveOptions,
  type CodeBuildCurveSeries,
  type CodeBuildCurve,
} from './codebuild.ts';

// EC2 off-hours: schedules and costs
export {
  parseTime,
  parseYearMonth,
  addMonths,
  formatYearMonth,
  validateTimeZone,
  parsePeriods,
  parseSchedule,
  gridToPeriods,
  periodsToGrid,
  localInstant,
  calendarMonth,
  WEEKDAYS,
  SCHEDULE_PRESETS,
  MAX_PERIODS,
  MAX_HOLIDAYS,
  MIN_YEAR,
  MAX_YEAR,
  type Weekday,
  type Period,
  type ScheduleInput,
  type WeeklyRun,
  type WeeklyPattern,
  type Schedule,
  type InstantRun,
  type CalendarMonth,
} from './schedule.ts';
export {
  priceEc2OffHours,
  ec2SavingsChart,
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
} from './ec2.ts';

// Availability, downtime conventions, SLA credits
export {
  evaluateAvailability,
  tryEvaluateAvailability,
  ninesOf,
  MAX_DEPTH,
  MAX_K_OF_N,
  MAX_NODES,
  MAX_REPLICAS,
  parseArchitecture,
  slaCredit,
  validateSlaEntry,
  downtimeShareChart,
  replicasCurve,
  MAX_CURVE_REPLICAS,
  switchingSecondsPerYear,
  type Contribution,
  type NodeResult,
  type SlaUse,
  type Nines,
  type ComponentSpec,
  type FailoverSpec,
  type GroupSpec,
  type KOfNSpec,
  type NodeSpec,
  type SlaCreditResult,
  type SlaCreditStatus,
  type SlaEntry,
  type SlaTier,
  type ReplicasCurve,
  type ReplicasPoint,
  type ShareChart,
  type FailureRate,
  type AvailabilityInput,
  type AvailabilityPaths,
  type AvailabilityResult,
} from './availability.ts';
export {
  resolveConvention,
  conventionAt,
  formatDuration,
  downtimeTable,
  downtimeAllConventions,
  errorBudgetTime,
  errorBudgetRequests,
  CONVENTION_NAMES,
  PERIOD_NAMES,
  type ConventionName,
  type PeriodName,
  type ConventionInput,
  type Convention,
  type DurationParts,
  type FormattedDuration,
  type DurationOptions,
  type DowntimeRow,
  type DowntimeTable,
  type TimeBudget,
  type RequestBudget,
} from './downtime.ts';

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
export { createScenarioEvaluator } from './scenario/evaluator.ts';
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
export { billRuns, billRunSeconds, MAX_RUNS, type Ec2RunsResult, type Ec2BilledRun } from './ec2-runs.ts';
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
