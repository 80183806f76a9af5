/**
 * Undo/redo over immutable snapshots (plain JSON). Consecutive edits with the same `mergeKey`
 * within `mergeMs` (typing in one field) become one step.
 */
export class History<T> {
  private past: { snap: T; key: string | null; at: number }[] = [];
  private future: T[] = [];
  constructor(
    private readonly limit = 200,
    private readonly mergeMs = 1200,
  ) {}

  /**
   * Record the state BEFORE an edit. `before` may be a function, called only when a new step is
   * needed (typing in the same field merges into the previous step, so no copy is taken).
   */
  record(before: T | (() => T), mergeKey: string | null = null, now = Date.now()): void {
    const last = this.past[this.past.length - 1];
    if (last && mergeKey !== null && last.key === mergeKey && now - last.at < this.mergeMs) {
      last.at = now;
    } else {
      const snap = typeof before === 'function' ? (before as () => T)() : before;
      this.past.push({ snap, key: mergeKey, at: now });
      if (this.past.length > this.limit) this.past.shift();
    }
    this.future = [];
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** Returns the state to restore, given the current one. */
  undo(current: T): T | null {
    const prev = this.past.pop();
    if (!prev) return null;
    this.future.push(current);
    return prev.snap;
  }

  redo(current: T): T | null {
    const next = this.future.pop();
    if (next === undefined) return null;
    this.past.push({ snap: current, key: null, at: 0 });
    return next;
  }

  clear(): void {
    this.past = [];
    this.future = [];
  }
}
