/** Reading a scenario's parts: price overrides merged over the catalogs, and names. */
import { EngineError } from '../errors.ts';
import { isRecord, own } from '../json.ts';

/** Merge price overrides over defaults, one level of nested objects deep (computeTypes, ebsGbMonth). */
export function mergePrices<T extends object>(defaults: T, overrides: unknown, path: string): T {
  if (overrides === undefined || overrides === null) return defaults;
  if (!isRecord(overrides)) throw new EngineError('invalid_type', path, { expected: '@msg:error.expected.objectOfPrices' });
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const k of Object.keys(overrides)) {
    if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
    const v = overrides[k];
    const base = own(out, k);
    if (isRecord(v) && isRecord(base)) out[k] = { ...base, ...Object.fromEntries(Object.entries(v).filter(([kk]) => kk !== '__proto__')) };
    else if (v !== undefined) out[k] = v;
  }
  return out as T;
}

export function str(v: unknown, path: string, fallback: string): string {
  if (v === undefined) return fallback;
  if (typeof v !== 'string') throw new EngineError('invalid_type', path, { expected: '@msg:error.expected.text' });
  return v.slice(0, 200);
}
