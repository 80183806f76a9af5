/**
 * One scenario being edited: the document (plain JSON in the engine's scenario format), its
 * evaluation, the last valid result (shown, marked stale, while the input is invalid), field
 * errors, and undo/redo.
 */
import { createContext } from 'svelte';
import { type ScenarioInput, type ScenarioResult, type QuickSightComponent, type CodeBuildComponent, type Ec2Component, type PipelineComponent, type ScenarioComponent, SCENARIO_FORMAT, SCENARIO_VERSION, EngineError } from '../../engine/index.ts';
import { engine, type Evaluate } from './engine.svelte.ts';
import { History } from './history.ts';

/** Removes `readonly` all the way down: the editors mutate the document through `store.edit`. */
export type DeepMutable<T> = T extends (infer U)[]
  ? DeepMutable<U>[]
  : T extends readonly (infer U)[]
    ? DeepMutable<U>[]
    : T extends object
      ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
      : T;

/** The mutable document shape the editors work on (same JSON as ScenarioInput). */
export type ScenarioDoc = DeepMutable<ScenarioInput> & { id: string };
/** Mutable component types for the editors. */
export type QuickSightDoc = DeepMutable<QuickSightComponent>;
export type CodeBuildDoc = DeepMutable<CodeBuildComponent>;
export type Ec2Doc = DeepMutable<Ec2Component>;
export type PipelineDoc = DeepMutable<PipelineComponent>;
export type ComponentDoc = DeepMutable<ScenarioComponent>;

export function emptyScenario(name = 'Scenario 1', id = newId('s')): ScenarioDoc {
  return { format: SCENARIO_FORMAT, version: SCENARIO_VERSION, id, name, settings: { convention: '365-day', codeBuildFreeTier: false }, components: [], architecture: null };
}

let counter = 0;
/** A short unique id (stable across edits; never the list index). */
export function newId(prefix: string): string {
  counter = (counter + 1) % 1e6;
  return `${prefix}${Date.now().toString(36)}${counter.toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

export type Evaluation = { ok: true; value: ScenarioResult } | { ok: false; error: EngineError };

export class ScenarioStore {
  doc = $state<ScenarioDoc>(emptyScenario());
  /** Field-level messages from inputs that could not be parsed, by scenario path. */
  fieldErrors = $state<Record<string, string>>({});
  #history = new History<ScenarioDoc>();
  #version = $state(0);
  #lastGood: ScenarioResult | null = null;
  #evaluate: Evaluate | null = null;

  constructor(doc?: ScenarioDoc) {
    if (doc) this.doc = doc;
  }

  /** The engine's verdict on the current document (null while the engine is still loading). */
  readonly evaluation: Evaluation | null = $derived.by(() => {
    const create = engine.create;
    if (!create) return null;
    this.#evaluate ??= create();
    const evaluate = this.#evaluate;
    // A JSON round trip is a plain copy (and reads every field, so any edit re-evaluates); it is
    // several times faster than $state.snapshot on large scenarios. The document is JSON by design.
    const snapshot = JSON.parse(JSON.stringify(this.doc)) as ScenarioDoc;
    try {
      return { ok: true, value: evaluate(snapshot) };
    } catch (e) {
      if (e instanceof EngineError) return { ok: false, error: e };
      throw e;
    }
  });

  /** The result to show: the current one, or the last valid one while the input is invalid. */
  readonly result: ScenarioResult | null = $derived.by(() => {
    const ev = this.evaluation;
    if (!ev) return null;
    if (ev.ok) this.#lastGood = ev.value;
    return ev.ok ? ev.value : this.#lastGood;
  });

  /** True when what is shown is not the result of what is on screen. */
  readonly stale: boolean = $derived(this.evaluation !== null && (!this.evaluation.ok || Object.keys(this.fieldErrors).length > 0));

  /** The engine error, if any, with its path. */
  readonly error: EngineError | null = $derived(this.evaluation && !this.evaluation.ok ? this.evaluation.error : null);

  /** Increases with every change to the document (edit, replace, undo, redo): cheap to watch. */
  get version(): number {
    return this.#version;
  }

  get canUndo(): boolean {
    void this.#version;
    return this.#history.canUndo;
  }

  get canRedo(): boolean {
    void this.#version;
    return this.#history.canRedo;
  }

  /**
   * Apply an edit to the document. `mergeKey` groups consecutive edits of one field into one
   * undo step (pass the field path while typing).
   */
  edit = (fn: (doc: ScenarioDoc) => void, mergeKey: string | null = null): void => {
    this.#history.record(() => $state.snapshot(this.doc) as ScenarioDoc, mergeKey);
    fn(this.doc);
    this.#version++;
  };

  /** Replace the whole document (load, import). Clears field errors; keeps history unless asked. */
  replace = (doc: ScenarioDoc, recordHistory = true): void => {
    if (recordHistory) this.#history.record($state.snapshot(this.doc) as ScenarioDoc);
    else this.#history.clear();
    this.doc = doc;
    this.fieldErrors = {};
    this.#version++;
  };

  undo = (): void => {
    const prev = this.#history.undo($state.snapshot(this.doc) as ScenarioDoc);
    if (prev) {
      this.doc = prev;
      this.fieldErrors = {};
      this.#version++;
    }
  };

  redo = (): void => {
    const next = this.#history.redo($state.snapshot(this.doc) as ScenarioDoc);
    if (next) {
      this.doc = next;
      this.fieldErrors = {};
      this.#version++;
    }
  };

  /** Record (or clear, with null) a field's own parse error. */
  setFieldError = (path: string, message: string | null): void => {
    if (message === null) {
      if (path in this.fieldErrors) {
        const { [path]: _drop, ...rest } = this.fieldErrors;
        this.fieldErrors = rest;
      }
    } else if (this.fieldErrors[path] !== message) {
      this.fieldErrors = { ...this.fieldErrors, [path]: message };
    }
  };

  /** The engine error for exactly this path (to show next to that field). */
  engineErrorAt = (path: string): EngineError | null => {
    const e = this.error;
    return e && e.path === path ? e : null;
  };

  /** True when the engine error lies at or under this path (to flag a component card). */
  hasErrorUnder = (path: string): boolean => {
    const e = this.error;
    if (e && (e.path === path || e.path.startsWith(`${path}.`))) return true;
    return Object.keys(this.fieldErrors).some((p) => p === path || p.startsWith(`${path}.`));
  };
}

export const [getScenario, setScenario] = createContext<ScenarioStore>();
