/**
 * Scenario format versions and the steps between them.
 *
 * - Version 1: components and an availability architecture that carries SLAs only.
 * - Version 2: architecture component nodes may carry `cost` (priced nodes), failover groups
 *   `standbyPricing` / `standbyWarmPercent`, and the scenario's monthly total counts the priced
 *   tree (see src/engine/scenario/architecture-cost.ts). A version-1 document means the same thing in
 *   version 2 (no node is priced), so the step only changes the version number.
 */
import { EngineError } from '../errors.ts';
import { describeRef, isRecord } from '../json.ts';
import { SCENARIO_FORMAT, SCENARIO_VERSION } from '../format.ts';

/** The versions {@link migrateScenario} reads. */
export const SCENARIO_VERSIONS_READ: readonly number[] = Object.freeze([1, 2]);

/**
 * A scenario document of any version this engine reads, as the current version (a shallow copy
 * when it changes; the same object when it is current). Throws `unknown_version` for others.
 * Only the format and version are checked here: the document is validated when evaluated.
 */
export function migrateScenario(doc: unknown): unknown {
  if (!isRecord(doc) || doc.format !== SCENARIO_FORMAT) return doc;
  const version = doc.version;
  if (version === SCENARIO_VERSION) return doc;
  if (version === 1) return { ...doc, version: 2 };
  const shown = typeof version === 'number' || typeof version === 'string' ? String(version).slice(0, 20) : describeRef(version);
  throw new EngineError('unknown_version', 'version', { value: shown, supported: SCENARIO_VERSIONS_READ.join(', ') });
}
