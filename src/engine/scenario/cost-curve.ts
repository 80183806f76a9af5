/**
 * The cost per nine curve: what the scenario costs and how available it is as one node of its
 * architecture gets more copies (a component's `replicas`, or the n of a k-of-n group), every
 * other part unchanged. Each point is a whole evaluation of the scenario, so the monthly cost
 * includes every component and priced node.
 */
import { Dec, parseCount } from '../decimal.ts';
import { EngineError } from '../errors.ts';
import { isRecord } from '../json.ts';
import { createScenarioEvaluator } from './evaluator.ts';
import type { ScenarioCatalogs, ScenarioResult } from './types.ts';

/** One point of the curve. */
export interface CostNinePoint {
  /** The node's copies: replicas, or n of a k-of-n group. */
  readonly copies: number;
  /** The scenario's monthly total with that many copies. */
  readonly monthly: Dec;
  /** The node's own monthly cost with that many copies. */
  readonly nodeMonthly: Dec;
  readonly availability: Dec;
  /** null at 100% (no finite nines). */
  readonly nines: Dec | null;
  /** Extra monthly cost per extra nine against the previous point; null for the first, or when the nines did not grow. */
  readonly perExtraNine: Dec | null;
  /**
   * True when the nines grew by less than {@link MIN_NINES_GAIN} (the precision the app shows):
   * `perExtraNine` is then a huge number that means no measurable gain, not a price.
   */
  readonly tinyGain: boolean;
}

/** What {@link costNineCurve} returns. */
export interface CostNineCurve {
  readonly nodeId: string;
  readonly name: string;
  /** What grows: a component's replicas or a k-of-n group's n. */
  readonly varies: 'replicas' | 'n';
  /** The copies the scenario has now. */
  readonly current: number;
  readonly points: readonly CostNinePoint[];
}

/** Most points on one curve. */
export const MAX_CURVE_POINTS = 12;
/** A gain below a ten-thousandth of a nine is no measurable gain (see CostNinePoint.tinyGain). */
export const MIN_NINES_GAIN = new Dec('0.0001');

/** The node with `id` (an iterative walk), or null. */
function findNode(root: unknown, id: string): Record<string, unknown> | null {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const cur = stack.pop();
    if (!isRecord(cur)) continue;
    if (cur.id === id) return cur;
    // (One push per child: a hostile list could be longer than a call's arguments may be.)
    if (Array.isArray(cur.children)) for (const c of cur.children as unknown[]) stack.push(c);
    stack.push(cur.member, cur.primary, cur.standby);
  }
  return null;
}

/**
 * Evaluate the scenario with 1, 2, ... copies of node `nodeId` (a component: replicas from 1; a
 * k-of-n group: n from k), `points` points in all (at least up to the current copies plus one).
 * `evaluator`: an evaluator from `createScenarioEvaluator(catalogs)` to reuse between calls
 * (optional). Throws {@link EngineError}: `unknown_option` at `nodeId` when no component or k-of-n group has
 * that id, and any error of the scenario itself.
 */
export function costNineCurve(doc: unknown, nodeId: string, catalogs: ScenarioCatalogs, points = 6, evaluator?: (input: unknown) => ScenarioResult): CostNineCurve {
  if (!isRecord(doc)) throw new EngineError('invalid_type', '', { expected: '@msg:error.expected.scenarioObject' });
  const copy = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
  const node = findNode(copy.architecture, nodeId);
  if (node === null || (node.kind !== 'component' && node.kind !== 'k-of-n')) {
    throw new EngineError('unknown_option', 'nodeId', { value: nodeId.slice(0, 100), allowed: '@msg:error.allowed.componentOrKOfNId' });
  }
  const varies = node.kind === 'k-of-n' ? 'n' : 'replicas';
  const original = node[varies];
  // A long-lived evaluator (the app keeps one per curve) re-prices only the components that changed.
  const evaluate = evaluator ?? createScenarioEvaluator(catalogs);
  const now = evaluate(copy);
  const first = varies === 'n' ? countOf(node.k, 1) : 1;
  const current = countOf(varies === 'n' ? node.n : node.replicas, 1);
  const count = Math.min(MAX_CURVE_POINTS, Math.max(points, current - first + 2));
  const out: CostNinePoint[] = [];
  let prev: CostNinePoint | null = null;
  for (let c = first; c < first + count; c++) {
    node[varies] = String(c);
    const r = c === current ? now : evaluate(copy);
    // The node is in the architecture: every evaluation has an availability and the node's cost.
    const av = r.availability!;
    const nines = av.nines;
    let perExtraNine: Dec | null = null;
    let tinyGain = false;
    if (prev !== null && prev.nines !== null && nines !== null && nines.gt(prev.nines)) {
      const gain = nines.minus(prev.nines);
      perExtraNine = r.monthlyTotal.minus(prev.monthly).div(gain);
      tinyGain = gain.lt(MIN_NINES_GAIN);
    }
    const point: CostNinePoint = { copies: c, monthly: r.monthlyTotal, nodeMonthly: r.architectureCost!.byNode.get(nodeId)!, availability: av.availability, nines, perExtraNine, tinyGain };
    out.push(point);
    prev = point;
  }
  if (evaluator !== undefined) {
    // End on the scenario as it is, so the evaluator kept between calls remembers its parts (a fork
    // takes them all from the app's own evaluator: nothing priced again) rather than holding a
    // copy of the last point's architecture results until the next curve.
    // (Undefined when the node had none: every reader takes an undefined field as absent.)
    node[varies] = original;
    evaluator(copy);
  }
  const name = typeof node.name === 'string' && node.name.trim() !== '' ? node.name.slice(0, 200) : nodeId;
  return { nodeId, name, varies, current, points: out };
}

/**
 * A count the evaluation has already accepted (k, n or replicas: a whole number of at least 1, in
 * any form the engine reads, such as "3", " 3 ", "3.0" or "1e1"), or `fallback` when absent.
 */
function countOf(v: unknown, fallback: number): number {
  return v === undefined || v === null ? fallback : parseCount(v, '').toNumber();
}
