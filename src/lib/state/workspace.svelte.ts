/**
 * The workspace: several named scenarios, the one being edited, and the ones being compared.
 * Each scenario is a ScenarioStore with its own undo history. Removing a scenario can be undone
 * (the last removed one is kept until the next removal).
 */
import { createContext } from 'svelte';
import { ScenarioStore, emptyScenario, newId, type ScenarioDoc } from './scenario.svelte.ts';

export class Workspace {
  scenarios = $state<ScenarioStore[]>([]);
  activeId = $state('');
  /** Ids of the scenarios in the comparison view (in order). */
  compareIds = $state<string[]>([]);
  /** The last removed scenario and where it was, for "Undo remove". */
  lastRemoved = $state<{ store: ScenarioStore; index: number } | null>(null);

  constructor(docs: ScenarioDoc[] = [], activeId = '') {
    const list = docs.length > 0 ? docs : [emptyScenario()];
    this.scenarios = list.map((d) => new ScenarioStore(d));
    this.activeId = list.some((d) => d.id === activeId) ? activeId : (list[0]?.id ?? '');
  }

  get active(): ScenarioStore {
    const found = this.scenarios.find((s) => s.doc.id === this.activeId) ?? this.scenarios[0];
    if (!found) throw new Error('nubecalc: the workspace has no scenario');
    return found;
  }

  find(id: string): ScenarioStore | undefined {
    return this.scenarios.find((s) => s.doc.id === id);
  }

  select = (id: string): void => {
    if (this.find(id)) this.activeId = id;
  };

  /** Add a scenario (a new empty one, or the given document) and select it. */
  add = (doc: ScenarioDoc = emptyScenario(this.nextName())): ScenarioStore => {
    const store = new ScenarioStore(doc);
    this.scenarios = [...this.scenarios, store];
    this.activeId = doc.id;
    return store;
  };

  rename = (id: string, name: string): void => {
    const s = this.find(id);
    if (s) s.edit((d) => (d.name = name.slice(0, 120)), `name:${id}`);
  };

  duplicate = (id: string, suffix: string): ScenarioStore | undefined => {
    const s = this.find(id);
    if (!s) return undefined;
    const copy = structuredClone($state.snapshot(s.doc)) as ScenarioDoc;
    copy.id = newId('s');
    copy.name = `${s.doc.name ?? ''}${suffix}`.slice(0, 120);
    const store = new ScenarioStore(copy);
    const at = this.scenarios.indexOf(s) + 1;
    this.scenarios = [...this.scenarios.slice(0, at), store, ...this.scenarios.slice(at)];
    this.activeId = copy.id;
    return store;
  };

  remove = (id: string): void => {
    const index = this.scenarios.findIndex((s) => s.doc.id === id);
    const store = this.scenarios[index];
    if (!store) return;
    this.lastRemoved = { store, index };
    this.scenarios = this.scenarios.filter((s) => s !== store);
    this.compareIds = this.compareIds.filter((c) => c !== id);
    if (this.scenarios.length === 0) this.scenarios = [new ScenarioStore(emptyScenario(this.nextName()))];
    if (this.activeId === id) this.activeId = this.scenarios[Math.min(index, this.scenarios.length - 1)]?.doc.id ?? '';
  };

  undoRemove = (): void => {
    const r = this.lastRemoved;
    if (!r) return;
    const list = [...this.scenarios];
    list.splice(Math.min(r.index, list.length), 0, r.store);
    this.scenarios = list;
    this.activeId = r.store.doc.id;
    this.lastRemoved = null;
  };

  /** Plain documents of every scenario (for saving, sharing and exporting). */
  snapshot(): ScenarioDoc[] {
    return this.scenarios.map((s) => $state.snapshot(s.doc) as ScenarioDoc);
  }

  private nextName(): string {
    const names = new Set(this.scenarios.map((s) => s.doc.name));
    let i = this.scenarios.length + 1;
    while (names.has(`Scenario ${i}`)) i++;
    return `Scenario ${i}`;
  }
}

export const [getWorkspace, setWorkspace] = createContext<Workspace>();
