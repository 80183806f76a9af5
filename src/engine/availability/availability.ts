/**
 * Composite availability: an architecture tree of components (given as a percent, a fraction,
 * MTBF/MTTR hours, or an AWS SLA) composed in series, parallel, k-of-n and failover groups, with
 * the nines, the downtime under a named convention, the error budget, and each component's share
 * of the downtime. Every step is explained by a line item. Rules: domain.md section 4.
 *
 * The SLA catalog is an argument (`slas`: id -> percent string, e.g. `defaultSlas()` from
 * `src/data/slas.ts`), so a user can override any SLA. An SLA is a contract floor, not a measured
 * availability: results that used one say so (`usesSla`, `slaUses`, and a line item).
 *
 * Precision: values are exact decimals, exact whenever they fit in 60 significant digits and
 * correctly rounded there otherwise. U = 1 - A is carried alongside A and computed without
 * subtraction, so the nines of a near-perfect system keep their digits.
 */
import { type Dec } from '../decimal.ts';
import { EngineError, joinPath, type Result, attempt } from '../errors.ts';
import { describeRef } from '../quote.ts';
import { lineMaker, type LineItem } from '../explain.ts';
import { checkArchitectureWork } from '../limits.ts';
import { conventionAt, type ConventionName } from './conventions.ts';
import { downtimeTable, type DowntimeTable } from './downtime.ts';
import { errorBudgetRequests, type RequestBudget } from './error-budget.ts';
import { evaluateTree, type NodeResult, type SlaUse } from './evaluate.ts';
import type { Contribution } from './weakest-links.ts';
import { ninesOf, serviceRef, showExponent, showFraction, showPercent } from './format.ts';
import { AVAILABILITY_LINES } from './lines.ts';
import { parseArchitecture, type NodeSpec } from './tree.ts';

const line = lineMaker(AVAILABILITY_LINES);

/** The scenario an availability evaluation reads (JSON; decimals as strings). */
export interface AvailabilityInput {
  /** The architecture tree. */
  readonly architecture: NodeSpec;
  /** Downtime convention (default `365-day`). */
  readonly convention?: ConventionName;
  /** The month for the `calendar-month` convention, "YYYY-MM". */
  readonly conventionMonth?: string;
  /** Requests in the period, for an error budget in requests (optional). */
  readonly requests?: string | number;
}

/**
 * Where each input field sits in the caller's JSON, for error paths, when the fields come from
 * different places (a scenario keeps the convention in its settings). Missing entries default to
 * the field's name.
 */
export interface AvailabilityPaths {
  readonly architecture?: string;
  readonly convention?: string;
  readonly conventionMonth?: string;
  readonly requests?: string;
  /** Path of the SLA object (an SLA's errors read "<slas>.<id>"). */
  readonly slas?: string;
}

/** The composite availability and everything derived from it. */
export interface AvailabilityResult {
  /** Composite A in [0, 1], exact decimal. */
  readonly availability: Dec;
  /** Composite U = 1 - A. */
  readonly unavailability: Dec;
  /** A x 100. */
  readonly percent: Dec;
  /** -log10(U); null when the architecture is perfect (A = 1 has no finite nines). */
  readonly nines: Dec | null;
  /** True when A = 1 (e.g. Route 53's 100% SLA alone): "no downtime". */
  readonly perfect: boolean;
  /** Nines as display text ("3", "3.30103", "100% (no downtime)"). */
  readonly ninesText: string;
  /** True when any component's availability came from an SLA: show that an SLA is a floor. */
  readonly usesSla: boolean;
  /** The components that used an SLA. */
  readonly slaUses: readonly SlaUse[];
  /** The root node's result with its children (the tree mirrored). */
  readonly tree: NodeResult;
  /** Every node's result, pre-order. */
  readonly nodes: readonly NodeResult[];
  /** Components (and failover switchovers) ranked by their share of the downtime. */
  readonly contributions: readonly Contribution[];
  /** Downtime per year, quarter, month, week and day (the error budget in time). */
  readonly downtime: DowntimeTable;
  /** Error budget in requests, when `requests` was given. */
  readonly requestBudget: RequestBudget | null;
  /** Every step, in order. */
  readonly lines: readonly LineItem[];
}

