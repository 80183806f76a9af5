/**
 * Priced architecture nodes: what an availability tree costs a month.
 *
 * A component node of the tree may carry `cost`, the monthly price of ONE copy of it, given in
 * one of two ways:
 * - `{ type: "component", componentId }`: linked to a cost component of the scenario (an EC2
 *   schedule, a CodeBuild project, a QuickSight account); one copy costs that component's
 *   monthly total. The component is then counted through this node and not again in the
 *   scenario's sum of components (see evaluateScenario), and a component can be linked by one
 *   node only.
 * - `{ type: "catalog", items: [...] }`: services from a price list, each
 *   `{ service, quantity, unitPrice?, runs?, secondsPerRun? }` = quantity x unit price, where the
 *   unit price comes from the catalog by service id (or `unitPrice`, which overrides it or prices
 *   a service the catalog does not have). With `runs` and `secondsPerRun` (per-hour services
 *   only) the hours are runs x max(seconds per run, the service's billing minimum) / 3,600, and
 *   `quantity` is what runs at once (e.g. Glue DPUs).
 *
 * Redundancy costs money: every copy is billed. `replicas: 3` costs three copies, a k-of-n group
 * costs its n members, a parallel or series group the sum of its children, a failover group its
 * primary plus its standby, where the standby is "full" (default) or "warm": a percent of its
 * price that the user sets (`standbyPricing: "warm"`, `standbyWarmPercent: "25"`).
 */
import { Dec, ONE, ZERO, max, num, parseCount, parseDecimal, sum, usd } from '../decimal.ts';
import { EngineError, joinPath } from '../errors.ts';
import { lineMaker, type LineItem } from '../explain.ts';
import { SCENARIO_LINES } from './lines.ts';
import { isRecord, describeRef } from '../json.ts';
import { priceTable } from '../price-table.ts';

/** One priced item of a node: quantity x unit price (see the module comment). */
export interface NodeCostItem {
  /** A service id of the catalog (e.g. "alb-hour", "ec2-t3.medium-hour"). */
  readonly service?: string;
  /** Your unit price (USD), replacing the catalog's or pricing a service it lacks. */
  readonly unitPrice?: string;
  /** How many units a month per copy (hours, GB-month, millions of requests...), or, with runs, how many run at once. */
  readonly quantity: string | number;
  /** Per-hour services billed per run with a minimum: runs a month... */
  readonly runs?: string | number;
  /** ...and seconds each run lasts. */
  readonly secondsPerRun?: string | number;
  /** A label shown in the working (optional). */
  readonly label?: string;
}

/** The monthly price of one copy of a component node. */
export type NodeCostSpec =
  | { readonly type: 'component'; readonly componentId: string }
  | { readonly type: 'catalog'; readonly items: readonly NodeCostItem[] };

/** One catalog service as the engine needs it: the unit price and how it is billed. */
export interface ServicePrice {
  /** USD per unit, a decimal string. */
  readonly price: string;
  /** The unit the quantity is in, e.g. "hours", "GB-month", "million requests". */
  readonly quantityUnit: string;
  /** Per-hour services billed per run: the least seconds a run is billed (Glue: 60). */
  readonly minimumSeconds?: string;
  /** Display name (e.g. "Application Load Balancer"). */
  readonly name?: string;
}

/** Service prices by service id. */
export type ServicePrices = Readonly<Record<string, ServicePrice>>;

/** A cost component as a linked node sees it. */
export interface LinkableComponent {
  readonly name: string;
  readonly monthly: Dec;
}

/** What {@link priceArchitecture} returns (the scenario result's `architectureCost`). */
export interface ArchitectureCost {
  /** The whole tree's monthly cost in USD (every copy, linked components included). */
  readonly total: Dec;
  /** Every node id of the tree (components and groups) to its monthly cost, copies included. */
  readonly byNode: ReadonlyMap<string, Dec>;
  readonly lines: readonly LineItem[];
  /** Component ids linked by a node (counted through the tree, not again as components). */
  readonly linkedComponents: ReadonlyMap<string, string>;
  /** The same links, component id to the linking node's name (its id when it has none). */
  readonly linkedNodeNames: ReadonlyMap<string, string>;
  /** Ids of component nodes that carry no cost (shown as "not priced"). */
  readonly unpriced: readonly string[];
}

/** Most cost items on one node. */
export const MAX_COST_ITEMS = 50;
const SECONDS_PER_HOUR = new Dec(3600);
const HUNDRED = new Dec(100);
const MAX_NAME = 200;
const line = lineMaker(SCENARIO_LINES);
/** The units this engine names in every language (others are quoted as the catalog writes them). */
const UNIT_MESSAGES: Readonly<Record<string, string>> = { hours: '@msg:architecture.unit.hours', 'GB-month': '@msg:architecture.unit.gbMonth', units: '@msg:architecture.unit.units' };

interface Ctx {
  readonly services: ServicePrices;
  readonly components: ReadonlyMap<string, LinkableComponent>;
  readonly byNode: Map<string, Dec>;
  readonly lines: LineItem[];
  readonly linked: Map<string, string>;
  readonly linkedNames: Map<string, string>;
  readonly unpriced: string[];
}

