/**
 * Two small scenarios whose figures are easy to work out by hand (CodeBuild prices given as
 * overrides so the catalog can change without changing the tests):
 *
 * A "Office CI": "CI" 100 builds/month x 120 s on general1.small at $0.005/min = 200 min = $1.00.
 *    Architecture: one component at 99.9% -> U = 0.001, 3 nines.
 * B "Two AZ CI": "CI" 100 x 120 s on general1.medium at $0.01/min = $2.00, plus "Nightly"
 *    30 x 600 s on general1.small = 300 min = $1.50; total $3.50.
 *    Architecture: two 99.9% components in parallel -> U = 0.001^2 = 0.000001, 6 nines.
 */
import type { ScenarioDoc } from '../../../src/lib/state/scenario.svelte.ts';

const PRICES = { computeTypes: { 'general1.small': '0.005', 'general1.medium': '0.01' } };

export function docA(id = 'sa'): ScenarioDoc {
  return {
    format: 'nubecalc-scenario',
    version: 2,
    id,
    name: 'Office CI',
    settings: { convention: '365-day', codeBuildFreeTier: false },
    components: [
      { id: 'ci', type: 'codebuild', name: 'CI', prices: PRICES, project: { groups: [{ computeType: 'general1.small', count: '100', per: 'month', durationSeconds: '120' }] } },
    ],
    architecture: { kind: 'series', id: 'root', children: [{ kind: 'component', id: 'n1', name: 'Build host', percent: '99.9' }] },
  } as ScenarioDoc;
}

export function docB(id = 'sb'): ScenarioDoc {
  return {
    format: 'nubecalc-scenario',
    version: 2,
    id,
    name: 'Two AZ CI',
    settings: { convention: '365-day', codeBuildFreeTier: false },
    components: [
      { id: 'ci', type: 'codebuild', name: 'CI', prices: PRICES, project: { groups: [{ computeType: 'general1.medium', count: '100', per: 'month', durationSeconds: '120' }] } },
      { id: 'nightly', type: 'codebuild', name: 'Nightly', prices: PRICES, project: { groups: [{ computeType: 'general1.small', count: '30', per: 'month', durationSeconds: '600' }] } },
    ],
    architecture: {
      kind: 'parallel',
      id: 'root',
      children: [
        { kind: 'component', id: 'n1', name: 'AZ a', percent: '99.9' },
        { kind: 'component', id: 'n2', name: 'AZ b', percent: '99.9' },
      ],
    },
  } as ScenarioDoc;
}

/** A scenario with no architecture (no availability). */
export function docNoArch(id = 'sc'): ScenarioDoc {
  const d = docA(id);
  d.name = 'No arch';
  d.architecture = null;
  return d;
}