/**
 * Evaluate an architecture (`input`, see {@link AvailabilityInput}) with an SLA catalog (`slas`:
 * id -> percent string, parsed only where used). `path` is a base path that every field's path
 * nests under ("architecture.children.0.percent", "slas.<id>"), or an {@link AvailabilityPaths}
 * naming each field's path. Throws only {@link EngineError}: `too_much_work` (src/engine/limits.ts), `too_deep`, `empty_group`,
 * `k_greater_than_n`, `duplicate_id`, `unknown_price` (SLA id not in `slas`), `unknown_option`,
 * `invalid_date`, and the parse errors of each field.
 */
export function evaluateAvailability(input: unknown, slas: unknown = {}, path: string | AvailabilityPaths = ''): AvailabilityResult {
  const [base, given]: [string, AvailabilityPaths] = typeof path === 'string' ? [path, {}] : ['', path];
  const at = (k: keyof AvailabilityPaths): string => given[k] ?? joinPath(base, k);
  if (input === undefined || input === null) throw new EngineError('required', base);
  if (typeof input !== 'object' || Array.isArray(input)) {
    throw new EngineError('invalid_type', base, { expected: '@msg:error.expected.objectWithAnArchitecture', got: describeRef(input) });
  }
  const o = input as Record<string, unknown>;
  checkArchitectureWork(o.architecture, at('architecture'));
  const convention = conventionAt(o.convention, o.conventionMonth, at('convention'), at('conventionMonth'));
  const parsed = parseArchitecture(o.architecture, slas, at('architecture'), given.slas ?? 'slas');
  const requests = o.requests;
  const ev = evaluateTree(parsed);
  const a = ev.root.availability;
  const u = ev.root.unavailability;
  const lines: LineItem[] = [...ev.lines];

  for (const s of ev.slaUses) {
    const params = { id: s.componentId, name: s.name, sla: s.slaId, service: serviceRef(s.slaId), percent: s.percent.toFixed() };
    lines.push(line(s.overridden ? 'availability.sla.floorOverride' : 'availability.sla.floor', s.percent, params, 'info', 'percent'));
  }

  const n = ninesOf(u);
  // A can round to exactly 1 at 60 digits while U is not 0: say so rather than "100%".
  const pct = a.eq(1) && !u.isZero() ? `~100 - ${showExponent(u.times(100))}` : showPercent(a);
  if (n.perfect) {
    lines.push(line('availability.nines.perfect', a, { percent: pct }, 'info', 'nines'));
  } else {
    lines.push(line('availability.nines', n.nines!, { percent: pct, unavailability: showFraction(u), nines: n.text }, 'info', 'nines'));
  }

  const downtime = downtimeTable(u, convention);
  lines.push(...downtime.lines);
  let requestBudget: RequestBudget | null = null;
  if (requests !== undefined && requests !== null && requests !== '') {
    requestBudget = errorBudgetRequests(u, requests, at('requests'));
    lines.push(...requestBudget.lines);
  }
  lines.push(...ev.contributionLines);

  return {
    availability: a,
    unavailability: u,
    percent: a.times(100),
    nines: n.nines,
    perfect: n.perfect,
    ninesText: n.text,
    usesSla: ev.slaUses.length > 0,
    slaUses: ev.slaUses,
    tree: ev.root,
    nodes: ev.nodes,
    contributions: ev.contributions,
    downtime,
    requestBudget,
    lines,
  };
}

/** Safe variant of {@link evaluateAvailability}: the result, or the EngineError it raised. */
export function tryEvaluateAvailability(input: unknown, slas: unknown = {}, path: string | AvailabilityPaths = ''): Result<AvailabilityResult> {
  return attempt(() => evaluateAvailability(input, slas, path));
}
