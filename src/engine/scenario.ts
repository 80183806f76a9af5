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
import { Dec, isPositive, num, sum, usd, ZERO } from './decimal.ts';
import { EngineError, joinPath } from './errors.ts';
import { line, type LineItem } from './explain.ts';
import { isRecord, own, quote } from './json.ts';
import { compareQuickSight } from './quicksight/compare.ts';
import type { QuickSightPrices } from './quicksight/prices.ts';
import { QUICKSIGHT_MODELS, type QuickSightComparison, type QuickSightModel, type QuickSightResult } from './quicksight/results.ts';
import type { QuickSightUsageInput } from './quicksight/usage.ts';
import { priceCodeBuildAccount } from './codebuild/account.ts';
import type { CodeBuildAccountResult, CodeBuildPrices, CodeBuildProjectInput, CodeBuildProjectResult } from './codebuild/types.ts';
import { priceEc2OffHours } from './ec2/costs.ts';
import { ec2SavingsChart } from './ec2/savings-chart.ts';
import type { Ec2OffHoursInput, Ec2OffHoursResult, Ec2Prices } from './ec2/types.ts';
import { evaluateAvailability, type AvailabilityResult } from './availability/availability.ts';
import type { NodeSpec } from './availability/tree.ts';
import type { ConventionName } from './availability/conventions.ts';
import { finishReleaseFlow, parseReleaseFlow, type ParsedReleaseFlow, type ReleaseFlowInput, type ReleaseFlowPrices, type ReleaseFlowResult } from './devtools/release-flow.ts';
import type { CodeCommitPrices } from './devtools/codecommit.ts';
import type { CodeDeployPrices } from './devtools/codedeploy.ts';
import type { CodePipelinePrices } from './devtools/codepipeline.ts';

import { SCENARIO_FORMAT, SCENARIO_VERSION } from './format.ts';
import { checkArchitectureWork } from './limits.ts';
import { migrateScenario } from './scenario-migrate.ts';
import { priceArchitecture, type ArchitectureCost, type LinkableComponent, type ServicePrices } from './architecture-cost.ts';

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

const TWELVE_MONTHS: YearBasis = Object.freeze({ kind: 'twelve-months' });

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

/** Merge price overrides over defaults, one level of nested objects deep (computeTypes, ebsGbMonth). */
function mergePrices<T extends object>(defaults: T, overrides: unknown, path: string): T {
  if (overrides === undefined || overrides === null) return defaults;
  if (!isRecord(overrides)) throw new EngineError('invalid_type', path, { expected: 'an object of prices' });
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const k of Object.keys(overrides)) {
    if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
    const v = overrides[k];
    const base = own(out, k);
    if (isRecord(v) && isRecord(base)) out[k] = { ...base, ...Object.fromEntries(Object.entries(v).filter(([kk]) => kk !== '__proto__')) };
    else if (v !== undefined) out[k] = v;
  }
  return out as T;
}

function str(v: unknown, path: string, fallback: string): string {
  if (v === undefined) return fallback;
  if (typeof v !== 'string') throw new EngineError('invalid_type', path, { expected: 'text' });
  return v.slice(0, 200);
}

/**
 * Remembers each part's result between evaluations of the same scenario, keyed by the part's
 * JSON (and its position, which appears in error paths and results). Results are immutable, so
 * reuse changes nothing but the time taken; entries not used by the latest evaluation are dropped,
 * so memory follows the scenario's size.
 */
class Memo {
  private prev = new Map<string, unknown>();
  private next = new Map<string, unknown>();

  /**
   * `keep` false: a one-off evaluation, where nothing is remembered between calls and no key is
   * worked out, except for {@link Memo.shared} parts (reused within the evaluation).
   */
  constructor(private readonly keep = true) {}

  get<T>(keyOf: () => string, compute: () => T): T {
    if (!this.keep) return compute();
    let key: string;
    try {
      key = keyOf();
    } catch {
      // JSON.stringify of hostile input (a tree thousands of levels deep: RangeError) cannot be a
      // key: evaluate without the cache, so the part reports its own EngineError (too_deep).
      return compute();
    }
    return this.lookup(key, compute);
  }

