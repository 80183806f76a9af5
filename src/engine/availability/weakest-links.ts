/**
 * The weakest links: each component's share of the downtime, i.e. the composite unavailability
 * that would disappear if it never failed, found by walking up the evaluated tree once.
 */
import { Dec, ONE, ZERO, min } from '../decimal.ts';
import { lineMaker, type LineItem } from '../explain.ts';
import type { AU } from './compose.ts';
import { messageRef, showExponent } from './format.ts';
import { AVAILABILITY_LINES } from './lines.ts';
import type { ParsedFailover, ParsedNode } from './tree.ts';

const line = lineMaker(AVAILABILITY_LINES);

/**
 * One component's share of the downtime (the weakest link). `unavailabilityRemoved` is the
 * composite unavailability that would disappear if this component never failed (its improvement
 * potential: U_root - U_root with the component perfect); `share` is that amount divided by the sum
 * over all entries. In a series chain this is close to each part's own unavailability; inside a
 * redundant group it is small, because the partners cover for the part (and it is the same for
 * each member of a parallel group, since perfecting any one removes the group's downtime).
 * A failover's switch time is an entry of its own (kind `switchover`): the downtime that would
 * disappear with an instant switch.
 */
export interface Contribution {
  readonly id: string;
  readonly name: string;
  readonly path: string;
  readonly kind: 'component' | 'switchover';
  readonly unavailabilityRemoved: Dec;
  /**
   * Fraction of the summed improvements, in [0, 1] (to 20 significant digits); 0 for every entry
   * when nothing fails.
   */
  readonly share: Dec;
  /** 1 for the weakest link. */
  readonly rank: number;
}

/** A node of the evaluated tree, linked to its parent (evaluate.ts builds them). */
export interface EvalNode {
  readonly parsed: ParsedNode;
  readonly au: AU;
  /** The availability as formula text (see showAU), computed once. */
  readonly shown: string;
  readonly children: readonly EvalNode[];
  parent: EvalNode | null;
  index: number;
  /** Failover only: true when its U was clamped to 1. */
  clamped?: boolean;
  /** See computeSensitivity. */
  sensitivity?: Dec;
  /** See computeSensitivity. */
  anchor?: EvalNode;
}

/** A failover pair of the evaluated tree. */
export type FailoverNode = EvalNode & { readonly parsed: ParsedFailover };

/**
 * For each child j of a series or parallel group, the factor by which a drop in that child's
 * unavailability reaches the group: the product of the other children's A (series: U = 1 - A_o A_j,
 * so dU = A_o dU_j) or of their U (parallel: U = U_o U_j, so dU = U_o dU_j). Prefix and suffix
 * products make it O(children) once per group.
 */
function factorsOf(n: EvalNode): Dec[] {
  const m = n.children.length;
  const pick = n.parsed.kind === 'parallel' ? (c: EvalNode) => c.au.u : (c: EvalNode) => c.au.a;
  const prefix: Dec[] = [ONE];
  for (let j = 0; j < m; j++) prefix.push(prefix[j]!.times(pick(n.children[j]!)));
  // Stryker disable next-line ArrayDeclaration: a preallocation hint; the loop fills indexes 0..m-1 either way
  const factors: Dec[] = new Array<Dec>(m);
  let suffix = ONE;
  for (let j = m - 1; j >= 0; j--) {
    factors[j] = prefix[j]!.times(suffix);
    suffix = suffix.times(pick(n.children[j]!));
  }
  return factors;
}

/**
 * How much a k-of-n group's or a clamped failover's U drops when child `index`'s U drops by `drop`
 * (> 0): neither is linear in a child's U. A k-of-n member only ever becomes perfect here, and
 * then the group loses all its U; a clamped failover is recomputed.
 */
