/**
 * AWS CodeBuild on-demand pricing (domain.md section 2).
 *
 * Builds are described as GROUPS (how many builds of one compute type, how long each), never as a
 * monthly minute total, because AWS rounds EACH build of an EC2-based compute type up to the next
 * whole minute: 300 builds of 121 s bill 900 minutes, not 605. Lambda compute types bill per
 * second with no rounding. The clock also runs during provisioning and queue phases, so a
 * per-build overhead in seconds can be added per project (or per group).
 *
 * The always-free tier (100 build-minutes a month shared by general1.small and arm1.small, and
 * 6,000 build-seconds a month for the two 1 GB Lambda types) belongs to the AWS ACCOUNT, so it is a
 * toggle and is applied once across every project priced together by
 * {@link priceCodeBuildAccount}. How AWS spreads the 100 minutes across two compute types used in
 * the same month is UNCONFIRMED; nubecalc applies each pool to the highest-priced eligible units
 * first (the reading most favourable to the customer), ties in input order. With the default
 * prices the choice moves a month's bill by at most 100 x ($0.005 - $0.0034) = $0.16.
 *
 * Prices are an argument ({@link CodeBuildPrices}); the defaults live in `src/data/codebuild.json`.
 */
import { ceilWhole, d, Dec, floorWhole, isPositive, num, parseCount, parseDecimal, sum, toChartNumber, usd, ZERO, type DecimalString } from './decimal.ts';
import { EngineError, joinPath } from './errors.ts';
import { line, type LineItem } from './explain.ts';
import { asRecord, describe, own, optionalLabel } from './json.ts';

// ------------------------------------------------------------------------------------------------
// Billing rules per compute type
// ------------------------------------------------------------------------------------------------

/** How a compute type's clock is billed: whole minutes per build (EC2) or seconds (Lambda). */
export type CodeBuildBilling = 'minute' | 'second';

/** The free-tier pool a compute type draws from (each is one pool per AWS account). */
export type CodeBuildFreeTierPool = 'ec2-small' | 'lambda-1gb';

/** Billing rule of one compute type: granularity, free-tier pool and operating system. */
export interface CodeBuildComputeRule {
  /** 'minute': each build rounded up to a whole minute; 'second': per second, no rounding. */
  readonly billing: CodeBuildBilling;
  /** The free-tier pool, or null when the type has no free tier. */
  readonly freeTierPool: CodeBuildFreeTierPool | null;
  /** Build environment operating system. */
  readonly os: 'linux' | 'windows';
}

/**
 * Every on-demand compute type nubecalc prices, with its billing rule (domain.md section 2).
 * Windows types are keyed "windows.<type>"; everything else is Linux.
 */
export const CODEBUILD_COMPUTE_TYPES = Object.freeze({
  'general1.small': { billing: 'minute', freeTierPool: 'ec2-small', os: 'linux' },
  'general1.medium': { billing: 'minute', freeTierPool: null, os: 'linux' },
  'general1.large': { billing: 'minute', freeTierPool: null, os: 'linux' },
  'general1.xlarge': { billing: 'minute', freeTierPool: null, os: 'linux' },
  'general1.2xlarge': { billing: 'minute', freeTierPool: null, os: 'linux' },
  'arm1.small': { billing: 'minute', freeTierPool: 'ec2-small', os: 'linux' },
  'arm1.large': { billing: 'minute', freeTierPool: null, os: 'linux' },
  'gpu1.small': { billing: 'minute', freeTierPool: null, os: 'linux' },
  'gpu1.large': { billing: 'minute', freeTierPool: null, os: 'linux' },
  'windows.general1.medium': { billing: 'minute', freeTierPool: null, os: 'windows' },
  'windows.general1.large': { billing: 'minute', freeTierPool: null, os: 'windows' },
  'lambda.arm.1GB': { billing: 'second', freeTierPool: 'lambda-1gb', os: 'linux' },
  'lambda.x86-64.1GB': { billing: 'second', freeTierPool: 'lambda-1gb', os: 'linux' },
} as const satisfies Record<string, CodeBuildComputeRule>);

/** A compute type id, e.g. "general1.small", "windows.general1.large", "lambda.arm.1GB". */
export type CodeBuildComputeType = keyof typeof CODEBUILD_COMPUTE_TYPES;

/** All compute type ids in table order. */
export const CODEBUILD_COMPUTE_TYPE_IDS: readonly CodeBuildComputeType[] = Object.freeze(
  Object.keys(CODEBUILD_COMPUTE_TYPES) as CodeBuildComputeType[],
);

