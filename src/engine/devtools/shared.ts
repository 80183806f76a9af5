/**
 * Small helpers shared by the developer-tools calculators (internal: not exported from the
 * engine's public API).
 */
import { parseCount, parseDecimal, ZERO, type Dec } from '../decimal.ts';
import { EngineError, joinPath } from '../errors.ts';
import { own, describeRef } from '../json.ts';

/** An optional whole count at `obj[key]` (default 0). */
export function countOr(obj: Record<string, unknown>, key: string, path: string, fallback: Dec = ZERO): Dec {
  const v = own(obj, key);
  if (v === undefined || v === null || v === '') return fallback;
  return parseCount(v, joinPath(path, key));
}

/** An optional non-negative decimal at `obj[key]` (default 0). */
export function decimalOr(obj: Record<string, unknown>, key: string, path: string, fallback: Dec = ZERO): Dec {
  const v = own(obj, key);
  if (v === undefined || v === null || v === '') return fallback;
  return parseDecimal(v, joinPath(path, key));
}

/** An optional boolean at `obj[key]`. */
export function flagOr(obj: Record<string, unknown>, key: string, path: string, fallback: boolean): boolean {
  const v = own(obj, key);
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'boolean') throw new EngineError('invalid_type', joinPath(path, key), { expected: '@msg:error.expected.trueOrFalse', got: describeRef(v) });
  return v;
}

/** One option out of `allowed` at `obj[key]` (default `fallback`). */
export function optionOr<T extends string>(obj: Record<string, unknown>, key: string, path: string, allowed: readonly T[], fallback: T): T {
  const v = own(obj, key);
  if (v === undefined || v === null || v === '') return fallback;
  // Every allowed option is a string: a value of any other type is simply not in the list.
  if ((allowed as readonly unknown[]).includes(v)) return v as T;
  throw new EngineError('unknown_option', joinPath(path, key), { value: typeof v === 'string' ? v.slice(0, 40) : describeRef(v), allowed: allowed.join(', ') });
}

/** A list at `path` (`required` when absent) of at most `maxItems`. */
export function listAt(value: unknown, path: string, expected: string, maxItems: number): readonly unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new EngineError('invalid_type', path, { expected, got: describeRef(value) });
  if (value.length > maxItems) throw new EngineError('too_large', path, { value: String(value.length), max: String(maxItems) });
  return value;
}
