/**
 * The calculation engine, loaded after first paint. The app shell renders without it; the
 * workbench chunk (editors, results, the engine and the catalogs) installs the evaluator with
 * `installEngine`, and every scenario store evaluates from then on.
 */
import type { ScenarioResult } from '../../engine/scenario.ts';

export type Evaluate = (doc: unknown) => ScenarioResult;

export const engine = $state<{ evaluate: Evaluate | null }>({ evaluate: null });

export function installEngine(evaluate: Evaluate): void {
  engine.evaluate = evaluate;
}
