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

/** A JSON copy (undefined for what JSON drops: undefined, functions). */
function jsonCopy(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
}

/** Freeze a fresh JSON copy all the way down: shared between evaluations, so never mutated. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * The plain JSON copy of one part of the document (a component, the architecture), worked out
 * again only when something inside that part changes: a keystroke in one of 200 components copies
 * that component, not the whole scenario. Created outside any reaction (see ScenarioStore#track).
 */
class PlainPart {
  constructor(private readonly source: object) {}
  readonly value: unknown = $derived.by(() => deepFreeze(jsonCopy(this.source)));
}

function isObject(v: unknown): v is object {
  return typeof v === 'object' && v !== null;
}

export class ScenarioStore {
  doc = $state<ScenarioDoc>(emptyScenario());
  /** Field-level messages from inputs that could not be parsed, by scenario path. */
  fieldErrors = $state<Record<string, string>>({});
  #history = new History<ScenarioDoc>();
  #version = $state(0);
  #lastGood: ScenarioResult | null = null;
  #evaluate: Evaluate | null = null;
  /** The plain copy of each component and of the architecture, by the document's (proxied) object. */
  #parts = new WeakMap<object, PlainPart>();

  constructor(doc?: ScenarioDoc) {
    if (doc) this.doc = doc;
    this.#track();
  }

  /**
   * Give each component and the architecture its own plain copy. Called after every change made
   * through the store (edit, replace, undo, redo), never inside a reaction that reads the copies
   * (a derived made inside a derived would not be tracked by it). A part without one (changed some
   * other way) is copied in full by {@link ScenarioStore.plain}: the result is the same, only slower.
   */
  #track(): void {
    const doc = this.doc;
    const parts = [...(Array.isArray(doc.components) ? doc.components : []), doc.architecture];
    for (const part of parts) if (isObject(part) && !this.#parts.has(part)) this.#parts.set(part, new PlainPart(part));
  }

  #plainPart(part: unknown): unknown {
    const tracked = isObject(part) ? this.#parts.get(part) : undefined;
    return tracked ? tracked.value : jsonCopy(part);
  }

  /**
   * The document as plain JSON, equal to `JSON.parse(JSON.stringify(doc))`, rebuilt on every edit
   * from the parts' copies (structural sharing: unchanged components keep their frozen objects, so
   * the engine's scenario-level memo finds them as before). Frozen: never mutate it.
   */
  readonly plain: ScenarioDoc = $derived.by(() => {
    const doc = this.doc;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(doc)) {
      const value = (doc as Record<string, unknown>)[key];
      let copy: unknown;
      if (key === 'components' && Array.isArray(value)) copy = Object.freeze(value.map((c: unknown) => this.#plainPart(c) ?? null));
      else if (key === 'architecture') copy = this.#plainPart(value);
      else copy = deepFreeze(jsonCopy(value));
      if (copy !== undefined) out[key] = copy;
    }
    return Object.freeze(out) as ScenarioDoc;
  });

  /**
   * An evaluator for variants of this document (the cost per nine curve) that takes the parts this
   * store's evaluator priced from it instead of pricing and keeping its own copies (see
   * ScenarioEvaluator.fork). Null until the store has evaluated.
   */
  forkEvaluator(): Evaluate | null {
    return this.#evaluate?.fork() ?? null;
  }

  /** The engine's verdict on the current document (null while the engine is still loading). */
  readonly evaluation: Evaluation | null = $derived.by(() => {
    const create = engine.create;
    if (!create) return null;
    this.#evaluate ??= create();
    const evaluate = this.#evaluate;
    const snapshot = this.plain;
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
    this.#track();
    this.#version++;
  };

  /** Replace the whole document (load, import). Clears field errors; keeps history unless asked. */
  replace = (doc: ScenarioDoc, recordHistory = true): void => {
    if (recordHistory) this.#history.record($state.snapshot(this.doc) as ScenarioDoc);
    else this.#history.clear();
    this.doc = doc;
    this.#track();
    this.fieldErrors = {};
    this.#version++;
  };

  undo = (): void => {
    const prev = this.#history.undo($state.snapshot(this.doc) as ScenarioDoc);
    if (prev) {
      this.doc = prev;
      this.#track();
      this.fieldErrors = {};
      this.#version++;
    }
  };

  redo = (): void => {
    const next = this.#history.redo($state.snapshot(this.doc) as ScenarioDoc);
    if (next) {
      this.doc = next;
      this.#track();
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
