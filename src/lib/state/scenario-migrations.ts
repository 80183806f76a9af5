/**
 * Scenario documents of an older format version, as they arrive from storage, a shared link or a
 * file, brought to the current version before any schema check (the app's side of the engine's
 * `migrateScenario`; part of the app shell, so it imports only the tiny format module).
 *
 * - 1 -> 2: priced architecture nodes arrived; a version-1 document has none and means the same
 *   thing in version 2, so only the version number changes.
 *
 * Never throws, and never assumes the types of what it is given: anything it does not recognise
 * is returned unchanged, for the schema to report.
 */
import { SCENARIO_FORMAT, SCENARIO_VERSION } from '../../engine/index.ts';

/** The scenario versions the app reads (older ones are migrated). */
export const SCENARIO_VERSIONS_READ: readonly number[] = Object.freeze([1, SCENARIO_VERSION]);

/** A scenario document of a readable older version as the current version; anything else as it is. */
export function migrateScenarioDoc(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const o = value as Record<string, unknown>;
  if (o.format !== SCENARIO_FORMAT || o.version !== 1) return value;
  return { ...o, version: SCENARIO_VERSION };
}
