/**
 * The architecture tree as JSON, and its parser.
 *
 * A tree is made of components (leaves) and groups: series, parallel, k-of-n and failover. Every
 * node has a stable `id` (unique in the tree, so the UI can key results and a shared dependency
 * cannot be silently duplicated inside two redundancy groups). The parser turns arbitrary JSON
 * into typed nodes or throws an {@link EngineError} naming the field's path.
 */
import { Dec, ONE, parseCount, parseDecimal } from '../decimal.ts';
import { EngineError, joinPath } from '../errors.ts';
import { describeRef, quoteRef } from '../json.ts';
import type { AU } from './compose.ts';
import type { NodeCostSpec } from '../scenario/architecture-cost.ts';

/** Deepest nesting accepted (the root is level 0). */
export const MAX_DEPTH = 32;
/** Most nodes in one tree (counting k-of-n members). */
export const MAX_NODES = 5000;
/** Largest n of a k-of-n group. */
export const MAX_K_OF_N = 10000;
/** Most replicas of one component. */
export const MAX_REPLICAS = 1000;

/**
 * A component (leaf). Give its availability in exactly one way: `percent` ("99.95"), `fraction`
 * ("0.9995"), `mtbfHours` with `mttrHours` (A = MTBF / (MTBF + MTTR)), or `sla` (an id of the SLA
 * catalog, optionally with `slaOverride`, a percent replacing the catalog's value). `replicas`
 * (default 1) puts that many identical copies in parallel.
 */
export interface ComponentSpec {
  readonly kind: 'component';
  readonly id: string;
  readonly name?: string;
  readonly percent?: string;
  readonly fraction?: string;
  readonly mtbfHours?: string | number;
  readonly mttrHours?: string | number;
  readonly sla?: string;
  readonly slaOverride?: string;
  readonly replicas?: string | number;
  /** What one copy costs a month (see src/engine/scenario/architecture-cost.ts); no cost = not priced. */
  readonly cost?: NodeCostSpec;
}

/** Series (every child needed) or parallel (any one child suffices). */
export interface GroupSpec {
  readonly kind: 'series' | 'parallel';
  readonly id: string;
  readonly name?: string;
  readonly children: readonly NodeSpec[];
}

/** n identical copies of `member`, at least k of them needed. */
export interface KOfNSpec {
  readonly kind: 'k-of-n';
  readonly id: string;
  readonly name?: string;
  readonly k: string | number;
  readonly n: string | number;
  readonly member: ComponentSpec;
}

/**
 * A primary with a standby that takes over after `switchSeconds`. The primary's failure rate is
 * `failuresPerYear` (a 365-day year), or `primaryMtbfHours`, or else the primary component's own
 * `mtbfHours`.
 */
export interface FailoverSpec {
  readonly kind: 'failover';
  readonly id: string;
  readonly name?: string;
  readonly primary: NodeSpec;
  readonly standby: NodeSpec;
  readonly switchSeconds: string | number;
  readonly failuresPerYear?: string | number;
  readonly primaryMtbfHours?: string | number;
  /** How the standby is priced: "full" (default) or "warm" (a share of its price). */
  readonly standbyPricing?: 'full' | 'warm';
  /** With "warm": the percent of the standby's full price that is paid (0 to 100). */
  readonly standbyWarmPercent?: string;
}

/** Any node of the architecture tree. */
export type NodeSpec = ComponentSpec | GroupSpec | KOfNSpec | FailoverSpec;

/** The node kinds. */
export const NODE_KINDS = Object.freeze(['component', 'series', 'parallel', 'k-of-n', 'failover'] as const);

/** Where a component's availability came from. */
export type ComponentSource =
  | { readonly type: 'percent'; readonly percent: Dec }
  | { readonly type: 'fraction'; readonly fraction: Dec }
  | { readonly type: 'mtbf'; readonly mtbfHours: Dec; readonly mttrHours: Dec }
  | { readonly type: 'sla'; readonly slaId: string; readonly percent: Dec; readonly overridden: boolean };

interface Base {
  readonly id: string;
  readonly name: string;
  readonly path: string;
}

/** A parsed component. `single` is one copy's (A, U), before replicas. */
export interface ParsedComponent extends Base {
  readonly kind: 'component';
  readonly source: ComponentSource;
  readonly single: AU;
  readonly replicas: number;
}