/** True when `id` names a compute type nubecalc knows. */
export function isCodeBuildComputeType(id: unknown): id is CodeBuildComputeType {
  return typeof id === 'string' && Object.prototype.hasOwnProperty.call(CODEBUILD_COMPUTE_TYPES, id);
}

const SIXTY = d(60);
const HOURS_PER_MONTH = d(730);
const HOURS_PER_DAY = d(24);

// ------------------------------------------------------------------------------------------------
// Inputs and prices
// ------------------------------------------------------------------------------------------------

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

// ------------------------------------------------------------------------------------------------
// Results
// ------------------------------------------------------------------------------------------------

/** One priced build group. Minutes are per month; money is USD per month. */
export interface CodeBuildGroupResult {
  /** The group's label, or its compute type when it has none. */
  readonly label: string;
  readonly computeType: CodeBuildComputeType;
  readonly billing: CodeBuildBilling;
  readonly freeTierPool: CodeBuildFreeTierPool | null;
  /** Builds per month (count x 730/24 when given per day; may be fractional). */
  readonly buildsPerMonth: Dec;
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

// ------------------------------------------------------------------------------------------------
// Parsing helpers
// ------------------------------------------------------------------------------------------------

function asArray(value: unknown, path: string, expected: string): readonly unknown[] {
  if (value === undefined) throw new EngineError('required', path);
  if (!Array.isArray(value)) throw new EngineError('invalid_type', path, { expected, got: describe(value) });
  return value;
}

function optionalBoolean(value: unknown, path: string): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw new EngineError('invalid_type', path, { expected: 'true or false', got: describe(value) });
  return value;
}

const ALLOWED_TYPES = CODEBUILD_COMPUTE_TYPE_IDS.join(', ');

function parseComputeType(value: unknown, path: string): CodeBuildComputeType {
  if (value === undefined || value === null || value === '') throw new EngineError('required', path);
  if (typeof value !== 'string') throw new EngineError('invalid_type', path, { expected: 'a compute type name', got: describe(value) });
  if (!isCodeBuildComputeType(value)) {
    throw new EngineError('unknown_option', path, { value: value.slice(0, 40), allowed: ALLOWED_TYPES });
  }
  return value;
}

function parsePer(value: unknown, path: string): 'month' | 'day' {
  if (value === undefined || value === null || value === '') throw new EngineError('required', path);
  if (value === 'month' || value === 'day') return value;
  throw new EngineError('unknown_option', path, { value: String(typeof value === 'string' ? value.slice(0, 40) : describe(value)), allowed: 'month, day' });
}

/** Lazily parsed prices: only what the priced builds use is read (and must be valid). */
class PriceBook {
  private readonly cache = new Map<string, Dec>();
  private readonly table: Record<string, unknown>;
  constructor(
    private readonly prices: Record<string, unknown>,
    private readonly pricesPath: string,
  ) {
    this.table = asRecord(own(prices, 'computeTypes'), joinPath(pricesPath, 'computeTypes'), 'a table of prices by compute type');
  }

  /** Price of a compute type; `usePath` is where the type was asked for (for unknown_price). */
  unitPrice(type: CodeBuildComputeType, usePath: string): Dec {
    const hit = this.cache.get(type);
    if (hit) return hit;
    const raw = own(this.table, type);
    if (raw === undefined || raw === null || raw === '') {
      throw new EngineError('unknown_price', usePath, { value: type, where: 'the CodeBuild price table' });
    }
    const p = parseDecimal(raw, joinPath(this.pricesPath, 'computeTypes', type));
    this.cache.set(type, p);
    return p;
  }

  allowance(field: 'freeTierMinutes' | 'freeTierLambdaSeconds'): Dec {
    const hit = this.cache.get(field);
    if (hit) return hit;
    const p = parseDecimal(own(this.prices, field), joinPath(this.pricesPath, field));
    this.cache.set(field, p);
    return p;
  }
}

// ------------------------------------------------------------------------------------------------
// Core computation
// ------------------------------------------------------------------------------------------------

interface GroupCalc {
  readonly path: string;
  readonly inputLabel: string | undefined;
  readonly computeType: CodeBuildComputeType;
  readonly rule: CodeBuildComputeRule;
  readonly per: 'month' | 'day';
  readonly count: Dec;
  readonly buildsPerMonth: Dec;
  readonly durationSeconds: Dec;
  readonly overheadSeconds: Dec;
  readonly secondsPerBuild: Dec;
  readonly billedMinutesPerBuild: Dec;
  readonly rawMinutes: Dec;
  readonly billedMinutes: Dec;
  readonly billedUnits: Dec;
  readonly unitPrice: Dec;
  readonly grossCost: Dec;
  /** Set by the free-tier allocation. */
  freeUnits: Dec;
}

