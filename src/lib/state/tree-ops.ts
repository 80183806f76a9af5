/**
 * Pure edits of the availability architecture inside a scenario document, addressed by the
 * engine's paths ("architecture", "architecture.children.1", "architecture.children.0.member",
 * "architecture.primary"), so each editor edits exactly the node it shows and engine errors map
 * back to it. Every function mutates the document it is given (the editors call them inside
 * `store.edit`) and never touches Svelte, the DOM or i18n.
 */
import { cloneNode, newAvailabilityComponent, type NodeSpec } from './factories.ts';
import { newId } from './scenario.svelte.ts';

/** The path of the root node. */
export const ROOT_PATH = 'architecture';

/** Every node kind, in the order the kind menus list them. */
export const NODE_KINDS = ['component', 'series', 'parallel', 'k-of-n', 'failover'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];
/** The group kinds a user can add as a child. */
export const GROUP_KINDS = ['series', 'parallel', 'k-of-n', 'failover'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export type ComponentNode = Extract<NodeSpec, { kind: 'component' }>;
export type ListNode = Extract<NodeSpec, { kind: 'series' | 'parallel' }>;
export type KOfNNode = Extract<NodeSpec, { kind: 'k-of-n' }>;
export type FailoverNode = Extract<NodeSpec, { kind: 'failover' }>;

type Obj = Record<string, unknown>;

/** The value at a dotted path ("architecture.children.1.member") of a document, or undefined. */
export function resolve(doc: unknown, path: string): unknown {
  let cur: unknown = doc;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Obj)[part];
  }
  return cur;
}

/** The node at `path`, or undefined when nothing (or not a node) is there. */
export function nodeAt(doc: unknown, path: string): NodeSpec | undefined {
  const v = resolve(doc, path);
  return v !== null && typeof v === 'object' && typeof (v as Obj).kind === 'string' ? (v as NodeSpec) : undefined;
}

/** Where a child of a series or parallel group sits: the group's path and the index; null for other slots. */
export function childSlot(path: string): { group: string; index: number } | null {
  const m = /^(.*)\.children\.(\d+)$/.exec(path);
  return m ? { group: m[1]!, index: Number(m[2]) } : null;
}

/** Replace the node at `path` (the root too). */
export function replaceAt(doc: Obj, path: string, node: NodeSpec): void {
  const dot = path.lastIndexOf('.');
  if (dot < 0) {
    doc[path] = node;
    return;
  }
  const parent = resolve(doc, path.slice(0, dot));
  if (parent !== null && typeof parent === 'object') (parent as Obj)[path.slice(dot + 1)] = node;
}

function listAt(doc: unknown, groupPath: string): NodeSpec[] | null {
  const g = nodeAt(doc, groupPath);
  return g && (g.kind === 'series' || g.kind === 'parallel') ? g.children : null;
}

/** Append a child to the series/parallel group at `groupPath`; false when there is no such group. */
export function appendChild(doc: unknown, groupPath: string, node: NodeSpec): boolean {
  const list = listAt(doc, groupPath);
  if (!list) return false;
  list.push(node);
  return true;
}

/** Remove the child at `path` from its group; returns it (or null). */
export function removeChild(doc: unknown, path: string): NodeSpec | null {
  const slot = childSlot(path);
  const list = slot ? listAt(doc, slot.group) : null;
  if (!slot || !list || slot.index >= list.length) return null;
  return list.splice(slot.index, 1)[0] ?? null;
}

/** Move the child at `path` one place up (-1) or down (+1); returns its new index, or null. */
export function moveChild(doc: unknown, path: string, delta: -1 | 1): number | null {
  const slot = childSlot(path);
  const list = slot ? listAt(doc, slot.group) : null;
  if (!slot || !list) return null;
  const to = slot.index + delta;
  if (to < 0 || to >= list.length) return null;
  const [item] = list.splice(slot.index, 1);
  if (!item) return null;
  list.splice(to, 0, item);
  return to;
}

