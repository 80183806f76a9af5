/** A Map-backed Web Storage for tests, with switches for a full or blocked storage. */
import type { StorageLike } from '../../../src/lib/state/persistence.svelte.ts';

export class FakeStorage implements StorageLike {
  map = new Map<string, string>();
  full = false;
  blocked = false;
  writes = 0;

  get length(): number {
    return this.map.size;
  }
  key(i: number): string | null {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string): string | null {
    if (this.blocked) throw new Error('SecurityError');
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    if (this.blocked) throw new Error('SecurityError');
    if (this.full) throw new Error('QuotaExceededError');
    this.writes++;
    this.map.set(k, String(v));
  }
  removeItem(k: string): void {
    this.map.delete(k);
  }
}