/**
 * Price an architecture tree (raw JSON, already accepted by `parseArchitecture`). `components`
 * are the scenario's priced components by id (for linked nodes). Throws {@link EngineError} with
 * the path of a bad cost field.
 */
export function priceArchitecture(
  tree: unknown,
  services: ServicePrices,
  components: ReadonlyMap<string, LinkableComponent> = new Map(),
  path = 'architecture',
): ArchitectureCost {
  const ctx: Ctx = { services, components, byNode: new Map(), lines: [], linked: new Map(), linkedNames: new Map(), unpriced: [] };
  const total = walk(tree, path, ONE, ONE, ctx);
  const amount = usd(total, 2);
  ctx.lines.push(line('architecture.total', total, { amount }, 'info'));
  return { total, byNode: ctx.byNode, lines: ctx.lines, linkedComponents: ctx.linked, linkedNodeNames: ctx.linkedNames, unpriced: ctx.unpriced };
}

function nameOf(o: Record<string, unknown>): string {
  const n = typeof o.name === 'string' && o.name.trim() !== '' ? o.name : o.id;
  return typeof n === 'string' ? n.slice(0, MAX_NAME) : '';
}

/** The node's cost: `copies` copies each, times `share` (a warm standby's part). */
function walk(node: unknown, path: string, copies: Dec, share: Dec, ctx: Ctx): Dec {
  if (!isRecord(node)) throw new EngineError('invalid_type', path, { expected: '@msg:error.expected.architectureNode' });
  const id = typeof node.id === 'string' ? node.id : '';
  let cost: Dec;
  switch (node.kind) {
    case 'component':
      cost = component(node, path, copies, share, ctx);
      break;
    case 'series':
    case 'parallel': {
      const children = Array.isArray(node.children) ? node.children : [];
      cost = sum(children.map((c: unknown, i: number) => walk(c, joinPath(path, 'children', i), copies, share, ctx)));
      break;
    }
    case 'k-of-n': {
      const n = parseCount(node.n, joinPath(path, 'n'));
      cost = walk(node.member, joinPath(path, 'member'), copies.times(n), share, ctx);
      break;
    }
    case 'failover': {
      const primary = walk(node.primary, joinPath(path, 'primary'), copies, share, ctx);
      const warm = standbyShare(node, path);
      const standby = walk(node.standby, joinPath(path, 'standby'), copies, share.times(warm ?? ONE), ctx);
      if (warm !== null) {
        const full = warm.isZero() ? ZERO : standby.div(warm);
        const pct = num(warm.times(HUNDRED));
        const name = nameOf(node);
        ctx.lines.push(line('architecture.warmStandby', standby, { name, percent: pct, full: usd(full, 2), amount: usd(standby, 2) }, 'info'));
      }
      cost = primary.plus(standby);
      break;
    }
    default:
      throw new EngineError('invalid_type', joinPath(path, 'kind'), { expected: '@msg:error.expected.nodeKind' });
  }
  if (id !== '') ctx.byNode.set(id, cost);
  return cost;
}

/** A warm standby's share (0 to 1), or null when it is priced in full. */
function standbyShare(node: Record<string, unknown>, path: string): Dec | null {
  const pricing = node.standbyPricing;
  if (pricing === undefined || pricing === null || pricing === 'full') return null;
  if (pricing !== 'warm') {
    throw new EngineError('unknown_option', joinPath(path, 'standbyPricing'), { value: typeof pricing === 'string' ? pricing.slice(0, 40) : describeRef(pricing), allowed: 'full, warm' });
  }
  return parseDecimal(node.standbyWarmPercent, joinPath(path, 'standbyWarmPercent'), { max: '100' }).div(HUNDRED);
}

function component(node: Record<string, unknown>, path: string, copies: Dec, share: Dec, ctx: Ctx): Dec {
  const id = typeof node.id === 'string' ? node.id : '';
  const name = nameOf(node);
  const replicas = node.replicas === undefined || node.replicas === null ? ONE : parseCount(node.replicas, joinPath(path, 'replicas'), { min: '1' });
  const n = copies.times(replicas);
  const spec = node.cost;
  if (spec === undefined || spec === null) {
    ctx.unpriced.push(id);
    return ZERO;
  }
  const cPath = joinPath(path, 'cost');
  if (!isRecord(spec)) throw new EngineError('invalid_type', cPath, { expected: '@msg:error.expected.costObject' });
  let perCopy: Dec;
  if (spec.type === 'component') perCopy = linked(spec, cPath, id, name, ctx);
  else if (spec.type === 'catalog') perCopy = catalog(spec, cPath, name, ctx);
  else throw new EngineError('unknown_option', joinPath(cPath, 'type'), { value: typeof spec.type === 'string' ? spec.type.slice(0, 40) : describeRef(spec.type), allowed: 'component, catalog' });
  const total = perCopy.times(n).times(share);
  if (!n.eq(1)) {
    const each = usd(perCopy, 2);
    const count = num(n);
    ctx.lines.push(line('architecture.copies', perCopy.times(n), { name, each, copies: count, amount: usd(perCopy.times(n), 2) }, 'info'));
  }
  return total;
}

