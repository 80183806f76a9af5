/**
 * Evaluation of a parsed architecture tree: each node's availability with the line items that
 * explain it, and each component's share of the downtime (the weakest link).
 */
import { Dec, ONE, ZERO, min } from '../decimal.ts';
import { line, type LineItem } from '../explain.ts';
import {
  FAILED,
  PERFECT,
  combineParallel,
  combineSeries,
  failoverAU,
  kOfNAU,
  replicateAU,
  type AU,
} from './compose.ts';
import { messageRef, showExponent, showFraction, showPercent, showQuantity } from './format.ts';
import type { NodeSpec, ParsedComponent, ParsedNode } from './tree.ts';

/** The availability of one node of the tree. */
export interface NodeResult {
  readonly id: string;
  readonly kind: NodeSpec['kind'];
  readonly name: string;
  /** Path of the node in the input JSON. */
  readonly path: string;
  /** Nesting level, the root is 0. */
  readonly depth: number;
  /** A in [0, 1], exact to 60 significant digits. */
  readonly availability: Dec;
  /** U = 1 - A, computed without cancellation. */
  readonly unavailability: Dec;
  /** True when this node or a node under it took its availability from an SLA (a contract floor). */
  readonly usesSla: boolean;
  /** Child results: group children, the k-of-n member, or [primary, standby]. */
  readonly children: readonly NodeResult[];
}

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

/** What {@link evaluateTree} returns. */
export interface TreeEvaluation {
  readonly root: NodeResult;
  readonly nodes: readonly NodeResult[];
  readonly contributions: readonly Contribution[];
  readonly slaUses: readonly SlaUse[];
  /** Line items of the evaluation, in order (leaves first, then their groups). */
  readonly lines: readonly LineItem[];
  /** Line items of the downtime shares: the definition, then one per entry, weakest first. */
  readonly contributionLines: readonly LineItem[];
}

/** A component whose availability is an SLA: a contract floor, not a measured availability. */
export interface SlaUse {
  readonly componentId: string;
  readonly name: string;
  readonly slaId: string;
  readonly percent: Dec;
  readonly overridden: boolean;
}

interface EvalNode {
  readonly parsed: ParsedNode;
  readonly au: AU;
  /** The availability as formula text (see showAU), computed once. */
  readonly shown: string;
  readonly children: readonly EvalNode[];
  parent: EvalNode | null;
  index: number;
  /** Failover only: true when its U was clamped to 1. */
  clamped?: boolean;
  /** Series/parallel only: see factorsOf. */
  factors?: Dec[];
  /** See computeSensitivity. */
  sensitivity?: Dec;
}

/**
 * An availability as formula text. When A rounds to exactly 1 at 60 digits but U is not 0 (a
 * thousand replicas), it reads "~1 - 9.33e-3302" rather than a misleading "1".
 */
function showAU(au: AU): string {
  return au.a.eq(1) && !au.u.isZero() ? `~1 - ${showExponent(au.u)}` : showFraction(au.a);
}

/** Formula text lists at most this many factors before abbreviating. */
const MAX_LISTED = 8;

function listed(items: readonly string[], sep: string): string {
  if (items.length <= MAX_LISTED) return items.join(sep);
  return [...items.slice(0, 3), '...', ...items.slice(-2)].join(sep);
}

class Evaluator {
  readonly lines: LineItem[] = [];
  readonly slaUses: SlaUse[] = [];
  readonly leaves: EvalNode[] = [];
  readonly failovers: EvalNode[] = [];

