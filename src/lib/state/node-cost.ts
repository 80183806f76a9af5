/**
 * Pure edits of a priced architecture node (its `cost`) and of a failover's standby pricing. Each
 * function mutates the node it is given (the editors call them inside `store.edit`) and never
 * touches Svelte, the DOM or i18n.
 */
import type { DeepMutable } from './scenario.svelte.ts';
import type { NodeCostItem, NodeCostSpec, ComponentSpec, FailoverSpec } from '../../engine/index.ts';

type ComponentNode = DeepMutable<ComponentSpec>;
type FailoverNode = DeepMutable<FailoverSpec>;
type CostItem = DeepMutable<NodeCostItem>;

/** How a node is priced. */
export type CostMode = 'none' | 'component' | 'catalog';
export const COST_MODES: readonly CostMode[] = ['none', 'component', 'catalog'];

/** What a new priced item starts with: a service and its default quantity (and runs for per-run services). */
export interface ItemDefaults {
  readonly service: string;
  readonly quantity: string;
  readonly minimumSeconds?: string;
}

/** How the node is priced now. */
export function costModeOf(node: { readonly cost?: NodeCostSpec | DeepMutable<NodeCostSpec> }): CostMode {
  const c = node.cost;
  if (c === undefined || c === null) return 'none';
  return c.type === 'component' ? 'component' : 'catalog';
}

/** A new item for a service: per-run services (a billing minimum) start with 30 runs of 5 minutes. */
export function newItem(d: ItemDefaults): CostItem {
  return d.minimumSeconds !== undefined ? { service: d.service, quantity: d.quantity, runs: '30', secondsPerRun: '300' } : { service: d.service, quantity: d.quantity };
}

/**
 * Switch how the node is priced. `component` links the first component not linked elsewhere (or
 * the first one); `catalog` starts with one item of `first`. Switching to the current mode keeps it.
 */
export function setCostMode(node: ComponentNode, mode: CostMode, componentId: string | undefined, first: ItemDefaults): void {
  if (costModeOf(node) === mode) return;
  if (mode === 'none') delete node.cost;
  else if (mode === 'component') node.cost = { type: 'component', componentId: componentId ?? '' };
  else node.cost = { type: 'catalog', items: [newItem(first)] };
}

/** Link the node to a cost component. */
export function linkComponent(node: ComponentNode, componentId: string): void {
  node.cost = { type: 'component', componentId };
}

function items(node: ComponentNode): CostItem[] | null {
  const c = node.cost;
  return c && c.type === 'catalog' ? c.items : null;
}

/** Add an item (catalog mode only). */
export function addItem(node: ComponentNode, d: ItemDefaults): void {
  const list = items(node);
  if (list) list.push(newItem(d));
  else node.cost = { type: 'catalog', items: [newItem(d)] };
}

/** Remove item `index`; the last one removed leaves the node not priced. */
export function removeItem(node: ComponentNode, index: number): void {
  const list = items(node);
  if (!list) return;
  list.splice(index, 1);
  if (list.length === 0) delete node.cost;
}

/**
 * Choose another service for item `index`: its own price applies (a price override is dropped),
 * the quantity becomes the new service's default, and runs appear or go with a billing minimum.
 */
export function chooseService(node: ComponentNode, index: number, d: ItemDefaults): void {
  const list = items(node);
  if (!list || !list[index]) return;
  const label = list[index].label;
  list[index] = { ...newItem(d), ...(label !== undefined ? { label } : {}) };
}

/** Set a field of item `index` (quantity, runs, seconds per run). */
export function setItemField(node: ComponentNode, index: number, field: 'quantity' | 'runs' | 'secondsPerRun', value: string): void {
  const item = items(node)?.[index];
  if (item) item[field] = value;
}

/** Override the unit price of item `index` (undefined goes back to the catalog's price). */
export function setUnitPrice(node: ComponentNode, index: number, value: string | undefined): void {
  const item = items(node)?.[index];
  if (!item) return;
  if (value === undefined) delete item.unitPrice;
  else item.unitPrice = value;
}

/** Price the standby in full, or warm at `percent` of its price (50 by default). */
export function setStandbyPricing(node: FailoverNode, pricing: 'full' | 'warm', percent = '50'): void {
  if (pricing === 'full') {
    delete node.standbyPricing;
    delete node.standbyWarmPercent;
  } else {
    node.standbyPricing = 'warm';
    node.standbyWarmPercent = node.standbyWarmPercent ?? percent;
  }
}

/** The ids of components linked by nodes of a tree other than `except` (iterative walk). */
export function linkedElsewhere(root: unknown, except: string): Set<string> {
  const out = new Set<string>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const n = stack.pop();
    if (typeof n !== 'object' || n === null) continue;
    const o = n as Record<string, unknown>;
    const cost = o.cost as { type?: unknown; componentId?: unknown } | undefined;
    if (o.id !== except && cost && cost.type === 'component' && typeof cost.componentId === 'string') out.add(cost.componentId);
    if (Array.isArray(o.children)) stack.push(...(o.children as unknown[]));
    for (const k of ['member', 'primary', 'standby']) if (k in o) stack.push(o[k]);
  }
  return out;
}