function linked(spec: Record<string, unknown>, path: string, nodeId: string, name: string, ctx: Ctx): Dec {
  const idPath = joinPath(path, 'componentId');
  const cid = spec.componentId;
  if (typeof cid !== 'string' || cid === '') throw new EngineError('required', idPath);
  const c = ctx.components.get(cid);
  if (c === undefined) {
    throw new EngineError('unknown_option', idPath, { value: cid.slice(0, 100), allowed: [...ctx.components.keys()].join(', ').slice(0, 300) || '@msg:error.allowed.noComponents' });
  }
  if (ctx.linked.has(cid)) throw new EngineError('duplicate_id', idPath, { value: cid.slice(0, 100) });
  ctx.linked.set(cid, nodeId);
  ctx.linkedNames.set(cid, name);
  const amount = usd(c.monthly, 2);
  ctx.lines.push(line('architecture.linked', c.monthly, { name, component: c.name, amount }, 'info'));
  return c.monthly;
}

function catalog(spec: Record<string, unknown>, path: string, name: string, ctx: Ctx): Dec {
  const iPath = joinPath(path, 'items');
  const items = spec.items;
  if (!Array.isArray(items)) throw new EngineError('invalid_type', iPath, { expected: '@msg:error.expected.listOfPricedItems' });
  if (items.length > MAX_COST_ITEMS) throw new EngineError('too_large', iPath, { value: String(items.length), max: String(MAX_COST_ITEMS) });
  return sum(items.map((it: unknown, i: number) => item(it, joinPath(iPath, i), name, ctx)));
}

function item(it: unknown, path: string, name: string, ctx: Ctx): Dec {
  if (!isRecord(it)) throw new EngineError('invalid_type', path, { expected: '@msg:error.expected.pricedItem' });
  const serviceId = it.service;
  if (serviceId !== undefined && (typeof serviceId !== 'string' || serviceId === '')) throw new EngineError('invalid_type', joinPath(path, 'service'), { expected: '@msg:error.expected.serviceId' });
  const entry = typeof serviceId === 'string' && Object.prototype.hasOwnProperty.call(ctx.services, serviceId) ? ctx.services[serviceId] : undefined;
  // The catalog's prices of the service (read only when used, through the one price-table reader).
  const prices = () => priceTable(entry, joinPath('services', String(serviceId)), '@msg:error.expected.servicePrice');
  let price: Dec;
  if (it.unitPrice !== undefined && it.unitPrice !== null) price = parseDecimal(it.unitPrice, joinPath(path, 'unitPrice'));
  else if (entry !== undefined) price = prices().price('price');
  else if (typeof serviceId === 'string') throw new EngineError('unknown_price', joinPath(path, 'service'), { value: serviceId.slice(0, 64), where: '@msg:error.where.serviceCatalog' });
  else throw new EngineError('required', joinPath(path, 'service'));
  const quantity = parseDecimal(it.quantity, joinPath(path, 'quantity'));
  const label = typeof it.label === 'string' && it.label.trim() !== '' ? it.label.slice(0, MAX_NAME) : (entry?.name ?? (typeof serviceId === 'string' ? serviceId.slice(0, 64) : 'item'));
  const unit = entry?.quantityUnit ?? 'units';
  const p = usd(price);
  const hasRuns = it.runs !== undefined || it.secondsPerRun !== undefined;
  if (!hasRuns) {
    const amount = quantity.times(price);
    const q = num(quantity);
    ctx.lines.push(line('architecture.item', amount, { name, label, quantity: q, unit: Object.prototype.hasOwnProperty.call(UNIT_MESSAGES, unit) ? (UNIT_MESSAGES[unit] as string) : unit, price: p, amount: usd(amount, 2) }, 'info'));
    return amount;
  }
  if (entry !== undefined && entry.quantityUnit !== 'hours') {
    throw new EngineError('invalid_type', joinPath(path, 'runs'), { expected: '@msg:error.expected.hourlyService' });
  }
  const runs = parseCount(it.runs, joinPath(path, 'runs'));
  const seconds = parseDecimal(it.secondsPerRun, joinPath(path, 'secondsPerRun'));
  const minimum = entry !== undefined && prices().has('minimumSeconds') ? prices().price('minimumSeconds') : ZERO;
  const billed = max(seconds, minimum);
  const hours = runs.times(billed).div(SECONDS_PER_HOUR);
  const amount = hours.times(quantity).times(price);
  const params = { name, label, runs: num(runs), seconds: num(seconds), minimum: num(minimum), billed: num(billed), hours: num(hours), quantity: num(quantity), price: p, amount: usd(amount, 2) };
  ctx.lines.push(
    line('architecture.itemRuns', amount, params, 'info'),
  );
  return amount;
}