/** Insert `copy` right after the child at `path`. */
export function insertAfter(doc: unknown, path: string, copy: NodeSpec): boolean {
  const slot = childSlot(path);
  const list = slot ? listAt(doc, slot.group) : null;
  if (!slot || !list) return false;
  list.splice(slot.index + 1, 0, copy);
  return true;
}

/** A deep copy with fresh ids everywhere and a new name. */
export function duplicateNode(node: NodeSpec, name: string): NodeSpec {
  const copy = cloneNode(node);
  copy.name = name;
  return copy;
}

/** The first component inside a node (itself, a child, a member, the primary), depth first. */
export function firstComponent(node: NodeSpec): ComponentNode | null {
  switch (node.kind) {
    case 'component':
      return node;
    case 'series':
    case 'parallel':
      for (const c of node.children) {
        const f = firstComponent(c);
        if (f) return f;
      }
      return null;
    case 'k-of-n':
      return node.member;
    case 'failover':
      return firstComponent(node.primary) ?? firstComponent(node.standby);
  }
}

/** The parts a node is made of, for a change of kind: children, the member, primary and standby. */
function partsOf(node: NodeSpec): NodeSpec[] {
  switch (node.kind) {
    case 'component':
      return [node];
    case 'series':
    case 'parallel':
      return node.children;
    case 'k-of-n':
      return [node.member];
    case 'failover':
      return [node.primary, node.standby];
  }
}

/** What a change of kind needs that the node may not have: a default component and a group's name. */
export interface KindDefaults {
  readonly component: () => ComponentNode;
  readonly groupName: (kind: GroupKind) => string;
}

/** A new group of `kind` with sensible contents (a k-of-n defaults to 2 of 3, a failover to 60 s and 4 failures a year). */
export function newGroupNode(kind: GroupKind, name: string, component: () => ComponentNode): NodeSpec {
  switch (kind) {
    case 'series':
    case 'parallel':
      return { kind, id: newId('g'), name, children: [component()] };
    case 'k-of-n':
      return { kind, id: newId('g'), name, k: '2', n: '3', member: component() };
    case 'failover':
      return { kind, id: newId('g'), name, primary: component(), standby: component(), switchSeconds: '60', failuresPerYear: '4' };
  }
}

/**
 * The node turned into another kind, keeping what carries over: series <-> parallel keep their
 * children; a group becomes a k-of-n of its first component (1 of as many as it had parts, at
 * least 2) or a failover of its first two parts; a k-of-n or failover becomes a group of its
 * parts; a component is wrapped (a group holding it, a k-of-n of it, a failover with a copy as
 * standby); anything becomes a component by keeping its first component.
 */
export function convertKind(node: NodeSpec, to: NodeKind, defaults: KindDefaults): NodeSpec {
  if (node.kind === to) return node;
  if (to === 'component') return firstComponent(node) ?? defaults.component();
  const wrapping = node.kind === 'component';
  const id = wrapping ? newId('g') : node.id;
  const name = wrapping ? defaults.groupName(to) : node.name;
  const parts = partsOf(node);
  switch (to) {
    case 'series':
    case 'parallel':
      return { kind: to, id, name, children: parts.length > 0 ? parts : [defaults.component()] };
    case 'k-of-n': {
      const member = firstComponent(node) ?? defaults.component();
      return { kind: to, id, name, k: '1', n: String(Math.max(2, parts.length)), member };
    }
    case 'failover': {
      const primary = parts[0] ?? defaults.component();
      const standby = parts[1] ?? cloneNode(primary);
      return { kind: to, id, name, primary, standby, switchSeconds: '60', failuresPerYear: '4' };
    }
  }
}

/** A component of the tree with its path, for pickers (the replicas chart). */
export interface TreeComponent {
  readonly id: string;
  readonly name: string;
  readonly path: string;
  readonly node: ComponentNode;
}

