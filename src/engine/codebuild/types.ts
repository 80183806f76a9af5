/**
 * What a CodeBuild estimate takes (build groups of projects of one account, and the price table)
 * and what it returns (per group, per project and per account, with their line items).
 */
import type { Dec, DecimalString } from '../decimal.ts';
import type { LineItem } from '../explain.ts';
import type { CodeBuildBilling, CodeBuildComputeType, CodeBuildFreeTierPool } from './compute-types.ts';

/** A count or a number of seconds: a decimal string or a safe integer. */
export type CodeBuildNumberInput = DecimalString | number;

/** A group of identical builds: `count` builds per month (or per day) of one compute type. */
export interface CodeBuildGroupInput {
  /** Optional name shown in the line items, e.g. "PR checks". */
  readonly label?: string;
  /** Compute type id (see {@link CODEBUILD_COMPUTE_TYPES}). */
  readonly computeType: string;
  /** Number of builds per `per` (whole, >= 0). */
  readonly count: CodeBuildNumberInput;
  /** 'month', or 'day' (converted with 730/24 days per month, as AWS's calculator does). */
  readonly per: 'month' | 'day';
  /** Duration of each build in whole seconds (>= 0). */
  readonly durationSeconds: CodeBuildNumberInput;
  /** Provisioning/queue seconds billed per build; replaces the project's value when given. */
  readonly overheadSeconds?: CodeBuildNumberInput;
}

/** One CodeBuild project: its build groups and an optional per-build overhead. */
export interface CodeBuildProjectInput {
  /** Optional name shown in the line items. */
  readonly label?: string;
  /** Whole seconds the clock bills per build before/after the build itself (default 0). */
  readonly overheadSeconds?: CodeBuildNumberInput;
  /** The build groups. */
  readonly groups: readonly CodeBuildGroupInput[];
}

/** Several projects of ONE AWS account, priced together so the free tier is applied once. */
export interface CodeBuildAccountInput {
  /** The account's projects. */
  readonly projects: readonly CodeBuildProjectInput[];
  /** Apply the always-free tier (default false: another project of the account may use it). */
  readonly freeTier?: boolean;
}

/** CodeBuild prices: plain decimal strings, every one overridable. */
export interface CodeBuildPrices {
  /**
   * Price per billed unit, keyed by compute type: USD per build-minute for minute-billed types,
   * USD per build-second for the Lambda types.
   */
  readonly computeTypes: Readonly<Partial<Record<CodeBuildComputeType, DecimalString>>>;
  /** Free build-minutes per month shared by general1.small and arm1.small ("100"). */
  readonly freeTierMinutes: DecimalString;
  /** Free build-seconds per month shared by the 1 GB Lambda types ("6000"). */
  readonly freeTierLambdaSeconds: DecimalString;
}

/** Options of the single-project wrapper {@link priceCodeBuildProject}. */
export interface CodeBuildOptions {
  /** Apply the always-free tier (default false). */
  readonly freeTier?: boolean;
}

/** One priced build group. Minutes are per month; money is USD per month. */
export interface CodeBuildGroupResult {
  /** The group's label, or its compute type when it has none. */
  readonly label: string;
  readonly computeType: CodeBuildComputeType;
  readonly billing: CodeBuildBilling;
  readonly freeTierPool: CodeBuildFreeTierPool | null;
  /** Builds per month (count x 730/24 when given per day; may be fractional). */
  readonly buildsPerMonth: Dec;
  /** Duration of each build in seconds, without the overhead. */
  readonly durationSeconds: Dec;
  /** Seconds on the clock per build: duration + overhead. */
  readonly secondsPerBuild: Dec;
  /** Overhead seconds per build that were applied. */
  readonly overheadSeconds: Dec;
  /** Billed minutes per build: whole minutes rounded up (minute billing) or seconds / 60. */
  readonly billedMinutesPerBuild: Dec;
  /** builds x seconds / 60: what the clock ran. */
  readonly rawMinutes: Dec;
  /** What AWS bills, in minutes (equal to rawMinutes for per-second types). */
  readonly billedMinutes: Dec;
  /** billedMinutes - rawMinutes. */
  readonly roundingMinutes: Dec;
  /** roundingMinutes x price: what the per-build rounding costs (before the free tier). */
  readonly roundingCost: Dec;
  /** Billed quantity in the price's unit: minutes or seconds. */
  readonly billedUnits: Dec;
  /** Unit of billedUnits, freeUnits and unitPrice. */
  readonly unit: 'minute' | 'second';
  /** USD per unit. */
  readonly unitPrice: Dec;
  /** billedUnits x unitPrice. */
  readonly grossCost: Dec;
  /** Units of this group covered by the free tier. */
  readonly freeUnits: Dec;
  /** freeUnits x unitPrice. */
  readonly freeTierCredit: Dec;
  /** grossCost - freeTierCredit (never negative). */
  readonly total: Dec;
  readonly lines: readonly LineItem[];
}

/** One priced project (its share of the free tier included). */
export interface CodeBuildProjectResult {
  readonly label: string;
  readonly groups: readonly CodeBuildGroupResult[];
  /** Builds per month of all its groups. */
  readonly buildsPerMonth: Dec;
  readonly rawMinutes: Dec;
  readonly billedMinutes: Dec;
  readonly roundingMinutes: Dec;
  readonly roundingCost: Dec;
  readonly grossCost: Dec;
  readonly freeTierCredit: Dec;
  /** Monthly USD after the free tier. */
  readonly total: Dec;
  readonly lines: readonly LineItem[];
}

/** Use of one free-tier pool. */
export interface CodeBuildFreeTierPoolUse {
  /** Allowance per month (minutes or seconds); zero when the free tier is off. */
  readonly allowance: Dec;
  /** Units of the allowance consumed. */
  readonly used: Dec;
  /** USD saved. */
  readonly credit: Dec;
}

/** How the free tier was applied across the account. */
export interface CodeBuildFreeTierSummary {
  readonly enabled: boolean;
  /** general1.small + arm1.small pool, in build-minutes. */
  readonly minutes: CodeBuildFreeTierPoolUse;
  /** 1 GB Lambda pool, in build-seconds. */
  readonly lambdaSeconds: CodeBuildFreeTierPoolUse;
}

/** A priced account (or a single project through {@link priceCodeBuildProject}). */
export interface CodeBuildAccountResult {
  readonly projects: readonly CodeBuildProjectResult[];
  readonly rawMinutes: Dec;
  readonly billedMinutes: Dec;
  readonly roundingMinutes: Dec;
  readonly roundingCost: Dec;
  readonly grossCost: Dec;
  readonly freeTierCredit: Dec;
  readonly freeTier: CodeBuildFreeTierSummary;
  /** Monthly USD after the free tier. */
  readonly total: Dec;
  /** Every project's lines, then the account's rounding, free-tier and total lines. */
  readonly lines: readonly LineItem[];
}
