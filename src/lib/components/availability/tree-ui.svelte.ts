/**
 * What the architecture tree's rows and forms share: each node's computed result (by id), the
 * per-scenario view state (which groups are collapsed, which forms are open, the row that holds
 * the tab stop), the pending focus after an edit that moves, adds or removes a node (so keyboard
 * users stay in place), the polite announcement of that edit, and the removal that can be undone.
 */
import { createContext } from 'svelte';
import { SvelteSet } from 'svelte/reactivity';
import type { NodeResult } from '../../../engine/index.ts';
import type { NodeSpec } from '../../state/factories.ts';
import { ancestorIds } from './tree-rows.ts';

/** Which control of a node to focus: its tree row, its name, a toolbar button, or the group's add button. */
export type FocusPart = 'row' | 'name' | 'kind' | 'up' | 'down' | 'addComponent' | 'add';

/**
 * The tree's view state of one scenario: kept while the scenario lives (switching scenarios and
 * back finds it as it was), never written into the scenario document.
 */
export class TreeState {
  /** Ids of the groups the user closed (groups start open, so the shape shows). */
  readonly collapsed = new SvelteSet<string>();
  /** Ids of the nodes whose form is open (forms start closed). */
  readonly open = new SvelteSet<string>();
  /** The row that holds the tab stop (roving tabindex); '' for the first row. */
  active = $state('');
}

const states = new WeakMap<object, TreeState>();

/** The tree state of a scenario (by its store object), created on first use. */
export function treeStateFor(owner: object): TreeState {
  let s = states.get(owner);
  if (!s) {
    s = new TreeState();
    states.set(owner, s);
  }
  return s;
}

export interface TreeUiOptions {
  readonly nodes: () => ReadonlyMap<string, NodeResult>;
  readonly root: () => NodeSpec | null | undefined;
  readonly state: TreeState;
  /** A tree to look at (the compare view): no forms, no removal. */
  readonly readonly?: boolean;
}

export class TreeUi {
  /** The control to focus once the node with this id has rendered. */
  focus = $state<{ id: string; part: FocusPart } | null>(null);
  /** The last edit in words (a live region reads it). */
  announcement = $state('');
  /** The last node removed (its name, id, and the scenario version right after), while its "Undo" is offered. */
  removed = $state<{ name: string; id: string; version: number } | null>(null);
  readonly state: TreeState;
  readonly readonly: boolean;
  readonly #nodes: () => ReadonlyMap<string, NodeResult>;
  readonly #root: () => NodeSpec | null | undefined;

  constructor(options: TreeUiOptions) {
    this.#nodes = options.nodes;
    this.#root = options.root;
    this.state = options.state;
    this.readonly = options.readonly === true;
  }

  /** Each node's result from the last valid evaluation, by node id. */
  get nodes(): ReadonlyMap<string, NodeResult> {
    return this.#nodes();
  }

  /** Open every group above the node, so its row is on screen. */
  reveal = (id: string): void => {
    for (const up of ancestorIds(this.#root(), id) ?? []) this.state.collapsed.delete(up);
  };

  /** Focus a control of a node after the next render: its row, or a field of its form (which opens). */
  requestFocus = (id: string, part: FocusPart): void => {
    this.reveal(id);
    if (part !== 'row') this.state.open.add(id);
    this.state.active = id;
    this.focus = { id, part };
  };

  /** Make a node the current row (the diagram's blocks call this) and focus it. */
  select = (id: string): void => {
    this.requestFocus(id, 'row');
  };

  toggleForm = (id: string): void => {
    if (this.state.open.has(id)) this.state.open.delete(id);
    else this.state.open.add(id);
  };

  announce = (text: string): void => {
    this.announcement = text;
  };
}

export const [getTreeUi, setTreeUi] = createContext<TreeUi>();
