/**
 * The figures a tree row and a diagram block show beside the availability: the node's share of
 * the downtime (a component's own share; a failover's switchover share) and, once nodes are
 * priced, its monthly cost. Reads the scenario result defensively: `architectureCost` arrives
 * with priced nodes and may be absent.
 */
import type { Dec, AvailabilityResult } from '../../../engine/index.ts';

export interface NodeShare {
  /** Fraction of the downtime in [0, 1]. */
  readonly share: Dec;
  /** 1 for the weakest link. */
  readonly rank: number;
  readonly kind: 'component' | 'switchover';
}

/** Each node's share of the downtime, by node id. */
export function sharesById(result: AvailabilityResult | null | undefined): ReadonlyMap<string, NodeShare> {
  const out = new Map<string, NodeShare>();
  for (const c of result?.contributions ?? []) if (!out.has(c.id)) out.set(c.id, { share: c.share, rank: c.rank, kind: c.kind });
  return out;
}

/** The id of the weakest link (the part whose removal of failures removes the most downtime), or null when nothing fails. */
export function weakestId(result: AvailabilityResult | null | undefined): string | null {
  if (!result || result.perfect) return null;
  const top = result.contributions.find((c) => c.rank === 1);
  return top && !top.share.isZero() ? top.id : null;
}

function isDec(v: unknown): v is Dec {
  return typeof v === 'object' && v !== null && typeof (v as { toFixed?: unknown }).toFixed === 'function' && typeof (v as { isFinite?: unknown }).isFinite === 'function';
}

/**
 * Monthly USD per node id from `result.architectureCost.byNode`, or null when the scenario's
 * result has no architecture cost (before nodes are priced, or nothing priced).
 */
export function costsById(result: unknown): ReadonlyMap<string, Dec> | null {
  if (typeof result !== 'object' || result === null || !('architectureCost' in result)) return null;
  const cost: unknown = (result as { architectureCost?: unknown }).architectureCost;
  if (typeof cost !== 'object' || cost === null || !('byNode' in cost)) return null;
  const { byNode: by, total, unpriced, linkedComponents } = cost as { byNode?: unknown; total?: unknown; unpriced?: unknown; linkedComponents?: unknown };
  if (!(by instanceof Map)) return null;
  // Nothing priced yet: no cost column (a row of "$0.00" would read as "free").
  const linked = linkedComponents instanceof Map ? linkedComponents.size : 0;
  if (isDec(total) && total.isZero() && linked === 0) return null;
  // A component that is not priced shows no cost rather than $0.00.
  const skip = new Set(Array.isArray(unpriced) ? unpriced.filter((u): u is string => typeof u === 'string') : []);
  const out = new Map<string, Dec>();
  for (const [k, v] of by as Map<unknown, unknown>) if (typeof k === 'string' && !skip.has(k) && isDec(v) && v.isFinite()) out.set(k, v);
  return out;
}