function nonlinearDrop(parent: EvalNode, index: number, drop: Dec): Dec {
  const p = parent.parsed;
  if (p.kind !== 'failover') return parent.au.u;
  const [a, b] = parent.children;
  const own = index === 0 ? a!.au.u : b!.au.u;
  const other = index === 0 ? b!.au.u : a!.au.u;
  const after = own.minus(drop).times(other).plus(p.switchFraction);
  return after.gte(1) ? ZERO : ONE.minus(after);
}

/**
 * Each node's sensitivity dU_anchor / dU_node, where its anchor is the highest node above it that
 * it reaches through groups linear in a child's U only (series, parallel, an unclamped failover):
 * the product of the factors along that path, computed once top-down. The anchor is the root, or a
 * child of a k-of-n group or of a clamped failover (not linear: {@link nonlinearDrop} steps over
 * them, and each of their children starts a chain of its own with sensitivity 1).
 */
function computeSensitivity(n: EvalNode, s: Dec, anchor: EvalNode): void {
  n.sensitivity = s;
  n.anchor = anchor;
  const p = n.parsed;
  if (p.kind === 'series' || p.kind === 'parallel') {
    const f = factorsOf(n);
    n.children.forEach((c, j) => computeSensitivity(c, s.times(f[j]!), anchor));
  } else if (p.kind === 'failover' && !n.clamped) {
    const [a, b] = n.children;
    computeSensitivity(a!, s.times(b!.au.u), anchor);
    computeSensitivity(b!, s.times(a!.au.u), anchor);
  } else {
    for (const c of n.children) computeSensitivity(c, ONE, c);
  }
}

/** The root's drop in U when `from`'s U drops by `drop` (after computeSensitivity). */
function rootDrop(from: EvalNode, drop: Dec): Dec {
  let v = from.sensitivity!.times(drop);
  let top = from.anchor!;
  while (top.parent !== null && !v.isZero()) {
    const up = top.parent;
    v = up.sensitivity!.times(nonlinearDrop(up, top.index, v));
    top = up.anchor!;
  }
  return v;
}

/**
 * The root's drop in U when a component becomes perfect. A parallel group with a perfect member is
 * perfect, so a member of a parallel group (of nested ones) removes the whole group's U: starting
 * there gives every member exactly the same amount, where U_j x (the product of the others' U)
 * would round differently for each j at the 60th digit and order equal members by that noise.
 */
function perfectDrop(leaf: EvalNode): Dec {
  let cur = leaf;
  while (cur.parent !== null && cur.parent.parsed.kind === 'parallel') cur = cur.parent;
  return rootDrop(cur, cur.au.u);
}

/** Downtime-share line items are written for the weakest this many; the rest get one summary line. */
const MAX_SHARE_LINES = 10;

const HUNDREDTH = new Dec('0.01');
const PICO = new Dec('1e-12');

/** Share text: a percent with 2 decimals ("90.92"), or 3 significant digits below 0.01%. */
function shareText(share: Dec): string {
  const p = share.times(100);
  if (p.isZero() || p.gte(HUNDREDTH)) return p.toFixed(2, Dec.ROUND_HALF_EVEN).replace(/\.?0+$/, '');
  return p.lt(PICO) ? showExponent(p, 3) : p.toSignificantDigits(3, Dec.ROUND_HALF_EVEN).toFixed();
}

/** A small quantity as text with 6 significant digits ("0.00099990" -> "0.0009999"). */
function sigText(x: Dec): string {
  if (x.isZero()) return '0';
  return x.abs().lt(PICO) ? showExponent(x) : x.toSignificantDigits(6, Dec.ROUND_HALF_EVEN).toFixed();
}

/** A share of the downtime (0 to 1) as the filled percent of a bar: 0 to 100, one decimal. */
export function shareBarPercent(share: Dec): number {
  return Math.max(0, Math.min(100, Number(share.times(100).toFixed(1))));
}