/** Every component of a tree, in document order. */
export function componentsOf(node: NodeSpec | null | undefined, path = ROOT_PATH, out: TreeComponent[] = []): TreeComponent[] {
  if (!node) return out;
  switch (node.kind) {
    case 'component':
      out.push({ id: node.id, name: node.name ?? node.id, path, node });
      break;
    case 'series':
    case 'parallel':
      node.children.forEach((c, i) => componentsOf(c, `${path}.children.${i}`, out));
      break;
    case 'k-of-n':
      componentsOf(node.member, `${path}.member`, out);
      break;
    case 'failover':
      componentsOf(node.primary, `${path}.primary`, out);
      componentsOf(node.standby, `${path}.standby`, out);
      break;
  }
  return out;
}

/** How a component's availability is given. */
export type SourceKind = 'sla' | 'percent' | 'fraction' | 'mtbf';

export function sourceOf(c: ComponentNode): SourceKind {
  if (c.sla !== undefined) return 'sla';
  if (c.percent !== undefined) return 'percent';
  if (c.fraction !== undefined) return 'fraction';
  return 'mtbf';
}

/**
 * Switch a component to another source, carrying the value over where it converts exactly
 * (an SLA or percent to a fraction and back); MTBF/MTTR start at 1,000 h / 1 h.
 */
export function switchSource(c: ComponentNode, to: SourceKind, currentPercent: string | null, defaultSla = 'ec2-instance'): void {
  const pct = currentPercent;
  delete c.sla;
  delete c.slaOverride;
  delete c.percent;
  delete c.fraction;
  delete c.mtbfHours;
  delete c.mttrHours;
  switch (to) {
    case 'sla':
      c.sla = defaultSla;
      break;
    case 'percent':
      c.percent = pct ?? '99.9';
      break;
    case 'fraction':
      c.fraction = pct !== null ? percentToFraction(pct) : '0.999';
      break;
    case 'mtbf':
      c.mtbfHours = '1000';
      c.mttrHours = '1';
      break;
  }
}

/** "99.95" -> "0.9995" by moving the decimal point (exact, no arithmetic). */
export function percentToFraction(p: string): string {
  const [int = '0', frac = ''] = p.split('.');
  const digits = int.padStart(3, '0') + frac;
  const whole = digits.slice(0, digits.length - frac.length - 2);
  const rest = digits.slice(digits.length - frac.length - 2).replace(/0+$/, '');
  const w = whole.replace(/^0+(?=\d)/, '');
  return rest ? `${w}.${rest}` : w;
}

/** "0.9995" -> "99.95" by moving the decimal point. */
export function fractionToPercent(f: string): string {
  const [int = '0', frac = ''] = f.split('.');
  const padded = frac.padEnd(2, '0');
  const whole = `${int}${padded.slice(0, 2)}`.replace(/^0+(?=\d)/, '');
  const rest = padded.slice(2).replace(/0+$/, '');
  return rest ? `${whole}.${rest}` : whole;
}

/** A default component for the factories (an EC2 single instance, named by the caller). */
export function defaultComponent(name: string, sla = 'ec2-instance'): ComponentNode {
  return newAvailabilityComponent(sla, name) as ComponentNode;
}

/** Every node of the tree by id (iteratively). */
export function nodeIndex(root: NodeSpec | null | undefined): ReadonlyMap<string, NodeSpec> {
  const out = new Map<string, NodeSpec>();
  const stack: NodeSpec[] = root ? [root] : [];
  while (stack.length > 0) {
    const n = stack.pop()!;
    out.set(n.id, n);
    if (n.kind === 'series' || n.kind === 'parallel') stack.push(...n.children);
    else if (n.kind === 'k-of-n') stack.push(n.member);
    else if (n.kind === 'failover') stack.push(n.primary, n.standby);
  }
  return out;
}
