/**
 * Evaluation of a parsed architecture tree: each node's availability with the line items that
 * explain it (the weakest links are worked out by weakest-links.ts).
 */
import type { Dec } from '../decimal.ts';
import { lineMaker, type LineItem } from '../explain.ts';
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
import { messageRef, serviceRef, showExponent, showFraction, showPercent, showQuantity } from './format.ts';
import { AVAILABILITY_LINES } from './lines.ts';
import type { NodeSpec, ParsedComponent, ParsedFailover, ParsedGroup, ParsedKOfN, ParsedNode } from './tree.ts';
import { weakestLinks, type Contribution, type EvalNode, type FailoverNode } from './weakest-links.ts';

const line = lineMaker(AVAILABILITY_LINES);

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
  readonly failovers: FailoverNode[] = [];

  component(c: ParsedComponent): EvalNode {
    const s = c.source;
    const a = showAU(c.single);
    const params: Record<string, string> = { id: c.id, name: c.name, availability: a };
    switch (s.type) {
      case 'percent':
        this.lines.push(line('availability.component.percent', c.single.a, { ...params, percent: s.percent.toFixed() }, 'info', 'fraction'));
        break;
      case 'fraction':
        this.lines.push(line('availability.component.fraction', c.single.a, { ...params, percent: showPercent(c.single.a) }, 'info', 'fraction'));
        break;
      case 'mtbf':
        this.lines.push(line('availability.component.mtbf', c.single.a, { ...params, mtbfHours: showQuantity(s.mtbfHours), mttrHours: showQuantity(s.mttrHours) }, 'info', 'fraction'));
        break;
      case 'sla': {
        const key = s.overridden ? 'availability.component.slaOverride' : 'availability.component.sla';
        this.lines.push(line(key, c.single.a, { ...params, sla: s.slaId, service: serviceRef(s.slaId), percent: s.percent.toFixed() }, 'info', 'fraction'));
        this.slaUses.push({ componentId: c.id, name: c.name, slaId: s.slaId, percent: s.percent, overridden: s.overridden });
        break;
      }
    }
    let au = c.single;
    let shown = a;
    if (c.replicas > 1) {
      au = replicateAU(c.single, c.replicas);
      shown = showAU(au);
      this.lines.push(line('availability.component.replicas', au.a, { ...params, replicas: String(c.replicas), result: shown }, 'info', 'fraction'));
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
      case 'parallel':
        return this.group(p);
      case 'k-of-n':
        return this.kOfN(p);
      case 'failover':
        return this.failover(p);
    }
  }

  /** Series: A = product of A_i; parallel: A = 1 - product of (1 - A_i). */
  private group(p: ParsedGroup): EvalNode {
    const children = p.children.map((c) => this.node(c));
    let au = p.kind === 'series' ? PERFECT : FAILED;
    for (const c of children) au = p.kind === 'series' ? combineSeries(au, c.au) : combineParallel(au, c.au);
    const result = showAU(au);
    const parts = children.map((c) => c.shown);
    const product = p.kind === 'series' ? listed(parts, ' x ') : listed(parts.map((x) => `(1 - ${x})`), ' x ');
    const many = parts.length > MAX_LISTED;
    const key = p.kind === 'series' ? (many ? 'availability.series.many' : 'availability.series') : many ? 'availability.parallel.many' : 'availability.parallel';
    this.lines.push(line(key, au.a, { id: p.id, name: p.name, count: String(parts.length), product, factors: listed(parts, ', '), result }, 'info', 'fraction'));
    return this.link({ parsed: p, au, shown: result, children, parent: null, index: 0 });
  }

  /** k-of-n: A = sum_{i=k..n} C(n,i) A^i (1-A)^(n-i), the terms written out when there are at most 4. */
  private kOfN(p: ParsedKOfN): EvalNode {
    const member = this.component(p.member);
    const r = kOfNAU(member.au, p.k, p.n, p.n - p.k + 1 <= 4);
    const a = member.shown;
    const u = showFraction(member.au.u);
    const result = showAU(r);
    const params: Record<string, string> = { id: p.id, name: p.name, k: String(p.k), n: String(p.n), member: p.member.name, memberAvailability: a, memberUnavailability: u, result };
    if (r.terms.length === 0) {
      this.lines.push(line('availability.kOfN', r.a, params, 'info', 'fraction'));
    } else {
      // `terms` with " x " between factors as the English formulas write it, `expansion` with "×".
      const factors = r.terms.map((t) => [showQuantity(t.coefficient), `${a}^${t.i}`, `${u}^${p.n - t.i}`]);
      const values = r.terms.length > 1 ? ` = ${r.terms.map((t) => showFraction(t.value)).join(' + ')}` : '';
      const terms = factors.map((f) => f.join(' x ')).join(' + ') + values;
      const expansion = factors.map((f) => f.join(' × ')).join(' + ') + values;
      this.lines.push(line('availability.kOfN.terms', r.a, { ...params, terms, expansion }, 'info', 'fraction'));
    }
    return this.link({ parsed: p, au: { a: r.a, u: r.u }, shown: result, children: [member], parent: null, index: 0 });
  }

  /** Failover: U = U_p x U_s + failure rate x switch time, clamped to 1. */
  private failover(p: ParsedFailover): EvalNode {
    const primary = this.node(p.primary);
    const standby = this.node(p.standby);
    const r = failoverAU(primary.au, standby.au, p.switchFraction);
    const both = primary.au.u.times(standby.au.u);
    const perYear = p.rate.type === 'failuresPerYear';
    const result = showAU(r);
    const params: Record<string, string> = {
      id: p.id,
      name: p.name,
      primaryUnavailability: showFraction(primary.au.u),
      standbyUnavailability: showFraction(standby.au.u),
      switchSeconds: showQuantity(p.switchSeconds),
      rate: showQuantity(p.rate.type === 'failuresPerYear' ? p.rate.failuresPerYear : p.rate.mtbfHours),
      rateTerm: messageRef(perYear ? 'availability.failover.rate.perYear' : 'availability.failover.rate.mtbf'),
      bothDown: showFraction(both),
      switchFraction: showFraction(p.switchFraction),
      sum: showFraction(both.plus(p.switchFraction)),
      unavailability: showFraction(r.u),
      result,
    };
    this.lines.push(
      line(r.clamped ? 'availability.failover.clamped' : 'availability.failover', r.a, params, 'info', 'fraction'),
      line('availability.failover.model', p.switchFraction, { id: p.id, name: p.name, switchSeconds: params.switchSeconds! }, 'info', 'fraction'),
    );
    const node = this.link({ parsed: p, au: { a: r.a, u: r.u }, shown: result, children: [primary, standby], parent: null, index: 0, clamped: r.clamped });
    this.failovers.push(node);
    return node;
  }

  private link<T extends EvalNode>(n: T): T {
    n.children.forEach((c, i) => {
      c.parent = n;
      c.index = i;
    });
    return n;
  }
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
    // A component that took an SLA; a group with such a node under it (set below).
    usesSla: n.parsed.kind === 'component' && n.parsed.source.type === 'sla',
    children,
  };
  flat.push(self);
  for (const c of n.children) {
    const r = toResult(c, depth + 1, flat);
    children.push(r);
    if (r.usesSla) self.usesSla = true;
  }
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
  const weakest = weakestLinks(top, ev.leaves, ev.failovers);
  return { root: rootResult, nodes, contributions: weakest.contributions, slaUses: ev.slaUses, lines: ev.lines, contributionLines: weakest.lines };
}
