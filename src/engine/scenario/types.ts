/**
 * The scenario format and its evaluator.
 *
 * A scenario is plain JSON (decimals as strings) with a format name and version, so the same
 * document serves the app's state, save, share and import. `evaluateScenario` prices every
 * component, composes the availability architecture, and returns totals with line items.
 *
 * Format (version 2; version-1 documents are read through `migrateScenario`):
 * ```json
 * {
 *   "format": "nubecalc-scenario", "version": 2, "name": "Team CI",
 *   "settings": { "convention": "365-day", "codeBuildFreeTier": true, "requestsPerMonth": "1000000" },
 *   "components": [
 *     { "id": "qs", "type": "quicksight", "name": "Sales BI", "model": "legacy",
 *       "usage": { "authorsAnnual": 2, "readerGroups": [{ "readers": "200", "sessionsPerReader": "12" }] } },
 *     { "id": "ci", "type": "codebuild", "project": { "groups": [{ "computeType": "general1.small",
 *       "count": "300", "per": "month", "durationSeconds": "121" }] } },
 *     { "id": "dev", "type": "ec2", "input": { "region": "us-east-1", "instanceType": "t3.medium",
 *       "schedule": { "timeZone": "Europe/Madrid", "periods": [{ "days": ["mon","tue","wed","thu","fri"], "start": "09:00", "end": "17:00" }] } } }
 *   ],
 *   "architecture": { "kind": "series", "id": "root", "children": [ ... ] },
 *   "slaOverrides": { "rds-multi-az": "99.95" }
 * }
 * ```
 * Each component may carry `prices`: overrides merged over the catalog defaults (any subset).
 * A `{ "type": "pipeline", "flow": { "commitsPerMonth": "120", ... } }` component is a release flow
 * (see devtools/release-flow.ts): its builds are priced with the scenario's CodeBuild projects.
 */
import type { Dec } from '../decimal.ts';
import type { LineItem } from '../explain.ts';
import type { QuickSightComparison, QuickSightModel, QuickSightResult } from '../quicksight/results.ts';
import type { QuickSightPrices } from '../quicksight/prices.ts';
import type { QuickSightUsageInput } from '../quicksight/usage.ts';
import type { CodeBuildAccountResult, CodeBuildPrices, CodeBuildProjectInput, CodeBuildProjectResult } from '../codebuild/types.ts';
import type { Ec2OffHoursInput, Ec2OffHoursResult, Ec2Prices } from '../ec2/types.ts';
import type { AvailabilityResult } from '../availability/availability.ts';
import type { NodeSpec } from '../availability/tree.ts';
import type { ConventionName } from '../availability/conventions.ts';
import type { ReleaseFlowInput, ReleaseFlowPrices, ReleaseFlowResult } from '../devtools/release-flow.ts';
import type { CodeCommitPrices } from '../devtools/codecommit.ts';
import type { CodeDeployPrices } from '../devtools/codedeploy.ts';
import type { CodePipelinePrices } from '../devtools/codepipeline.ts';
import { SCENARIO_FORMAT, SCENARIO_VERSION } from '../format.ts';
import type { ArchitectureCost, ServicePrices } from './architecture-cost.ts';

export { SCENARIO_FORMAT, SCENARIO_VERSION };

/** Most components in one scenario. */
export const MAX_COMPONENTS = 500;

/** Scenario-wide settings. */
export interface ScenarioSettings {
  /** Downtime convention (default "365-day"). */
  readonly convention?: ConventionName;
  /** "YYYY-MM" when the convention is "calendar-month". */
  readonly conventionMonth?: string;
  /** Apply CodeBuild's always-free tier once across the scenario's CodeBuild projects (one account). */
  readonly codeBuildFreeTier?: boolean;
  /** Requests per month, for the error budget in requests (optional). */
  readonly requestsPerMonth?: string;
}

interface ComponentBase {
  /** Stable id, unique within the scenario. */
  readonly id: string;
  /** Name shown to the user. */
  readonly name?: string;
}

/** A QuickSight account: usage priced under every model; `model` is the one that counts in the total. */
export interface QuickSightComponent extends ComponentBase {
  readonly type: 'quicksight';
  readonly model: QuickSightModel;
  readonly usage: QuickSightUsageInput;
  readonly prices?: Partial<QuickSightPrices>;
}

/** A CodeBuild project. */
export interface CodeBuildComponent extends ComponentBase {
  readonly type: 'codebuild';
  readonly project: CodeBuildProjectInput;
  readonly prices?: { readonly computeTypes?: Readonly<Record<string, string>>; readonly freeTierMinutes?: string; readonly freeTierLambdaSeconds?: string };
}

/** A group of EC2 instances on a schedule. */
export interface Ec2Component extends ComponentBase {
  readonly type: 'ec2';
  readonly input: Ec2OffHoursInput;
  readonly prices?: Ec2Prices;
}

/**
 * A release flow (CodeCommit -> CodePipeline -> CodeBuild -> CodeDeploy). Its builds join the
 * scenario's CodeBuild account (the CodeBuild free tier applies once, per `codeBuildFreeTier`);
 * the CodeCommit and CodePipeline free tiers (`flow.freeTier`, default on) apply to the first
 * pipeline component only (one account).
 */