  component(c: ParsedComponent): EvalNode {
    const s = c.source;
    const a = showAU(c.single);
    const params: Record<string, string> = { id: c.id, name: c.name, availability: a };
    switch (s.type) {
      case 'percent':
        this.lines.push(line('availability.component.percent', `${c.name}: ${s.percent.toFixed()}% = ${a}`, c.single.a, { ...params, percent: s.percent.toFixed() }, 'info', 'fraction'));
        break;
      case 'fraction':
        this.lines.push(line('availability.component.fraction', `${c.name}: availability ${a} (${showPercent(c.single.a)}%)`, c.single.a, { ...params, percent: showPercent(c.single.a) }, 'info', 'fraction'));
        break;
      case 'mtbf': {
        const mtbf = showQuantity(s.mtbfHours);
        const mttr = showQuantity(s.mttrHours);
        this.lines.push(
          line('availability.component.mtbf', `${c.name}: MTBF / (MTBF + MTTR) = ${mtbf} h / (${mtbf} h + ${mttr} h) = ${a}`, c.single.a, { ...params, mtbfHours: mtbf, mttrHours: mttr }, 'info', 'fraction'),
        );
        break;
      }
      case 'sla': {
        const p = s.percent.toFixed();
        const key = s.overridden ? 'availability.component.slaOverride' : 'availability.component.sla';
        const what = s.overridden ? `${s.slaId} SLA, your value ${p}%` : `${s.slaId} SLA ${p}%`;
        this.lines.push(line(key, `${c.name}: ${what} = ${a} (an SLA is a contract floor, not a measured availability)`, c.single.a, { ...params, sla: s.slaId, percent: p }, 'info', 'fraction'));
        this.slaUses.push({ componentId: c.id, name: c.name, slaId: s.slaId, percent: s.percent, overridden: s.overridden });
        break;
      }
    }
    let au = c.single;
    let shown = a;
    if (c.replicas > 1) {
      au = replicateAU(c.single, c.replicas);
      shown = showAU(au);
      const r = String(c.replicas);
      this.lines.push(
        line(
          'availability.component.replicas',
          `${c.name} x ${r} replicas in parallel: 1 - (1 - ${a})^${r} = ${shown}`,
          au.a,
          { ...params, replicas: r, result: shown },
          'info',
          'fraction',
        ),
      );
    }
    const node: EvalNode = { parsed: c, au, shown, children: [], parent: null, index: 0 };
    this.leaves.push(node);
    return node;
  }

  node(p: ParsedNode): EvalNode {
    switch (p.kind) {
      case 'component':
        return this.component(p);
      case 'series':
      case 'parallel': {
        const children = p.children.map((c) => this.node(c));
        let au = p.kind === 'series' ? PERFECT : FAILED;
        for (const c of children) au = p.kind === 'series' ? combineSeries(au, c.au) : combineParallel(au, c.au);
        const result = showAU(au);
        const parts = children.map((c) => c.shown);
        const many = parts.length > MAX_LISTED;
        const formula =
          p.kind === 'series'
            ? listed(parts, ' x ')
            : `1 - ${listed(parts.map((x) => `(1 - ${x})`), ' x ')}`;
        const key = `availability.${p.kind}${many ? '.many' : ''}`;
        const text = many
          ? `${p.name} (${p.kind} of ${parts.length}): ${formula} = ${result}`
          : `${p.name} (${p.kind}): ${formula} = ${result}`;
        this.lines.push(line(key, text, au.a, { id: p.id, name: p.name, count: String(parts.length), factors: parts.join(', '), result }, 'info', 'fraction'));
        return this.link({ parsed: p, au, shown: result, children, parent: null, index: 0 });
      }
      case 'k-of-n': {
        const member = this.component(p.member);
        const span = p.n - p.k + 1;
        const r = kOfNAU(member.au, p.k, p.n, span <= 4);
        const a = member.shown;
        const u = showFraction(member.au.u);
        const result = showAU(r);
        const head = `${p.name} (at least ${p.k} of ${p.n} x ${p.member.name}): sum over i = ${p.k}..${p.n} of C(${p.n},i) x ${a}^i x ${u}^(${p.n}-i)`;
        let terms = '';
        // The same terms for any language: "×" between factors, and the leading " = " included
        // so that a template can write "...{expansion} = {result}" whether or not they are listed.
        let expansion = '';
        if (r.terms.length > 0) {
          const factors = r.terms.map((t) => [showQuantity(t.coefficient), `${a}^${t.i}`, `${u}^${p.n - t.i}`]);
          const written = factors.map((f) => f.join(' x ')).join(' + ');
          const values = r.terms.map((t) => showFraction(t.value)).join(' + ');
          terms = r.terms.length > 1 ? `${written} = ${values}` : written;
          const neutral = factors.map((f) => f.join(' × ')).join(' + ');
          expansion = ` = ${r.terms.length > 1 ? `${neutral} = ${values}` : neutral}`;
        }
        const text = terms ? `${head} = ${terms} = ${result}` : `${head} = ${result}`;
        this.lines.push(
          line(
            'availability.kOfN',
            text,
            r.a,
            { id: p.id, name: p.name, k: String(p.k), n: String(p.n), memberAvailability: a, terms, result, member: p.member.name, memberUnavailability: u, expansion },
            'info',
            'fraction',
          ),
        );
        return this.link({ parsed: p, au: { a: r.a, u: r.u }, shown: result, children: [member], parent: null, index: 0 });
      }
      case 'failover': {
        const primary = this.node(p.primary);
        const standby = this.node(p.standby);
        const r = failoverAU(primary.au, standby.au, p.switchFraction);
        const up = showFraction(primary.au.u);
        const us = showFraction(standby.au.u);
        const both = primary.au.u.times(standby.au.u);
        const sw = p.switchSeconds.toFixed();
        const rateText =
          p.rate.type === 'failuresPerYear'
            ? `${showQuantity(p.rate.failuresPerYear)} failures/year x ${sw} s / 31,536,000 s`
            : `${sw} s / (MTBF ${showQuantity(p.rate.mtbfHours)} h x 3,600 s/h)`;
        const params: Record<string, string> = {
          id: p.id,
          name: p.name,
          primaryUnavailability: up,
          standbyUnavailability: us,
          switchSeconds: sw,
          rate: p.rate.type === 'failuresPerYear' ? showQuantity(p.rate.failuresPerYear) : showQuantity(p.rate.mtbfHours),
          rateUnit: p.rate.type === 'failuresPerYear' ? 'failures per year' : 'MTBF hours',
          bothDown: showFraction(both),
          switchFraction: showFraction(p.switchFraction),
          unavailability: showFraction(r.u),
          result: showAU(r),
          clamped: String(r.clamped),
        };
        const clamp = r.clamped ? ', clamped to 1' : '';
        this.lines.push(
          line(
            'availability.failover',
            `${p.name} (failover): U = U_primary x U_standby + failure rate x switch time = ${up} x ${us} + ${rateText} = ` +
              `${params.bothDown} + ${params.switchFraction} = ${showFraction(both.plus(p.switchFraction))}${clamp}; A = 1 - U = ${params.result}`,
            r.a,
            params,
            'info',
            'fraction',
          ),
          line(
            'availability.failover.model',
            `${p.name}: failover model (an approximation): each failure of the active part costs the ${sw} s switch time even when the standby works, and both parts fail independently; the overlap of the two terms is counted twice, which errs on the side of more downtime`,
            p.switchFraction,
            { id: p.id, name: p.name, switchSeconds: sw },
            'info',
            'fraction',
          ),
        );
        const node = this.link({ parsed: p, au: { a: r.a, u: r.u }, shown: params.result!, children: [primary, standby], parent: null, index: 0, clamped: r.clamped });
        this.failovers.push(node);
        return node;
      }
    }
  }

