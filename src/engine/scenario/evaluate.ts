/**
 * Evaluating a scenario (the format is described in types.ts): check the document, price its
 * components (components.ts), compose and price the availability architecture, add up the totals
 * (totals.ts).
 */
import { sum } from '../decimal.ts';
import { EngineError } from '../errors.ts';
import { isRecord, own, quoteRef } from '../json.ts';
import { evaluateAvailability, type AvailabilityResult } from '../availability/availability.ts';
import { SCENARIO_FORMAT, SCENARIO_VERSION } from '../format.ts';
import { checkArchitectureWork } from '../limits.ts';
import { migrateScenario } from './migrate.ts';
import { priceArchitecture, type LinkableComponent } from './architecture-cost.ts';
import { MAX_COMPONENTS, type ScenarioCatalogs, type ScenarioResult } from './types.ts';
import { priceComponents } from './components.ts';
import { scenarioTotals } from './totals.ts';
import { keyOf, Memo } from './memo.ts';
import { mergePrices, str } from './prices.ts';

/**
 * Evaluate a whole scenario. Throws {@link EngineError} (only) for invalid input, with the path
 * of the offending field inside the scenario JSON.
 */
export function evaluateScenario(input: unknown, catalogs: ScenarioCatalogs): ScenarioResult {
  return evaluateWith(input, catalogs, new Memo(false));
}

/** Evaluate with `memo` (a one-off Memo, or an evaluator's: see evaluator.ts). */
export function evaluateWith(raw: unknown, catalogs: ScenarioCatalogs, memo: Memo): ScenarioResult {
  if (!isRecord(raw)) throw new EngineError('invalid_type', '', { expected: '@msg:error.expected.scenarioObject' });
  const input = migrateScenario(raw) as Record<string, unknown>;
  const format = own(input, 'format');
  if (format !== SCENARIO_FORMAT) throw new EngineError('invalid_type', 'format', { expected: `"${SCENARIO_FORMAT}"` });
  const version = own(input, 'version');
  if (version !== SCENARIO_VERSION) {
    throw new EngineError('unknown_version', 'version', { value: quoteRef(version, 20), supported: String(SCENARIO_VERSION) });
  }
  // The work budget first: a scenario that asks for too much is refused before anything is priced.
  checkArchitectureWork(own(input, 'architecture'), 'architecture');
  const name = str(own(input, 'name'), 'name', 'Scenario');
  const settingsRaw = own(input, 'settings') ?? {};
  if (!isRecord(settingsRaw)) throw new EngineError('invalid_type', 'settings', { expected: '@msg:error.expected.object' });
  const freeTier = own(settingsRaw, 'codeBuildFreeTier');
  if (freeTier !== undefined && typeof freeTier !== 'boolean') throw new EngineError('invalid_type', 'settings.codeBuildFreeTier', { expected: '@msg:error.expected.trueOrFalse' });

  const comps = own(input, 'components');
  if (!Array.isArray(comps)) throw new EngineError('invalid_type', 'components', { expected: '@msg:error.expected.listOfComponents' });
  if (comps.length > MAX_COMPONENTS) throw new EngineError('too_large', 'components', { value: String(comps.length), max: String(MAX_COMPONENTS) });

  const { components, codeBuild, codeBuildProjects } = priceComponents(comps, catalogs, memo, freeTier === true);

  const arch = own(input, 'architecture');
  let availability: AvailabilityResult | null = null;
  let architectureCost: ScenarioResult['architectureCost'] = null;
  if (arch !== undefined && arch !== null) {
    const slas = mergePrices(catalogs.slas(), own(input, 'slaOverrides'), 'slaOverrides');
    availability = memo.get(() => keyOf('av', arch, slas, own(settingsRaw, 'convention'), own(settingsRaw, 'conventionMonth'), own(settingsRaw, 'requestsPerMonth')), () =>
      evaluateAvailability(
        {
          architecture: arch,
          convention: own(settingsRaw, 'convention') ?? '365-day',
          conventionMonth: own(settingsRaw, 'conventionMonth'),
          requests: own(settingsRaw, 'requestsPerMonth'),
        },
        slas,
        { architecture: 'architecture', convention: 'settings.convention', conventionMonth: 'settings.conventionMonth', requests: 'settings.requestsPerMonth', slas: 'slaOverrides' },
      ),
    );
    const linkable = new Map<string, LinkableComponent>(components.map((r) => [r.id, { name: r.name, monthly: r.monthly }]));
    const services = catalogs.services ? catalogs.services() : {};
    const priced = priceArchitecture(arch, services, linkable, 'architecture');
    const linkedTotal = sum(components.filter((r) => priced.linkedComponents.has(r.id)).map((r) => r.monthly));
    architectureCost = { ...priced, linkedTotal };
  }
  const totals = scenarioTotals(components, architectureCost, codeBuild, codeBuildProjects, freeTier === true);
  const { monthlyTotal, annualTotal, monthlySavings, annualSavings, year, lines } = totals;
  return { name, components, codeBuild, monthlyTotal, annualTotal, monthlySavings, annualSavings, year, availability, architectureCost, lines };
}
