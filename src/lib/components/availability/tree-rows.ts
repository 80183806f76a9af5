/**
 * The architecture as the rows of a compact tree: one row per node in document order, with what an
 * ARIA tree needs (level, position in its set, whether it has parts) and where the node sits
 * (its engine path, its slot, its parent). Pure: no Svelte, no DOM, no i18n.
 */
import type { NodeSpec } from '../../state/factories.ts';
import { ROOT_PATH } from '../../state/tree-ops.ts';

/** Where a node sits: the root, a group's child, a k-of-n member, a failover's primary or standby. */
export type Slot = 'root' | 'child' | 'member' | 'primary' | 'standby';

export interface TreeRow {
  readonly id: string;
  readonly node: NodeSpec;
  /** Engine path ("architecture.children.1.member"). */
  readonly path: string;
  readonly slot: Slot;
  /** 1 for the root (aria-level). */
  readonly level: number;
  /** 1-based position among its siblings, and how many there are (aria-posinset, aria-setsize). */
  readonly posinset: number;
  readonly setsize: number;
  readonly parentId: string | null;
  /** True for groups (they have parts to expand). */
  readonly hasChildren: boolean;
}

/** The parts of a node with their slot and path suffix. */
export function partsOf(node: NodeSpec, path: string): { node: NodeSpec; slot: Slot; path: string }[] {
  switch (node.kind) {
    case 'component':
      return [];
    case 'series':
    case 'parallel':
      return node.children.map((c, i) => ({ node: c, slot: 'child' as const, path: `${path}.children.${i}` }));
    case 'k-of-n':
      return [{ node: node.member, slot: 'member', path: `${path}.member` }];
    case 'failover':
      return [
        { node: node.primary, slot: 'primary', path: `${path}.primary` },
        { node: node.standby, slot: 'standby', path: `${path}.standby` },
      ];
  }
}

/**
 * The rows on screen: every node whose ancestors are all expanded (`collapsed` holds the ids of
 * the groups the user closed), depth first. Iterative, so a deep tree cannot overflow the stack.
 */
export function visibleRows(root: NodeSpec | null | undefined, collapsed: ReadonlySet<string> = new Set()): TreeRow[] {
  if (!root) return [];
  const out: TreeRow[] = [];
  const stack: TreeRow[] = [{ id: root.id, node: root, path: ROOT_PATH, slot: 'root', level: 1, posinset: 1, setsize: 1, parentId: null, hasChildren: root.kind !== 'component' }];
  while (stack.length > 0) {
    const row = stack.pop()!;
    out.push(row);
    if (!row.hasChildren || collapsed.has(row.id)) continue;
    const parts = partsOf(row.node, row.path);
    for (let i = parts.length - 1; i >= 0; i--) {
      const p = parts[i]!;
      stack.push({ id: p.node.id, node: p.node, path: p.path, slot: p.slot, level: row.level + 1, posinset: i + 1, setsize: parts.length, parentId: row.id, hasChildren: p.node.kind !== 'component' });
    }
  }
  return out;
}

/** The ids of the groups above the node with this id (root first); null when it is not in the tree. */
export function ancestorIds(root: NodeSpec | null | undefined, id: string): string[] | null {
  if (!root) return null;
  const stack: { node: NodeSpec; up: string[] }[] = [{ node: root, up: [] }];
  while (stack.length > 0) {
    const { node, up } = stack.pop()!;
    if (node.id === id) return up;
    for (const p of partsOf(node, '')) stack.push({ node: p.node, up: [...up, node.id] });
  }
  return null;
}

/** What a key does in the tree (WAI-ARIA tree pattern), as a pure decision. */
export type TreeMove =
  | { readonly type: 'focus'; readonly id: string }
  | { readonly type: 'expand'; readonly id: string }
  | { readonly type: 'collapse'; readonly id: string }
  | { readonly type: 'edit'; readonly id: string }
  | { readonly type: 'remove'; readonly id: string }
  | null;

/**
 * Down/Up: next/previous row; Right: expand a closed group, else go to its first part; Left:
 * collapse an open group, else go to the parent; Home/End: first/last row; Enter: open the
 * node's form; Delete: remove it.
 */
export function treeKey(rows: readonly TreeRow[], collapsed: ReadonlySet<string>, id: string, key: string): TreeMove {
  const i = rows.findIndex((r) => r.id === id);
  const row = rows[i];
  if (!row) return null;
  switch (key) {
    case 'ArrowDown':
      return i + 1 < rows.length ? { type: 'focus', id: rows[i + 1]!.id } : null;
    case 'ArrowUp':
      return i > 0 ? { type: 'focus', id: rows[i - 1]!.id } : null;
    case 'Home':
      return { type: 'focus', id: rows[0]!.id };
    case 'End':
      return { type: 'focus', id: rows[rows.length - 1]!.id };
    case 'ArrowRight':
      if (!row.hasChildren) return null;
      if (collapsed.has(row.id)) return { type: 'expand', id: row.id };
      return rows[i + 1]?.parentId === row.id ? { type: 'focus', id: rows[i + 1]!.id } : null;
    case 'ArrowLeft':
      if (row.hasChildren && !collapsed.has(row.id)) return { type: 'collapse', id: row.id };
      return row.parentId ? { type: 'focus', id: row.parentId } : null;
    case 'Enter':
      return { type: 'edit', id: row.id };
    case 'Delete':
      return { type: 'remove', id: row.id };
    default:
      return null;
  }
}