/** A parsed series or parallel group. */
export interface ParsedGroup extends Base {
  readonly kind: 'series' | 'parallel';
  readonly children: readonly ParsedNode[];
}

/** A parsed k-of-n group. */
export interface ParsedKOfN extends Base {
  readonly kind: 'k-of-n';
  readonly k: number;
  readonly n: number;
  readonly member: ParsedComponent;
}

/** How a failover's failure rate was given. */
export type FailureRate =
  | { readonly type: 'failuresPerYear'; readonly failuresPerYear: Dec }
  | { readonly type: 'mtbf'; readonly mtbfHours: Dec; readonly fromPrimary: boolean };

/** A parsed failover pair; `switchFraction` = failure rate x switch time (dimensionless). */
export interface ParsedFailover extends Base {
  readonly kind: 'failover';
  readonly primary: ParsedNode;
  readonly standby: ParsedNode;
  readonly switchSeconds: Dec;
  readonly rate: FailureRate;
  readonly switchFraction: Dec;
}

/** Any parsed node. */
export type ParsedNode = ParsedComponent | ParsedGroup | ParsedKOfN | ParsedFailover;

/** Seconds in the 365-day year used by `failuresPerYear`. */
export const SECONDS_PER_YEAR = new Dec(31536000);

const HUNDRED = new Dec(100);
/** 1% as a fraction: multiplying by 0.01 is exact and cheaper than dividing by 100. */
const PERCENT = new Dec('0.01');

interface Ctx {
  readonly slas: Readonly<Record<string, unknown>>;
  readonly slaPath: string;
  readonly ids: Set<string>;
  count: number;
}

function has(o: Record<string, unknown>, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k) && o[k] !== undefined && o[k] !== null;
}

function asObject(value: unknown, path: string, expected: string): Record<string, unknown> {
  if (value === undefined || value === null) throw new EngineError('required', path);
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new EngineError('invalid_type', path, { expected, got: describeRef(value) });
  }
  return value as Record<string, unknown>;
}

function readBase(o: Record<string, unknown>, path: string, ctx: Ctx): Base {
  const idPath = joinPath(path, 'id');
  const id = o.id;
  if (id === undefined || id === null || id === '') throw new EngineError('required', idPath);
  if (typeof id !== 'string' || id.trim() === '' || id.length > 100) {
    throw new EngineError('invalid_type', idPath, { expected: '@msg:error.expected.nodeId', got: typeof id === 'string' ? '@msg:error.got.blankOrLongText' : describeRef(id) });
  }
  if (ctx.ids.has(id)) throw new EngineError('duplicate_id', idPath, { value: id });
  ctx.ids.add(id);
  ctx.count += 1;
  if (ctx.count > MAX_NODES) throw new EngineError('too_large', path, { value: '@msg:error.count.nodes', count: String(ctx.count), max: String(MAX_NODES) });
  let name = id;
  if (has(o, 'name')) {
    if (typeof o.name !== 'string') throw new EngineError('invalid_type', joinPath(path, 'name'), { expected: '@msg:error.expected.textName', got: describeRef(o.name) });
    if (o.name.trim() !== '') name = o.name.slice(0, 200);
  }
  return { id, name, path };
}

const REPLICA_RANGE = Object.freeze({ min: '1', max: String(MAX_REPLICAS) });

const SOURCES = '@msg:error.expected.oneAvailabilitySource';

