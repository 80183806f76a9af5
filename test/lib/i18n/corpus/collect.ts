import type { LineItem } from '../../../../src/engine/index.ts';

/** Every line item inside a result, however deep (results nest components, nodes, models...). */
export function collectLines(result: unknown, out: LineItem[] = [], seen = new Set<unknown>()): LineItem[] {
  if (result === null || typeof result !== 'object' || seen.has(result)) return out;
  seen.add(result);
  const o = result as Record<string, unknown>;
  if (typeof o.key === 'string' && typeof o.text === 'string' && typeof o.kind === 'string' && o.params !== null && typeof o.params === 'object') {
    out.push(o as unknown as LineItem);
    return out;
  }
  for (const v of Array.isArray(result) ? result : Object.values(o)) collectLines(v, out, seen);
  return out;
}
