/** Build and download the CSV of the chosen scenarios (loads the engine first if it is not there yet). */
import { engine } from '../../state/engine.svelte.ts';
import { scenariosCsv, type CsvScenario } from '../../state/export-csv.ts';
import { downloadText, fileStem } from '../../state/export-json.ts';
import type { ScenarioDoc } from '../../state/scenario.svelte.ts';
import type { I18n } from '../../i18n/i18n.svelte.ts';
import { EngineError } from '../../../engine/index.ts';

export async function csvText(docs: readonly ScenarioDoc[], i18n: I18n): Promise<string> {
  // The workbench chunk installs the engine and the Spanish formula templates.
  await import('../../workbench.ts');
  const evaluate = engine.evaluate;
  const list: CsvScenario[] = docs.map((doc) => {
    const name = doc.name || i18n.t('ws.untitled');
    if (!evaluate) return { name, result: null, error: i18n.t('ws.problem.invalid') };
    try {
      return { name, result: evaluate(doc), error: null };
    } catch (e) {
      return { name, result: null, error: e instanceof EngineError ? i18n.error(e) : i18n.t('ws.problem.invalid') };
    }
  });
  return scenariosCsv(list, i18n.lang, {
    header: [i18n.t('ws.csv.scenario'), i18n.t('ws.csv.component'), i18n.t('ws.csv.formula'), i18n.t('ws.csv.amount'), i18n.t('ws.csv.unit'), i18n.t('ws.csv.kind')],
    totals: i18n.t('ws.csv.totals'),
    architecture: i18n.t('priced.architectureRow'),
    line: (item) => i18n.line(item),
    kind: (k) => i18n.t(`ws.csv.kind.${k}`),
  });
}

export async function exportCsv(docs: readonly ScenarioDoc[], i18n: I18n): Promise<void> {
  downloadText(`${fileStem()}.csv`, await csvText(docs, i18n), 'text/csv;charset=utf-8');
}