interface ProjectCalc {
  /** The input label, or "project N" when it has none. */
  readonly label: string;
  /** How the line items name it: project "web" or project 1. */
  readonly display: string;
  readonly groups: GroupCalc[];
}

function calcGroup(raw: unknown, path: string, projectOverhead: Dec, book: PriceBook): GroupCalc {
  const g = asRecord(raw, path, 'a build group');
  const inputLabel = optionalLabel(own(g, 'label'), joinPath(path, 'label'));
  const computeType = parseComputeType(own(g, 'computeType'), joinPath(path, 'computeType'));
  const rule: CodeBuildComputeRule = CODEBUILD_COMPUTE_TYPES[computeType];
  const count = parseCount(own(g, 'count'), joinPath(path, 'count'));
  const per = parsePer(own(g, 'per'), joinPath(path, 'per'));
  const durationSeconds = parseCount(own(g, 'durationSeconds'), joinPath(path, 'durationSeconds'));
  const ownOverhead = own(g, 'overheadSeconds');
  const overheadSeconds = ownOverhead === undefined ? projectOverhead : parseCount(ownOverhead, joinPath(path, 'overheadSeconds'));
  const unitPrice = book.unitPrice(computeType, joinPath(path, 'computeType'));

  // Multiply before dividing, so whole results stay exact (24/day x 730 / 24 = 730 builds).
  const buildsPerMonth = per === 'day' ? count.times(HOURS_PER_MONTH).div(HOURS_PER_DAY) : count;
  const secondsPerBuild = durationSeconds.plus(overheadSeconds);
  const billedSeconds = buildsPerMonth.times(secondsPerBuild);
  let rawMinutes = billedSeconds.div(SIXTY);
  let billedMinutesPerBuild: Dec;
  let billedMinutes: Dec;
  let billedUnits: Dec;
  if (rule.billing === 'minute') {
    billedMinutesPerBuild = ceilWhole(secondsPerBuild.div(SIXTY));
    billedMinutes = buildsPerMonth.times(billedMinutesPerBuild);
    // A whole number of minutes per build: raw IS billed (no last-digit drift between the two).
    if (billedMinutesPerBuild.times(SIXTY).eq(secondsPerBuild)) rawMinutes = billedMinutes;
    billedUnits = billedMinutes;
  } else {
    billedMinutesPerBuild = secondsPerBuild.div(SIXTY);
    billedMinutes = rawMinutes;
    billedUnits = billedSeconds;
  }
  return {
    path,
    inputLabel,
    computeType,
    rule,
    per,
    count,
    buildsPerMonth,
    durationSeconds,
    overheadSeconds,
    secondsPerBuild,
    billedMinutesPerBuild,
    rawMinutes,
    billedMinutes,
    billedUnits,
    unitPrice,
    grossCost: billedUnits.times(unitPrice),
    freeUnits: ZERO,
  };
}

function calcProject(raw: unknown, path: string, index: number, book: PriceBook): ProjectCalc {
  const p = asRecord(raw, path, 'a CodeBuild project');
  const inputLabel = optionalLabel(own(p, 'label'), joinPath(path, 'label'));
  const label = inputLabel ?? `project ${index + 1}`;
  const display = inputLabel === undefined ? label : `project "${inputLabel}"`;
  const ovRaw = own(p, 'overheadSeconds');
  const overhead = ovRaw === undefined ? ZERO : parseCount(ovRaw, joinPath(path, 'overheadSeconds'));
  const groupsPath = joinPath(path, 'groups');
  const groups = asArray(own(p, 'groups'), groupsPath, 'a list of build groups').map((g, i) =>
    calcGroup(g, joinPath(groupsPath, i), overhead, book),
  );
  return { label, display, groups };
}

/**
 * Apply one free-tier pool: highest unit price first (most favourable to the customer), ties in
 * input order (project order, then group order). Returns the units used.
 */
function allocatePool(groups: readonly GroupCalc[], pool: CodeBuildFreeTierPool, allowance: Dec): Dec {
  const eligible = groups
    .map((g, i) => ({ g, i }))
    .filter(({ g }) => g.rule.freeTierPool === pool)
    .sort((a, b) => b.g.unitPrice.comparedTo(a.g.unitPrice) || a.i - b.i);
  let left = allowance;
  for (const { g } of eligible) {
    if (left.lte(0)) break;
    const take = g.billedUnits.lte(left) ? g.billedUnits : left;
    g.freeUnits = take;
    left = left.minus(take);
  }
  return allowance.minus(left);
}

