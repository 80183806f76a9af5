/**
 * The calculation engine, loaded after first paint. The app shell renders without it; the
 * workbench chunk (editors, results, the engine and the catalogs) installs an evaluator factory
 * with `installEngine`, and every scenario store evaluates from then on, each with its own
 * evaluator (which re-prices only the components that changed since its previous evaluation).
 */
import type { ScenarioEvaluator } from '../../engine/index.ts';

/** An evaluator (with `fork()`: a second evaluator that reuses its results). */
export type Evaluate = ScenarioEvaluator;

export const engine = $state<{ create: (() => Evaluate) | null; evaluate: Evaluate | null }>({ create: null, evaluate: null });

/** `create` makes a fresh evaluator (one per scenario store); `evaluate` is a shared one for one-off uses. */
export function installEngine(create: () => Evaluate): void {
  engine.create = create;
  engine.evaluate = create();
}