  /**
   * A part whose result depends on its JSON alone (not on its position): identical parts share one
   * result, within an evaluation too, and keep it when they move.
   */
  shared<T>(key: string | undefined, compute: () => T): T {
    return key === undefined ? compute() : this.lookup(key, compute);
  }

  private lookup<T>(key: string, compute: () => T): T {
    if (this.next.has(key)) return this.next.get(key) as T;
    const value = this.prev.has(key) ? (this.prev.get(key) as T) : compute();
    this.next.set(key, value);
    return value;
  }

  end(): void {
    this.prev = this.next;
    this.next = new Map();
  }
}

function keyOf(...parts: unknown[]): string {
  return JSON.stringify(parts);
}

/**
 * {@link keyOf} for parts shared by content: undefined (no sharing) unless the parts are plain
 * JSON, where equal text means equal input (no NaN or Infinity, which JSON writes as null, no
 * toJSON, functions, symbols, bigints or cycles).
 */
function contentKey(...parts: unknown[]): string | undefined {
  let plain = true;
  try {
    const key = JSON.stringify(parts, function (this: Record<string, unknown>, k: string, v: unknown) {
      const raw = this[k];
      if (typeof raw === 'number' ? !Number.isFinite(raw) : typeof raw === 'function' || typeof raw === 'symbol' || typeof raw === 'bigint') plain = false;
      else if (raw !== null && typeof raw === 'object' && typeof (raw as { toJSON?: unknown }).toJSON === 'function') plain = false;
      return plain ? v : null;
    });
    return plain ? key : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Evaluate a whole scenario. Throws {@link EngineError} (only) for invalid input, with the path
 * of the offending field inside the scenario JSON.
 */
export function evaluateScenario(input: unknown, catalogs: ScenarioCatalogs): ScenarioResult {
  return evaluateWith(input, catalogs, new Memo(false));
}

/**
 * An evaluator for a scenario that is edited and re-evaluated many times (the app calls it on
 * every keystroke): the same results as {@link evaluateScenario}, but a component whose JSON did
 * not change since the previous call is not priced again. The catalogs must not change between
 * calls (make a new evaluator when they do).
 */
export function createScenarioEvaluator(catalogs: ScenarioCatalogs): (input: unknown) => ScenarioResult {
  const memo = new Memo();
  return (input) => {
    try {
      return evaluateWith(input, catalogs, memo);
    } finally {
      memo.end();
    }
  };
}

function evaluateWith(raw: unknown, catalogs: ScenarioCatalogs, memo: Memo): ScenarioResult {
  if (!isRecord(raw)) throw new EngineError('invalid_type', '', { expected: 'a scenario object' });
  const input = migrateScenario(raw) as Record<string, unknown>;
  const format = own(input, 'format');
  if (format !== SCENARIO_FORMAT) throw new EngineError('invalid_type', 'format', { expected: `"${SCENARIO_FORMAT}"` });
  const version = own(input, 'version');
  if (version !== SCENARIO_VERSION) {
    throw new EngineError('unknown_version', 'version', { value: quote(version, 20), supported: String(SCENARIO_VERSION) });
  }
  // The work budget first: a scenario that asks for too much is refused before anything is priced.
  checkArchitectureWork(own(input, 'architecture'), 'architecture');
  const name = str(own(input, 'name'), 'name', 'Scenario');
  const settingsRaw = own(input, 'settings') ?? {};
  if (!isRecord(settingsRaw)) throw new EngineError('invalid_type', 'settings', { expected: 'an object' });
  const freeTier = own(settingsRaw, 'codeBuildFreeTier');
  if (freeTier !== undefined && typeof freeTier !== 'boolean') throw new EngineError('invalid_type', 'settings.codeBuildFreeTier', { expected: 'true or false' });

  const comps = own(input, 'components');
  if (!Array.isArray(comps)) throw new EngineError('invalid_type', 'components', { expected: 'a list of components' });
  if (comps.length > MAX_COMPONENTS) throw new EngineError('too_large', 'components', { value: String(comps.length), max: String(MAX_COMPONENTS) });

  const ids = new Set<string>();
  const results: (ComponentResult | null)[] = [];
  const cbProjects: { index: number; project: unknown; field?: string }[] = [];
  const flows: { index: number; id: string; name: string; parsed: ParsedReleaseFlow; project: number | null; first: boolean }[] = [];
  let cbPrices: CodeBuildPrices | null = null;

  comps.forEach((c: unknown, i) => {
    const path = joinPath('components', i);
    if (!isRecord(c)) throw new EngineError('invalid_type', path, { expected: 'a component object' });
    const id = own(c, 'id');
    if (typeof id !== 'string' || id === '' || id.length > 100) throw new EngineError('invalid_type', joinPath(path, 'id'), { expected: 'a non-empty id' });
    if (ids.has(id)) throw new EngineError('duplicate_id', joinPath(path, 'id'), { value: id });
    ids.add(id);
    const type = own(c, 'type');
    const cname = str(own(c, 'name'), joinPath(path, 'name'), '');
    if (type === 'quicksight') {
      const model = own(c, 'model') ?? 'legacy';
      if (typeof model !== 'string' || !(QUICKSIGHT_MODELS as readonly string[]).includes(model)) {
        throw new EngineError('unknown_option', joinPath(path, 'model'), { value: quote(model), allowed: QUICKSIGHT_MODELS.join(', ') });
      }
      const comparison = memo.get(() => keyOf('qs', i, own(c, 'usage'), own(c, 'prices')), () => {
        const prices = mergePrices(catalogs.quicksight(), own(c, 'prices'), joinPath(path, 'prices'));
        const usage = own(c, 'usage') ?? {};
        return compareQuickSight(usage as QuickSightUsageInput, prices, joinPath(path, 'usage'), joinPath(path, 'prices'));
      });
      const outcome = comparison[model as QuickSightModel];
      // The chosen model's own error (e.g. contact sales above the largest tier) is the component's error.
      if (!outcome.ok) throw outcome.error;
      const chosen: QuickSightResult = outcome.value;
      results.push({ type: 'quicksight', id, name: cname || 'QuickSight', path, monthly: chosen.total, annual: chosen.total.times(12), year: TWELVE_MONTHS, lines: chosen.lines, model: model as QuickSightModel, chosen, comparison });
    } else if (type === 'codebuild') {
      const prices = mergePrices(catalogs.codebuild(), own(c, 'prices'), joinPath(path, 'prices'));
      // One account: the scenario's projects share one price table (the first project's overrides
      // apply to all; each project's own overrides are merged in order).
      cbPrices = cbPrices === null ? prices : mergePrices(cbPrices, own(c, 'prices'), joinPath(path, 'prices'));
      cbProjects.push({ index: i, project: own(c, 'project') });
      results.push(null);
    } else if (type === 'ec2') {
      const ec2Input = own(c, 'input');
      if (!isRecord(ec2Input)) throw new EngineError('invalid_type', joinPath(path, 'input'), { expected: 'an EC2 input object' });
      const region = typeof ec2Input.region === 'string' ? ec2Input.region : 'us-east-1';
      const itype = typeof ec2Input.instanceType === 'string' ? ec2Input.instanceType : '';
      // An EC2 result does not depend on the component's position (only errors name it, and an
      // error is never remembered), so identical EC2 components are priced once.
      const ec2 = memo.shared(contentKey('ec2', ec2Input, own(c, 'prices')), () => {
        const prices = mergePrices(catalogs.ec2(region, itype), own(c, 'prices'), joinPath(path, 'prices'));
        return priceEc2OffHours(ec2Input as unknown as Ec2OffHoursInput, prices, joinPath(path, 'input'));
      });
      // A calendar month's year is the sum of the 12 calendar months from it (DST and month lengths
      // differ), not 12 x that month.
      const year = ec2.month.mode !== 'calendar' ? null : memo.shared(contentKey('ec2-year', ec2Input, own(c, 'prices')), () => {
        const prices = mergePrices(catalogs.ec2(region, itype), own(c, 'prices'), joinPath(path, 'prices'));
        const chart = ec2SavingsChart(ec2Input as unknown as Ec2OffHoursInput, prices, joinPath(path, 'input'), 12);
        const first = chart.months[0]?.label ?? '';
        const last = chart.months[chart.months.length - 1]?.label ?? '';
        return { total: sum(chart.months.map((m) => m.scheduled)), savings: chart.totalSavings, basis: Object.freeze({ kind: 'calendar-months', from: first, to: last }) as YearBasis };
      });
      results.push({ type: 'ec2', id, name: cname || 'EC2', path, monthly: ec2.total, annual: year ? year.total : ec2.total.times(12), year: year ? year.basis : TWELVE_MONTHS, annualSavings: year ? year.savings : ec2.savings.times(12), lines: ec2.lines, ec2 });
    } else if (type === 'pipeline') {
      const first = flows.length === 0;
      const raw = own(c, 'flow');
      const parsed = parseReleaseFlow(first || !isRecord(raw) ? raw : { ...raw, freeTier: false }, joinPath(path, 'flow'));
      let project: number | null = null;
      if (parsed.buildProject !== null) {
        cbPrices ??= catalogs.codebuild();
        project = cbProjects.length;
        cbProjects.push({ index: i, project: parsed.buildProject, field: 'flow.build' });
      }
      flows.push({ index: i, id, name: cname || parsed.label, parsed, project, first });
      results.push(null);
    } else {
      throw new EngineError('unknown_option', joinPath(path, 'type'), { value: quote(type), allowed: 'quicksight, codebuild, ec2, pipeline' });
    }
  });

  let codeBuild: CodeBuildAccountResult | null = null;
  if (cbProjects.length > 0 && cbPrices !== null) {
    // Price all projects as one account so the free tier applies once. Paths point at each component.
    const projects = cbProjects.map(({ index, project }) => {
      if (!isRecord(project)) throw new EngineError('invalid_type', joinPath('components', index, 'project'), { expected: 'a CodeBuild project object' });
      return project as unknown as CodeBuildProjectInput;
    });
    const prices: CodeBuildPrices = cbPrices;
    codeBuild = memo.get(() => keyOf('cb', cbProjects, prices, freeTier === true), () =>
      priceCodeBuildAccountAt(projects, prices, freeTier === true, cbProjects.map((p) => p.index), cbProjects.map((p) => p.field ?? 'project')),
    );
    cbProjects.forEach(({ index, field }, j) => {
      if (field !== undefined) return;
      const c = comps[index] as Record<string, unknown>;
      const project = codeBuild?.projects[j];
      if (!project) return;
      const cname = typeof c.name === 'string' ? c.name.slice(0, 200) : '';
      results[index] = { type: 'codebuild', id: c.id as string, name: cname || 'CodeBuild', path: joinPath('components', index), monthly: project.total, annual: project.total.times(12), year: TWELVE_MONTHS, lines: project.lines, project };
    });
  }

  for (const f of flows) {
    const path = joinPath('components', f.index);
    const c = comps[f.index] as Record<string, unknown>;
    // Cheap to price, and it depends on the account's CodeBuild result: not remembered.
    const flow = priceFlowAt(f.parsed, f.project === null ? null : (codeBuild?.projects[f.project] ?? null), catalogs, own(c, 'prices'), path, f.first, freeTier === true);
    results[f.index] = { type: 'pipeline', id: f.id, name: f.name, path, monthly: flow.total, annual: flow.total.times(12), year: TWELVE_MONTHS, lines: flow.lines, flow };
  }

  const components = results.filter((r): r is ComponentResult => r !== null);

  const arch = own(input, 'architecture');
  let availability: AvailabilityResult | null = null;
  let architectureCost: ScenarioResult['architectureCost'] = null;
  if (arch !== undefined && arch !== null) {
    const slas = mergePrices(catalogs.slas(), own(input, 'slaOverrides'), 'slaOverrides');
    availability = memo.get(() => keyOf('av', arch, slas, own(settingsRaw, 'convention'), own(settingsRaw, 'conventionMonth'), own(settingsRaw, 'requestsPerMonth')), () =>
      evaluateAvailability(
        {
          architecture: arch,
          convention: own(settingsRaw, 'convention') ?? '365-day',
          conventionMonth: own(settingsRaw, 'conventionMonth'),
          requests: own(settingsRaw, 'requestsPerMonth'),
        },
        slas,
        { architecture: 'architecture', convention: 'settings.convention', conventionMonth: 'settings.conventionMonth', requests: 'settings.requestsPerMonth', slas: 'slaOverrides' },
      ),
    );
    const linkable = new Map<string, LinkableComponent>(components.map((r) => [r.id, { name: r.name, monthly: r.monthly }]));
    const services = catalogs.services ? catalogs.services() : {};
    const priced = priceArchitecture(arch, services, linkable, 'architecture');
    const linkedTotal = sum(components.filter((r) => priced.linkedComponents.has(r.id)).map((r) => r.monthly));
    architectureCost = { ...priced, linkedTotal };
  }
  const linkedIds = architectureCost?.linkedComponents ?? new Map<string, string>();

  // A component linked to a node is counted through the architecture (once), not in the sum of components.
  const unlinked = components.filter((r) => !linkedIds.has(r.id));
  const archTotal = architectureCost?.total ?? ZERO;
  const monthlyTotal = sum(unlinked.map((r) => r.monthly)).plus(archTotal);
  const annualTotal = sum(unlinked.map((r) => r.annual)).plus(archTotal.times(12));
  const monthlySavings = sum(components.map((r) => (r.type === 'ec2' ? r.ec2.savings : ZERO)));
  const annualSavings = sum(components.map((r) => (r.type === 'ec2' ? r.annualSavings : ZERO)));
  const year = components.find((r) => r.year.kind === 'calendar-months')?.year ?? TWELVE_MONTHS;

  // Each amount is formatted once, for the text and the params that quote it.
  const amounts = components.map((r) => usd(r.monthly, 2));
  const lines: LineItem[] = components.map((r, j) => {
    const amount = amounts[j] as string;
    const node = linkedIds.get(r.id);
    if (node !== undefined) {
      return line('scenario.componentLinked', `${r.name}: ${amount} per month, counted through the architecture node "${node}"`, r.monthly, { name: r.name, amount, node }, 'info');
    }
    return line('scenario.component', `${r.name}: ${amount} per month`, r.monthly, { name: r.name, amount });
  });
  if (codeBuild && freeTier === true && isPositive(codeBuild.freeTierCredit)) {
    const credit = usd(codeBuild.freeTierCredit);
    lines.push(line('scenario.codebuildFreeTier', `CodeBuild free tier applied once across ${cbProjects.length} ${cbProjects.length === 1 ? 'project' : 'projects'}: -${credit} (included above)`, codeBuild.freeTierCredit, { projects: String(cbProjects.length), credit }, 'info'));
  }
  const partList = components.flatMap((r, j) => (linkedIds.has(r.id) ? [] : [amounts[j] as string]));
  if (architectureCost !== null && !architectureCost.total.isZero()) {
    const amount = usd(archTotal, 2);
    lines.push(line('scenario.architecture', `Priced architecture nodes: ${amount} per month`, archTotal, { amount }));
    partList.push(amount);
  }
  const parts = partList.join(' + ') || '$0.00';
  const total = usd(monthlyTotal, 2);
  lines.push(line('scenario.monthly', `Monthly total: ${parts} = ${total}`, monthlyTotal, { parts, total }, 'info'));
  const monthly = usd(monthlyTotal);
  const annual = usd(annualTotal, 2);
  if (year.kind === 'twelve-months') {
    lines.push(line('scenario.annual', `Annual total: ${monthly} x 12 months = ${annual}`, annualTotal, { monthly, annual }, 'info'));
  } else {
    // Each component's year: 12 x its month, or its 12 calendar months summed.
    const yearList = unlinked.map((r) => (r.year.kind === 'calendar-months' ? `${usd(r.annual, 2)} (${r.name}, ${r.year.from} - ${r.year.to})` : `${usd(r.annual, 2)} (${r.name}, 12 x ${usd(r.monthly, 2)})`));
    if (architectureCost !== null && !archTotal.isZero()) yearList.push(`${usd(archTotal.times(12), 2)} (architecture, 12 x ${usd(archTotal, 2)})`);
    const yearParts = yearList.join(' + ');
    lines.push(line('scenario.annual.calendar', `Annual total, 12 calendar months from ${year.from} to ${year.to}: ${yearParts} = ${annual}`, annualTotal, { from: year.from, to: year.to, parts: yearParts, annual }, 'info'));
  }

  if (isPositive(monthlySavings)) {
    const perMonth = usd(monthlySavings, 2);
    const perYear = usd(annualSavings, 2);
    if (year.kind === 'twelve-months') {
      lines.push(line('scenario.savings', `Schedules save ${perMonth} per month (${perYear} per year)`, monthlySavings, { monthly: perMonth, annual: perYear, months: num(new Dec(12)) }, 'info'));
    } else {
      lines.push(line('scenario.savings.calendar', `Schedules save ${perMonth} in ${year.from} (${perYear} over the 12 calendar months from ${year.from} to ${year.to})`, monthlySavings, { monthly: perMonth, annual: perYear, from: year.from, to: year.to }, 'info'));
    }
  }

  return { name, components, codeBuild, monthlyTotal, annualTotal, monthlySavings, annualSavings, year, availability, architectureCost, lines };
}

/** Price a pipeline component's release flow around its builds (priced with the account). */
function priceFlowAt(parsed: ParsedReleaseFlow, build: CodeBuildProjectResult | null, catalogs: ScenarioCatalogs, overrides: unknown, path: string, first: boolean, codeBuildFreeTier: boolean): ReleaseFlowResult {
  if (catalogs.devtools === undefined) throw new EngineError('unknown_price', path, { value: 'CodeCommit, CodeDeploy and CodePipeline' });
  const prices = mergePrices(catalogs.devtools(), overrides, joinPath(path, 'prices'));
  const notes: LineItem[] = [];
  if (!first) notes.push(line('pipeline.freeTierUsed', 'CodeCommit and CodePipeline free tiers: already used by the first pipeline of this account', ZERO, {}, 'info'));
  if (build !== null) {
    notes.push(codeBuildFreeTier
      ? line('pipeline.codebuildAccount', 'CodeBuild: these builds share the account free tier with the scenario\'s other CodeBuild projects', ZERO, {}, 'info')
      : line('pipeline.codebuildNoFreeTier', 'CodeBuild: free tier off for this scenario (turn it on in the scenario settings)', ZERO, {}, 'info'));
  }
  return finishReleaseFlow(parsed, build, { ...prices, codebuild: {} as CodeBuildPrices }, joinPath(path, 'prices'), notes);
}

/** Price CodeBuild projects as one account, re-pointing error paths at each component. */
function priceCodeBuildAccountAt(projects: CodeBuildProjectInput[], prices: CodeBuildPrices, freeTier: boolean, indices: number[], fields: string[] = []): CodeBuildAccountResult {
  try {
    return priceCodeBuildAccount({ projects, freeTier }, prices, '');
  } catch (e) {
    if (e instanceof EngineError) {
      // "projects.J.rest" -> "components.I.project.rest"
      const m = /^projects\.(\d+)(\.(.*))?$/.exec(e.path);
      if (m) {
        const idx = indices[Number(m[1])];
        if (idx !== undefined) throw new EngineError(e.code, joinPath('components', idx, ...(fields[Number(m[1])] ?? 'project').split('.'), m[3] ?? ''), e.params);
      }
      const p = /^prices(\.(.*))?$/.exec(e.path);
      if (p && indices[0] !== undefined) throw new EngineError(e.code, joinPath('components', indices[0], 'prices', p[2] ?? ''), e.params);
    }
    throw e;
  }
}