// ------------------------------------------------------------------------------------------------
// Line items
// ------------------------------------------------------------------------------------------------

function groupLines(g: GroupCalc, project: string, out: { roundingMinutes: Dec; roundingCost: Dec; credit: Dec; total: Dec }): LineItem[] {
  // Params are written out key by key (project, label, computeType first): a `{ ...base, ... }`
  // spread followed by more keys is slow in V8. Each value is formatted once.
  const lines: LineItem[] = [];
  const prefix = g.inputLabel ? `${g.inputLabel} (${g.computeType}): ` : `${g.computeType}: `;
  const label = g.inputLabel ?? '';
  const computeType = g.computeType;
  const builds = num(g.buildsPerMonth);
  const price = usd(g.unitPrice, 8);

  if (g.per === 'day') {
    lines.push(
      line(
        'codebuild.group.perDay',
        `${prefix}${num(g.count)} builds/day x 730/24 days = ${builds} builds/month`,
        g.buildsPerMonth,
        { project, label, computeType, count: g.count.toFixed(), days: '730/24', buildsPerMonth: builds },
        'info',
        'builds',
      ),
    );
  }
  const secondsFixed = g.secondsPerBuild.toFixed();
  if (!g.overheadSeconds.isZero()) {
    lines.push(
      line(
        'codebuild.group.overhead',
        `${prefix}each build: ${num(g.durationSeconds)} s + ${num(g.overheadSeconds)} s overhead = ${num(g.secondsPerBuild)} s on the clock`,
        g.secondsPerBuild,
        { project, label, computeType, durationSeconds: g.durationSeconds.toFixed(), overheadSeconds: g.overheadSeconds.toFixed(), seconds: secondsFixed },
        'info',
        'seconds',
      ),
    );
  }
  const cost = usd(g.grossCost, 8);
  let billedMinutesText: string | undefined;
  if (g.rule.billing === 'minute') {
    const rounded = !g.billedMinutesPerBuild.times(SIXTY).eq(g.secondsPerBuild);
    const perBuild = num(g.billedMinutesPerBuild);
    const billed = num(g.billedMinutes);
    billedMinutesText = billed;
    lines.push(
      line(
        rounded ? 'codebuild.group.minutesRounded' : 'codebuild.group.minutes',
        `${prefix}${builds} builds x ${perBuild} min (${num(g.secondsPerBuild)} s${rounded ? ' rounded up' : ''}) = ${billed} billed min x ${price} = ${cost}`,
        g.grossCost,
        { project, label, computeType, builds, seconds: secondsFixed, price, cost, minutesPerBuild: perBuild, billedMinutes: billed },
      ),
    );
  } else {
    const billed = num(g.billedUnits);
    lines.push(
      line(
        'codebuild.group.seconds',
        `${prefix}${builds} builds x ${num(g.secondsPerBuild)} s = ${billed} billed s x ${price} = ${cost} (per-second billing, no rounding)`,
        g.grossCost,
        { project, label, computeType, builds, seconds: secondsFixed, price, cost, billedSeconds: billed },
      ),
    );
  }

  const roundingMinutes = g.billedMinutes.minus(g.rawMinutes);
  const roundingCost = g.rule.billing === 'minute' ? roundingMinutes.times(g.unitPrice) : ZERO;
  if (isPositive(roundingMinutes)) {
    const p = {
      project,
      label,
      computeType,
      billedMinutes: billedMinutesText ?? num(g.billedMinutes),
      rawMinutes: num(g.rawMinutes),
      roundingMinutes: num(roundingMinutes),
      price,
      roundingCost: usd(roundingCost, 8),
    };
    lines.push(
      line(
        'codebuild.group.rounding',
        `${prefix}rounding each build up to whole minutes: ${p.billedMinutes} billed min - ${p.rawMinutes} raw min = ${p.roundingMinutes} min x ${price} = ${p.roundingCost} (part of the cost above)`,
        roundingCost,
        p,
        'info',
      ),
    );
  }

  const credit = g.freeUnits.times(g.unitPrice);
  if (isPositive(g.freeUnits)) {
    const unit = g.rule.billing === 'minute' ? 'min' : 's';
    const p = { project, label, computeType, freeUnits: num(g.freeUnits), unit, price, credit: usd(credit, 8) };
    lines.push(
      line(
        g.rule.billing === 'minute' ? 'codebuild.freeTier.minutes' : 'codebuild.freeTier.seconds',
        `${prefix}free tier: ${p.freeUnits} ${unit} x ${price} = -${p.credit}`,
        credit,
        p,
        'credit',
      ),
    );
  }
  out.roundingMinutes = roundingMinutes;
  out.roundingCost = roundingCost;
  out.credit = credit;
  out.total = g.grossCost.minus(credit);
  return lines;
}

