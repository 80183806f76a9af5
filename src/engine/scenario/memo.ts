/**
 * The scenario-level memo: what an evaluator remembers between evaluations of the same scenario
 * (see createScenarioEvaluator in evaluator.ts). The only cache of the engine.
 */
/**
 * Remembers each part's result between evaluations of the same scenario, keyed by the part's
 * JSON (and its position, which appears in error paths and results). Results are immutable, so
 * reuse changes nothing but the time taken; entries not used by the latest evaluation are dropped,
 * so memory follows the scenario's size.
 */
export class Memo {
  private prev = new Map<string, unknown>();
  private next = new Map<string, unknown>();

  /**
   * `keep` false: a one-off evaluation, where nothing is remembered between calls and no key is
   * worked out, except for {@link Memo.shared} parts (reused within the evaluation). `parent`: the
   * memo of another evaluator of the same scenario (see ScenarioEvaluator.fork) whose latest
   * results this one reuses instead of computing and keeping its own copies.
   */
  constructor(
    private readonly keep = true,
    private readonly parent?: Memo,
  ) {}

  get<T>(keyOf: () => string, compute: () => T): T {
    if (!this.keep) return compute();
    let key: string;
    try {
      key = keyOf();
    } catch {
      // JSON.stringify of hostile input (a tree thousands of levels deep: RangeError) cannot be a
      // key: evaluate without the cache, so the part reports its own EngineError (too_deep).
      return compute();
    }
    return this.lookup(key, compute);
  }

  /**
   * A part whose result depends on its JSON alone (not on its position): identical parts share one
   * result, within an evaluation too, and keep it when they move.
   */
  shared<T>(key: string | undefined, compute: () => T): T {
    return key === undefined ? compute() : this.lookup(key, compute);
  }

  private lookup<T>(key: string, compute: () => T): T {
    if (this.next.has(key)) return this.next.get(key) as T;
    const value = this.recall(key, compute);
    this.next.set(key, value);
    return value;
  }

  /** The result for `key` from the previous evaluation, else from the parent's latest, else computed. */
  private recall<T>(key: string, compute: () => T): T {
    if (this.prev.has(key)) return this.prev.get(key) as T;
    return this.parent ? this.parent.recall(key, compute) : compute();
  }

  end(): void {
    this.prev = this.next;
    this.next = new Map();
  }
}

export function keyOf(...parts: unknown[]): string {
  return JSON.stringify(parts);
}

/**
 * {@link keyOf} for parts shared by content: undefined (no sharing) unless the parts are plain
 * JSON, where equal text means equal input (no NaN or Infinity, which JSON writes as null, no
 * toJSON, functions, symbols, bigints or cycles).
 */
export function contentKey(...parts: unknown[]): string | undefined {
  let plain = true;
  let key: string | undefined;
  try {
    key = JSON.stringify(parts, function (this: Record<string, unknown>, k: string, v: unknown) {
      const raw = this[k];
      if (typeof raw === 'number' ? !Number.isFinite(raw) : typeof raw === 'function' || typeof raw === 'symbol') plain = false;
      else if (raw !== null && typeof raw === 'object' && typeof (raw as { toJSON?: unknown }).toJSON === 'function') plain = false;
      return plain ? v : null;
    });
  } catch {
    // A cycle, a bigint (JSON.stringify refuses both) or a part too deep for it: no key.
  }
  return plain ? key : undefined;
}
