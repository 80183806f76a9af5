/**
 * What the tree editor's nodes share: each node's computed result (by id), the pending focus
 * after an edit that moves, adds or removes a node (so keyboard users stay in place), and the
 * polite announcement of that edit for screen readers.
 */
import { createContext } from 'svelte';
import type { NodeResult } from '../../../engine/availability.ts';

/** Which control of a node to focus: its name, a toolbar button, or the group's add button. */
export type FocusPart = 'name' | 'kind' | 'up' | 'down' | 'addComponent' | 'add';

export class TreeUi {
  /** The control to focus once the node with this id has rendered. */
  focus = $state<{ id: string; part: FocusPart } | null>(null);
  /** The last edit in words (a live region reads it). */
  announcement = $state('');
  readonly #nodes: () => ReadonlyMap<string, NodeResult>;

  constructor(nodes: () => ReadonlyMap<string, NodeResult>) {
    this.#nodes = nodes;
  }

  /** Each node's result from the last valid evaluation, by node id. */
  get nodes(): ReadonlyMap<string, NodeResult> {
    return this.#nodes();
  }

  requestFocus = (id: string, part: FocusPart): void => {
    this.focus = { id, part };
  };

  announce = (text: string): void => {
    this.announcement = text;
  };
}

export const [getTreeUi, setTreeUi] = createContext<TreeUi>();