function finishGroup(g: GroupCalc, project: string): CodeBuildGroupResult {
  const out = { roundingMinutes: ZERO, roundingCost: ZERO, credit: ZERO, total: ZERO };
  const lines = groupLines(g, project, out);
  return Object.freeze({
    label: g.inputLabel ?? g.computeType,
    computeType: g.computeType,
    billing: g.rule.billing,
    freeTierPool: g.rule.freeTierPool,
    buildsPerMonth: g.buildsPerMonth,
    secondsPerBuild: g.secondsPerBuild,
    overheadSeconds: g.overheadSeconds,
    billedMinutesPerBuild: g.billedMinutesPerBuild,
    rawMinutes: g.rawMinutes,
    billedMinutes: g.billedMinutes,
    roundingMinutes: out.roundingMinutes,
    roundingCost: out.roundingCost,
    billedUnits: g.billedUnits,
    unit: g.rule.billing,
    unitPrice: g.unitPrice,
    grossCost: g.grossCost,
    freeUnits: g.freeUnits,
    freeTierCredit: out.credit,
    total: out.total,
    lines: Object.freeze(lines),
  });
}

interface Totals {
  rawMinutes: Dec;
  billedMinutes: Dec;
  roundingMinutes: Dec;
  roundingCost: Dec;
  grossCost: Dec;
  freeTierCredit: Dec;
  total: Dec;
}

function totalsOf(items: readonly Totals[]): Totals {
  return {
    rawMinutes: sum(items.map((x) => x.rawMinutes)),
    billedMinutes: sum(items.map((x) => x.billedMinutes)),
    roundingMinutes: sum(items.map((x) => x.roundingMinutes)),
    roundingCost: sum(items.map((x) => x.roundingCost)),
    grossCost: sum(items.map((x) => x.grossCost)),
    freeTierCredit: sum(items.map((x) => x.freeTierCredit)),
    total: sum(items.map((x) => x.total)),
  };
}

function finishProject(p: ProjectCalc): CodeBuildProjectResult {
  const groups = p.groups.map((g) => finishGroup(g, p.label));
  const t = totalsOf(groups);
  const params = {
    project: p.label,
    billedMinutes: num(t.billedMinutes),
    rawMinutes: num(t.rawMinutes),
    grossCost: usd(t.grossCost, 8),
    freeTierCredit: usd(t.freeTierCredit, 8),
    total: usd(t.total, 8),
  };
  const summary = isPositive(t.freeTierCredit)
    ? line(
        'codebuild.project.totalWithFreeTier',
        `${p.display}: ${params.billedMinutes} billed min (${params.rawMinutes} raw min), ${params.grossCost} - ${params.freeTierCredit} free tier = ${params.total}`,
        t.total,
        params,
        'info',
      )
    : line(
        'codebuild.project.total',
        `${p.display}: ${params.billedMinutes} billed min (${params.rawMinutes} raw min) = ${params.total}`,
        t.total,
        params,
        'info',
      );
  const lines = [...groups.flatMap((g) => g.lines), summary];
  return Object.freeze({
    label: p.label,
    groups: Object.freeze(groups),
    rawMinutes: t.rawMinutes,
    billedMinutes: t.billedMinutes,
    roundingMinutes: t.roundingMinutes,
    roundingCost: t.roundingCost,
    grossCost: t.grossCost,
    freeTierCredit: t.freeTierCredit,
    total: t.total,
    lines: Object.freeze(lines),
  });
}

