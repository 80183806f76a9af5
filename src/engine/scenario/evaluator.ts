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
export function createScenarioEvaluator(catalogs: ScenarioCatalogs): ScenarioEvaluator {
  return evaluatorWith(catalogs, new Memo());
}

/** What {@link createScenarioEvaluator} returns. */
export interface ScenarioEvaluator {
  (input: unknown): ScenarioResult;
  /**
   * A second evaluator for variants of the same scenario (the cost per nine curve prices it with
   * more copies of one node): it remembers its own evaluations, but takes a part this evaluator
   * priced in its latest evaluation from it instead of pricing and keeping a copy of its own (the
   * components of a curve are those of the scenario on screen). Same results as a fresh evaluator.
   */
  fork(): ScenarioEvaluator;
}

function evaluatorWith(catalogs: ScenarioCatalogs, memo: Memo): ScenarioEvaluator {
  const evaluate = (input: unknown): ScenarioResult => {
    try {
      return evaluateWith(input, catalogs, memo);
    } finally {
      memo.end();
    }
  };
  return Object.assign(evaluate, { fork: () => evaluatorWith(catalogs, new Memo(true, memo)) });
}
