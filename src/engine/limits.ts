/**
 * The work budget: how much computation one scenario may ask for, checked BEFORE anything is
 * evaluated, so a hostile or mistaken document is refused in a few milliseconds instead of
 * freezing the page (2,499 k-of-n groups of 10,000 members each fit in a 28 KB link and take
 * minutes to evaluate).
 *
 * | limit            | what is counted                                                   | at most |
 * |------------------|-------------------------------------------------------------------|---------|
 * | `nodes`          | nodes of the architecture tree (a k-of-n member counts once)      |   5,000 |
 * | `replicaMembers` | the copies every component stands for: its `replicas` (default 1), summed over the tree | 50,000 |
 * | `kOfNMembers`    | the members of every k-of-n group (`n`), summed over the tree      |  20,000 |
 * | `chartPoints`    | the points one chart may ask for (x values of a curve): each chart function's own maximum is at most this (QuickSight 10,000 sessions, CodeBuild 501 points, replicas 100, EC2 120 months; a test checks it) | 10,000 |
 *
 * Measured on a 2-core machine (one evaluation): a k-of-n member costs about 40 us, a replica
 * about 10 us, a tree node about 0.2 ms, so a scenario at every limit at once evaluates in about
 * 2 seconds: the app evaluates untrusted scenarios in a Web Worker with a time-out, and its own
 * scenarios are far below these figures. Each limit alone is at or above what one field already
 * accepts (MAX_NODES, MAX_K_OF_N, MAX_CHART_SESSIONS), so no single valid group is refused; only
 * their sum is bounded.
 *
 * Too much work throws `EngineError('too_much_work', path, { limit, value, max })`, where `limit`
 * names the row above (`nodes` is enforced by the tree parser, `too_large`, before any evaluation).
 */
import { EngineError } from './errors.ts';

export const WORK_BUDGET = Object.freeze({
  nodes: 5000,
  replicaMembers: 50_000,
  kOfNMembers: 20_000,
  chartPoints: 10_000,
});

export type WorkLimit = keyof typeof WORK_BUDGET;

/** What a scenario's architecture asks for, counted on the raw JSON (never throws). */
export interface WorkCount {
  readonly nodes: number;
  readonly replicaMembers: number;
  readonly kOfNMembers: number;
}

/**
 * A count field as a number for budgeting: any number JavaScript reads in it ("10000", "1e4",
 * "1.0E+4"), else `fallback` (such a value is refused by the parser anyway).
 */
function countOf(value: unknown, fallback: number): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  return Number.isFinite(n) && n >= 0 ? n : fallback;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function ownValue(o: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined;
}

/**
 * Count the work in an architecture tree given as untrusted JSON. Iterative; it stops after
 * `WORK_BUDGET.nodes + 1` nodes (the tree parser reports a tree that large or deep on its own).
 */
export function countArchitectureWork(root: unknown): WorkCount {
  let nodes = 0;
  let replicaMembers = 0;
  let kOfNMembers = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0 && nodes <= WORK_BUDGET.nodes) {
    const n = stack.pop();
    if (!isObject(n)) continue;
    nodes++;
    const kind = ownValue(n, 'kind');
    if (kind === 'component') {
      replicaMembers += countOf(ownValue(n, 'replicas'), 1);
    } else if (kind === 'k-of-n') {
      const members = countOf(ownValue(n, 'n'), 0);
      kOfNMembers += members;
      const member = ownValue(n, 'member');
      // The n members are copies of one component: its replicas count n times.
      if (isObject(member)) replicaMembers += members * countOf(ownValue(member, 'replicas'), 1);
    } else if (kind === 'failover') {
      stack.push(ownValue(n, 'primary'), ownValue(n, 'standby'));
    } else {
      const children = ownValue(n, 'children');
      if (Array.isArray(children)) for (let i = children.length - 1; i >= 0 && stack.length <= WORK_BUDGET.nodes; i--) stack.push(children[i]);
    }
  }
  return { nodes, replicaMembers, kOfNMembers };
}

/** Throw `too_much_work` at `path` when an architecture asks for more than the budget. */
export function checkArchitectureWork(root: unknown, path: string): void {
  const w = countArchitectureWork(root);
  for (const limit of ['kOfNMembers', 'replicaMembers'] as const) {
    if (w[limit] > WORK_BUDGET[limit]) throw new EngineError('too_much_work', path, { limit, value: String(w[limit]), max: String(WORK_BUDGET[limit]) });
  }
}