function priceProjects(projects: ProjectCalc[], freeTier: boolean, book: PriceBook): CodeBuildAccountResult {
  const all = projects.flatMap((p) => p.groups);
  let minutes: CodeBuildFreeTierPoolUse = { allowance: ZERO, used: ZERO, credit: ZERO };
  let lambdaSeconds: CodeBuildFreeTierPoolUse = { allowance: ZERO, used: ZERO, credit: ZERO };
  if (freeTier) {
    const minAllowance = book.allowance('freeTierMinutes');
    const secAllowance = book.allowance('freeTierLambdaSeconds');
    const usedMin = allocatePool(all, 'ec2-small', minAllowance);
    const usedSec = allocatePool(all, 'lambda-1gb', secAllowance);
    const creditOf = (pool: CodeBuildFreeTierPool) =>
      sum(all.filter((g) => g.rule.freeTierPool === pool).map((g) => g.freeUnits.times(g.unitPrice)));
    minutes = { allowance: minAllowance, used: usedMin, credit: creditOf('ec2-small') };
    lambdaSeconds = { allowance: secAllowance, used: usedSec, credit: creditOf('lambda-1gb') };
  }
  const results = projects.map(finishProject);
  const t = totalsOf(results);
  const lines: LineItem[] = results.flatMap((r) => r.lines);

  if (isPositive(t.roundingMinutes)) {
    const p = {
      billedMinutes: num(t.billedMinutes),
      rawMinutes: num(t.rawMinutes),
      roundingMinutes: num(t.roundingMinutes),
      roundingCost: usd(t.roundingCost, 8),
    };
    lines.push(
      line(
        'codebuild.rounding.total',
        `rounding each build up to whole minutes: ${p.billedMinutes} billed min - ${p.rawMinutes} raw min = ${p.roundingMinutes} extra min, costing ${p.roundingCost} (before the free tier)`,
        t.roundingCost,
        p,
        'info',
      ),
    );
  }

  if (!freeTier) {
    lines.push(
      line(
        'codebuild.freeTier.off',
        'free tier not applied: it is per AWS account (100 build-minutes on general1.small/arm1.small and 6,000 build-seconds on 1 GB Lambda a month); turn it on if no other project of the account uses it',
        ZERO,
        {},
        'info',
        'USD',
      ),
    );
  } else {
    const hasMin = all.some((g) => g.rule.freeTierPool === 'ec2-small');
    const hasSec = all.some((g) => g.rule.freeTierPool === 'lambda-1gb');
    if (hasMin) {
      const p = { used: num(minutes.used), allowance: num(minutes.allowance), credit: usd(minutes.credit, 8) };
      lines.push(
        line(
          'codebuild.freeTier.poolMinutes',
          `free tier (one pool per account for general1.small and arm1.small): ${p.used} of ${p.allowance} free min used, saving ${p.credit}; applied to the highest-priced minutes first (how AWS splits the pool is unconfirmed)`,
          minutes.used,
          p,
          'info',
          'minutes',
        ),
      );
    }
    if (hasSec) {
      const p = { used: num(lambdaSeconds.used), allowance: num(lambdaSeconds.allowance), credit: usd(lambdaSeconds.credit, 8) };
      lines.push(
        line(
          'codebuild.freeTier.poolSeconds',
          `free tier (one pool per account for the 1 GB Lambda types): ${p.used} of ${p.allowance} free s used, saving ${p.credit}; applied to the highest-priced seconds first`,
          lambdaSeconds.used,
          p,
          'info',
          'seconds',
        ),
      );
    }
    if (!hasMin && !hasSec) {
      lines.push(
        line(
          'codebuild.freeTier.notEligible',
          'free tier: none of these builds use general1.small, arm1.small or a 1 GB Lambda type, so it saves nothing',
          ZERO,
          {},
          'info',
        ),
      );
    }
  }

  const tp = { grossCost: usd(t.grossCost, 8), freeTierCredit: usd(t.freeTierCredit, 8), total: usd(t.total, 8) };
  lines.push(
    isPositive(t.freeTierCredit)
      ? line('codebuild.totalWithFreeTier', `CodeBuild total: ${tp.grossCost} - ${tp.freeTierCredit} free tier = ${tp.total} per month`, t.total, tp, 'info')
      : line('codebuild.total', `CodeBuild total: ${tp.total} per month`, t.total, tp, 'info'),
  );

  return Object.freeze({
    projects: Object.freeze(results),
    rawMinutes: t.rawMinutes,
    billedMinutes: t.billedMinutes,
    roundingMinutes: t.roundingMinutes,
    roundingCost: t.roundingCost,
    grossCost: t.grossCost,
    freeTierCredit: t.freeTierCredit,
    total: t.total,
    freeTier: Object.freeze({ enabled: freeTier, minutes: Object.freeze(minutes), lambdaSeconds: Object.freeze(lambdaSeconds) }),
    lines: Object.freeze(lines),
  });
}