function parseComponent(o: Record<string, unknown>, path: string, ctx: Ctx): ParsedComponent {
  const base = readBase(o, path, ctx);
  const given = (['percent', 'fraction', 'mtbfHours', 'sla'] as const).filter((k) => has(o, k));
  if (has(o, 'mttrHours') && !given.includes('mtbfHours')) given.push('mtbfHours');
  if (given.length !== 1) {
    throw new EngineError('invalid_type', path, { expected: SOURCES, got: given.length === 0 ? '@msg:error.got.none' : given.join(', ') });
  }
  if (has(o, 'slaOverride') && given[0] !== 'sla') {
    throw new EngineError('invalid_type', joinPath(path, 'slaOverride'), { expected: '@msg:error.expected.slaOverrideWithSla' });
  }
  let source: ComponentSource;
  let single: AU;
  switch (given[0]) {
    case 'percent': {
      const p = parseDecimal(o.percent, joinPath(path, 'percent'), { max: '100' });
      source = { type: 'percent', percent: p };
      single = { a: p.times(PERCENT), u: HUNDRED.minus(p).times(PERCENT) };
      break;
    }
    case 'fraction': {
      const f = parseDecimal(o.fraction, joinPath(path, 'fraction'), { max: '1' });
      source = { type: 'fraction', fraction: f };
      single = { a: f, u: ONE.minus(f) };
      break;
    }
    case 'mtbfHours': {
      const mtbf = parseDecimal(o.mtbfHours, joinPath(path, 'mtbfHours'), { positive: true });
      const mttr = parseDecimal(o.mttrHours, joinPath(path, 'mttrHours'));
      const total = mtbf.plus(mttr);
      source = { type: 'mtbf', mtbfHours: mtbf, mttrHours: mttr };
      single = { a: mtbf.div(total), u: mttr.div(total) };
      break;
    }
    default: {
      const slaPath = joinPath(path, 'sla');
      if (typeof o.sla !== 'string' || o.sla.trim() === '') {
        throw new EngineError('invalid_type', slaPath, { expected: '@msg:error.expected.slaIdFromTheCatalog', got: describeRef(o.sla) });
      }
      const slaId = o.sla;
      let p: Dec;
      const overridden = has(o, 'slaOverride');
      if (overridden) {
        p = parseDecimal(o.slaOverride, joinPath(path, 'slaOverride'), { max: '100' });
      } else {
        if (!Object.prototype.hasOwnProperty.call(ctx.slas, slaId)) {
          throw new EngineError('unknown_price', slaPath, { value: slaId.slice(0, 64), where: '@msg:error.where.slaCatalog' });
        }
        p = parseDecimal(ctx.slas[slaId], joinPath(ctx.slaPath, slaId), { max: '100' });
      }
      source = { type: 'sla', slaId, percent: p, overridden };
      single = { a: p.times(PERCENT), u: HUNDRED.minus(p).times(PERCENT) };
    }
  }
  let replicas = 1;
  if (has(o, 'replicas')) {
    replicas = parseCount(o.replicas, joinPath(path, 'replicas'), REPLICA_RANGE).toNumber();
  }
  // Written out (not `{ kind, ...base, ... }`): a spread followed by more keys is slow in V8.
  return { kind: 'component', id: base.id, name: base.name, path: base.path, source, single, replicas };
}

function parseKind(o: Record<string, unknown>, path: string): (typeof NODE_KINDS)[number] {
  const kind = o.kind;
  if (kind === undefined || kind === null || kind === '') throw new EngineError('required', joinPath(path, 'kind'));
  if (!(NODE_KINDS as readonly unknown[]).includes(kind)) {
    throw new EngineError('unknown_option', joinPath(path, 'kind'), {
      value: typeof kind === 'string' ? kind.slice(0, 40) : describeRef(kind),
      allowed: NODE_KINDS.join(', '),
    });
  }
  return kind as (typeof NODE_KINDS)[number];
}

