/**
 * The default AWS SLA catalog (domain.md section 4), validated when loaded.
 *
 * Each entry carries the monthly uptime commitment as a percent string, what it measures, its
 * credit tiers where known, `tiersConfirmed` / `unconfirmed` flags where the reference says so,
 * and its source and as-of date. An SLA is a contract floor, not a measured availability.
 */
import raw from './slas.json';
import { validateSlaEntry, type SlaEntry, EngineError, joinPath } from '../engine/index.ts';

function load(data: unknown): readonly SlaEntry[] {
  const list = (data as { slas?: unknown }).slas;
  if (!Array.isArray(list)) throw new EngineError('invalid_type', 'slas', { expected: 'a list of SLA entries' });
  const seen = new Set<string>();
  const out = list.map((e: unknown, i: number) => {
    const entry = validateSlaEntry(e, joinPath('slas', i));
    if (seen.has(entry.id)) throw new EngineError('duplicate_id', joinPath('slas', i, 'id'), { value: entry.id });
    seen.add(entry.id);
    return entry;
  });
  return Object.freeze(out);
}

/** Every default SLA, in the order of the domain reference's table. */
export const SLA_CATALOG: readonly SlaEntry[] = load(raw);

/** The catalog entry with this id, or undefined. */
export function findSla(id: string): SlaEntry | undefined {
  return SLA_CATALOG.find((e) => e.id === id);
}

/**
 * The plain SLA object the availability engine takes as its "prices" argument: id -> percent
 * string (e.g. `{ "rds-multi-az": "99.95", ... }`). A fresh object each call, so a caller may
 * override entries.
 */
export function defaultSlas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of SLA_CATALOG) out[e.id] = e.sla;
  return out;
}