// ------------------------------------------------------------------------------------------------
// Public API
// ------------------------------------------------------------------------------------------------

/**
 * Price several CodeBuild projects of ONE AWS account for a month, applying the free tier once
 * across all of them when `input.freeTier` is true.
 *
 * Rules (domain.md section 2):
 * - EC2-based compute: each build's seconds (duration + overhead) are rounded UP to a whole
 *   minute per build (121 s bills 3 min, 120 s bills 2), then multiplied by the builds.
 * - Lambda compute: per second, no rounding.
 * - 'per day' counts become a month with 730/24 days (AWS Pricing Calculator's 730-hour month);
 *   the resulting builds per month are kept exact (they may be fractional, e.g. 304.1666...).
 * - A group's `overheadSeconds` replaces its project's `overheadSeconds` (default 0).
 * - Free tier (always free, per account): `prices.freeTierMinutes` (100) build-minutes shared by
 *   general1.small and arm1.small, `prices.freeTierLambdaSeconds` (6,000) build-seconds shared by
 *   the 1 GB Lambda types, counted on BILLED (already rounded) units. The split of a pool between
 *   types is UNCONFIRMED at AWS: nubecalc applies it to the highest-priced eligible units first,
 *   ties in project then group order (most favourable to the customer).
 * - The rounding cost shown is the extra billed minutes x price, before the free tier.
 *
 * @param input the account's projects and the free-tier toggle (plain JSON)
 * @param prices price table, e.g. from `defaultCodeBuildPrices()`
 * @param path base path of `input` inside a scenario, used in error paths
 * @throws EngineError (`required`, `invalid_type`, `unknown_option`, `unknown_price`, number codes)
 */
export function priceCodeBuildAccount(input: CodeBuildAccountInput, prices: CodeBuildPrices, path = ''): CodeBuildAccountResult {
  const root = asRecord(input, path, 'a CodeBuild account (projects and a free-tier toggle)');
  const book = new PriceBook(asRecord(prices, 'prices', 'a CodeBuild price table'), 'prices');
  const freeTier = optionalBoolean(own(root, 'freeTier'), joinPath(path, 'freeTier'));
  const projectsPath = joinPath(path, 'projects');
  const projects = asArray(own(root, 'projects'), projectsPath, 'a list of CodeBuild projects').map((p, i) =>
    calcProject(p, joinPath(projectsPath, i), i, book),
  );
  return priceProjects(projects, freeTier, book);
}

/**
 * Price one CodeBuild project (convenience wrapper over {@link priceCodeBuildAccount}): the
 * result is an account result with a single project. Turn `options.freeTier` on only when no
 * other project of the AWS account uses the free tier.
 *
 * @param project the project (plain JSON)
 * @param prices price table, e.g. from `defaultCodeBuildPrices()`
 * @param options `{ freeTier }` (default off)
 * @param path base path of `project` inside a scenario, used in error paths
 */
export function priceCodeBuildProject(
  project: CodeBuildProjectInput,
  prices: CodeBuildPrices,
  options: CodeBuildOptions = {},
  path = '',
): CodeBuildAccountResult {
  const book = new PriceBook(asRecord(prices, 'prices', 'a CodeBuild price table'), 'prices');
  const opts = asRecord(options, 'options', 'options');
  const freeTier = optionalBoolean(own(opts, 'freeTier'), 'options.freeTier');
  return priceProjects([calcProject(project, path, 0, book)], freeTier, book);
}

// ------------------------------------------------------------------------------------------------
// Chart data
// ------------------------------------------------------------------------------------------------

/** Options of {@link codeBuildCostCurve}. */
export interface CodeBuildCurveOptions {
  /** Duration of each build in whole seconds. */
  readonly durationSeconds: CodeBuildNumberInput;
  /** Overhead seconds per build (default 0). */
  readonly overheadSeconds?: CodeBuildNumberInput;
  /** Right end of the x axis, builds per month (whole, >= 1). */
  readonly maxBuildsPerMonth: CodeBuildNumberInput;
  /** Number of x values including 0 and the maximum (2 to 501, default 21). */
  readonly points?: number;
  /** Compute types to plot (default: every type the price table prices). */
  readonly computeTypes?: readonly string[];
  /** Apply the free tier as if this compute type were the account's only use (default false). */
  readonly freeTier?: boolean;
}

/** One compute type's monthly cost at each x value. */
export interface CodeBuildCurveSeries {
  readonly computeType: CodeBuildComputeType;
  readonly billing: CodeBuildBilling;
  /** Monthly USD (chart numbers; the engine's own totals stay exact). */
  readonly cost: readonly number[];
}