  private link(n: EvalNode): EvalNode {
    n.children.forEach((c, i) => {
      c.parent = n;
      c.index = i;
    });
    return n;
  }
}

/**
 * For each child j of a series or parallel group, the factor by which a drop in that child's
 * unavailability reaches the group: the product of the other children's A (series: U = 1 - A_o A_j,
 * so dU = A_o dU_j) or of their U (parallel: U = U_o U_j, so dU = U_o dU_j). Prefix and suffix
 * products make it O(children) once per group.
 */
function factorsOf(n: EvalNode): Dec[] {
  if (n.factors) return n.factors;
  const m = n.children.length;
  const pick = n.parsed.kind === 'parallel' ? (c: EvalNode) => c.au.u : (c: EvalNode) => c.au.a;
  const prefix: Dec[] = [ONE];
  for (let j = 0; j < m; j++) prefix.push(prefix[j]!.times(pick(n.children[j]!)));
  const factors: Dec[] = new Array<Dec>(m);
  let suffix = ONE;
  for (let j = m - 1; j >= 0; j--) {
    factors[j] = j === m - 1 ? prefix[j]! : j === 0 ? suffix : prefix[j]!.times(suffix);
    suffix = suffix.times(pick(n.children[j]!));
  }
  n.factors = factors;
  return factors;
}

/**
 * How much the parent's U drops when child `index`'s U drops by `drop` (>= 0). Exact: series and
 * parallel are linear in each child's U, a failover too unless it is clamped (then recomputed),
 * and a k-of-n member only ever becomes perfect here (the group then loses all its U).
 */
function parentDrop(parent: EvalNode, index: number, drop: Dec): Dec {
  const p = parent.parsed;
  switch (p.kind) {
    case 'series':
    case 'parallel':
      return factorsOf(parent)[index]!.times(drop);
    case 'k-of-n':
      return parent.au.u;
    case 'failover': {
      const [a, b] = parent.children;
      const other = index === 0 ? b!.au.u : a!.au.u;
      if (!parent.clamped) return other.times(drop);
      const own = index === 0 ? a!.au.u : b!.au.u;
      const after = own.minus(drop).times(other).plus(p.switchFraction);
      return after.gte(1) ? ZERO : ONE.minus(after);
    }
    case 'component':
      return drop;
  }
}

/**
 * The root's sensitivity to a node's U, dU_root / dU_node, wherever every group on the way up is
 * linear in that child's U (series, parallel, an unclamped failover): the product of the factors
 * along the path, computed once top-down. Undefined below a k-of-n or a clamped failover, where
 * {@link rootDrop} steps up with {@link parentDrop} instead.
 */