/** The ranked contributions and the line items that explain them. */
export interface WeakestLinks {
  readonly contributions: readonly Contribution[];
  /** The definition, then one line per entry (weakest first, at most 10), then one for the rest. */
  readonly lines: readonly LineItem[];
}

/**
 * Each component's (and each failover switchover's) share of the downtime of the tree under
 * `root`: `leaves` are its components, `failovers` its failover pairs, in evaluation order.
 */
export function weakestLinks(root: EvalNode, leaves: readonly EvalNode[], failovers: readonly FailoverNode[]): WeakestLinks {
  const lines: LineItem[] = [];
  const rootU = root.au.u;
  computeSensitivity(root, ONE, root);
  const raw: { id: string; name: string; path: string; kind: Contribution['kind']; removed: Dec; failover?: string }[] = [];
  for (const leaf of leaves) {
    // The component becomes perfect: its own U drops by all of it (see perfectDrop).
    raw.push({ id: leaf.parsed.id, name: leaf.parsed.name, path: leaf.parsed.path, kind: 'component', removed: perfectDrop(leaf) });
  }
  for (const f of failovers) {
    if (f.parsed.switchFraction.isZero()) continue;
    const [a, b] = f.children;
    // An instant switch: the pair's U falls to U_p x U_s.
    const drop = f.au.u.minus(a!.au.u.times(b!.au.u));
    raw.push({
      id: f.parsed.id,
      name: `${f.parsed.name} switchover`,
      path: f.parsed.path,
      kind: 'switchover',
      removed: rootDrop(f, drop.isNegative() ? ZERO : drop),
      failover: f.parsed.name,
    });
  }
  let total = ZERO;
  for (const r of raw) total = total.plus(r.removed);
  // Shares are a ranking aid shown to 2 decimals: 1/total to 20 significant digits is plenty
  // and makes each share a cheap multiplication (unavailabilityRemoved itself stays exact).
  const inverse = total.isZero() ? ZERO : ONE.div(total).toSignificantDigits(20, Dec.ROUND_HALF_EVEN);
  // Array.prototype.sort is stable: equal amounts keep the evaluation order.
  const order = raw.sort((x, y) => y.removed.comparedTo(x.removed));
  const out = order.map((r, rank) => ({
    id: r.id,
    name: r.name,
    path: r.path,
    kind: r.kind,
    unavailabilityRemoved: r.removed,
    share: min(ONE, r.removed.times(inverse)),
    rank: rank + 1,
  }));
  const from = sigText(rootU);
  lines.push(
    line('availability.weakest.definition', total, { total: sigText(total), rootUnavailability: from }, 'info', 'fraction'),
  );
  out.slice(0, MAX_SHARE_LINES).forEach((c, i) => {
    const share = shareText(c.share);
    const removed = sigText(c.unavailabilityRemoved);
    const to = sigText(rootU.minus(c.unavailabilityRemoved));
    // The entry is named by `subject`, a phrase filled in with `name` (a component) or with the
    // failover's own name (a switchover; its `name` field reads "db switchover").
    const failover = order[i]!.failover;
    const subject = messageRef(`availability.weakest.subject.${c.kind}`);
    lines.push(
      line(
        'availability.weakest.item',
        c.unavailabilityRemoved,
        { id: c.id, name: c.name, rank: String(c.rank), from, to, removed, share, subject, ...(failover === undefined ? {} : { failover }) },
        'info',
        'fraction',
      ),
    );
  });
  if (out.length > MAX_SHARE_LINES) {
    const rest = out.slice(MAX_SHARE_LINES);
    let removed = ZERO;
    let share = ZERO;
    for (const c of rest) {
      removed = removed.plus(c.unavailabilityRemoved);
      share = share.plus(c.share);
    }
    const params = { count: String(rest.length), removed: sigText(removed), share: shareText(share) };
    lines.push(line('availability.weakest.rest', removed, params, 'info', 'fraction'));
  }
  return { contributions: out, lines };
}