export interface PipelineComponent extends ComponentBase {
  readonly type: 'pipeline';
  readonly flow: ReleaseFlowInput;
  readonly prices?: {
    readonly codecommit?: Partial<CodeCommitPrices>;
    readonly codedeploy?: Partial<CodeDeployPrices>;
    readonly codepipeline?: Partial<CodePipelinePrices>;
  };
}

/** Any component of a scenario. */
export type ScenarioComponent = QuickSightComponent | CodeBuildComponent | Ec2Component | PipelineComponent;

/** The whole scenario document (version 2). */
export interface ScenarioInput {
  readonly format: typeof SCENARIO_FORMAT;
  readonly version: typeof SCENARIO_VERSION;
  readonly name?: string;
  readonly settings?: ScenarioSettings;
  readonly components: readonly ScenarioComponent[];
  /** The availability architecture (optional). */
  readonly architecture?: NodeSpec | null;
  /** SLA percents replacing the catalog's, by SLA id. */
  readonly slaOverrides?: Readonly<Record<string, string>>;
}

/** Default prices for every calculator: pass the catalogs' builders' output (see src/data). */
export interface ScenarioCatalogs {
  readonly quicksight: () => QuickSightPrices;
  readonly codebuild: () => CodeBuildPrices;
  readonly ec2: (region: string, instanceType: string) => Ec2Prices;
  readonly slas: () => Record<string, string>;
  /** CodeCommit, CodeDeploy and CodePipeline prices (needed only by pipeline components). */
  readonly devtools?: () => Omit<ReleaseFlowPrices, 'codebuild'>;
  /** Unit prices of the services an architecture node can be priced with (none when absent). */
  readonly services?: () => ServicePrices;
}

interface ResultBase {
  readonly id: string;
  readonly name: string;
  /** Path of the component in the scenario JSON ("components.2"). */
  readonly path: string;
  /** Monthly cost in USD: a 730-hour month, or the chosen calendar month of an EC2 schedule. */
  readonly monthly: Dec;
  /** Cost for a year: 12 x monthly, or for an EC2 calendar month the sum of 12 calendar months from it. */
  readonly annual: Dec;
  /** What `annual` is (see {@link YearBasis}). */
  readonly year: YearBasis;
  readonly lines: readonly LineItem[];
}

/**
 * What a year means for a figure: twelve 730-hour months, or the sum of twelve calendar months
 * from `from` to `to` ("2026-03" to "2027-02") when an EC2 schedule prices a calendar month.
 */
export type YearBasis = { readonly kind: 'twelve-months' } | { readonly kind: 'calendar-months'; readonly from: string; readonly to: string };

export const TWELVE_MONTHS: YearBasis = Object.freeze({ kind: 'twelve-months' });

/** A priced QuickSight component: the chosen model plus the comparison of every model. */
export interface QuickSightComponentResult extends ResultBase {
  readonly type: 'quicksight';
  readonly model: QuickSightModel;
  readonly chosen: QuickSightResult;
  readonly comparison: QuickSightComparison;
}

/** A priced CodeBuild project (free tier applied across the scenario). */
export interface CodeBuildComponentResult extends ResultBase {
  readonly type: 'codebuild';
  readonly project: CodeBuildProjectResult;
}

/** A priced EC2 schedule. */
export interface Ec2ComponentResult extends ResultBase {
  readonly type: 'ec2';
  readonly ec2: Ec2OffHoursResult;
  /** Savings for the year of `year` (12 x the month's, or the 12 calendar months' summed). */
  readonly annualSavings: Dec;
}

/** A priced release flow (its builds priced with the scenario's CodeBuild account). */
export interface PipelineComponentResult extends ResultBase {
  readonly type: 'pipeline';
  readonly flow: ReleaseFlowResult;
}

export type ComponentResult = QuickSightComponentResult | CodeBuildComponentResult | Ec2ComponentResult | PipelineComponentResult;

/** What {@link evaluateScenario} returns. */
export interface ScenarioResult {
  readonly name: string;
  readonly components: readonly ComponentResult[];
  /** The CodeBuild account result (all projects, free tier once), when there are any. */
  readonly codeBuild: CodeBuildAccountResult | null;
  readonly monthlyTotal: Dec;
  /** The components' `annual`, summed (monthlyTotal x 12 unless an EC2 schedule prices a calendar month). */
  readonly annualTotal: Dec;
  /** EC2 savings per month from schedules, summed. */
  readonly monthlySavings: Dec;
  /** EC2 savings for a year (each schedule's year as in its `year`), summed. */
  readonly annualSavings: Dec;
  /** 'calendar-months' when any component's year is a sum of calendar months. */
  readonly year: YearBasis;
  readonly availability: AvailabilityResult | null;
  /**
   * What the architecture costs (null without an architecture): `total` counts every copy of
   * every priced node, `byNode` maps every node id to its cost. `monthlyTotal` = the components
   * not linked to a node + `total`, so a linked component is never counted twice.
   */
  readonly architectureCost: (ArchitectureCost & { readonly linkedTotal: Dec }) | null;
  /** Summary line items (component totals, the monthly and annual totals). */
  readonly lines: readonly LineItem[];
}
