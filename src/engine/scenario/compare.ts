/**
 * Comparing scenarios: the arithmetic the comparison view (src/lib/compare) shows, on the engine's
 * own results: a figure's difference against a baseline, the cost of each extra nine, and a
 * scenario's monthly cost by component type and by component name.
 */
import { Dec, sum, ZERO } from '../decimal.ts';
import type { ComponentResult, ScenarioComponent } from './types.ts';

const HUNDRED = new Dec(100);

export type ScenarioComponentType = ScenarioComponent['type'];
/** Component types in display order. */
export const SCENARIO_COMPONENT_TYPES: readonly ScenarioComponentType[] = Object.freeze(['quicksight', 'codebuild', 'ec2', 'pipeline'] as const);

/** A difference against the baseline. */
export interface Delta {
  /** value - baseline. */
  readonly diff: Dec;
  /** diff / baseline x 100; null when the baseline is zero. */
  readonly relative: Dec | null;
  readonly sign: -1 | 0 | 1;
}

/** value - base, and the change in percent of base (null when base is zero). */
export function delta(value: Dec, base: Dec): Delta {
  const diff = value.minus(base);
  const sign = diff.isZero() ? 0 : diff.isNegative() ? -1 : 1;
  return { diff, relative: base.isZero() ? null : diff.div(base.abs()).times(HUNDRED), sign };
}

/** What one scenario brings to the cost-per-nine comparison. */
export interface NinePoint {
  readonly monthly: Dec;
  /** null: no availability architecture. */
  readonly availability: { readonly nines: Dec | null; readonly perfect: boolean } | null;
}

/**
 * The cost of each extra nine of a scenario against the baseline, in words the view can say:
 * - `no-availability`: one or both have no architecture (`which`).
 * - `perfect`: one or both are at 100%, which has no finite nines (`which`); `costDiff` still given.
 * - `equal-nines`: the same nines; `costDiff` is what the difference buys nothing in nines.
 * - `costs`: more nines for more money: `perNine` = costDiff / ninesDiff per month.
 * - `free`: more nines for the same or less money (no trade-off: the baseline is dominated).
 * - `saves`: fewer nines for less money: each nine given up saves `perNine` per month.
 * - `worse`: fewer nines for the same or more money.
 * Never divides by zero; `perNine` is always positive.
 */
export type NineCost =
  | { readonly kind: 'no-availability'; readonly which: 'both' | 'this' | 'baseline' }
  | { readonly kind: 'perfect'; readonly which: 'both' | 'this' | 'baseline'; readonly costDiff: Dec }
  | { readonly kind: 'equal-nines'; readonly costDiff: Dec }
  | { readonly kind: 'costs' | 'saves'; readonly costDiff: Dec; readonly ninesDiff: Dec; readonly perNine: Dec }
  | { readonly kind: 'free' | 'worse'; readonly costDiff: Dec; readonly ninesDiff: Dec };

function which(thisOne: boolean, base: boolean): 'both' | 'this' | 'baseline' {
  return thisOne && base ? 'both' : thisOne ? 'this' : 'baseline';
}

export function costPerNine(point: NinePoint, baseline: NinePoint): NineCost {
  const a = point.availability;
  const b = baseline.availability;
  if (!a || !b) return { kind: 'no-availability', which: which(!a, !b) };
  const costDiff = point.monthly.minus(baseline.monthly);
  if (a.perfect || b.perfect || a.nines === null || b.nines === null) {
    return { kind: 'perfect', which: which(a.perfect || a.nines === null, b.perfect || b.nines === null), costDiff };
  }
  const ninesDiff = a.nines.minus(b.nines);
  if (ninesDiff.isZero()) return { kind: 'equal-nines', costDiff };
  if (ninesDiff.gt(0)) {
    return costDiff.gt(0) ? { kind: 'costs', costDiff, ninesDiff, perNine: costDiff.div(ninesDiff) } : { kind: 'free', costDiff, ninesDiff };
  }
  return costDiff.lt(0) ? { kind: 'saves', costDiff, ninesDiff, perNine: costDiff.div(ninesDiff) } : { kind: 'worse', costDiff, ninesDiff };
}


/** A scenario's monthly cost summed per component type (zero for a type it does not have), and which types it has. */
export function costByType(components: readonly ComponentResult[]): { readonly byType: Readonly<Record<ScenarioComponentType, Dec>>; readonly hasType: Readonly<Record<ScenarioComponentType, boolean>> } {
  const byType = {} as Record<ScenarioComponentType, Dec>;
  const hasType = {} as Record<ScenarioComponentType, boolean>;
  for (const t of SCENARIO_COMPONENT_TYPES) {
    const of = components.filter((c) => c.type === t);
    byType[t] = sum(of.map((c) => c.monthly));
    hasType[t] = of.length > 0;
  }
  return { byType, hasType };
}

/** A scenario's monthly cost per trimmed component name (components sharing a name are summed), in first-seen order. */
export function costByName(components: readonly ComponentResult[]): ReadonlyMap<string, Dec> {
  const byName = new Map<string, Dec>();
  for (const c of components) {
    const key = c.name.trim();
    byName.set(key, (byName.get(key) ?? ZERO).plus(c.monthly));
  }
  return byName;
}
