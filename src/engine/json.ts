/**
 * Reading untrusted JSON inside the engine: small helpers shared by the calculators' parsers.
 * Internal (not exported from the engine's public API).
 */
import { EngineError } from './errors.ts';
import { describeRef } from './quote.ts';

export { describe, describeRef, quote, quoteRef } from './quote.ts';

/** A plain object: not null, not a list. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `obj[key]` when it is the object's own property (never an inherited one such as `constructor`). */
export function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/** The plain object at `path`: `required` when undefined, `invalid_type` when not a plain object. */
export function asRecord(value: unknown, path: string, expected: string): Record<string, unknown> {
  if (!isRecord(value)) {
    if (value === undefined) throw new EngineError('required', path);
    throw new EngineError('invalid_type', path, { expected, got: describeRef(value) });
  }
  return value;
}

/** An optional label: trimmed (and cut to `maxLength`), undefined when missing or blank. */
export function optionalLabel(value: unknown, path: string, maxLength?: number): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new EngineError('invalid_type', path, { expected: '@msg:error.expected.text', got: describeRef(value) });
  const t = value.trim().slice(0, maxLength);
  return t === '' ? undefined : t;
}
