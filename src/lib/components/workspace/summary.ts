/** One line per incoming scenario: its name, how many components, and its monthly total worked out locally. */
import type { Evaluate } from '../../state/engine.svelte.ts';
import type { ScenarioData } from '../../state/schema.ts';
import type { I18n } from '../../i18n/i18n.svelte.ts';
import { EngineError } from '../../../engine/errors.ts';

export interface SummaryRow {
  readonly key: string;
  readonly name: string;
  readonly components: string;
  /** The monthly total, formatted (null while the engine loads or when the scenario has an error). */
  readonly total: string | null;
  /** The engine's message when the scenario needs a fix. */
  readonly error: string | null;
}

export function summarize(docs: readonly ScenarioData[], evaluate: Evaluate | null, i18n: Pick<I18n, 't' | 'money' | 'error' | 'number'>): SummaryRow[] {
  return docs.map((d, i) => {
    let total: string | null = null;
    let error: string | null = null;
    if (evaluate) {
      try {
        total = i18n.money(evaluate(d).monthlyTotal);
      } catch (e) {
        error = e instanceof EngineError ? i18n.error(e) : i18n.t('ws.problem.invalid');
      }
    }
    return { key: `s${i}`, name: d.name || i18n.t('ws.untitled'), components: i18n.number(String(d.components.length), 0), total, error };
  });
}
