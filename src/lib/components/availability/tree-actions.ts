/**
 * Removing a node from the tree (the form's Remove button and the tree's Delete key): only a
 * member of a series or parallel group can go (a k-of-n's member, a failover's primary and standby
 * and the root are required parts). Focus moves to a neighbouring row and the removal is offered
 * for undo.
 */
import type { ScenarioStore } from '../../state/scenario.svelte.ts';
import { childSlot, nodeAt, removeChild } from '../../state/tree-ops.ts';
import type { TreeUi } from './tree-ui.svelte.ts';

/** Clear the parse errors of the fields at or under a path (they belong to a node that is going). */
export function clearFieldErrors(store: ScenarioStore, under: string): void {
  for (const p of Object.keys(store.fieldErrors)) if (p === under || p.startsWith(`${under}.`)) store.setFieldError(p, null);
}

/** True when the node at this path may be removed (a member of a series or parallel group). */
export function removable(store: ScenarioStore, path: string): boolean {
  const slot = childSlot(path);
  const group = slot ? nodeAt(store.doc, slot.group) : undefined;
  return group !== undefined && (group.kind === 'series' || group.kind === 'parallel');
}

/**
 * Remove the node at `path` (named `name` in the announcement); returns false, changing nothing,
 * when it is a required part.
 */
export function removeNode(store: ScenarioStore, ui: TreeUi, path: string, name: string, announcement: string): boolean {
  const slot = childSlot(path);
  if (!slot || !removable(store, path)) return false;
  const group = nodeAt(store.doc, slot.group);
  const siblings = group && (group.kind === 'series' || group.kind === 'parallel') ? group.children : [];
  const removed = siblings[slot.index];
  const next = siblings[slot.index + 1] ?? siblings[slot.index - 1];
  clearFieldErrors(store, path);
  store.edit((d) => {
    removeChild(d, path);
  });
  if (removed) ui.state.open.delete(removed.id);
  if (next) ui.requestFocus(next.id, 'row');
  else if (group) ui.requestFocus(group.id, 'row');
  ui.removed = removed ? { name, id: removed.id, version: store.version } : null;
  ui.announce(announcement);
  return true;
}