function parseNode(value: unknown, path: string, depth: number, ctx: Ctx): ParsedNode {
  if (depth > MAX_DEPTH) throw new EngineError('too_deep', path, { max: String(MAX_DEPTH) });
  const o = asObject(value, path, '@msg:error.expected.architectureNodeWithKind');
  const kind = parseKind(o, path);
  switch (kind) {
    case 'component':
      return parseComponent(o, path, ctx);
    case 'series':
    case 'parallel': {
      const base = readBase(o, path, ctx);
      const cPath = joinPath(path, 'children');
      if (o.children === undefined || o.children === null) throw new EngineError('empty_group', cPath);
      if (!Array.isArray(o.children)) throw new EngineError('invalid_type', cPath, { expected: '@msg:error.expected.listOfNodes', got: describeRef(o.children) });
      if (o.children.length === 0) throw new EngineError('empty_group', cPath);
      if (o.children.length > MAX_NODES) throw new EngineError('too_large', cPath, { value: '@msg:error.count.nodes', count: String(o.children.length), max: String(MAX_NODES) });
      const children = o.children.map((c: unknown, i: number) => parseNode(c, joinPath(cPath, i), depth + 1, ctx));
      return { kind, id: base.id, name: base.name, path: base.path, children };
    }
    case 'k-of-n': {
      const base = readBase(o, path, ctx);
      const n = parseCount(o.n, joinPath(path, 'n'), { max: String(MAX_K_OF_N) });
      if (n.isZero()) throw new EngineError('empty_group', joinPath(path, 'n'));
      const k = parseCount(o.k, joinPath(path, 'k'), { min: '1', max: String(MAX_K_OF_N) });
      if (k.gt(n)) throw new EngineError('k_greater_than_n', joinPath(path, 'k'), { k: k.toFixed(), n: n.toFixed() });
      const mPath = joinPath(path, 'member');
      if (depth + 1 > MAX_DEPTH) throw new EngineError('too_deep', mPath, { max: String(MAX_DEPTH) });
      const m = asObject(o.member, mPath, '@msg:error.expected.component');
      if (parseKind(m, mPath) !== 'component') {
        throw new EngineError('invalid_type', joinPath(mPath, 'kind'), { expected: '@msg:error.expected.kOfNMember', got: quoteRef(m.kind) });
      }
      const member = parseComponent(m, mPath, ctx);
      return { kind, ...base, k: k.toNumber(), n: n.toNumber(), member };
    }
    case 'failover': {
      const base = readBase(o, path, ctx);
      const switchSeconds = parseDecimal(o.switchSeconds, joinPath(path, 'switchSeconds'));
      const primary = parseNode(o.primary, joinPath(path, 'primary'), depth + 1, ctx);
      const standby = parseNode(o.standby, joinPath(path, 'standby'), depth + 1, ctx);
      const rate = parseRate(o, path, primary);
      const switchFraction =
        rate.type === 'failuresPerYear'
          ? rate.failuresPerYear.times(switchSeconds).div(SECONDS_PER_YEAR)
          : switchSeconds.div(rate.mtbfHours.times(3600));
      return { kind, ...base, primary, standby, switchSeconds, rate, switchFraction };
    }
  }
}

function parseRate(o: Record<string, unknown>, path: string, primary: ParsedNode): FailureRate {
  const byYear = has(o, 'failuresPerYear');
  const byMtbf = has(o, 'primaryMtbfHours');
  if (byYear && byMtbf) {
    throw new EngineError('invalid_type', joinPath(path, 'primaryMtbfHours'), { expected: '@msg:error.expected.failuresOrMtbf' });
  }
  if (byYear) return { type: 'failuresPerYear', failuresPerYear: parseDecimal(o.failuresPerYear, joinPath(path, 'failuresPerYear')) };
  if (byMtbf) return { type: 'mtbf', mtbfHours: parseDecimal(o.primaryMtbfHours, joinPath(path, 'primaryMtbfHours'), { positive: true }), fromPrimary: false };
  if (primary.kind === 'component' && primary.source.type === 'mtbf') {
    return { type: 'mtbf', mtbfHours: primary.source.mtbfHours, fromPrimary: true };
  }
  throw new EngineError('required', joinPath(path, 'failuresPerYear'));
}

/**
 * Parse an architecture tree from JSON at `path`. `slas` maps SLA ids to percent strings (the
 * catalog, possibly edited by the user); an entry is parsed (at `slaPath.<id>`) only when a
 * component uses it. Errors: `too_deep`, `empty_group`, `k_greater_than_n`, `duplicate_id`,
 * `unknown_price` (an SLA id not in the catalog), and the parse errors of each field.
 */
export function parseArchitecture(value: unknown, slas: unknown = {}, path = '', slaPath = 'slas'): ParsedNode {
  if (typeof slas !== 'object' || slas === null || Array.isArray(slas)) {
    throw new EngineError('invalid_type', slaPath, { expected: '@msg:error.expected.objectOfSlaPercentsById' });
  }
  const ctx: Ctx = { slas: slas as Record<string, unknown>, slaPath, ids: new Set(), count: 0 };
  return parseNode(value, path, 0, ctx);
}

/** Parse one component on its own (e.g. for the replicas chart). */
export function parseComponentSpec(value: unknown, slas: unknown = {}, path = '', slaPath = 'slas'): ParsedComponent {
  const node = parseArchitecture(value, slas, path, slaPath);
  if (node.kind !== 'component') {
    throw new EngineError('invalid_type', joinPath(path, 'kind'), { expected: '@msg:error.expected.component', got: node.kind });
  }
  return node;
}
