/**
 * The evaluator the app keeps for a scenario it re-evaluates on every keystroke: the scenario-level
 * memo (memo.ts) remembers each part's result between calls.
 */
import { evaluateWith } from './evaluate.ts';
import { Memo } from './memo.ts';
import type { ScenarioCatalogs, ScenarioResult } from './types.ts';

/**
 * An evaluator for a scenario that is edited and re-evaluated many times (the app calls it on
 * every keystroke): the same results as evaluateScenario, but a component whose JSON did
 * not change since the previous call is not priced again. The catalogs must not change between
 * calls (make a new evaluator when they do).
 */
export function createScenarioEvaluator(catalogs: ScenarioCatalogs): (input: unknown) => ScenarioResult {
  const memo = new Memo();
  return (input) => {
    try {
      return evaluateWith(input, catalogs, memo);
    } finally {
      memo.end();
    }
  };
}