function computeSensitivity(n: EvalNode, s: Dec): void {
  n.sensitivity = s;
  const p = n.parsed;
  if (p.kind === 'series' || p.kind === 'parallel') {
    const f = factorsOf(n);
    n.children.forEach((c, j) => computeSensitivity(c, s.times(f[j]!)));
  } else if (p.kind === 'failover' && !n.clamped) {
    const [a, b] = n.children;
    computeSensitivity(a!, s.times(b!.au.u));
    computeSensitivity(b!, s.times(a!.au.u));
  }
}

/** The root's drop in U when `from`'s U drops by `drop`. */
function rootDrop(from: EvalNode, drop: Dec): Dec {
  let cur = from;
  let v = drop;
  while (cur.sensitivity === undefined && cur.parent && !v.isZero()) {
    v = parentDrop(cur.parent, cur.index, v);
    cur = cur.parent;
  }
  return cur.sensitivity === undefined || v.isZero() ? v : cur.sensitivity.times(v);
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

function contributions(root: EvalNode, ev: Evaluator, lines: LineItem[]): Contribution[] {
  const rootU = root.au.u;
  if (!rootU.isZero()) computeSensitivity(root, ONE);
  const raw: { id: string; name: string; path: string; kind: Contribution['kind']; removed: Dec; failover?: string }[] = [];
  for (const leaf of ev.leaves) {
    // The leaf becomes perfect: its own U drops by all of it.
    raw.push({ id: leaf.parsed.id, name: leaf.parsed.name, path: leaf.parsed.path, kind: 'component', removed: rootDrop(leaf, leaf.au.u) });
  }
  for (const f of ev.failovers) {
    if (f.parsed.kind !== 'failover' || f.parsed.switchFraction.isZero()) continue;
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
  const order = raw.map((r, i) => ({ r, i })).sort((x, y) => y.r.removed.comparedTo(x.r.removed) || x.i - y.i);
  const out = order.map(({ r }, rank) => ({
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
    line(
      'availability.weakest.definition',
      'share of the downtime: for each component, the unavailability that would disappear if it never failed (U minus U with that component perfect), divided by the sum of these amounts',
      total,
      { total: sigText(total), rootUnavailability: from },
      'info',
      'fraction',
    ),
  );
  out.slice(0, MAX_SHARE_LINES).forEach((c, i) => {
    const share = shareText(c.share);
    const removed = sigText(c.unavailabilityRemoved);
    const to = sigText(rootU.minus(c.unavailabilityRemoved));
    // `name` of a switchover has the English word in it ("db switchover"); other languages name
    // the entry with `subject`, a message filled in with `name` or with the failover's own name.
    const failover = order[i]!.r.failover;
    const subject = messageRef(`availability.weakest.subject.${c.kind}`);
    lines.push(
      line(
        'availability.weakest.item',
        `#${c.rank} ${c.name}: if it never failed, U would fall from ${from} to ${to} (removes ${removed}, ${share}% of the downtime)`,
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
    lines.push(
      line(
        'availability.weakest.rest',
        `the other ${params.count} components together: removes ${params.removed}, ${params.share}% of the downtime`,
        removed,
        params,
        'info',
        'fraction',
      ),
    );
  }
  return out;
}

function toResult(n: EvalNode, depth: number, flat: NodeResult[]): NodeResult {
  const children: NodeResult[] = [];
  const self = {
    id: n.parsed.id,
    kind: n.parsed.kind,
    name: n.parsed.name,
    path: n.parsed.path,
    depth,
    availability: n.au.a,
    unavailability: n.au.u,
    usesSla: false,
    children,
  };
  flat.push(self);
  for (const c of n.children) children.push(toResult(c, depth + 1, flat));
  self.usesSla = n.parsed.kind === 'component' ? n.parsed.source.type === 'sla' : children.some((c) => c.usesSla);
  return self;
}

/**
 * Evaluate a parsed tree: series A = product of A_i; parallel A = 1 - product of (1 - A_i);
 * k-of-n A = sum_{i=k..n} C(n,i) A^i (1-A)^(n-i); failover U = U_p x U_s + rate x switch time.
 * Returns every node's result (nested and flat, pre-order), the components ranked by their share
 * of the downtime, the SLA uses, and the line items in evaluation order.
 */
export function evaluateTree(root: ParsedNode): TreeEvaluation {
  const ev = new Evaluator();
  const top = ev.node(root);
  const nodes: NodeResult[] = [];
  const rootResult = toResult(top, 0, nodes);
  const contributionLines: LineItem[] = [];
  const contrib = contributions(top, ev, contributionLines);
  return { root: rootResult, nodes, contributions: contrib, slaUses: ev.slaUses, lines: ev.lines, contributionLines };
}