/** Chart data: monthly cost vs builds per month, plus raw vs billed minutes. */
export interface CodeBuildCurve {
  /** x values: builds per month. */
  readonly builds: readonly number[];
  /** One series per compute type. */
  readonly series: readonly CodeBuildCurveSeries[];
  /** builds x seconds / 60 at each x. */
  readonly rawMinutes: readonly number[];
  /** builds x whole minutes per build at each x (minute-billed types; Lambda bills the raw minutes). */
  readonly billedMinutes: readonly number[];
  /** Seconds on the clock per build. */
  readonly secondsPerBuild: Dec;
  /** Whole minutes billed per build on minute-billed types. */
  readonly billedMinutesPerBuild: Dec;
}

/**
 * Chart data for "monthly cost vs builds per month" for each compute type at a given build
 * duration, and the raw vs billed minutes that show what per-build rounding costs. Every point
 * is priced by {@link priceCodeBuildProject}, so the chart and the line items always agree.
 * x values are whole builds from 0 to `maxBuildsPerMonth`, evenly spread (rounded down).
 */
export function codeBuildCostCurve(options: CodeBuildCurveOptions, prices: CodeBuildPrices, path = ''): CodeBuildCurve {
  const o = asRecord(options, path, 'chart options');
  const durationSeconds = parseCount(own(o, 'durationSeconds'), joinPath(path, 'durationSeconds'));
  const ovRaw = own(o, 'overheadSeconds');
  const overheadSeconds = ovRaw === undefined ? ZERO : parseCount(ovRaw, joinPath(path, 'overheadSeconds'));
  const maxBuilds = parseCount(own(o, 'maxBuildsPerMonth'), joinPath(path, 'maxBuildsPerMonth'), { positive: true });
  const ptsRaw = own(o, 'points');
  const points = ptsRaw === undefined ? 21 : parseCount(ptsRaw, joinPath(path, 'points'), { min: '2', max: '501' }).toNumber();
  const freeTier = optionalBoolean(own(o, 'freeTier'), joinPath(path, 'freeTier'));
  const priceTable = asRecord(asRecord(prices, 'prices', 'a CodeBuild price table').computeTypes, 'prices.computeTypes', 'a table of prices by compute type');

  const typesRaw = own(o, 'computeTypes');
  let types: CodeBuildComputeType[];
  if (typesRaw === undefined) {
    types = CODEBUILD_COMPUTE_TYPE_IDS.filter((t) => {
      const v = own(priceTable, t);
      return v !== undefined && v !== null && v !== '';
    });
  } else {
    const tp = joinPath(path, 'computeTypes');
    types = asArray(typesRaw, tp, 'a list of compute types').map((t, i) => {
      const type = parseComputeType(t, joinPath(tp, i));
      const v = own(priceTable, type);
      if (v === undefined || v === null || v === '') {
        throw new EngineError('unknown_price', joinPath(tp, i), { value: type, where: 'the CodeBuild price table' });
      }
      return type;
    });
  }

  // x values: whole builds, 0 .. max, at most `points` distinct values.
  const n = maxBuilds.lt(points - 1) ? maxBuilds.toNumber() + 1 : points;
  const xs: Dec[] = [];
  for (let i = 0; i < n; i++) xs.push(floorWhole(maxBuilds.times(i).div(n - 1)));

  const seconds = durationSeconds.plus(overheadSeconds);
  const billedPerBuild = ceilWhole(seconds.div(SIXTY));
  const series = types.map((computeType) => {
    const cost = xs.map((x) => {
      const r = priceCodeBuildProject(
        { groups: [{ computeType, count: x.toFixed(), per: 'month', durationSeconds: durationSeconds.toFixed(), overheadSeconds: overheadSeconds.toFixed() }] },
        prices,
        { freeTier },
      );
      return toChartNumber(r.total);
    });
    return Object.freeze({ computeType, billing: CODEBUILD_COMPUTE_TYPES[computeType].billing, cost: Object.freeze(cost) });
  });

  return Object.freeze({
    builds: Object.freeze(xs.map(toChartNumber)),
    series: Object.freeze(series),
    rawMinutes: Object.freeze(xs.map((x) => toChartNumber(x.times(seconds).div(SIXTY)))),
    billedMinutes: Object.freeze(xs.map((x) => toChartNumber(x.times(billedPerBuild)))),
    secondsPerBuild: seconds,
    billedMinutesPerBuild: billedPerBuild,
  });
}
